# types.GeneratorType, types.coroutine and inspect's generator helpers.
import inspect
import types


def gen(limit):
    total = 0
    for i in range(limit):
        total += i
        yield total


g = gen(3)
print(isinstance(g, types.GeneratorType), type(g) is types.GeneratorType)
print(inspect.isgenerator(g), inspect.isgenerator(gen), inspect.isgeneratorfunction(gen))
print(inspect.isgeneratorfunction(lambda: 1), inspect.isfunction(gen), inspect.isframe(g.gi_frame))
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))


def watcher():
    yield inspect.getgeneratorstate(w)


w = watcher()
print(next(w))
list(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
try:
    inspect.getgeneratorlocals(42)
except TypeError as e:
    print("TypeError:", e)


@types.coroutine
def legacy():
    yield "step"
    return "value"


print(types.coroutine(gen) is gen, inspect.isgeneratorfunction(legacy))
c = legacy()
print(next(c))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)


def plain():
    return iter([1, 2])


wrapped = types.coroutine(plain)
print(wrapped.__name__, list(wrapped()), wrapped is plain)
try:
    types.coroutine(3)
except TypeError as e:
    print("TypeError:", e)


class Methods:
    def items(self):
        yield 1


print(inspect.isgeneratorfunction(Methods().items), inspect.ismethod(Methods().items))
