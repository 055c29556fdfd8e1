# classes: MRO, super, attributes, __new__/__init__, type(), names
class A:
    """doc A"""
    x = 1
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D.__mro__)
print([k.__name__ for k in D.__mro__])
print(D().who())
print(A.__doc__, D.__doc__, A.__name__, A.__qualname__, A.__module__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
try:
    class X(A, D): pass
except TypeError as e: print("TypeError:", e)
class S:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, v):
        print("init", v)
        self.v = v
s = S(3)
print(s.v, s.__class__ is S, type(s) is S)
T = type("T", (A,), {"y": 2, "f": lambda self: self.y + self.x})
print(T.__name__, T.__bases__, T().f(), T.__module__)
print(isinstance(s, (int, S)), issubclass(D, (int, C)), issubclass(bool, int))
print(isinstance(3, (str, (bytes, int))))
try: isinstance(3, 4)
except TypeError as e: print(e)
try: issubclass(3, int)
except TypeError as e: print(e)
print(type(3), type(type), type(None))
# class vs instance attributes
class Cnt:
    n = 0
    def __init__(self): Cnt.n += 1; self.n2 = Cnt.n
a, b = Cnt(), Cnt()
print(Cnt.n, a.n, b.n2, vars(a))
a.n = 10
print(Cnt.n, a.n, sorted(vars(a)))
del a.n
print(a.n)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['tag'] = kw.get('tag', 'none')
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("meta call", cls.__name__)
        return super().__call__(*a)
class M(metaclass=Meta, tag="t"):
    pass
print(M.tag, type(M).__name__, M())
class P:
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class Q(P, flag=5): pass
print(Q.flag)
class Named:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name); self.name = name
class HasNamed:
    attr = Named()
print(HasNamed.attr.name)
# __class__ cell
class K:
    def get(self): return __class__
print(K().get() is K)
print(object.__new__(K).__class__.__name__)
