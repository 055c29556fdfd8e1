# str.format, format_map, format(), f-strings with format specs, ascii().

print("-- fields")
print("{} {} {}".format(1, "a", [2]), "{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2), "{0}{a}".format(5, a=6))
print("{{}} {{{}}}".format(7), "}}{{".format(), "x{}y{}z".format(1, 2), "{:}".format(3), "{00}".format(9))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(3, 4)
print("{0.x},{0.y}".format(p), "{p.x}".format(p=p), "{.y}".format(p), "{0[1]}".format([10, 20]), "{0[k]}".format({"k": "v"}))
print("{0[0][1]}".format([[1, 2]]), "{[0]}".format("hi"), "{0[1]}".format({1: "int", "1": "str"}), "{d[a b]}".format(d={"a b": 1}))

print("-- conversions")
print("{!r}".format("s"), "{!s}".format("s"), "{!a}".format("é"), "{0!r:>6}".format("x"), "{!r:}".format(1.5))
print("{!r}".format([1, "a"]), "{!a}".format(["ü"]), "{!s:^7}".format(None))

print("-- specs")
print("[{:10}]".format("left"), "[{:>10}]".format("right"), "[{:^10}]".format("mid"), "[{:*^9}]".format("x"), "[{:<5}]".format(12))
print("{:d} {:5d} {:<5d}| {:+d} {: d} {:05d} {:x} {:X} {:#x} {:o} {:#o} {:b} {:#b}".format(42, 42, 42, 42, 42, -42, 255, 255, 255, 8, 8, 5, 5))
print("{:,} {:_} {:,.2f} {:_x} {:c} {:=+8} {:n}".format(1234567, 1234567, 1234567.891, 65535, 65, 42, 1234))
print("{:.2f} {:.3e} {:g} {:g} {:%} {:.1%} {:E} {:G}".format(3.14159, 12345.678, 0.0001, 1e20, 0.25, 0.125, 1.5, 1e-10))
print("{:.2f} {:e} {:08.3f} {:+.1f} {:.0f} {:.0f}".format(3, 12345, -3.14159, 2.25, 2.5, 3.5))
print("{:10.3f}|{:<10.3f}|{:^10.3f}|{:.3}|{:.5}".format(3.14159, 3.14159, 3.14159, 3.14159, "truncated"))
print(format(1.0), format(1e16), format(0.1 + 0.2), format(-0.0), format(float("inf")), format(float("nan"), ">5"))
print(format(2 ** 100), format(2 ** 100, ","), format(-(2 ** 70), "x"), format(2 ** 64, "#b")[:12], format(10 ** 20, ".3e"))
print(format(True), format(False, ""), format(True, "d"), format(True, ">5"), format(True, ".1f"))
print(format("abc"), format("abc", "5"), format("abc", ">5"), format("é", "^5"), format(None), format([1, 2]))

print("-- nested")
print("{:{}}|".format("a", 5), "{:>{w}.{p}f}".format(3.14159, w=10, p=2), "{0:{1}x}".format(255, 5), "{:{}{}}".format(1, ">", 4))
print("{0:{a}}".format(1, a=">3"), "{:{fill}^{width}}".format("c", fill="*", width=7))

print("-- format_map")
print("{a} and {b}".format_map({"a": 1, "b": 2}), "{x[0]}".format_map({"x": [9]}))


class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{a} {b}".format_map(Missing(a=1)))

print("-- errors")
cases = [
    ("{", ()), ("}", ()), ("{0}{}", (1, 2)), ("{}{0}", (1, 2)), ("{1}", (1,)), ("{}", ()),
    ("{0!x}", (1,)), ("{0!}", (1,)), ("{0!rr}", (1,)), ("{0[}", (1,)), ("{0.}", (1,)), ("{0[]}", (1,)),
    ("{a{b}", (1,)), ("{0:{'", (1,)), ("{:{:{}}}", (1, 2, 3)), ("{0[0]x}", ([1],)), ("{:d}", ("s",)), ("{:s}", (1,)),
    ("{:d}", (1.5,)), ("{:x}", (object(),)), ("{0:,s}", ("x",)), ("{:.2d}", (1,)), ("{:c}", (-1,)), ("{:=s}", ("x",)),
    ("{0.nope}", (1,)), ("{0[5]}", ([1],)), ("{0[x]}", ({},)), ("{:%d}", (1,)), ("{:10000000000000000000000}", (1,)),
]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError, TypeError, AttributeError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{0}".format_map({})
except ValueError as e:
    print("ValueError", e)
try:
    "{}".format_map({})
except ValueError as e:
    print("ValueError", e)

print("-- __format__")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return "$" + str(self.cents / 100)
        return "$" + format(self.cents / 100, spec)


class Bad:
    def __format__(self, spec):
        return 42


class Plain:
    def __str__(self):
        return "plain!"


m = Money(1234)
print(format(m), format(m, ".1f"), "{}|{:>10.2f}".format(m, m), f"{m}|{m:.3f}")
print(format(Plain()), "{}".format(Plain()), f"{Plain()!s:>8}", "abc".__format__(">5"), "abc".__format__(""))
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), ">3")
except TypeError as e:
    print(type(e).__name__, e)


class MyInt(int):
    pass


class MyStr(str):
    pass


print(format(MyInt(7), "03d"), format(MyStr("q"), "^3"), f"{MyInt(5):x}")

print("-- f-strings")
x = 3.14159
n = 1234567
s = "hi"
width = 8
print(f"{x:>10.3f}|{x:<10.2f}|{x:^10.1f}|")
print(f"{n:,}|{n:_}|{n:>12,}|{-n:,}|{n:e}")
print(f"{s!r:^20}|{s:*>{width}}|{s!a}|{'é'!a}")
print(f"{x:.2f}", f"{n:x}", f"{n:#o}", f"{255:#06x}", f"{0.5:%}", f"{1/3:.4}")
print(f"{'nested ' + s:>{width + 4}}", f"{[1, 2]!r}", f"{ {'a': 1}['a'] }", f"{{literal}}")
try:
    print(f"{x:d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{s:d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{n:,s}")
except ValueError as e:
    print(type(e).__name__, e)

print("-- ascii")
print(ascii("plain"), ascii("café"), ascii("€"), ascii("\U0001f600"), ascii(["é", 1]), ascii("it's"), ascii(5))

print("-- subclasses and big ints")


class Tagged(str):
    def __format__(self, spec):
        return "Tagged<" + spec + ">"


class Loud(int):
    def __str__(self):
        return "LOUD"


print(format(Tagged("x"), "abc"), f"{Tagged('y'):>3}", "{:q}".format(Tagged("z")), format(Loud(3)), format(Loud(3), "d"), f"{Loud(4)}")
print("{:,}".format(10 ** 30), f"{10 ** 25:_}", f"{-(10 ** 20):>30,}", "{a} {b}".format(b=2, **{"a": 1}))
try:
    "a".__format__(1)
except TypeError as e:
    print(type(e).__name__, e)
