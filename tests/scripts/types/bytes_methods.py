# The methods bytes and bytearray share: each runs on both kinds, and the
# result's kind follows self's.


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


for kind in (bytes, bytearray):
    print("==", kind.__name__)
    k = kind
    show("upper", lambda: k(b"Hello \xe9World").upper())
    show("lower", lambda: k(b"Hello \xc9World").lower())
    show("swapcase", lambda: k(b"Hello World 1").swapcase())
    show("capitalize", lambda: k(b"hELLO wORLD").capitalize())
    show("capitalize empty", lambda: k(b"").capitalize())
    show("title", lambda: k(b"hello wORLD 2nd-place o'neil").title())
    for name in ["isdigit", "isalpha", "isalnum", "isspace", "isascii", "islower", "isupper", "istitle"]:
        results = [getattr(k(v), name)() for v in [b"", b"abc", b"ABC", b"Abc Def", b"123", b" \t", b"a1", b"\x80", b"aB"]]
        print(name, results)
    show("ljust", lambda: k(b"ab").ljust(5))
    show("ljust fill", lambda: k(b"ab").ljust(5, b"*"))
    show("rjust", lambda: k(b"ab").rjust(5, bytearray(b"-")))
    show("center odd", lambda: k(b"ab").center(5, b"."))
    show("center even", lambda: k(b"abc").center(6, b"."))
    show("center short", lambda: k(b"abc").center(2))
    show("center str fill", lambda: k(b"a").center(5, "x"))
    show("center long fill", lambda: k(b"a").center(5, b"xy"))
    show("center no args", lambda: k(b"a").center())
    show("zfill", lambda: k(b"42").zfill(5))
    show("zfill sign", lambda: k(b"-42").zfill(5))
    show("zfill plus", lambda: k(b"+x").zfill(4))
    show("zfill short", lambda: k(b"abc").zfill(1))
    show("zfill bad", lambda: k(b"abc").zfill("x"))
    show("expandtabs", lambda: k(b"a\tbc\td\n\te").expandtabs())
    show("expandtabs 4", lambda: k(b"a\tbc\td").expandtabs(4))
    show("expandtabs kw", lambda: k(b"a\tb").expandtabs(tabsize=2))
    show("expandtabs 0", lambda: k(b"a\tb").expandtabs(0))
    show("splitlines", lambda: k(b"a\nb\r\nc\rd\n\ne").splitlines())
    show("splitlines keep", lambda: k(b"a\nb\r\nc\rd\n").splitlines(True))
    show("splitlines kw", lambda: k(b"x\n").splitlines(keepends=True))
    show("splitlines empty", lambda: k(b"").splitlines())
    show("splitlines 2 args", lambda: k(b"a").splitlines(1, 2))
    show("removeprefix", lambda: k(b"prefix-body").removeprefix(b"prefix-"))
    show("removeprefix miss", lambda: k(b"body").removeprefix(b"x"))
    show("removesuffix", lambda: k(b"body.txt").removesuffix(bytearray(b".txt")))
    show("removesuffix str", lambda: k(b"body").removesuffix("y"))
    table = bytes.maketrans(b"abc", b"xyz")
    show("maketrans", lambda: table[97:100])
    show("translate", lambda: k(b"aabbcc-d").translate(table))
    show("translate delete", lambda: k(b"aabbcc-d").translate(table, b"-"))
    show("translate None", lambda: k(b"aabbcc-d").translate(None, b"ab"))
    show("translate kw delete", lambda: k(b"abc").translate(None, delete=b"c"))
    show("translate short", lambda: k(b"abc").translate(b"xy"))
    show("translate str", lambda: k(b"abc").translate("x" * 256))
    show("maketrans lengths", lambda: k.maketrans(b"ab", b"c"))
    show("maketrans str", lambda: k.maketrans("a", b"b"))
    show("find", lambda: (k(b"hello").find(b"l"), k(b"hello").find(108), k(b"hello").rfind(bytearray(b"l"))))
    show("find range", lambda: (k(b"hello").find(b"l", 3), k(b"hello").find(b"l", -2, -1), k(b"hello").find(b"h", None, None)))
    show("find str", lambda: k(b"hello").find("l"))
    show("find 300", lambda: k(b"hello").find(300))
    show("find no args", lambda: k(b"hello").find())
    show("find kw", lambda: k(b"hello").count(b"l", start=1))
    show("find float index", lambda: k(b"hello").find(b"l", 1.0))
    show("index", lambda: k(b"hello").index(b"z"))
    show("rindex", lambda: k(b"hello").rindex(b"l"))
    show("count", lambda: (k(b"aaaa").count(b"aa"), k(b"abc").count(b""), k(b"a").count(b"", 5)))
    show("startswith", lambda: (k(b"hello").startswith(b"he"), k(b"hello").startswith((b"x", bytearray(b"h")))))
    show("endswith", lambda: (k(b"hello").endswith(b"lo"), k(b"hello").endswith(b"l", 0, 4)))
    show("startswith str", lambda: k(b"hello").startswith("h"))
    show("startswith int", lambda: k(b"hello").startswith(1))
    show("split", lambda: k(b"a,b,,c").split(b","))
    show("split ws", lambda: k(b"  a  b c  ").split())
    show("split max", lambda: k(b"  a  b c  ").split(None, 1))
    show("rsplit max", lambda: k(b"  a  b c  ").rsplit(None, 1))
    show("rsplit sep", lambda: k(b"aXbXc").rsplit(b"X", 1))
    show("split kw", lambda: k(b"a b c").split(maxsplit=1))
    show("split empty sep", lambda: k(b"a b").split(b""))
    show("split str sep", lambda: k(b"a b").split("a"))
    show("join", lambda: k(b"-").join([b"a", bytearray(b"b"), memoryview(b"c")]))
    show("join bad", lambda: k(b"-").join([b"a", 1]))
    show("strip", lambda: (k(b"  x  ").strip(), k(b"xxhixx").strip(b"x"), k(b"  l").lstrip(), k(b"r  ").rstrip()))
    show("strip bad", lambda: k(b"ab").strip("a"))
    show("replace", lambda: (k(b"aaa").replace(b"a", b"bb"), k(b"aaa").replace(b"a", b"b", 2), k(b"abc").replace(b"", b"-")))
    show("replace bad", lambda: k(b"a").replace("a", b"b"))
    show("replace one arg", lambda: k(b"a").replace(b"a"))
    show("partition", lambda: (k(b"a=b=c").partition(b"="), k(b"abc").partition(b"x")))
    show("rpartition", lambda: (k(b"a=b=c").rpartition(b"="), k(b"abc").rpartition(b"x")))
    show("partition empty", lambda: k(b"a").partition(b""))
    show("upper args", lambda: k(b"a").upper(1))
    show("isdigit args", lambda: k(b"a").isdigit(1))
    show("decode", lambda: k(b"caf\xc3\xa9").decode())
    show("decode latin", lambda: k(b"caf\xe9").decode("latin-1"))
    show("decode bad", lambda: k(b"\xff").decode())
    show("decode type", lambda: k(b"a").decode(1))
    show("hex", lambda: (k(b"\xde\xad\xbe\xef").hex(), k(b"abcdef").hex(":", 2), k(b"abcdef").hex(b"-", -4)))
    show("hex bad sep", lambda: k(b"a").hex("xx"))
    show("hex int sep", lambda: k(b"a").hex(1))
    show("fromhex", lambda: k.fromhex("de ad  BE EF"))
    show("fromhex bad", lambda: k.fromhex("0g"))
    show("fromhex odd", lambda: k.fromhex("abc"))
    show("fromhex bytes", lambda: k.fromhex(b"00"))
    show("contains", lambda: (b"ell" in k(b"hello"), 104 in k(b"hello"), bytearray(b"z") in k(b"hello")))
    show("contains str", lambda: "h" in k(b"hello"))
    show("mod", lambda: k(b"%s-%d") % (b"x", 5))
    show("concat str", lambda: k(b"a") + "b")
    show("concat", lambda: (k(b"a") + b"b", k(b"a") + bytearray(b"b"), k(b"a") + memoryview(b"c")))
    show("repeat", lambda: (k(b"ab") * 2, 0 * k(b"ab")))
    show("repeat str", lambda: k(b"ab") * "x")
    show("iter", lambda: (list(k(b"abc")), list(reversed(k(b"abc")))))
    show("compare", lambda: (k(b"a") == b"a", k(b"a") == bytearray(b"a"), k(b"a") < b"b", k(b"b") >= bytearray(b"a"), k(b"a") == "a"))

print("== same object")
b = b"unchanged"
print(b.strip() is b, b.replace(b"z", b"y") is b, b.translate(None) is b, b.ljust(3) is b, b.removeprefix(b"z") is b)
ba = bytearray(b"unchanged")
print(ba.strip() is ba, ba.replace(b"z", b"y") is ba, ba.ljust(3) is ba, ba.strip() == ba)


class MyBytes(bytes):
    pass


class MyArray(bytearray):
    pass


print("== subclasses")
print(type(MyBytes(b"ab").upper()).__name__, type(MyArray(b"ab").upper()).__name__, type(MyBytes.fromhex("61")).__name__,
      type(MyArray.fromhex("61")).__name__, repr(MyArray(b"x")), type(MyArray(b"a,b").split(b",")[0]).__name__)
print(bytes(MyArray(b"q")), MyBytes(b"q").__bytes__(), type(MyBytes(b"q").__bytes__()).__name__, b"ab".__getnewargs__())
