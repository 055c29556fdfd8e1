# bytes: construction, repr, sequence behaviour, methods and codecs.

print("-- construction and repr")
print(b"", b"abc", bytes(), bytes(3), bytes([65, 66, 255]), bytes(range(5)), bytes(b"copy"), bytes("é€", "utf-8"))
print(bytes("abc", "ascii"), bytes("é", "latin-1"), bytes("é", encoding="utf-8"), bytes("aé", "ascii", "replace"))
print(b"'", b'"', b"'\"", b"\x00\t\n\r\\\x7f\x80\xff ~", repr(b"a"), str(b"q"), [b"x", b"y"])
for arg in [-1, [256], [-1], ["a"], 1.5, None]:
    try:
        print(bytes(arg))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    bytes("abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(b"abc", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes("é", "ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    bytes("a", "bogus")
except LookupError as e:
    print(type(e).__name__, e)

print("-- sequence")
b = b"hello"
print(len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], list(b), b[:], b[-100:2])
print(b"ell" in b, 104 in b, 120 in b, b"" in b, b + b" world", b * 2, 3 * b"ab", b"x" * 0, b"ab" * -1)
print(b == b"hello", b != b"hello", b < b"help", b"a" < b"b", b"a" <= b"a", b"b" > b"abc", b"" < b"\x00", b == "hello")
print(hash(b"abc") == hash(b"abc"), hash(b"abc") == hash("abc"), bool(b""), bool(b"\x00"), {b"k": 1}[b"k"])
total = 0
for byte in b"\x01\x02\x03":
    total = total + byte
print(total, type(iter(b"")).__name__, sorted(b"cab"), max(b"az"))
for expr in ["index", "type", "contains", "range", "concat", "mul"]:
    try:
        if expr == "index":
            print(b[10])
        elif expr == "type":
            print(b["x"])
        elif expr == "contains":
            print("h" in b)
        elif expr == "range":
            print(300 in b)
        elif expr == "concat":
            print(b + "x")
        else:
            print(b * "x")
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

print("-- methods")
print(b"a,b,,c".split(b","), b" a  b c ".split(), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1), b"  x  y  ".rsplit(None, 1))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join((b"x",)), b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip())
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"hello".startswith(b"l", 2), b"hello".endswith(b"l", 0, 4))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(108), b"hello".find(b"z"), b"hello".index(b"o"), b"hello".rindex(b"h"))
print(b"hello".count(b"l"), b"aaa".count(b"a", 1), b"abc".count(b""), b"hello".find(b"l", -2), b"hello".find(b"", 5))
print(b"aaa".replace(b"a", b"bb"), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"), b"a=b".partition(b"="), b"a=b=c".rpartition(b"="))
print(b"Hello World\xe9".upper(), b"Hello World\xc9".lower(), b"123".isdigit(), b"12a".isdigit(), b"".isdigit(), b"abc".isalpha(), b"ab1".isalpha())
print(b" \t\n".isspace(), b" x".isspace(), b"ab12".isalnum(), b"ab 12".isalnum())
print(b"\xde\xad\xbe\xef".hex(), b"".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), bytes.fromhex("de ad  BE EF"), bytes.fromhex(""))
for fn in ["find", "split", "join", "replace", "startswith", "strip", "index", "fromhex", "fromhex2", "fromhex3", "rangebyte"]:
    try:
        if fn == "find":
            b.find("l")
        elif fn == "split":
            b.split("l")
        elif fn == "join":
            b"-".join([b"a", "b"])
        elif fn == "replace":
            b.replace("l", b"L")
        elif fn == "startswith":
            b.startswith("h")
        elif fn == "strip":
            b.strip("h")
        elif fn == "index":
            b.index(b"z")
        elif fn == "fromhex":
            bytes.fromhex("zz")
        elif fn == "fromhex2":
            bytes.fromhex("abc")
        elif fn == "fromhex3":
            bytes.fromhex(12)
        else:
            b.find(300)
    except (TypeError, ValueError) as e:
        print(fn, type(e).__name__, e)

print("-- decode")
print(b"abc".decode(), b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("ascii", "replace"), b"a\xffb".decode(errors="backslashreplace"))
print(b"\xe2\x82(".decode("utf-8", "replace"), b"\xed\xa0\x80x".decode("utf-8", "replace"), b"\xf0\x9f\x98\x80".decode(), len(b"\xf0\x9f\x98\x80".decode()))
bad = [(b"\xff", "utf-8"), (b"a\xffb", "ascii"), (b"\xc3", "utf-8"), (b"\xc3(", "utf-8"), (b"\xe2\x82", "utf-8"), (b"\xe2\x82(", "utf-8"),
       (b"\xed\xa0\x80", "utf-8"), (b"ok\x80", "utf-8"), (b"\xf5\x80", "utf-8"), (b"\xc0\xaf", "utf-8")]
for data, enc in bad:
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
try:
    b"a".decode("bogus")
except LookupError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8", "bogus")
except LookupError as e:
    print(type(e).__name__, e)
try:
    b"a".decode(1)
except TypeError as e:
    print(type(e).__name__, e)
print("é€😀".encode().decode() == "é€😀", "ü".encode("latin-1").decode("latin-1"))

print("-- subclass")


class MyBytes(bytes):
    pass


mb = MyBytes(b"ab")
print(mb, type(mb).__name__, len(mb), mb + b"c", mb == b"ab", type(MyBytes.fromhex("6162")).__name__, MyBytes.fromhex("6162"))
