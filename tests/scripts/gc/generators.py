# A suspended generator that is part of an unreachable cycle is closed by
# the collector: its `finally` blocks and `with` exits run.
import gc

gc.collect()


def worker(name):
    try:
        me = yield "started"
        yield me
    finally:
        print("finally", name)


# The generator refers to itself through a local variable.
g = worker("self")
next(g)
g.send(g)
del g
print("before collect")
print("collected", gc.collect())

# Through a list it is stored in, which the generator also holds.
box = []
g = worker("list")
box.append(g)
next(g)
g.send(box)
del g, box
print("collected", gc.collect())


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__)
        return False


def uses_resource(owner):
    with Resource("res"):
        owner.gen_ref = yield 1
        yield 2


class Owner:
    pass


o = Owner()
o.gen = uses_resource(o)
next(o.gen)
o.gen.send(o.gen)
del o
print("collected", gc.collect())


# A generator that was never started, or has finished, runs nothing.
def plain():
    try:
        yield 1
    finally:
        print("never printed")


o = Owner()
o.gen = plain()
o.gen_again = o
del o
print("collected", gc.collect())


# Delegation: the outer generator's cycle closes the inner one too.
def inner():
    try:
        yield "inner"
    finally:
        print("inner finally")


def outer(holder):
    try:
        yield from inner()
    finally:
        print("outer finally")


holder = []
gen = outer(holder)
holder.append(gen)
next(gen)
del gen, holder
print("collected", gc.collect())
print("end")
