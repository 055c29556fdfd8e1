# int's methods and attributes: conversions, rounding, divmod, bytes,
# rational attributes, big-int arithmetic.


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class MyInt(int):
    pass


for v in [0, 1, -1, 7, -7, 2**62, -2**62 - 1, 2**100 + 3, -(3**80), True, False, MyInt(5)]:
    print(repr(v), v.real, v.imag, v.numerator, v.denominator, v.as_integer_ratio(), v.conjugate(), v.bit_length(),
          v.bit_count(), type(v.real).__name__, type(v.__int__()).__name__)
    print(" ", v.__abs__(), v.__int__(), v.__index__(), v.__float__(), v.__trunc__(), v.__floor__(), v.__ceil__(),
          v.__round__(), v.__getnewargs__(), v.__pos__(), v.__neg__(), v.__invert__(), v.__bool__())

print("-- round")
for v, nd in [(12345, -2), (12355, -1), (12345, -1), (-12355, -1), (15, -1), (25, -1), (5, -1), (5, 0), (5, 3),
              (2**100, -10), (-(2**100), -30), (12345, -5), (12345, -100)]:
    print(v, nd, round(v, nd), v.__round__(nd), type(round(v, nd)).__name__)
show("round float digits", lambda: round(5, 1.5))
show("round None", lambda: round(5, None))
show("__round__ None", lambda: (5).__round__(None))
show("__round__ str", lambda: (5).__round__("x"))
show("round kw", lambda: round(number=7, ndigits=-1))

print("-- divmod")
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (2**100, 7), (-(2**100), 2**50 + 1), (0, 5), (True, 2)]:
    print(a, b, divmod(a, b), a.__divmod__(b), b.__rdivmod__(a), a // b, a % b)
show("divmod 0", lambda: divmod(1, 0))
show("__divmod__ float", lambda: (7).__divmod__(2.0))
show("__rdivmod__ float", lambda: (7).__rdivmod__(2.0))
show("divmod mixed", lambda: divmod(7, 2.0))
show("divmod str", lambda: divmod(7, "x"))

print("-- to_bytes / from_bytes")
for v, args, kw in [(1024, (2, "big"), {}), (1024, (2, "little"), {}), (-1, (2, "big"), {"signed": True}),
                    (255, (), {}), (0, (0, "big"), {}), (-128, (1,), {"signed": True}), (2**64, (9, "little"), {}),
                    (1, (), {"length": 2, "byteorder": "little"}), (256, (1, "big"), {}), (-1, (1, "big"), {}),
                    (128, (1, "big"), {"signed": True}), (1, (-1, "big"), {}), (1, (1, "mid"), {}), (1, ("a",), {}),
                    (1, (1, 2), {}), (1, (1, "big", True), {}), (1, (1,), {"signed": 0})]:
    show(f"{v}.to_bytes{args}{kw}", lambda: v.to_bytes(*args, **kw))
for data, args, kw in [(b"\x04\x00", ("big",), {}), (b"\x04\x00", ("little",), {}), (b"\xff\xff", ("big",), {"signed": True}),
                       (b"\xff", (), {}), (b"", ("big",), {}), ([1, 2], (), {}), (bytearray(b"\x01\x00"), ("little",), {}),
                       (memoryview(b"\x7f"), (), {"signed": True}), ("ab", ("big",), {}), (3, (), {}),
                       (b"\x01", ("x",), {}), (b"\x01" * 20, ("big",), {}), (iter([0, 1]), ("big",), {}), ([256], (), {})]:
    show(f"from_bytes({data!r}, {args}, {kw})", lambda: int.from_bytes(data, *args, **kw))
print(type(MyInt.from_bytes(b"\x05", "big")).__name__, type(bool.from_bytes(b"\x01", "big")).__name__,
      bool.from_bytes(b"\x00", "big"))

print("-- big ints")
a = 3**200
b = -(7**150)
print(a + b, a - b, a * b)
print(a // b, a % b, -a // 97, -a % 97, a // -(2**64), a % -(2**64))
print(a ** 2 // b, pow(a, 3, 10**20), pow(b, 5, 2**61 - 1), pow(3, -1, 7), pow(-5, -3, 13))
print(a >> 100, b >> 100, a << 3, b << 70, a & b, a | b, a ^ b, ~a, -b, abs(b))
print(a == 3**200, a > b, b < -a, hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**100) == hash(2**100 % (2**61 - 1)))
print(int("-" + "9" * 50) + 1, int("1" * 40, 2), int("zz" * 10, 36), hex(a)[:20], oct(b)[:20], bin(2**70 + 1))
print(f"{a:,}"[:30], f"{b:_x}"[:30], f"{2**64:e}", float(a) == 2.6561398887587478e+95, a / b, 10**30 / 7)
print((2**64).__sizeof__() > (1).__sizeof__(), (0).__sizeof__() <= (1).__sizeof__())
show("pow mod 0", lambda: pow(2, 3, 0))
show("pow not invertible", lambda: pow(2, -1, 4))
show("pow float mod", lambda: pow(2.0, 3, 5))
show("pow neg exp", lambda: pow(2, -2))
show("pow zero neg", lambda: pow(0, -1))
show("lshift neg", lambda: 1 << -1)
show("format", lambda: ((255).__format__("x"), int.__format__(True, ""), (5).__format__(""), format(MyInt(3), "03d")))
show("format bad", lambda: (5).__format__(5))
show("format code", lambda: format(5, "s"))
show("real set", lambda: setattr(5, "real", 1))
show("int descriptor", lambda: int.__dict__["real"].__get__("x"))
print(int.real, int.numerator, int.__dict__["denominator"].__get__(7), int.from_bytes.__self__ is int)
