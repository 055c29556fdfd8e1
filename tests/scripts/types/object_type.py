# object's and type's attributes and methods, descriptors, mappingproxy,
# types.GenericAlias (list[int]) and types.UnionType (int | str).


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class A:
    "doc of A"


class B(A):
    pass


class C(A):
    __slots__ = ("z",)


class S:
    __slots__ = ("x", "y")


a = A()
a.x = 1
print("-- object")
print(a.__class__, A.__class__, type.__class__, a.__getstate__(), A().__getstate__(), a.__sizeof__() > 0)
print(a.__reduce_ex__(2)[1:], a.__reduce_ex__(1)[1:], A().__reduce_ex__(0)[1:], (1).__reduce_ex__(2)[1:], "x".__reduce_ex__(2)[1:])
print(object.__subclasshook__(), A.__subclasshook__(B), object.__format__(a, "") == str(a))
show("format spec", lambda: object.__format__(a, "x"))
show("format int", lambda: object.__format__(a, 1))
show("format()", lambda: format(a, ">5"))
show("reduce int", lambda: (1).__reduce__())
c = C()
s = S()
s.x = 5
print(s.__getstate__(), "__dict__" in dir(c), "__weakref__" in dir(c), sorted(set(dir(B())) - set(dir(object))))
print(a.__dir__() == list(a.__dir__()), sorted(a.__dir__()) == dir(a), "x" in dir(a), "x" in dir(A))
print(a.__dict__, vars(a), a.__weakref__, A.__dict__["__dict__"], A.__dict__["__weakref__"])
a.__dict__ = {"y": 2}
print(a.y, vars(a))
show("set dict", lambda: setattr(a, "__dict__", 1))
show("del dict", lambda: delattr(a, "__dict__"))

print("-- __class__ assignment")
b = B()
b.__class__ = A
print(type(b).__name__, isinstance(b, B))
show("to int", lambda: setattr(b, "__class__", int))
show("non class", lambda: setattr(b, "__class__", 1))
show("builtin", lambda: setattr(1, "__class__", bool))
show("layout", lambda: setattr(c, "__class__", A))
show("delete", lambda: delattr(b, "__class__"))

print("-- type")
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, B.__doc__, A.__bases__, B.__base__, B.__mro__, B.mro())
print(int.__module__, int.__name__, type.__base__, object.__base__, object.__bases__, int.__mro__, bool.__bases__)
print(A.__subclasses__(), int.__subclasses__()[:1], type.__instancecheck__(int, True), type.__subclasscheck__(int, bool))
print(A.__instancecheck__(b), A.__subclasscheck__(B), type.__prepare__("X", ()), A.__text_signature__, A.__annotations__)
print(A.__flags__ & (1 << 9) != 0, int.__flags__ & (1 << 9), int.__flags__ & (1 << 24) != 0, A.__basicsize__ > 0)
print(sorted(dir(A)) == dir(A), "mro" in dir(type), "mro" in dir(A), "__annotations__" in dir(A), "__name__" in dir(A))
show("abstractmethods", lambda: A.__abstractmethods__)
show("int annotations", lambda: int.__annotations__)
show("subclasscheck non class", lambda: type.__subclasscheck__(int, 1))
show("set int attr", lambda: setattr(int, "x", 1))
show("set __name__ of int", lambda: setattr(int, "__name__", "x"))
A.__name__ = "Renamed"
print(A.__name__, A, A.__dict__["__doc__"])
A.__name__ = "A"

print("-- descriptors")
print(int.__dict__["real"], object.__dict__["__class__"], type.__dict__["__name__"], range.__dict__["start"],
      type.__dict__["__flags__"], type.__dict__["mro"], object.__dict__["__init_subclass__"])
print(type(int.__dict__["real"]).__name__, type(range.__dict__["start"]).__name__, int.__dict__["real"].__name__,
      int.__dict__["real"].__qualname__, int.__dict__["real"].__objclass__)
print(int.__dict__["real"].__get__(5), int.__dict__["real"].__get__(None, int), str.upper.__get__("a")(), A.__init__.__get__(a)())
show("get wrong type", lambda: int.__dict__["real"].__get__("x"))
show("get none none", lambda: int.__dict__["real"].__get__(None, None))
show("set readonly", lambda: setattr(5, "real", 1))
show("set member", lambda: setattr(range(3), "start", 1))
show("set via __set__", lambda: int.__dict__["real"].__set__(5, 1))
show("delete via __delete__", lambda: range.__dict__["start"].__delete__(range(2)))
print(hash(len) == hash(len), {len: 1, str.upper: 2}[str.upper], list.__hash__, dict.__hash__, bytearray.__hash__)
show("hash list", lambda: hash([]))

print("-- mappingproxy")
mp = A.__dict__
print(type(mp).__name__, type(mp) is type(int.__dict__), "__doc__" in mp, mp["__doc__"], len(int.__dict__) > 10)
import types
p = types.MappingProxyType({"a": 1, "b": 2})
print(p, str(p), p["a"], p.get("z", 0), list(p), list(p.keys()), list(p.values()), list(p.items()), len(p), "a" in p)
print(p == {"a": 1, "b": 2}, p != {}, p | {"c": 3}, {"c": 3} | p, list(reversed(p)), p.copy(), type(p.copy()).__name__)
for label, fn in [("setitem", lambda: p.__setitem__("a", 2)), ("hash", lambda: hash(p)), ("list", lambda: types.MappingProxyType([1])),
                  ("missing", lambda: p["zz"]), ("ior", lambda: p.__ior__({})), ("attr", lambda: setattr(p, "x", 1))]:
    show(label, fn)
d = {"k": 1}
view = d.keys()
print(view.mapping, d.values().mapping["k"], d.items().mapping == d, list(reversed(d.keys())), list(reversed(d.values())),
      list(reversed(d.items())), type(reversed(d.items())).__name__, type(reversed(d)).__name__)

print("-- GenericAlias")
g = list[int]
print(g, type(g), g.__origin__, g.__args__, g.__parameters__, dict[str, list[int]], tuple[()], tuple[int, ...])
print(list["x"], list[1], list[A], list[types.MappingProxyType], list[len], set[frozenset[int]], type(g).__module__)
print(g == list[int], g == list, g != list[str], hash(g) == hash(list[int]), g([1, 2]), g.append, g.__mro_entries__((g,)))
print(dict[str, int](a=1), frozenset[int]([1]), tuple[int](x for x in [1]), types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
for label, fn in [("isinstance", lambda: isinstance([], list[int])), ("issubclass", lambda: issubclass(list, list[int])),
                  ("subscript", lambda: list[int][str]), ("int[]", lambda: int[str])]:
    show(label, fn)


class D(list[int]):
    pass


print(D.__mro__, D.__orig_bases__, D([1]), list.__class_getitem__(int), dict.__class_getitem__((int, str)))

print("-- UnionType")
u = int | str
print(u, type(u), u.__args__, int | None, None | int, int | int, u | list[int], u | u, (int | str) | (bytes | int))
print(u == (str | int), u == (int | bytes), hash(u) == hash(str | int), u.__parameters__, type(u).__module__)
print(isinstance(1, u), isinstance(b"", u), isinstance(None, int | None), issubclass(bool, u), issubclass(bytes, int | str))
print(isinstance(1, (float, int | str)), A | B, list[int] | None)
for label, fn in [("int | 1", lambda: int | 1), ("1 | int", lambda: 1 | int), ("isinstance generic", lambda: isinstance(1, int | list[int])),
                  ("int | 'str'", lambda: int | "str")]:
    show(label, fn)

print("-- reduce")
print(range(1, 5, 2).__reduce__(), slice(1, 2).__reduce__(), {1, 2}.__reduce__(), frozenset([1]).__reduce_ex__(2))


class S(set):
    pass


s = S([1])
s.x = 1
print(s.__reduce__(), range(3).__reduce_ex__(2), (1, 2).__reduce_ex__(2)[1:], b"x".__reduce_ex__(2)[1:])
