# A generator dropped while suspended runs its cleanup at once (refcounting).


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


def with_resource():
    with Resource("file") as r:
        yield r.name
        yield "more"


g = with_resource()
print(next(g))
del g
print("after del (with)")


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


g = with_finally()
next(g)
g = None
print("after rebinding")

for value in with_finally():
    print("loop got", value)
    break
print("after break")


def nested():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


g = nested()
next(g)
del g


def unstarted():
    try:
        yield 1
    finally:
        print("never printed: the body never started")


g = unstarted()
del g
print("unstarted dropped")


def exhausted():
    try:
        yield 1
    finally:
        print("finally on exhaustion")


print(list(exhausted()))


def complains():
    try:
        yield 1
    finally:
        raise ValueError("error in finally")


g = complains()
next(g)
del g
print("after unraisable")
