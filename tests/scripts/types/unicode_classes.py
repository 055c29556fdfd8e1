# str.isidentifier and str.isprintable agree with CPython on every code point.
a = b = c = 0
h = 0
for cp in range(0x80, 0x110000):
    ch = chr(cp)
    if ch.isidentifier():
        a += 1
        h = (h * 31 + cp) % 1000000007
    if ("a" + ch).isidentifier():
        b += 1
    if ch.isprintable():
        c += 1
        h = (h * 7 + cp) % 1000000007
print(a, b, c, h)
