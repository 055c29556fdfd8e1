# Classes: __init__, methods, attributes, inheritance, super(), special methods.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm2(self):
        return self.x ** 2 + self.y ** 2

p = Point(1, 2)
q = Point(3, 4)
print(p, repr(q), p + q, p == Point(1, 2), p != q, p < q, sorted([q, p]))
print(p.norm2(), Point.norm2(q), p.dims, Point.dims, len({p, Point(1, 2), q}))
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)

class Point3(Point):
    dims = 3

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return "Point3(" + super().__repr__() + f", {self.z})"

    def norm2(self):
        return super().norm2() + self.z ** 2

r = Point3(1, 2, 3)
print(r, repr(r), r.norm2(), r.dims, isinstance(r, Point), issubclass(Point3, Point), type(r).__name__)
print(Point3.__mro__, Point3.__bases__, Point3.__name__, Point3.__qualname__)

class Stack:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items

    def push(self, x):
        self.items.append(x)
        return self

s = Stack().push(1).push(2).push(3)
print(len(s), s[0], s[-1], list(s), 2 in s, 5 in s, bool(Stack()), bool(s))

class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(5)), [x * 2 for x in Countdown(3)])

class Adder:
    def __init__(self, base):
        self.base = base

    def __call__(self, x):
        return self.base + x

add5 = Adder(5)
print(add5(10), callable(add5), callable(5))

class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Managed("a") as a, Managed("b") as b:
    print("inside", a.name, b.name)

with Managed("c", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with Managed("d"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))

class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

objs = [Counter() for _ in range(3)]
print([o.id for o in objs], Counter.count)

class Animal:
    def speak(self):
        return self.sound() + "!"

    def sound(self):
        raise NotImplementedError

class Dog(Animal):
    def sound(self):
        return "woof"

print(Dog().speak())
try:
    Animal().speak()
except NotImplementedError as e:
    print("abstract", type(e).__name__)

class WithClassAttr:
    items = []

    def add(self, x):
        self.items.append(x)

a1, a2 = WithClassAttr(), WithClassAttr()
a1.add(1)
a2.add(2)
print(WithClassAttr.items, a1.items is a2.items)
print(hasattr(p, "x"), hasattr(p, "nope"), getattr(p, "y"), getattr(p, "nope", "dflt"))
setattr(p, "label", "P")
print(p.label, p.__dict__)
del p.label
print(p.__dict__)
try:
    p.missing
except AttributeError as e:
    print(e)
print(type(p) is Point, type(type(p)), isinstance(3, (str, int)))
