class Prop:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): print("set x", v); self._x = v
    @x.deleter
    def x(self): print("del x")
    y = property(lambda self: 42)
p = Prop(); p.x = 5; print(p.x, Prop.x.__doc__); del p.x
try: p.y = 1
except AttributeError as e: print("AttributeError:", e)
try: del p.y
except AttributeError as e: print("AttributeError:", e)
print(type(Prop.x).__name__, Prop.x.fget.__name__)
class SM:
    @staticmethod
    def s(a): return ("s", a)
    @classmethod
    def c(cls, a): return (cls.__name__, a)
class SM2(SM): pass
print(SM.s(1), SM().s(2), SM.c(3), SM2().c(4), SM2.c(5))
m = SM().c
print(m.__self__, m.__func__.__name__)
class BM:
    def f(self): return self
b = BM(); bm = b.f
print(bm.__self__ is b, bm.__func__ is BM.f, bm() is b, bm == b.f, BM.f.__name__)
print(repr(bm).startswith("<bound method BM.f of <__main__.BM object at"))
class Desc:
    def __get__(self, obj, owner=None): return ("get", obj is None, owner.__name__)
    def __set__(self, obj, v): print("desc set", v)
    def __delete__(self, obj): print("desc delete")
class NonData:
    def __get__(self, obj, owner=None): return "nondata"
class UD:
    d = Desc(); n = NonData()
u = UD(); print(u.d, UD.d); u.d = 3; del u.d
print(u.n); u.n = "inst"; print(u.n)
u.__dict__['d'] = 'shadow'; print(u.d)
# subclassing builtins
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg); self.code = code
try: raise MyError(3, "bad")
except Exception as e: print(type(e).__name__, e.code, e, e.args, repr(e))
class Err2(ValueError): pass
try: raise Err2("x", 1)
except ValueError as e: print(repr(e), str(e))
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d["a"], d["bb"], d, len(d), isinstance(d, dict), type(d).__name__)
class L(list):
    def total(self): return sum(self)
l = L([1, 2, 3]); l.append(4); print(l, l.total(), l[1:], type(l[1:]).__name__, L() == [], len(l))
class S(str):
    def shout(self): return self.upper() + "!"
s = S("hi"); print(s.shout(), s + "x", type(s + "x").__name__, repr(s))
class I(int):
    def __repr__(self): return "I(" + str(int(self)) + ")"
print(I(5) + 1, repr(I(5)), I(5) == 5, hash(I(5)) == hash(5))
class T(tuple): pass
print(T((1, 2)), T((1, 2)) == (1, 2))
class DD(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 10)
dd = DD(); dd["a"] = 1; print(dd)
# exceptions
def f(): raise ValueError("v")
try: f()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_next.tb_lineno)
    e2 = RuntimeError("r").with_traceback(tb); print(e2.__traceback__ is tb)
e = ValueError("x"); e.add_note("note 1"); e.add_note("note 2"); print(e.__notes__)
try: e.add_note(3)
except TypeError as x: print("TypeError:", x)
try:
    try: raise KeyError("k")
    except KeyError as k: raise ValueError("v") from k
except ValueError as v: print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
