# def: defaults, keyword-only, positional-only, *args, **kwargs, closures, decorators.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{"c": 9, "z": 0}))

def pos_only(a, b, /, c):
    return a + b + c

print(pos_only(1, 2, c=3), pos_only(1, 2, 3))

def kw_only(*, x, y=10):
    return x * y

print(kw_only(x=2), kw_only(y=3, x=4))

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
print(c(), c(), c(5))

g_value = 1
def set_global():
    global g_value
    g_value += 10

set_global()
print(g_value)

def deco(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs) * 2
    return wrapper

def tagged(tag):
    def apply(fn):
        fn.tag = tag
        return fn
    return apply

@deco
@tagged("t1")
def add(a, b):
    return a + b

print(add(2, 3), add.__name__)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)])

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([a(10) for a in make_adders()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()

print(outer())

def doc():
    """A docstring."""
    return None

print(doc.__doc__, doc.__name__, doc.__qualname__)

def varargs(*args):
    return len(args), args

print(varargs(), varargs(1), varargs(*range(5)))

def ann(x: int, y: "str" = "a") -> bool:
    return True

print(ann.__annotations__)
sq = lambda x: x * x
print(sq(7), (lambda *a, **k: (a, k))(1, 2, z=3))

def recursive_sum(items):
    if not items:
        return 0
    return items[0] + recursive_sum(items[1:])

print(recursive_sum(list(range(100))))


# Keyword-only parameters with defaults, called with positional arguments only.
def kwonly_default(a, *, b=1, c="c"):
    return a, b, c


print(kwonly_default(0))
print(kwonly_default(0, c=3))


# Attributes read and written through the same instructions on many objects
# (inline caches must not mix them up).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [Point(i, -i) for i in range(4)]
pts[2].__dict__.clear()
pts[2].y = 7
pts[2].x = 8
for p in pts:
    p.x = p.x + 1
    print(p.x, p.y, sorted(vars(p)))
