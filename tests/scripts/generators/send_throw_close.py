# send(), throw() and close(), with their error paths.


def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    except GeneratorExit:
        print("closing with", received)
        raise


e = echo()
try:
    e.send("early")
except TypeError as ex:
    print("TypeError:", ex)
print(e.send(None), e.send("a"), e.send("b"))
e.close()
print("closed twice:", e.close())
try:
    e.send(1)
except StopIteration as ex:
    print("send after close: StopIteration", ex.args)


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as ex:
            print("caught ValueError", ex.args)
        except KeyError as ex:
            yield f"got key {ex}"


c = catcher()
next(c)
print(c.throw(ValueError("instance")))
print(c.throw(ValueError))
print(c.throw(ValueError, "with value"))
print(c.throw(ValueError, ("a", "b")))
print(c.throw(KeyError("k")))
try:
    c.throw(TypeError("not caught"))
except TypeError as ex:
    print("propagated:", ex)
try:
    c.send(None)
except StopIteration:
    print("finished after uncaught throw")

for bad in [lambda g: g.throw(1), lambda g: g.throw(ValueError("x"), 1), lambda g: g.throw(int)]:
    g = catcher()
    next(g)
    try:
        bad(g)
    except TypeError as ex:
        print("TypeError:", ex)

# throw() into a generator that has not started: raised at its top.
g = catcher()
try:
    g.throw(ValueError("before start"))
except ValueError as ex:
    print("unstarted:", ex, g.gi_suspended)


def ignores_exit():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring exit")


g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as ex:
    print("RuntimeError:", ex)


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "value on close"


g = returns_on_exit()
next(g)
print("close() ->", g.close())


def raises_on_exit():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


g = raises_on_exit()
next(g)
try:
    g.close()
except ValueError as ex:
    print("close raised:", ex)

# close() of a created or finished generator does nothing.
g = catcher()
g.close()
print(list(g))


def reenter():
    yield next(this)


this = reenter()
try:
    next(this)
except ValueError as ex:
    print("ValueError:", ex)


def send_self():
    yield this2.send(None)


this2 = send_self()
try:
    next(this2)
except ValueError as ex:
    print("ValueError:", ex)


# The exception being handled inside a generator stays inside it.
def handler():
    try:
        raise KeyError("inner")
    except KeyError:
        yield 1
        import sys
        yield repr(sys.exc_info()[1])


h = handler()
next(h)
import sys

print("outside:", sys.exc_info()[1])
try:
    raise ValueError("outer")
except ValueError:
    print("inside gen:", next(h))
    print("outer still:", repr(sys.exc_info()[1]))
