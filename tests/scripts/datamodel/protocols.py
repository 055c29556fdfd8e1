def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__ + ":", e)
class Ln:
    def __len__(self): return 0
print(bool(Ln()), not Ln())
class BadLen:
    def __len__(self): return -1
t(lambda: len(BadLen()))
class BadBool:
    def __bool__(self): return 1
t(lambda: bool(BadBool()))
class NoIter:
    __iter__ = None
t(lambda: iter(NoIter()))
class Base:
    def __eq__(self, o): return True
class Sub(Base): pass
t(lambda: hash(Sub()))
class InitRet:
    def __init__(self): return 1
t(lambda: InitRet())
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print("never")
t(lambda: NewOther())
class Dir:
    def __dir__(self): return ["b", "a"]
t(lambda: dir(Dir()))
class MetaI(type):
    def __instancecheck__(cls, x): return x == 1
    def __subclasscheck__(cls, c): return c is int
class IC(metaclass=MetaI): pass
t(lambda: (isinstance(1, IC), isinstance(2, IC), issubclass(int, IC)))
class CG:
    def __class_getitem__(cls, item): return ("cg", item)
t(lambda: CG[int])
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
t(lambda: list(reversed(Rev())))
class Idx:
    def __index__(self): return 2
t(lambda: ([1, 2, 3][Idx()], "abc"[Idx():], bin(Idx()), range(Idx())))
class Fl:
    def __float__(self): return 1.5
import math
t(lambda: (math.floor(Fl()), float(Fl())))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Cmp({self.v})"
t(lambda: (max([Cmp(2), Cmp(5), Cmp(1)]), min(Cmp(3), Cmp(1)), sorted([Cmp(2), Cmp(1)])))
t(lambda: Cmp(1) > Cmp(2))
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slotted()
t(lambda: (s.a, Slotted.__slots__))
t(lambda: s.b)
class CustomRepr:
    pass
t(lambda: repr(CustomRepr).startswith("<class '__main__.CustomRepr'>"))
t(lambda: str(CustomRepr()).startswith("<__main__.CustomRepr object at 0x"))
class WithFormat:
    pass
t(lambda: format(WithFormat(), "x"))
t(lambda: f"{WithFormat()!r:>5}"[:3])
class Abs:
    def __abs__(self): return "A"
t(lambda: abs(Abs()))
class Cont:
    def __iter__(self): return iter([1, 2])
t(lambda: (2 in Cont(), 3 in Cont()))
class Hsh:
    def __hash__(self): return "x"
t(lambda: hash(Hsh()))
class Obj:
    def __init__(self): self.a = 1
o = Obj()
t(lambda: (o.__dict__, vars(o), o.__dict__ is vars(o)))
class ClassAttr:
    items = []
    def add(self, x): self.items.append(x)
c1, c2 = ClassAttr(), ClassAttr(); c1.add(1); c2.add(2)
t(lambda: ClassAttr.items)
class P1:
    def hello(self): return "P1"
class P2(P1):
    def hello(self): return "P2+" + super(P2, self).hello()
t(lambda: P2().hello())
t(lambda: super(P2, P2).hello)
class Cm:
    @classmethod
    def make(cls): return cls()
    def __repr__(self): return type(self).__name__
class Cm2(Cm): pass
t(lambda: (Cm.make(), Cm2.make()))
class WithGetItemCls:
    def __getitem__(self, k): return k
t(lambda: WithGetItemCls()[1, 2:3, ...])
t(lambda: type("Q", (), {})().__class__.__name__)
t(lambda: type(1, 2))
t(lambda: type("Q", 1, {}))
class Callable2:
    pass
t(lambda: Callable2()())
t(lambda: object.__init__(Callable2(), 1))
t(lambda: Callable2.__init__ is object.__init__)
t(lambda: int.__add__(1, 2))
t(lambda: (1).__add__(2.0))
t(lambda: str.upper("a"))
t(lambda: list.append)
t(lambda: [].append)
t(lambda: object.__eq__(1, 1))
