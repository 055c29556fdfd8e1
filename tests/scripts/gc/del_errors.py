# An exception raised by __del__ cannot propagate: it is reported on stderr
# as "Exception ignored in: ..." and the program goes on.
import gc


class Bad:
    def __del__(self):
        raise ValueError("from __del__")


b = Bad()
del b
print("after refcount drop")


class BadInCycle:
    def __del__(self):
        print("finalizing", type(self).__name__)
        {}["missing"]


c = BadInCycle()
c.me = c
del c
print("collected", gc.collect())


def gen():
    try:
        yield 1
    finally:
        raise RuntimeError("from finally")


g = gen()
next(g)
lst = [g]
lst.append(lst)
del g, lst
print("collected", gc.collect())


# A failing gc callback is reported too, and the collection still happens.
def callback(phase, info):
    if phase == "stop":
        raise KeyError(info["generation"])


gc.callbacks.append(callback)
print("collected", gc.collect())
gc.callbacks.remove(callback)
print("end")
