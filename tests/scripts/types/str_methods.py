# str methods: results and CPython's errors.

print("-- find / index / count")
s = "hello world, hello gilt"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.find("zzz"))
print(s.rfind("hello"), s.rfind("o"), s.rfind("o", 0, 5), s.rfind("x"))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count("l", 5, -3))
print("abc".find(""), "abc".find("", 3), "abc".find("", 4), "abc".count(""), "abc".count("", 1), "abc".count("", 5))
print("abc".find("c", -1), "abc".find("a", -10), "abc".find("b", None, None))
u = "naïve café ünïcode"
print(u.find("café"), u.find("ü"), u.rfind("ï"), u.count("ï"), u.index("code"), len(u))
print("ääää".count("ää"), "€x€".find("x"), "€x€".rfind("€"))
try:
    s.index("zzz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("zzz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.count()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.find("a", "x")
except TypeError as e:
    print(type(e).__name__, e)

print("-- startswith / endswith")
print("hello".startswith("he"), "hello".startswith("lo"), "hello".endswith("lo"), "hello".endswith("he"))
print("hello".startswith(("x", "h")), "hello".endswith(("x", "y")), "hello".startswith("l", 2), "hello".startswith("l", 2, 3))
print("hello".endswith("ll", 0, 4), "abc".startswith("", 3), "abc".startswith("", 4), "café".endswith("é"))
try:
    "a".startswith(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".endswith(("a", 1))
except TypeError as e:
    print(type(e).__name__, e)

print("-- split / rsplit / splitlines")
print("a b  c\td\n".split(), "  lead and trail  ".split(), "".split(), "   ".split())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "a,b,,c".rsplit(","))
print("  a  b  c  ".split(None, 1), "  a  b  c  ".rsplit(None, 1), "a b c".split(maxsplit=1), "a--b--c".split(sep="--"))
print("".split(","), "abc".split("abc"), "x\u3000y\u2003z".split(), "é,ü".split(","))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x\x0by\x1cz\u2028w".splitlines())
print("one\n\ntwo".splitlines(keepends=True))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a".split(1)
except TypeError as e:
    print(type(e).__name__, e)

print("-- join")
print("-".join(["a", "b", "c"]), ", ".join(("x",)), "".join([]), "é".join("abc"), "+".join({"k": 1, "j": 2}))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "-".join(5)
except TypeError as e:
    print(type(e).__name__, e)

print("-- strip")
print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()), repr("\t\n hi \u3000".strip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "xhix".lstrip("x"), "xhix".rstrip("x"), "ééhié".strip("é"))
try:
    "a".strip(1)
except TypeError as e:
    print(type(e).__name__, e)

print("-- replace / removeprefix / removesuffix")
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "abc".replace("x", "y"))
print("héllo".replace("é", "e"), "aaa".replace("aa", "b"), "abc".replace("b", ""), "ab".replace("a", "a", -1))
print("prefix-body".removeprefix("prefix-"), "body".removeprefix("x"), "body.txt".removesuffix(".txt"), "a".removesuffix(""))
try:
    "a".replace(1, "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".removeprefix(1)
except TypeError as e:
    print(type(e).__name__, e)

print("-- case")
print("Hello World".upper(), "Hello World".lower(), "hello world".capitalize(), "hELLO".capitalize(), "hello world".title())
print("they're bill's friends".title(), "hello WORLD".swapcase(), "ß".upper(), "Straße".casefold(), "ΑΣ".lower(), "ΣΑΣ ΣΑ".lower())
print("éçà".upper(), "ÉÇÀ".lower(), "ǆemal".title(), "ﬁsh".upper(), "İ".lower() == "i\u0307", "µ".casefold() == "\u03bc")
print("123abc".upper(), "".upper(), "a1b2".title(), "x_y".title())

print("-- predicates")
for t in ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", " \t\n", "Hello World", "hello World", "ǅ", "é", "²", "½", "٣", "一", "_id", "1a", "a b"]:
    print(repr(t), t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isspace(),
          t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
print("\t".isprintable(), "\x7f".isprintable(), "é".isascii(), "\u3000".isspace(), "Ⅻ".isupper())

print("-- padding")
print("[" + "abc".center(9) + "]", "[" + "abc".center(6, "*") + "]", "[" + "ab".center(5) + "]", "[" + "abc".center(2) + "]")
print("[" + "abc".ljust(6, ".") + "]", "[" + "abc".rjust(6) + "]", "[" + "é".rjust(3, "ü") + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(2), "".zfill(3), "-".zfill(3))
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\ncd\tx".expandtabs(3)), repr("\t".expandtabs(0)))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".ljust(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".center("x")
except TypeError as e:
    print(type(e).__name__, e)

print("-- partition")
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"), "é→ü".partition("→"))
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)

print("-- encode")
print("abc".encode(), "café".encode(), "café".encode("utf-8"), "café".encode("latin-1"), "abc".encode("ascii"))
print("café".encode("ascii", "ignore"), "café".encode("ascii", "replace"), "€uro".encode("latin-1", "replace"))
print("café".encode("ascii", "backslashreplace"), "café".encode("ascii", "xmlcharrefreplace"), "x".encode(encoding="UTF_8"))
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "aé€".encode("latin-1")
except UnicodeError as e:
    print(type(e).__name__, e)
try:
    "éé".encode("ascii")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a".encode("bogus")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii", "bogus")
except LookupError as e:
    print(type(e).__name__, e)

print("-- translate / maketrans")
table = str.maketrans("abc", "xyz")
print(sorted(table.items()), "aabbcc".translate(table))
print("hello".translate(str.maketrans("el", "ip", "o")), "abc".translate({97: "AA", 98: None}), "abc".translate({}))
print(sorted(str.maketrans({"a": "b", 99: None}).items()))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".translate({97: 1.5})
except TypeError as e:
    print(type(e).__name__, e)

print("-- str()")
print(str(), str(12), str(1.5), str([1, "a"]), str(b"ab"), str(None), repr(str("x")))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "latin-1"), str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", errors="ignore"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str("a", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(1, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)


class Name(str):
    pass


n = Name("abc")
print(n, type(n).__name__, n.upper(), type(n.upper()).__name__, n == "abc", len(n))
print(n.center(7, "*"), "-".join([n, n]), "%s|%r" % (n, n), type(str(n)).__name__, n[1], n + "d")
print("a\u0345b".upper(), "ﬃ".title(), "ΐ".upper(), "ﬁ".casefold(), "Ǆ".lower(), "ǆ".capitalize(), "ϐ".casefold(), "ᏸ".casefold())
