# Imported by shutdown.py: objects in a module's globals are finalized at
# exit while the module's namespace and builtins still work.
import sys

err = sys.stderr


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("module object finalized:", self.name)
        err.write("stderr still works for " + self.name + "\n")


plain = Noisy("plain")
cyclic = Noisy("cyclic")
cyclic.me = cyclic
