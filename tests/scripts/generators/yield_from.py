# yield from: delegation of next/send/throw/close, and its result.


def inner():
    got = yield "inner-1"
    print("inner got", got)
    got = yield "inner-2"
    print("inner got", got)
    return "inner-result"


def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-done"


g = outer()
print(next(g))
print(g.send("x"))
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
print(g.send("y"))
print(g.gi_yieldfrom)
print(list(g))


# Three levels deep, values sent all the way down.
def level3():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def level2():
    r = yield from level3()
    return r * 10


def level1():
    r = yield from level2()
    yield ("result", r)


g = level1()
next(g)
for v in (1, 2, 3):
    print(g.send(v))
print(g.send(None))

# Any iterable.
def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)), {"k": 1})))


# throw() is delegated; the delegate may handle it.
def tolerant():
    while True:
        try:
            yield "tolerant"
        except ValueError as e:
            print("delegate handled", e)
            yield "recovered"


def wrapper():
    yield from tolerant()


w = wrapper()
next(w)
print(w.throw(ValueError("boom")))
print(next(w))


# ... or not, and then the delegator sees it.
def fragile():
    yield 1


def guarded():
    try:
        yield from fragile()
    except KeyError as e:
        yield f"guarded caught {e!r}"


g = guarded()
next(g)
print(g.throw(KeyError("k")))


# A delegate that finishes while handling a throw: its value is the result.
def finishes_on_throw():
    try:
        yield 1
    except ValueError:
        return "finished early"


def delegator():
    r = yield from finishes_on_throw()
    yield f"delegator got {r}"


d = delegator()
next(d)
print(d.throw(ValueError))


# close() closes the delegate first.
def closable():
    try:
        yield 1
    finally:
        print("delegate closed")


def closer():
    try:
        yield from closable()
    finally:
        print("delegator closed")


c = closer()
next(c)
c.close()


# A class-based iterator with send/throw.
class Echo:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo-done")
        return ("echo", self.n, value)

    def throw(self, exc):
        return ("echo threw", repr(exc))


def uses_echo():
    r = yield from Echo()
    yield r


u = uses_echo()
print(next(u), u.send("s1"), u.throw(ValueError("t")), u.send("s2"), next(u))


# StopIteration value of a plain iterator is None.
def plain():
    r = yield from iter([1])
    yield r


print(list(plain()))
