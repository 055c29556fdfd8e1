# More builtin functions, error paths included: print, len, abs, bin/oct/hex, bool,
# callable, chr/ord, divmod, format, the attribute functions, globals/locals/
# vars, hash, id, isinstance/issubclass, pow, repr/ascii, round, dir.
import sys


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- print")
print("a", "b", 3, sep="-", end="!\n")
print("x", "y", sep=None, end=None)
print(sep="|")
print("flush", flush=True)
print("to stderr", file=sys.stderr)
print("to stdout", file=None)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        self.parts.append("<flush>")


w = Writer()
print(1, 2, file=w, sep=", ", flush=True)
print(w.parts)
show("print sep int", lambda: print("a", sep=1))
show("print end list", lambda: print("a", end=[]))
show("print bad kw", lambda: print("a", color=1))
show("print file no write", lambda: print("a", file=1))

print("-- len, abs, bool, callable")
show("len", lambda: (len([1, 2]), len("héllo"), len(b"ab"), len({}), len(range(10**20 % 7)), len(bytearray(3))))
show("len int", lambda: len(5))
show("len two", lambda: len([], []))


class Sized:
    def __len__(self):
        return -1


class BigLen:
    def __len__(self):
        return 2**70


show("len negative", lambda: len(Sized()))
show("len huge", lambda: len(BigLen()))
show("abs", lambda: (abs(-3), abs(-2.5), abs(True), abs(-2**70), abs(-0.0)))
show("abs str", lambda: abs("x"))


class WithAbs:
    def __abs__(self):
        return "absolute"


show("abs dunder", lambda: abs(WithAbs()))
show("bool", lambda: (bool(), bool(0), bool([]), bool([0]), bool(""), bool(None), bool(0.0), bool(WithAbs())))
show("bool kw", lambda: bool(x=1))
show("callable", lambda: (callable(len), callable(1), callable(Sized), callable(Sized()), callable(print), callable(lambda: 0)))

print("-- numbers in text")
show("bin oct hex", lambda: (bin(10), oct(-8), hex(255), bin(0), hex(-2**70), oct(True)))
show("hex float", lambda: hex(1.5))


class Idx:
    def __index__(self):
        return 42


show("hex index", lambda: (hex(Idx()), bin(Idx()), oct(Idx())))
show("chr", lambda: (chr(65), chr(0x20ac), chr(0x1F600), chr(Idx())))
show("chr big", lambda: chr(0x110000))
show("chr neg", lambda: chr(-1))
show("chr float", lambda: chr(65.0))
show("chr huge", lambda: chr(2**70))
show("ord", lambda: (ord("A"), ord("€"), ord("😀"), ord(b"a"), ord(bytearray(b"z"))))
show("ord long", lambda: ord("ab"))
show("ord empty", lambda: ord(""))
show("ord int", lambda: ord(1))
show("ord bytes long", lambda: ord(b"ab"))

print("-- divmod, pow, round")
show("divmod", lambda: (divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, 2.0), divmod(True, 2)))
show("divmod zero", lambda: divmod(7, 0))
show("divmod float zero", lambda: divmod(7.0, 0))
show("divmod str", lambda: divmod("a", 1))


class Divvy:
    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)


show("divmod dunder", lambda: (divmod(Divvy(), 1), divmod(1, Divvy())))
show("pow", lambda: (pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) if False else 0, pow(3, 4, 5), pow(-3, 3, 7)))
show("pow kw", lambda: pow(base=2, exp=5, mod=3))
show("pow mod inverse", lambda: (pow(3, -1, 7), pow(38, -1, 97), pow(2, -2, 7)))
show("pow mod 0", lambda: pow(2, 3, 0))
show("pow float mod", lambda: pow(2.0, 3, 5))
show("pow not invertible", lambda: pow(2, -1, 4))
show("pow zero negative", lambda: pow(0, -2))
show("pow zero float negative", lambda: pow(0.0, -1))
show("pow mod 1", lambda: (pow(5, 0, 1), pow(5, 3, -7), pow(-5, 3, -7)))
show("round", lambda: (round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1234, -2), round(5), round(7.0, None)))
show("round types", lambda: (type(round(2.5)), type(round(2.5, 0)), type(round(5, 2))))
show("round str", lambda: round("x"))
show("round float digits", lambda: round(2.5, 1.0))


class Rounder:
    def __round__(self, n=None):
        return ("round", n)


show("round dunder", lambda: (round(Rounder()), round(Rounder(), 3), round(Rounder(), None)))

print("-- format, repr, ascii")
show("format", lambda: (format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","), format(None)))
show("format spec type", lambda: format(1, 2))
show("format bad spec", lambda: format(1, "q"))
show("format str code", lambda: format("s", "d"))
show("format object spec", lambda: format(object(), "x"))
show("repr", lambda: (repr("a'b"), repr([1, "x"]), repr(1.0), ascii("é€😀"), ascii(["ü"])))

print("-- attributes")


class Obj:
    cls_attr = "c"

    def __init__(self):
        self.a = 1


o = Obj()
show("getattr", lambda: (getattr(o, "a"), getattr(o, "missing", "dflt"), getattr(o, "cls_attr"), getattr(Obj, "cls_attr")))
show("getattr missing", lambda: getattr(o, "missing"))
show("getattr name type", lambda: getattr(o, 1))
show("getattr one arg", lambda: getattr(o))
show("setattr", lambda: (setattr(o, "b", 2), o.b))
show("setattr int", lambda: setattr(1, "x", 2))
show("setattr name type", lambda: setattr(o, b"x", 2))
show("hasattr", lambda: (hasattr(o, "a"), hasattr(o, "zz"), hasattr(1, "real"), hasattr([], "append")))
show("hasattr name type", lambda: hasattr(o, None))
show("delattr", lambda: (delattr(o, "b"), hasattr(o, "b")))
show("delattr missing", lambda: delattr(o, "zz"))


class Raising:
    @property
    def boom(self):
        raise ValueError("boom")


show("hasattr raising", lambda: hasattr(Raising(), "boom"))
show("getattr default raising", lambda: getattr(Raising(), "boom", 0))

print("-- namespaces")
g = globals()
print(type(g).__name__, g is globals(), "show" in g, g["__name__"])


def scope(x, y=2):
    z = x + y
    return sorted(locals().items()), vars() == locals()


print(scope(1))
show("vars obj", lambda: vars(o))
show("vars class", lambda: type(vars(Obj)).__name__)
show("vars int", lambda: vars(1))
show("vars two", lambda: vars(o, o))
show("locals arg", lambda: locals(1))

print("-- hash and id")
show("hash", lambda: (hash(1), hash(-1), hash(2**61 - 1), hash(1.0) == hash(1), hash(1.5), hash(()), hash((1, "a")) == hash((1, "a"))))
show("hash float specials", lambda: (hash(float("inf")), hash(float("-inf")), hash(-0.0), hash(True)))
show("hash list", lambda: hash([]))
show("hash dict in tuple", lambda: hash((1, {})))
show("id", lambda: (id(o) == id(o), id(o) != id(Obj()), type(id(o)).__name__))


class BadHash:
    def __hash__(self):
        return "x"


class BigHash:
    def __hash__(self):
        return 2**100


show("hash bad", lambda: hash(BadHash()))
show("hash big", lambda: hash(BigHash()) == hash(2**100))

print("-- isinstance, issubclass")
show("isinstance", lambda: (isinstance(1, int), isinstance(True, int), isinstance(1, (str, (float, int))), isinstance(1, bool)))
show("isinstance union", lambda: (isinstance(1, int | str), isinstance("", int | None), isinstance(None, int | None)))
show("isinstance bad", lambda: isinstance(1, 1))
show("isinstance bad tuple", lambda: isinstance(1, (int, 1)))
show("isinstance bad tuple first", lambda: isinstance(1, (1, int)))
show("issubclass", lambda: (issubclass(bool, int), issubclass(int, (str, object)), issubclass(Obj, Obj), issubclass(int, int | str)))
show("issubclass bad", lambda: issubclass(1, int))
show("issubclass bad 2", lambda: issubclass(int, 1))


class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"

    def __subclasscheck__(cls, sub):
        return sub is int


class Magic(metaclass=Meta):
    pass


show("instancecheck", lambda: (isinstance("magic", Magic), isinstance(1, Magic), issubclass(int, Magic), issubclass(str, Magic)))

print("-- dir")
print(dir(o)[-3:], "a" in dir(o), "cls_attr" in dir(o), dir(Obj) == sorted(dir(Obj)))


def local_dir():
    a = 1
    b = 2
    return dir()


print(local_dir())


class CustomDir:
    def __dir__(self):
        return ["z", "a", "m"]


class BadDir:
    def __dir__(self):
        return 5


print(dir(CustomDir()))
show("dir bad", lambda: dir(BadDir()))
show("dir two", lambda: dir(1, 2))
print([n for n in dir(sys) if n in ("argv", "path", "stdout")], "__name__" in dir(sys))
import types
mod = types.ModuleType("m")
mod.__dir__ = lambda: ["custom"]
print(dir(mod))
