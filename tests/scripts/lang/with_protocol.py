# The with statement: __enter__/__exit__ looked up on the type (a function,
# a static/class method or any descriptor), suppression, enter failures,
# return/break/continue/yield inside, native managers, recursion.
import sys
log = []
class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self):
        log.append(("enter", self.name)); return self.name
    def __exit__(self, t, v, tb):
        log.append(("exit", self.name, t.__name__ if t else None)); return self.suppress
class BadEnter:
    def __enter__(self): raise KeyError("in enter")
    def __exit__(self, *a): log.append("never"); return False
class StaticEnter:
    @staticmethod
    def __enter__(): return "static"
    def __exit__(self, *a): return False
class ClassEnter:
    @classmethod
    def __enter__(cls): return cls.__name__
    __exit__ = lambda self, *a: None
class CallableAttr:
    class _E:
        def __call__(self, *a): return ("callable", len(a))
        def __get__(self, obj, typ): return lambda: "via __get__"
    __enter__ = _E()
    def __exit__(self, *a): return None
class InstanceOnly:
    def __init__(self):
        self.__enter__ = lambda: 1
        self.__exit__ = lambda *a: None
with CM("a") as x, CM("b") as y:
    log.append((x, y))
try:
    with CM("c"):
        raise ValueError
except ValueError:
    log.append("caught")
with CM("d", suppress=True):
    1 / 0
log.append("after suppress")
try:
    with BadEnter():
        log.append("body")
except KeyError as e:
    log.append(("enter failed", e.args))
with StaticEnter() as s: log.append(s)
with ClassEnter() as s: log.append(s)
with CallableAttr() as s: log.append(s)
try:
    with InstanceOnly(): pass
except TypeError as e:
    log.append(str(e))
class NoExit:
    def __enter__(self): return self
try:
    with NoExit(): pass
except TypeError as e:
    log.append(str(e))
def f():
    for i in range(3):
        with CM(i):
            if i == 0: continue
            if i == 1: break
    with CM("ret"):
        return "returned"
log.append(f())
def g():
    with CM("gen"):
        yield 1
        yield 2
log.append(list(g()))
it = g(); next(it); it.close()
import threading
lk = threading.Lock()
with lk: log.append(lk.locked())
log.append(lk.locked())
def deep(n):
    if n == 0: return 0
    with CM(n):
        return deep(n - 1) + 1
log.append(deep(5))
for item in log: print(item)
