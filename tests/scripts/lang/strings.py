# String literals, escapes, f-strings, bytes.
print('single', "double", '''triple
quoted''', """also
triple""")
print("tab\tnew\\nline", 'quote\'s', "dq\"s", r"raw\n\t", "\x41\u00e9\U0001F600", "\101")
print("concat" "enated", 'mix' "ed")
name, value = "pi", 3.14159
print(f"{name} = {value:.2f}", f"{name!r}", f"{value!s:>10}|", f"{{literal}}", f"{1 + 2}")
print(f"{'nested ' + name}", f"{value:{10}.{3}}", f"{name=}", f"{3 * 4 = }")
width = 8
print(f"[{name:>{width}}]", f"[{name:<{width}}]", f"[{name:^{width}}]", f"[{42:08.3f}]", f"{1234567:,}")
print(b"bytes", b"\x00\xff", bytes([65, 66]), b"abc"[0], b"abc"[1:], len(b"xyz"), b"hi".decode())
s = "héllo wörld"
print(len(s), s[1], s[-1], s[::-1], s.upper(), s[2:5])
print("abc" * 3, "-".join(["a", "b"]), "a,b,c".split(","), "  pad  ".strip(), "x" in "xyz")
print(str(1), str(1.5), str(None), str([1, "a"]), repr("it's"), repr('say "hi"'), repr("both ' \""))
print("%s is %d years, %.1f%%" % ("Al", 30, 99.5), "%r" % "q", "%5s|%-5s|" % ("a", "b"))
print(ord("A"), chr(97), chr(0x1F600), ord("é"))
print("multi\
line continuation")
total = (1 +
         2 +
         3)
print(total, [1,
              2])
