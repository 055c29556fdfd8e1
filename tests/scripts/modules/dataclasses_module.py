# dataclasses: @dataclass options, field(), fields, asdict/astuple, replace, __post_init__, inheritance.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError
import dataclasses


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), p.x)
print([f.name for f in fields(p)], fields(Point)[1].default, Point.y)
check(lambda: Point())
check(lambda: Point(1, 2, 3))
check(lambda: Point(1, z=2))
check(lambda: p < Point(3, 4))
print(Point.__hash__, Point.__match_args__)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()


v = Version(1, 2)
print(v < Version(1, 3), v >= Version(1, 2), sorted([Version(2), Version(1, 5), v]))
print(hash(v) == hash(Version(1, 2)), {v: "ok"}[Version(1, 2)])
check(lambda: setattr(v, "major", 5))
check(lambda: delattr(v, "major"))
print(isinstance(FrozenInstanceError("x"), AttributeError))


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    computed: int = field(init=False, default=-1)

    def __post_init__(self):
        self.computed = len(self.name)


inv = Inventory("box")
inv.items.append("hammer")
other = Inventory("box", ["hammer"], secret="different")
print(inv, inv == other, inv.computed, Inventory("b").items is Inventory("b").items)
print(asdict(inv), astuple(inv))
print(replace(inv, name="crate"), inv.name)
check(lambda: replace(inv, computed=3))
check(lambda: Inventory("x", computed=3))


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 10


print(Derived(), Derived(1, "x", 2.5), [f.name for f in fields(Derived)])


@dataclass
class Nested:
    p: Point
    pts: list
    d: dict


n = Nested(Point(1, 2), [Point(3, 4)], {"k": Point(5, 6)})
print(asdict(n))
print(astuple(n))


@dataclass(eq=False, repr=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), "Plain object" in repr(Plain(1)))


@dataclass(unsafe_hash=True)
class Hashable:
    v: int


print(hash(Hashable(3)) == hash((3,)))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))
check(lambda: Options(True, 3))


@dataclass
class WithKwOnly:
    a: int
    _: dataclasses.KW_ONLY
    b: int = 2
    c: int


print(WithKwOnly(1, c=3))


def bad_order():
    @dataclass
    class Bad:
        a: int = 1
        b: int


def mutable_default():
    @dataclass
    class Bad:
        a: list = []


def both():
    return field(default=1, default_factory=list)


check(bad_order)
check(mutable_default)
check(both)
check(lambda: fields(5))
check(lambda: asdict(Point))
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(5))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(dataclasses.MISSING is not None, repr(fields(Node)[1].default_factory))
Dyn = dataclasses.make_dataclass("Dyn", [("x", int), ("y", int, field(default=5))])
print(Dyn(1))
