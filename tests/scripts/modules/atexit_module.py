# atexit: last registered runs first, after the main program and after the
# non-daemon threads; a failing function is reported and the others run.
import atexit
import sys
import threading
import time


def show(*args, **kwargs):
    print("show", args, kwargs)


def fails():
    raise ValueError("from an atexit function")


def never():
    print("never printed: unregistered")


atexit.register(show, 1, key="first registered")
atexit.register(fails)
atexit.register(never)
atexit.register(show, 2)
atexit.register(never)
atexit.unregister(never)
print("callbacks:", atexit._ncallbacks())


@atexit.register
def decorated():
    print("decorated, flushing stdout", flush=True)


print(decorated.__name__)

try:
    atexit.register(3)
except TypeError as e:
    print("TypeError:", e)


def worker():
    time.sleep(0.05)
    print("worker finished before the atexit functions")


threading.Thread(target=worker).start()


class Flusher:
    def __init__(self, stream):
        self.stream = stream

    def __call__(self):
        print("a callable object runs too")


atexit.register(Flusher(sys.stdout))
print("main program done")
sys.exit(3)
