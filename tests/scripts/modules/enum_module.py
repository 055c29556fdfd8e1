# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, the functional API.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
import enum


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias

    def describe(self):
        return f"{self.name} is {self.value}"

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color.CRIMSON)
print(list(Color), len(Color), Color.__members__)
print(Color.RED.describe(), Color.default(), type(Color.RED), isinstance(Color.RED, Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED is Color(1))
print(hash(Color.RED) == hash(Color.RED), {Color.RED: "r"}[Color.CRIMSON])
print(Color, f"{Color.BLUE}", format(Color.GREEN), str(Color.GREEN), Color.RED in Color)
print(list(reversed(Color)), [c.name for c in Color])
check(lambda: Color(7))
check(lambda: Color["PURPLE"])
check(lambda: Color.RED < Color.BLUE)
check(lambda: setattr(Color, "RED", 5))
check(lambda: 3 in Color)


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    LINE = 10
    POINT = auto()


print(list(Shape), Shape.POINT.value)


class Number(IntEnum):
    ONE = 1
    TWO = 2


print(Number.ONE, repr(Number.TWO), Number.ONE + 1, Number.TWO == 2, Number(2), sorted([Number.TWO, Number.ONE]))
print(f"{Number.TWO}", format(Number.ONE, "03d"), isinstance(Number.ONE, int), int(Number.TWO))


class Mood(StrEnum):
    HAPPY = auto()
    SAD = "sad!"


print(Mood.HAPPY, repr(Mood.HAPPY), Mood.SAD.upper(), Mood("happy"), Mood.HAPPY == "happy")


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)))
print(repr(rw & Perm.R), repr(~Perm.R), Perm(7), len(rw))
check(lambda: Perm(8))


class Access(IntFlag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


print(list(Access), repr(Access.READ | Access.WRITE), Access.READ | 8, Access.WRITE == 2, str(Access.EXEC))


@unique
class Fine(Enum):
    A = 1
    B = 2


check(lambda: unique(Color))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__module__)
Pair = Enum("Pair", [("LEFT", "l"), ("RIGHT", "r")])
print(Pair("r"), repr(Pair.LEFT))
print(Color.__class__ is enum.EnumMeta, isinstance(Color, enum.EnumType))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.MERCURY.value, repr(Planet.EARTH))


class WithMissing(Enum):
    A = "a"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() == "a":
            return cls.A
        return None


print(WithMissing("A"))
check(lambda: WithMissing("b"))


class Extendable(Enum):
    def hello(self):
        return "hello " + self.name


class Concrete(Extendable):
    X = 1


print(Concrete.X.hello())


def extend():
    class More(Color):
        PINK = 9


check(extend)
