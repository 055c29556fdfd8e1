# abc: ABC, ABCMeta, abstractmethod, register, the abstract-class error.
from abc import ABC, ABCMeta, abstractmethod
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Half(Shape):
    def area(self):
        return 0


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

print(Square(3).describe(), Square(2).perimeter())
print(sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Square.__abstractmethods__)
print(type(Shape), isinstance(Square(1), Shape), issubclass(Square, ABC))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...


try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class Impl(Base):
    name = "impl"

    @classmethod
    def make(cls):
        return cls()


print(Impl.make().name)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return hasattr(C, "__len__")
        return NotImplemented


print(isinstance([], Sized), isinstance(1, Sized), issubclass(dict, Sized))


class Registered(ABC):
    pass


Registered.register(int)
print(isinstance(3, Registered), issubclass(int, Registered), isinstance("s", Registered))
print(Registered.register(float) is float, abc.get_cache_token() >= 0)


class One(ABC):
    @abstractmethod
    def only(self):
        pass


try:
    One()
except TypeError as e:
    print("TypeError:", e)
