# printf-style formatting: str % args.

print("-- basics")
print("%s %d %5.2f %r %x %o %e %g %c %%" % ("s", 42, 3.14159, "r", 255, 8, 12345.678, 0.0001, 65))
print("%s" % "single", "%d" % 7, "%s" % (1,), "%s" % [1, 2], "%s" % {"a": 1}, "%r" % "q", "%a" % "é", "%r" % "é")
print("%s and %s" % ("a", "b"), "%i|%u" % (3, 4), "%X %#x %#X %#o" % (255, 255, 255, 8), "%c%c" % ("x", 0x20ac))
print("no args" % (), "100%%" % (), "%s" % None, "%s %s" % (True, 1.5), "%d" % True, "%d" % 3.99, "%d" % -3.99, "%x" % -255)
print("%d" % (2 ** 100), "%x" % (2 ** 70), "%.3f" % (2 ** 60), "%s" % (2 ** 64))

print("-- width / precision / flags")
print("[%5s][%-5s][%.2s][%5.1s]" % ("ab", "ab", "abc", "abc"))
print("[%5d][%-5d][%05d][%+d][% d][%+05d][%.3d]" % (42, 42, 42, 42, 42, -42, 7))
print("[%8.3f][%-8.2f][%08.2f][%+.1f][%.0f][%#.0f]" % (3.14159, 2.5, -2.5, 1.25, 2.5, 2.0))
print("[%e][%.2E][%g][%G][%.3g][%#g][%10.4g]" % (0.000123, 12345.0, 1e-5, 1e20, 1234.5, 1.0, 3.14159))
print("[%*d][%-*d][%.*f][%*.*f]" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828))
print("[%f][%f][%f][%e]" % (float("inf"), float("-inf"), float("nan"), float("inf")))
print("[%s][%10r][%-6a]" % ("é", "é", "é"))

print("-- mapping")
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)s %(x)r" % {"x": "v"}, "%(a)05.1f" % {"a": 3.14159})
print("%s %(a)s" % {"a": 1}, "plain" % {}, "plain" % [], "%(k)s" % {"k": [1]})

print("-- errors")
cases = [
    ("%s %s", (1,)), ("%s", (1, 2)), ("%d", ("x",)), ("%i", ("x",)), ("%x", (1.5,)), ("%o", ("s",)),
    ("%f", ("x",)), ("%c", ("ab",)), ("%c", (1.5,)), ("%c", (0x110000,)), ("%c", (-1,)), ("%q", (1,)),
    ("%", (1,)), ("%(a", ({},)), ("%*d", ("a", 1)), ("%d", (float("inf"),)), ("%d", (float("nan"),)),
    ("%(a)s", (1,)), ("%s", ()), ("%(a)s %s", ({"a": 1},)), ("%.*f", (1.5, 2.0)), ("%y %s", (1, 2)),
]
for fmt, args in cases:
    if len(args) == 1:
        args = args[0]
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    print("abc" % 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%(a)s" % {})
except KeyError as e:
    print(type(e).__name__, e)


class Num:
    def __index__(self):
        return 10


class Flt:
    def __float__(self):
        return 2.5


class Shown:
    def __str__(self):
        return "shown"

    def __repr__(self):
        return "Shown()"


print("%x %d" % (Num(), Num()), "%.2f" % Flt(), "%s %r" % (Shown(), Shown()), "%s" % (Shown(),))
s = "%s-%s"
print(s % ("a", "b"), s % ("c", "d"))
