# float's methods and attributes: conversions, rounding, divmod, hex,
# is_integer, as_integer_ratio and repr round-trips.


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class MyFloat(float):
    pass


for v in [0.0, -0.0, 1.5, -1.5, 2.5, -2.5, 1e300, 1e-300, 123456.789, MyFloat(3.75)]:
    print(repr(v), v.real, v.imag, v.conjugate(), v.is_integer(), v.as_integer_ratio(), v.hex(), type(v.real).__name__)
    print(" ", v.__abs__(), v.__int__(), v.__float__(), v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(),
          v.__round__(1), v.__getnewargs__(), v.__pos__(), v.__neg__(), v.__bool__(), type(v.__float__()).__name__)

print("-- special values")
inf, nan = float("inf"), float("nan")
for name in ["__int__", "__trunc__", "__floor__", "__ceil__", "__round__", "as_integer_ratio"]:
    for v in (inf, -inf, nan):
        show(f"{v}.{name}", lambda: getattr(v, name)())
print(inf.is_integer(), nan.is_integer(), inf.hex(), (-inf).hex(), nan.hex(), round(inf, 2), round(nan, 1))

print("-- round")
for v, nd in [(2.675, 2), (0.5, 0), (1.5, 0), (2.5, None), (-0.5, None), (1234.5678, -2), (1e300, -400),
              (1.23456789e-5, 8), (0.125, 2), (0.375, 2), (5e-324, 400), (1e22, -21), (123.456, 1000)]:
    print(v, nd, round(v, nd), v.__round__(nd) if nd is not None else v.__round__())
show("round str", lambda: round(1.5, "x"))
show("round big", lambda: round(1.5, 2**70))
show("round neg big", lambda: round(1.5, -(2**70)))

print("-- divmod")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (7, 2.5), (1e300, 1e-300), (-0.0, 1), (5.0, float("inf")), (-5.0, float("inf"))]:
    print(a, b, divmod(a, b), float(a).__divmod__(b), float(b).__rdivmod__(a))
show("divmod 0", lambda: divmod(1.0, 0))
show("__divmod__ str", lambda: (1.0).__divmod__("x"))
show("__rdivmod__ 0", lambda: (0.0).__rdivmod__(5))

print("-- hex and fromhex")
for s in ["0x1.8p1", "-0x1p-1074", "0x1.fffffffffffffp1023", "inf", "-Infinity", "nan", " 0x1p0 ", "0X1.0P+3", "1", "0x.8",
          "0x1.00000000000008p0", "0x1.00000000000018p0"]:
    show(f"fromhex({s!r})", lambda: float.fromhex(s))
for s in ["0x1p1024", "0x", "", "0x1p", "0xg", "1.5e", "0x1.8p1 x"]:
    show(f"fromhex({s!r})", lambda: float.fromhex(s))
show("fromhex int", lambda: float.fromhex(1))
print(type(MyFloat.fromhex("0x1p1")).__name__, float.fromhex((3.14).hex()) == 3.14, (0.1).hex(), (5e-324).hex())

print("-- repr round-trip")
for v in [0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1.0e-7, 123456789012345678.0, 5e-324, 1.7976931348623157e308, 9007199254740993.0]:
    print(repr(v), float(repr(v)) == v, str(v))

print("-- misc")
print(float.__getformat__("double"), float.__getformat__("float"))
show("getformat", lambda: float.__getformat__("x"))
show("getformat int", lambda: float.__getformat__(1))
print((1.5).__sizeof__() == (2.5).__sizeof__(), float.real, float.imag)
show("set real", lambda: setattr(1.5, "real", 1))
show("format", lambda: ((1.5).__format__(".3f"), float.__format__(2.0, ""), format(MyFloat(1.25), "08.3f")))
show("format bad", lambda: (1.5).__format__("d"))
print(1.5.is_integer(), 3.0.is_integer(), (-0.0).as_integer_ratio(), (0.1).as_integer_ratio())
