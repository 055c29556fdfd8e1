# yield, yield as an expression, return values, StopIteration, PEP 479.


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


print(list(countdown(3)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value), e.args)
print(next(countdown(0), "default"))


def no_return():
    yield 1


it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("no value:", e.value, e.args)


def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulate()
print(next(acc), acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)


def returns_tuple():
    return (1, 2)
    yield


try:
    next(returns_tuple())
except StopIteration as e:
    print("tuple value", e.value, e.args)


# PEP 479: StopIteration inside a generator becomes RuntimeError.
def leaks_stop():
    yield 1
    raise StopIteration("oops")


try:
    list(leaks_stop())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), e.__suppress_context__)


def leaks_next():
    yield next(iter([]))


try:
    next(leaks_next())
except RuntimeError as e:
    print("next() inside:", e)

# Attributes.
gen = countdown(3)
print(gen.__name__, gen.__qualname__, type(gen).__name__, gen.gi_running, gen.gi_suspended)
print(gen.gi_code.co_name if hasattr(gen.gi_code, "co_name") else "code", gen.gi_yieldfrom)
print(repr(gen).startswith("<generator object countdown at 0x"))
next(gen)
print(gen.gi_suspended, gen.gi_running)
gen.__name__ = "renamed"
print(gen.__name__)


class Box:
    def items(self):
        yield from [1, 2]


print(Box().items().__qualname__, list(Box().items()))
print(iter(gen) is gen, hasattr(gen, "__next__"), gen.__next__())


def running_check():
    yield me.gi_running


me = running_check()
print(next(me))


# Local state survives across yields, including closures and cells.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])


def make_counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    while True:
        yield bump()


c = make_counter()
print(next(c), next(c), next(c))


# gi_frame: the generator's frame while it is not finished.
def framed(a):
    x = a * 2
    yield x
    y = x + 1
    yield y


gen = framed(5)
print(gen.gi_frame.f_lineno, gen.gi_frame.f_locals)
next(gen)
frame = gen.gi_frame
print(frame.f_lineno, frame.f_locals, frame.f_code.co_name, frame.f_back)
next(gen)
print(frame.f_lineno, sorted(frame.f_locals))
print(list(gen), gen.gi_frame)
