# printf-style formatting of bytes and bytearray: b"..." % args.


class WithBytes:
    def __bytes__(self):
        return b"BB"


class BadBytes:
    def __bytes__(self):
        return "not bytes"


cases = [
    (b"%s", b"x"), (b"%s", "x"), (b"%b", bytearray(b"y")), (b"%s", memoryview(b"z")), (b"%r", "\xe9"),
    (b"%a", "\xe9"), (b"%c", 65), (b"%c", b"A"), (b"%c", bytearray(b"B")), (b"%c", 256), (b"%c", -1), (b"%c", "A"),
    (b"%c", b"AB"), (b"%d %x %5.2f %e %g", (1, 255, 3.14159, 1e10, 2.5)), (b"%(a)s", {b"a": b"1"}),
    (b"%(a)s", {"a": b"1"}), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%q", 1), (b"%-5s|", b"ab"),
    (b"%5s|", b"ab"), (b"%.1s|", b"ab"), (b"%d", "x"), (b"%x", 1.5), (b"%%", ()), (b"%s", 5), (b"%*d", (5, 3)),
    (b"%-*d|", (5, 3)), (b"%.*f", (2, 3.14159)), (b"%(a)s", (1,)), (b"abc", 5), (b"abc", {}), (b"abc", []),
    (b"%s", [1]), (b"%i", True), (b"%u", -3), (b"%o", 8), (b"%#x", 255), (b"%#o", 8), (b"%+d", 5), (b"% d", 5),
    (b"%05d", -42), (b"%(x)d %(y)s", {b"x": 1, b"y": b"z"}), (b"%s", WithBytes()), (b"%s", BadBytes()),
    (b"%r", b"q"), (b"%a", [1, "\u20ac"]), (b"\xff%s\x00", b"\x80"), (b"%", ()), (b"%(a", {}), (b"%s %(a)s", {b"a": 1}),
    (b"%d", 2**70), (b"%x", -255), (b"%X", 255), (b"%10.3e|", 12345.678), (b"%-10s|", b"left"),
]
for fmt, args in cases:
    for kind in (bytes, bytearray):
        try:
            print(repr(fmt), repr(args), "->", repr(kind(fmt) % args))
        except Exception as e:
            print(repr(fmt), repr(args), "->", type(e).__name__, e)
try:
    print(5 % b"x")
except TypeError as e:
    print(type(e).__name__, e)
print(b"%s".__mod__(b"x"), b"x".__rmod__(b"y%s"), bytearray(b"%d").__mod__(3))
