# collections: deque, defaultdict, OrderedDict, namedtuple, Counter, ChainMap.
from collections import deque, defaultdict, OrderedDict, namedtuple, Counter, ChainMap
import collections


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


# ---- deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, d.count(7), d.index(7))
d.remove(7)
print(d, list(reversed(d)))
bounded = deque(range(5), maxlen=3)
print(bounded, bounded.maxlen)
bounded.append(9)
bounded.appendleft(-9)
print(bounded)
print(deque(maxlen=2), deque())
bounded.clear()
print(bounded, bool(bounded))
check(lambda: deque().pop())
check(lambda: deque().popleft())
check(lambda: deque([1]).remove(5))
check(lambda: deque([1]).index(5))
check(lambda: deque([1])[3])
check(lambda: deque(maxlen=-1))
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1, 2]) + deque([3]))
d = deque([1, 2])
d[0] = 10
del d[1]
print(d, d * 2)
rec = deque([1])
rec.append(rec)
print(rec)
rec.clear()  # no cycle collector yet: break the cycle
print(deque.__hash__)

# ---- defaultdict
dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd.default_factory)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), isinstance(counts, dict))
plain = defaultdict()
check(lambda: plain["missing"])
print(plain, "missing" in plain)
check(lambda: defaultdict(5))
print(defaultdict(lambda: 7, {"x": 1}, y=2)["z"], dd.copy())
print(repr(defaultdict(None, {1: 2})))

# ---- OrderedDict
od = OrderedDict()
od["one"] = 1
od["two"] = 2
od["three"] = 3
print(od)
od.move_to_end("one")
print(list(od))
od.move_to_end("three", last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
check(lambda: OrderedDict().popitem())
a = OrderedDict([(1, 1), (2, 2)])
b = OrderedDict([(2, 2), (1, 1)])
print(a == b, dict(a) == dict(b), a == dict(b), OrderedDict())
check(lambda: od.move_to_end("nope"))
print(list(reversed(a)), OrderedDict.fromkeys("ab", 0))

# ---- namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), isinstance(p, tuple), len(p))
print(Point._fields, Point.__name__, Point.__module__, Point)
print(Point._make([3, 4]), p._replace(x=9), p._asdict())
x, y = p
print(x + y, Point.__doc__, hash(p) == hash((1, 2)))
check(lambda: Point(1))
check(lambda: Point(1, 2, 3))
check(lambda: Point(1, 2, z=3))
check(lambda: p._replace(z=1))
check(lambda: setattr(p, "x", 5))
Person = namedtuple("Person", "name age city", defaults=["Nowhere"])
print(Person("Ann", 30), Person._field_defaults)
print(namedtuple("R", "a def _b a", rename=True)._fields)
check(lambda: namedtuple("Bad", "a def"))
check(lambda: namedtuple("Bad", "a _b"))
check(lambda: namedtuple("Bad", "a a"))
check(lambda: namedtuple("Bad", "1a"))
check(lambda: namedtuple("Bad", "a", defaults=[1, 2]))
Single = namedtuple("Single", "only")
print(Single(1), namedtuple("M", "a", module="mymod").__module__)


class Sub(Point):
    def norm(self):
        return abs(self.x) + abs(self.y)


print(Sub(-1, 2).norm(), Sub(-1, 2))

# ---- Counter
c = Counter("abracadabra")
print(c)
print(c.most_common(2), c["z"], c.total())
print(sorted(c.elements()))
c.update("aaz")
c.subtract({"b": 5})
print(c)
c1, c2 = Counter(a=3, b=1), Counter(a=1, b=2)
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2)
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(Counter(a=1) == Counter(a=1, b=0), Counter())
del c["zzz"]
c3 = Counter(["x", "y", "x"])
c3 += Counter(x=1)
print(c3, list(c3))
check(lambda: Counter.fromkeys("ab"))

# ---- ChainMap
base = {"a": 1, "b": 2}
over = {"b": 20}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], len(cm), sorted(cm), cm)
cm["c"] = 3
print(over, cm.parents, cm.new_child({"a": 100})["a"])
check(lambda: cm["zzz"])
print(collections.__name__, collections.__file__.endswith("collections/__init__.py"))
