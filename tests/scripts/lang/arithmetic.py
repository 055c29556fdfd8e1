# Integer, float and mixed arithmetic, including big ints.
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 2 ** 10)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 / 2)
print(2 ** 64, 2 ** 100 - 1, -(2 ** 70), (2 ** 62) - 1 + 1, -(2 ** 62) - 1)
print(10 ** 30 // 7, 10 ** 30 % 7, divmod(10 ** 20, 3), divmod(-17, 5))
print(1 << 70, (1 << 70) >> 68, -1 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5, ~(-1))
print(0x1F, 0o17, 0b1011, 1_000_000, 0xDEAD_BEEF)
print(1.5 + 2, 3 * 1.5, 1 / 3, 2.0 ** 0.5, 1e300 * 10, -1e300 * 10)
print(0.1 + 0.2, 1e16, 1e-5, 123456789.123, 1.0, -0.0, 3.14e-10)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(2 ** -1, 10 ** -2, (-2) ** 3, (-2) ** 2)
print(abs(-5), abs(-2.5), abs(2 ** 80 * -1))
print(round(2.5), round(3.5), round(2.675, 2), round(1234, -2), round(-0.5))
print(int("42"), int("-0x1f", 16), int("  12  "), int(3.99), int(-3.99), float("1.5"), float(" -2e3 "))
print(True + True, True * 10, False - 1, True / 2)
print(3 < 4 < 5, 3 < 4 > 5, 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(hash(1) == hash(1.0), hash(-1), hash(2 ** 61 - 1), hash(0.5))
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 50
x <<= 2
x >>= 1
x |= 1
x &= 0xFF
x ^= 3
print(x)
f = 1.0
f /= 3
print(f)
big = 1
for i in range(1, 30):
    big *= i
print(big, big // (2 ** 50), big % 1000007, str(big)[:10], len(str(big)))
print(-big, abs(-big) == big, big > 2 ** 100, big < 10 ** 40)
print(bin(10), oct(64), hex(255), bin(-5), hex(2 ** 70))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 3))
print(int.bit_length(255), (255).bit_length(), (-1).bit_count() if hasattr(1, "bit_count") else 1)

# Float temporaries may be reused for results; named values must not change.
h = 0.25
t = (h + 0.5) * h
u = h * h + (t - h) / (h + 1.0)
print(h, t, u, [x * 2.0 + 1.0 for x in [h, t, u]])
