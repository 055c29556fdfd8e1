# At exit, objects still alive are finalized as CPython finalizes them:
# __main__ first, then the other modules, with their globals and builtins
# still usable from __del__ and from generators' finally blocks.
import _shutdown_helper


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalized:", self.name)


def make_cycle():
    n = Noisy("cycle made in a function")
    n.me = n


make_cycle()
first = Noisy("global")
second = Noisy("global cycle")
second.me = second


def worker():
    try:
        yield 1
    finally:
        print("generator finally at exit, global lookup works:", first.name)


running = worker()
next(running)
held = [Noisy("in a list")]
print("end of script")
