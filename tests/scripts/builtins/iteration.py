# The iteration builtins: enumerate, zip, map, filter, reversed, sorted,
# min, max, sum, any, all, iter, next.


def check(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Countdown:
    """An iterator class: __iter__ returns self, __next__ raises StopIteration."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Bag:
    """An iterable whose __iter__ returns a fresh list iterator."""

    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)


class Seq:
    """The old sequence protocol: __len__ and __getitem__ only."""

    def __init__(self, data):
        self.data = data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]


class Backwards:
    def __reversed__(self):
        return iter(["custom", "reversed"])


class NotReversible:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


class GetitemOnly:
    def __getitem__(self, i):
        return i


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


class Money:
    """Supports + with ints (and so works with sum) via __add__/__radd__."""

    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __repr__(self):
        return "Money(%d)" % self.cents


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


print("--- enumerate")
print(list(enumerate("abc")))
print(list(enumerate(["x", "y"], 1)))
print(list(enumerate(["x", "y"], start=10)))
print(list(enumerate(iterable=(5, 6), start=-2)))
print(list(enumerate(start=3, iterable="ab")))
print(list(enumerate({"k": 1, "j": 2})))
print(list(enumerate(range(3), True)))
print(list(enumerate(Countdown(3))))
print(list(enumerate([], 5)))
print(list(enumerate("ab", 2**70)))
e = enumerate("xy")
print(type(e).__name__, iter(e) is e, next(e), next(e), next(e, "done"))
for i, ch in enumerate("hi", 1):
    print(i, ch)
check("enumerate()", lambda: enumerate())
check("enumerate 3 args", lambda: enumerate([1], 2, 3))
check("enumerate str start", lambda: enumerate([1], "a"))
check("enumerate float start", lambda: enumerate([1], start=1.5))
check("enumerate bad kw", lambda: enumerate([1], foo=1))
check("enumerate start only", lambda: enumerate(start=1))
check("enumerate iterable twice", lambda: enumerate([1], iterable=[2]))
check("enumerate int", lambda: enumerate(5))

print("--- zip")
print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab", (True, False, None, 0))))
print(list(zip()))
print(list(zip(range(3))))
print(list(zip({"a": 1, "b": 2}, Countdown(5))))
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(zip([1, 2], [3], strict=False)))
print(dict(zip("abc", range(3))))
z = zip([1], [2])
print(type(z).__name__, iter(z) is z, next(z), next(z, "end"))
a, b = zip(*[(1, "one"), (2, "two")])
print(a, b)
check("zip short 2", lambda: list(zip([1, 2], [1], strict=True)))
check("zip long 2", lambda: list(zip([1], [1, 2], strict=True)))
check("zip short 3", lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
check("zip long 3", lambda: list(zip([1], [1], [1, 2], strict=True)))
check("zip long after", lambda: list(zip([1], [1, 2], [1, 2], strict=True)))
check("zip int", lambda: zip([1], 2))
check("zip bad kw", lambda: zip([1], fill=0))
check("zip two kws", lambda: zip([1], strict=True, fill=0))
z = zip("ab", [1, 2, 3], strict=True)
print(next(z), next(z))
check("zip strict partial", lambda: next(z))

print("--- map")
print(list(map(str.upper, ["a", "b"])))
print(list(map(lambda x: x * x, range(5))))
print(list(map(pow, [2, 3, 4], [5, 2])))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(len, {"key": 1, "k": 2})))
print(list(map(Point, [1, 2], (3, 4))))
print(list(map(abs, Countdown(3))))
m = map(int, "12")
print(type(m).__name__, iter(m) is m, next(m), next(m), next(m, None))
check("map()", lambda: map())
check("map one arg", lambda: map(len))
check("map kw", lambda: map(len, [1], x=1))
check("map int", lambda: map(len, 5))
check("map not callable", lambda: list(map(5, [1])))
check("map raising", lambda: list(map(lambda x: 1 // x, [1, 0])))

print("--- filter")
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(bool, (0, 2, 0.0, 3.5))))
print(list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda k: k > "a", {"a": 1, "b": 2, "c": 3})))
print(list(filter(lambda n: n != 2, Countdown(4))))
f = filter(None, [0, 7])
print(type(f).__name__, iter(f) is f, next(f), next(f, "none"))
check("filter()", lambda: filter())
check("filter one arg", lambda: filter(None))
check("filter three args", lambda: filter(None, [1], [2]))
check("filter kw", lambda: filter(None, [1], key=1))
check("filter int", lambda: filter(None, 1))

print("--- reversed")
print(list(reversed([1, 2, 3])))
print(list(reversed((1, 2, 3))))
print(list(reversed("abc")))
print(list(reversed(range(5))))
print(list(reversed(range(1, 10, 3))))
print(list(reversed({"a": 1, "b": 2, "c": 3})))
print(list(reversed([])))
print(list(reversed(Seq([10, 20, 30]))))
print(list(reversed(Backwards())))
r = reversed("xy")
print(type(r).__name__, iter(r) is r, next(r), next(r), next(r, "stop"))
print(type(reversed(Seq([]))).__name__, list(reversed(Seq([]))))
check("reversed int", lambda: reversed(1))
check("reversed set", lambda: reversed({1, 2}))
check("reversed None method", lambda: reversed(NotReversible()))
check("reversed no len", lambda: reversed(GetitemOnly()))
check("reversed iterator", lambda: reversed(iter([1])))
check("reversed()", lambda: reversed())
check("reversed 2 args", lambda: reversed([1], [2]))
check("reversed kw", lambda: reversed(seq=[1]))

print("--- sorted")
print(sorted([3, 1, 2]))
print(sorted("banana"))
print(sorted((3.5, -1, 2)))
print(sorted({"b": 1, "a": 2, "c": 0}))
print(sorted(range(5), reverse=True))
print(sorted(["bb", "a", "ccc"], key=len))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted([(1, "b"), (0, "z"), (1, "a")]))
print(sorted([Point(2, 1), Point(1, 5), Point(3, 0)], key=lambda p: p.y))
print(sorted(Countdown(4)))
print(sorted({3, 1, 2}, key=lambda x: -x))
print(sorted(["b", "A", "c"], key=str.lower))
print(sorted([2, 1], key=None, reverse=False))
original = [3, 1, 2]
result = sorted(original)
print(original, result, result is original)
check("sorted()", lambda: sorted())
check("sorted 2 args", lambda: sorted([1], None))
check("sorted iterable kw", lambda: sorted(iterable=[1]))
check("sorted bad kw", lambda: sorted([1], cmp=None))
check("sorted int", lambda: sorted(3))
check("sorted mixed", lambda: sorted([1, "a"]))
check("sorted reverse float", lambda: sorted([1], reverse=1.5))

print("--- min/max")
print(min([3, 1, 2]), max([3, 1, 2]))
print(min(3, 1, 2), max(3, 1, 2))
print(min("hello"), max("hello"))
print(min((2.5, 1, 3)), max((2.5, 1, 3)))
print(min({"b": 1, "a": 2}), max({"b": 1, "a": 2}))
print(min(range(5, 10)), max(range(5, 10)))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(min("bb", "a", "ccc", key=len), max("bb", "a", "ccc", key=len))
print(min([], default="empty"), max((), default=None))
print(min([4], default=0), max([1, 2], default=5, key=lambda x: -x))
print(max([1, 3, 3.0], key=None), max(3.0, 3), min(3, 3.0))
print(max([(1, "a"), (1, "b"), (0, "z")]))
print(max(Countdown(4)), min(Countdown(4)))
print(max([Point(1, 2), Point(5, 0)], key=lambda p: p.x))
print(max({"a": 3, "b": 9, "c": 1}.items(), key=lambda kv: kv[1]))
print(max([True, False]), min([False, 0]))
check("min()", lambda: min())
check("max()", lambda: max())
check("max empty", lambda: max([]))
check("min empty", lambda: min(iter(())))
check("max default many", lambda: max(1, 2, default=3))
check("min default many", lambda: min(1, 2, default=3))
check("max int", lambda: max(1))
check("max bad kw", lambda: max([1], foo=1))
check("max three kws", lambda: max([1], key=None, default=0, foo=1))
check("max key not callable", lambda: max([1, 2], key=1))
check("max mixed", lambda: max([1, "a"]))
check("min mixed", lambda: min(1, None))

print("--- sum")
print(sum([1, 2, 3]), sum(()), sum([], 5), sum(range(101)))
print(sum([1, 2, 3], 10), sum([1, 2], start=100))
print(sum([0.1] * 10), sum([1e308, 1e308, -1e308]))
print(sum([1, 2.5, 3]), sum([1.5, True]), sum([1, 2], 0.5))
print(sum([2**62, 2**62]), sum([2**63 - 1, 1]), sum([-2**63, -1]))
print(sum([2**70, -2**70, 5]), sum([1.0, 2**80]))
print(sum([True, True, False]), sum([], True), sum([True], True))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([Money(5), Money(7)]), sum([Money(1)], Money(2)))
print(sum(Countdown(4)), sum({1: "a", 2: "b"}))
print(sum([1.5, -1.5, 2**53, 1.0]))
check("sum()", lambda: sum())
check("sum 3 args", lambda: sum([1], 2, 3))
check("sum iterable kw", lambda: sum(iterable=[1]))
check("sum bad kw", lambda: sum([1], foo=2))
check("sum strings", lambda: sum(["a", "b"], ""))
check("sum bytes", lambda: sum([b"a"], b""))
check("sum str item", lambda: sum([1, "a"]))
check("sum float str", lambda: sum([1.5, "a"]))
check("sum int", lambda: sum(5))
check("sum huge float", lambda: sum([1.0, 10**400]))
check("sum list int", lambda: sum([[1]]))

print("--- any/all")
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any([0, 1]), all([1, 0]), any("a"), all(""))
print(any(map(lambda x: x > 2, [1, 3])), all(map(lambda x: x > 2, [1, 3])))
print(all(map(lambda x: x > 0, range(1, 5))), any(Countdown(0)), all(Countdown(3)))
print(any({0: "a"}), all({1: "a", 2: "b"}), any(range(0)), all(range(1, 3)))
checked = []


def note(x):
    checked.append(x)
    return x


print(any(map(note, [0, 3, 0, 4])), checked)
checked.clear()
print(all(map(note, [1, 0, 2])), checked)
check("any()", lambda: any())
check("all 2 args", lambda: all([1], [2]))
check("any int", lambda: any(1))
check("all kw", lambda: all(iterable=[1]))

print("--- iter/next")
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
print(list(iter((1, 2))), list(iter("ab")), list(iter({"x": 1})), list(iter(range(2))))
print(list(iter(Bag(4, 5))), list(iter(Seq("ab"))))
c = Countdown(2)
print(iter(c) is c, next(c), next(c), next(c, "finished"))
counter = Counter()
print(list(iter(counter, 4)))
print(next(iter(counter, 100)))
ci = iter(Counter(), 2)
print(type(ci).__name__, iter(ci) is ci, next(ci), next(ci, "done"), next(ci, "still"))
words = ["a", "b", "", "c"]
print(list(iter(lambda: words.pop(0), "")), words)
check("iter()", lambda: iter())
check("iter int", lambda: iter(1))
check("iter not callable", lambda: iter(1, 2))
check("iter 3 args", lambda: iter([], 1, 2))
check("iter kw", lambda: iter([], sentinel=1))
check("next()", lambda: next())
check("next list", lambda: next([1]))
check("next int", lambda: next(5))
check("next exhausted", lambda: next(iter([])))
check("next 3 args", lambda: next(iter([]), 1, 2))
check("next kw", lambda: next(iter([]), default=1))
try:
    next(iter(()))
except StopIteration as e:
    print("StopIteration args", e.args)

print("--- combined")
pairs = list(zip(range(3), map(lambda s: s * 2, filter(None, ["a", "", "b", "c"]))))
print(pairs)
print(sorted(enumerate("cab"), key=lambda p: p[1], reverse=True))
print(list(reversed(list(enumerate("ab")))))
print(max(enumerate([3, 9, 2]), key=lambda p: p[1]))
print(sum(map(len, ["ab", "cde"])), sum(map(lambda p: p[0] * p[1], enumerate([4, 5, 6]))))
print(dict(enumerate("xy")), set(map(abs, [-1, 1, 2])), tuple(zip("ab")))

print("--- subclasses and StopIteration")


class Numbered(enumerate):
    def describe(self):
        return "numbered"


n = Numbered("ab", 5)
print(type(n).__name__, isinstance(n, enumerate), n.describe(), list(n))


class Pairs(zip):
    pass


print(list(Pairs([1, 2], "ab")), type(reversed(range(2))).__name__)


def stop(x):
    if x == 3:
        return next(iter([]))
    return x


print(list(map(stop, [1, 2, 3, 4])), list(filter(stop, [1, 0, 3, 4])))
for value in map(stop, [5, 3, 6]):
    print("loop", value)
try:
    next(map(stop, [3]))
except StopIteration as e:
    print("StopIteration", e.args)
check("callable_iterator()", lambda: type(iter(len, 1))())
