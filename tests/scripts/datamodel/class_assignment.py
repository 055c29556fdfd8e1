# __class__ assignment, type.mro(), generic aliases, __dict__ assignment,
# __del__ on the last reference, and metaclass data descriptors on classes.
class D: pass
print([k.__name__ for k in D.mro()])
class K:
    pass
try:
    K.__class__ = int
except TypeError as e: print("TypeError:", e)
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A(); a.__class__ = B; print(a.who(), type(a).__name__)
try: a.__class__ = int
except TypeError as e: print("TypeError:", e)
print(list[int], dict[str, int], list[int] == list[int], int | str)
class Obj: pass
o = Obj(); o.__dict__ = {"z": 9}; print(o.z)
class Del:
    def __del__(self): print("del called")
d = Del(); del d; print("after del")
class Meta(type):
    @property
    def size(cls): return cls._size
    @size.setter
    def size(cls, v): print("meta setter", v); cls._size = v * 2
class S(metaclass=Meta): pass
S.size = 4; print(S.size, "size" in S.__dict__)
S.other = 1; print(S.other)
S.__name__ = "Renamed"; print(S.__name__, S)
