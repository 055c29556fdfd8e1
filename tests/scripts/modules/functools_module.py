# functools: partial, reduce, wraps, lru_cache, cache, cached_property, total_ordering, cmp_to_key, singledispatch.
import functools
from functools import partial, reduce, wraps, lru_cache, cache, cached_property, total_ordering, cmp_to_key


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


# ---- partial
def power(base, exp, *, scale=1):
    return scale * base ** exp


square = partial(power, exp=2)
print(square(5), square(5, scale=3), square.func is power, square.args, square.keywords)
print(partial(max, 1, key=abs))
nested = partial(partial(max, 1), 2)
print(nested.args, nested(3), nested.func)
check(lambda: partial(5))
print(partial(int, base=2)("101"))

# ---- reduce
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
check(lambda: reduce(lambda a, b: a + b, []))


# ---- wraps / update_wrapper
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    "Add two numbers."
    return a + b


print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)


# ---- lru_cache / cache
@lru_cache(maxsize=2)
def slow(n):
    print("computing", n)
    return n * n


print(slow(2), slow(2), slow(3), slow(4), slow(2))
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info(), slow.cache_parameters())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


@cache
def ident(x):
    print("miss", x)
    return x


print(ident(1), ident(1), ident(1.0), ident.cache_info().hits)


@lru_cache(typed=True)
def typed(x):
    print("typed miss", repr(x))
    return x


typed(1), typed(1.0), typed(1)
print(typed.cache_info())
check(lambda: lru_cache("x"))


class Calc:
    @lru_cache(maxsize=None)
    def double(self, x):
        print("doubling", x)
        return 2 * x


c = Calc()
print(c.double(4), c.double(4))


# ---- cached_property
class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


circle = Circle(2)
print(circle.area, circle.area, "area" in circle.__dict__)
del circle.area
print(circle.area)
print(type(Circle.area).__name__)


# ---- total_ordering
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


v1, v2 = Version(1), Version(2)
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, v2 >= v2)
check(lambda: total_ordering(type("NoOrder", (), {})))

# ---- cmp_to_key
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))


# ---- singledispatch
@functools.singledispatch
def describe(x):
    return "object"


@describe.register(int)
def _(x):
    return "int " + str(x)


@describe.register
def _(x: list):
    return "list of " + str(len(x))


print(describe(1), describe([1, 2]), describe("s"), describe(True))
print(describe.dispatch(bool).__name__ if False else describe.registry.keys() >= {object, int, list})
