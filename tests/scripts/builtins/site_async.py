# The interactive-use builtins (exit, quit, help, license, ...), breakpoint() with
# sys.breakpointhook, and the async iteration builtins aiter() and anext().
import sys
print(repr(exit), repr(quit), repr(help), repr(license), type(exit).__name__, type(exit).__module__)
print(type(help).__name__, type(license).__name__, callable(exit))
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code)
print(sys.breakpointhook is sys.__breakpointhook__)
class Aw:
    def __init__(self, v, stop=False):
        self.v, self.stop = v, stop
    def __await__(self):
        if self.stop:
            raise StopAsyncIteration
        yield "tick"
        return self.v
class AI:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    def __anext__(self):
        self.n += 1
        return Aw(self.n, self.n > 1)
ai = aiter(AI())
print(type(ai).__name__)
for i in range(3):
    a = anext(ai, "dflt")
    it = a.__await__()
    print(type(a).__name__, it is a)
    try:
        print(it.send(None))
    except StopIteration as e:
        print("stop", e.value)
print(type(anext(AI())).__name__)
for e in ["aiter(1)", "anext(1)", "anext(AI(), 1, 2)", "aiter(AI(), 1)"]:
    try:
        eval(e)
    except Exception as x:
        print(type(x).__name__, x)
class Bad:
    def __aiter__(self):
        return 1
try:
    aiter(Bad())
except Exception as x:
    print(type(x).__name__, x)
class NoAw:
    def __anext__(self):
        return 5
try:
    anext(NoAw(), 1).__await__().send(None)
except Exception as x:
    print(type(x).__name__, x)
print(sorted(n for n in dir(anext(AI(), 0)) if not n.startswith('__')))
sys.breakpointhook = lambda *a, **k: print("hook", a, k)
breakpoint(1, x=2)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(type(e).__name__, e)
