# The random module: seeded sequences equal CPython's (same Mersenne Twister,
# same seeding, same algorithms above it), and the same errors.
import random


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


random.seed(42)
print([random.random() for _ in range(5)])
print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 257)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], [random.randrange(5, 50, 5) for _ in range(5)])
print([random.randrange(10, 0, -3) for _ in range(5)], random.randrange(10**30), random.randrange(-10**20, 10**20))

# Seeds of every supported type.
for s in [0, 1, -1, 12345, 2**32 - 1, 2**32, 2**64 + 7, -(2**100), 10**50, True, False, 1.5, -2.5, 0.0,
          "", "hello", "héllo wörld", "x" * 200, b"", b"hello", b"\x00\xff" * 70]:
    random.seed(s)
    print(repr(s)[:40], random.random(), random.randrange(1000), random.getrandbits(40))
random.seed("abc", version=1)
print("v1 str", random.random())
random.seed(b"abc", version=1)
print("v1 bytes", random.random())
random.seed(99, version=1)
print("v1 int", random.random())

# Instances have their own state.
r1 = random.Random(2024)
r2 = random.Random(2024)
print(r1.random() == r2.random(), r1.random(), random.Random().random() < 1.0)
r = random.Random(7)
items = list(range(20))
r.shuffle(items)
print(items)
print(r.choice("abcdef"), r.choice([10, 20, 30]), r.choice(range(1000)))
print(r.sample(range(100), 5), r.sample(list("abcdefgh"), 3), r.sample(range(10**6), 8), r.sample("xyz", 3))
print(r.sample(tuple(range(30)), 10), r.sample(["a", "b"], k=4, counts=[3, 2]))
print(r.choices("abc", k=5), r.choices("abc", [1, 2, 3], k=5), r.choices("abc", cum_weights=[1, 2, 10], k=5))
print(r.choices(range(10), weights=[0.5] * 10, k=4), r.choices([1, 2], [1, 0]), r.choices("ab", k=0))

# Real-valued distributions.
print(r.uniform(1, 2), r.uniform(10, 5), r.uniform(0, 10**20))
print(r.triangular(), r.triangular(0, 10, 3), r.triangular(5, 5), r.triangular(low=2, high=4))
print(r.gauss(), r.gauss(), r.gauss(5, 2), r.normalvariate(), r.normalvariate(1, 3), r.normalvariate(mu=2))
print(r.lognormvariate(0, 1), r.expovariate(2), r.expovariate(0.1))
print(r.vonmisesvariate(1, 2), r.vonmisesvariate(0, 0), r.vonmisesvariate(3, 50))
print(r.gammavariate(0.5, 1), r.gammavariate(2, 3), r.gammavariate(1, 2), r.gammavariate(9, 0.5))
print(r.betavariate(2, 3), r.betavariate(0.5, 0.5), r.paretovariate(2), r.weibullvariate(1, 2))
print(r.randbytes(5), r.randbytes(0), len(r.randbytes(33)))

# getstate/setstate round-trip, and the state's shape.
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)], len(state), state[0], len(state[1]), state[2])
r.gauss()
g = r.getstate()[2]
print(type(g).__name__, r.gauss() == g)
check("setstate bad version", lambda: r.setstate((9, (), None)))
check("setstate bad vector", lambda: r.setstate((3, (1, 2), None)))
check("setstate not tuple", lambda: r.setstate((3, [0] * 625, None)))
check("setstate bad index", lambda: r.setstate((3, (0,) * 624 + (700,), None)))
random.setstate(random.Random(5).getstate())
print(random.random() == random.Random(5).random())


# Subclasses: overriding random() drives everything built on it.
class Half(random.Random):
    def random(self):
        return 0.5


h = Half(3)
print(h.randrange(10), h.choice([1, 2, 3]), h.uniform(0, 10), h.random(), h.getrandbits(8) >= 0)
print(h.sample(range(10), 3), h.choices("abcd", k=3), h.gauss(), h.triangular(0, 4))


class Bits(random.Random):
    def getrandbits(self, k):
        return 0


print(Bits(1).randrange(100), Bits(1).choice("xyz"))


class Seeded(random.Random):
    def __init__(self, tag):
        super().__init__(tag)
        self.tag = tag


s = Seeded(11)
print(s.tag, s.random() == random.Random(11).random(), isinstance(s, random.Random))

# Errors, as CPython reports them.
check("randrange(0)", lambda: random.randrange(0))
check("randrange(5, 5)", lambda: random.randrange(5, 5))
check("randrange(1, 10, 0)", lambda: random.randrange(1, 10, 0))
check("randrange(10, 1, 2)", lambda: random.randrange(10, 1, 2))
check("randrange('a')", lambda: random.randrange("a"))
check("randrange(5, step=2)", lambda: random.randrange(5, step=2))
check("randint(1)", lambda: random.randint(1))
check("randint(1, 2, 3)", lambda: random.randint(1, 2, 3))
check("randint(5, 1)", lambda: random.randint(5, 1))
check("choice([])", lambda: random.choice([]))
check("sample(set)", lambda: random.sample({1, 2}, 1))
check("sample too many", lambda: random.sample([1, 2], 3))
check("sample negative", lambda: random.sample([1, 2], -1))
check("sample counts", lambda: random.sample([1, 2], 1, counts=[1]))
check("choices both", lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]))
check("choices k positional", lambda: random.choices("ab", 3))
check("choices weights mismatch", lambda: random.choices("ab", [1]))
check("choices zero total", lambda: random.choices("ab", [0, 0]))
check("choices inf", lambda: random.choices("ab", [1, float("inf")]))
check("getrandbits(-1)", lambda: random.getrandbits(-1))
check("getrandbits(1.0)", lambda: random.getrandbits(1.0))
check("seed([])", lambda: random.seed([]))
check("seed(1, 2, 3)", lambda: random.seed(1, 2, 3))
check("gammavariate(0, 1)", lambda: random.gammavariate(0, 1))
check("expovariate(0)", lambda: random.expovariate(0))
check("unknown keyword", lambda: random.uniform(1, c=2))
check("Random(1, 2)", lambda: random.Random(1, 2))
print(type(random.Random).__name__, random.Random.VERSION, repr(random.Random)[:22])
