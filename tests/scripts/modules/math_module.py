# The math module: constants, float functions with their special values and
# errors, integer functions on big ints, and the exact summation/norm helpers.
import math


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan))

# One-argument float functions.
for name in ["sqrt", "exp", "exp2", "expm1", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "cbrt", "fabs",
             "log2", "log10", "degrees", "radians"]:
    f = getattr(math, name)
    for x in [0, 0.5, -0.5, 1, 2, -3, 10, 1e-300, 1e300, math.inf, -math.inf, math.nan, True]:
        check(name + "(" + repr(x) + ")", lambda: f(x))

check("sqrt(-1)", lambda: math.sqrt(-1))
check("sqrt(-0.0)", lambda: math.sqrt(-0.0))
check("sqrt(2**1000)", lambda: math.sqrt(2**1000))
check("sqrt(10**400)", lambda: math.sqrt(10**400))
check("sqrt('x')", lambda: math.sqrt("x"))
check("sqrt()", lambda: math.sqrt())
check("sqrt(1, 2)", lambda: math.sqrt(1, 2))
check("sqrt(x=1)", lambda: math.sqrt(x=1))
check("exp(1000)", lambda: math.exp(1000))
check("exp(-1000)", lambda: math.exp(-1000))


class Floaty:
    def __float__(self):
        return 2.25


class Indexy:
    def __index__(self):
        return 9


check("sqrt(Floaty())", lambda: math.sqrt(Floaty()))
check("sqrt(Indexy())", lambda: math.sqrt(Indexy()))

# Logarithms, including ints too large for a float.
for args in [(1,), (math.e,), (100, 10), (8, 2), (2**1000,), (10**400,), (10**400, 10), (0,), (-1,),
             (0.0,), (-2.5,), (1, 1), (2, 1), (2, 0.5), (math.inf,), (math.nan,), (10, 0)]:
    check("log" + repr(args), lambda: math.log(*args))
check("log()", lambda: math.log())
check("log(1, 2, 3)", lambda: math.log(1, 2, 3))
check("log('x')", lambda: math.log("x"))
for x in [8, 2**1000, 10**400, 0, -4, 1024.0, 0.0]:
    check("log2(" + repr(x) + ")", lambda: math.log2(x))
    check("log10(" + repr(x) + ")", lambda: math.log10(x))

# pow and two-argument functions.
for x, y in [(2, 10), (2, 0.5), (-2, 3), (-2, 0.5), (0, -1), (0.0, 0), (10, 400), (2, -1100),
             (math.inf, 2), (-math.inf, 3), (-math.inf, -3), (math.inf, 0), (math.nan, 0),
             (1, math.nan), (0.5, math.inf), (2, -math.inf), (-1, math.inf), (math.nan, 2)]:
    check("pow" + repr((x, y)), lambda: math.pow(x, y))
for name in ["atan2", "copysign", "fmod", "remainder", "nextafter"]:
    f = getattr(math, name)
    for x, y in [(1, 2), (-1, 2), (7, 3), (-7, 3), (7, -3), (0.0, -1), (-0.0, 1), (1, 0),
                 (math.inf, 1), (1, math.inf), (math.inf, math.inf), (math.nan, 1), (5.5, 2.5)]:
        check(name + repr((x, y)), lambda: f(x, y))
check("atan2(1)", lambda: math.atan2(1))
check("atan2(1, y=2)", lambda: math.atan2(1, y=2))
for x in [1.0, 0.0, -1.0, 1e300, 5e-324, math.inf, math.nan, 2**53]:
    check("ulp(" + repr(x) + ")", lambda: math.ulp(x))

# Rounding to ints and the special methods they honour.
class Rounded:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


for x in [2.5, -2.5, 3, -3, True, 2.0, 1e20, -0.5, 10**30, Rounded(), Floaty()]:
    for name in ["floor", "ceil", "trunc"]:
        check(name + "(" + type(x).__name__ + ")", lambda: getattr(math, name)(x))
for x in [math.inf, -math.inf, math.nan, "3"]:
    check("floor(" + repr(x) + ")", lambda: math.floor(x))
    check("ceil(" + repr(x) + ")", lambda: math.ceil(x))
    check("trunc(" + repr(x) + ")", lambda: math.trunc(x))
print(type(math.floor(2.5)).__name__, type(math.floor(True)).__name__)

for x in [3.5, -3.5, 0.0, -0.0, math.inf, -math.inf, math.nan, 7]:
    check("modf(" + repr(x) + ")", lambda: math.modf(x))
    check("frexp(" + repr(x) + ")", lambda: math.frexp(x))
for x, i in [(0.5, 3), (1, -1), (1.0, 2000), (1.0, -2000), (1, 10**30), (1, -10**30), (0.0, 10**30),
             (math.inf, -5), (1.5, 1.0), (3, True)]:
    check("ldexp" + repr((x, i)), lambda: math.ldexp(x, i))

for x in [0, 1.5, math.inf, -math.inf, math.nan, 1e308]:
    print("isfinite/isinf/isnan", x, math.isfinite(x), math.isinf(x), math.isnan(x))
check("isfinite(10**400)", lambda: math.isfinite(10**400))

# isclose
for args, kw in [((1.0, 1.0 + 1e-10), {}), ((1.0, 1.1), {}), ((1.0, 1.1), {"rel_tol": 0.2}),
                 ((0.0, 1e-10), {}), ((0.0, 1e-10), {"abs_tol": 1e-9}), ((math.inf, math.inf), {}),
                 ((math.inf, -math.inf), {}), ((math.nan, math.nan), {}), ((1, 2), {"rel_tol": -1}),
                 ((), {"a": 1, "b": 1})]:
    check("isclose" + repr(args) + repr(kw), lambda: math.isclose(*args, **kw))

# hypot, dist, fsum, prod
for args in [(), (3,), (-3,), (3, 4), (1, 1), (1e300, 1e300), (5e-324, 5e-324), (1, 2, 3, 4, 5),
             (math.inf, math.nan), (math.nan, 1), (0.1, 0.2, 0.3), (1e-320, 1e-321)]:
    check("hypot" + repr(args), lambda: math.hypot(*args))
vals = [0.1 * i - 3.7 for i in range(60)]
print([math.hypot(a, b) for a, b in zip(vals, reversed(vals))])
print([math.hypot(a, b, a * b) for a, b in zip(vals, vals[1:])])
check("hypot('a')", lambda: math.hypot("a"))
check("dist", lambda: math.dist((1, 2), (4, 6)))
check("dist lists", lambda: math.dist([1.5, 2, 3], [0, 0, 0]))
check("dist mismatch", lambda: math.dist((1,), (1, 2)))
check("dist one", lambda: math.dist((1,)))
for xs in [[0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1, 2, 3], [],
           [math.inf, 1], [math.inf, -math.inf], [math.nan, 1], [1e308, 1e308], [2**53, 1, 1],
           [1.7976931348623157e+308, -1e292, 1e292]]:
    check("fsum" + repr(xs), lambda: math.fsum(xs))
check("fsum(1)", lambda: math.fsum(1))
print(math.fsum([0.1 * i for i in range(1000)]), sum([0.1 * i for i in range(1000)]))
for args, kw in [(([1, 2, 3, 4],), {}), (([],), {}), (([2.5, 2],), {}), (([1, 2],), {"start": 10}),
                 ((range(1, 30),), {}), ((["a", 3],), {}), (([1, 2], 3), {}), ((), {})]:
    check("prod" + repr(args) + repr(kw), lambda: math.prod(*args, **kw))

# Integer functions.
for n in [0, 1, 5, 20, 21, 30, 100]:
    print("factorial", n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(500) % (10**9 + 7))
for x in [-1, 5.0, "5", 2**70]:
    check("factorial(" + repr(x) + ")", lambda: math.factorial(x))
for args in [(), (12,), (-12,), (12, 18), (12, 18, 27), (0, 0), (0, 5), (2**100, 2**80 * 3), (-4, 6),
             (True, 4), (3.0, 4)]:
    check("gcd" + repr(args), lambda: math.gcd(*args))
    check("lcm" + repr(args), lambda: math.lcm(*args))
print(math.gcd(7, Indexy()), math.lcm(7, Indexy()))
for n in [0, 1, 15, 16, 17, 2**64, 10**50, 10**51, -1, 4.0]:
    check("isqrt(" + repr(n) + ")", lambda: math.isqrt(n))
for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (52, 5), (100, 50), (10**20, 3), (-1, 2), (5, -2),
             (5.0, 2), (0, 0), (1000, 998)]:
    check("comb" + repr((n, k)), lambda: math.comb(n, k))
    check("perm" + repr((n, k)), lambda: math.perm(n, k))
check("perm(5)", lambda: math.perm(5))
check("perm(5, None)", lambda: math.perm(5, None))
check("comb(5)", lambda: math.comb(5))
check("perm()", lambda: math.perm())
