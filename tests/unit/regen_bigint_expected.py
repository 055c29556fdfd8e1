#!/usr/bin/env python3
"""Regenerates tests/unit/bigint_cases.inc: expected results for
tests/unit/bigint_test.cpp, computed by CPython 3.11 (the reference for
gilt's int semantics).

    python3 tests/unit/regen_bigint_expected.py

Each case is {op, a, b, c, expect} (all strings). Integer operands and
results are written as Python hex() text ("-0x1f") so that checking them only
relies on BigInt's power-of-two parser; decimal conversion is covered by the
"str"/"parse" cases. Floats are written as float.hex(). Very large results are
summarized as "H:<hash>:<bit_length>".
"""
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "use CPython 3.11 as the oracle"
sys.set_int_max_str_digits(0)

rng = random.Random(20240611)
cases = []


def H(v):
    return hex(v)


def add(op, a="", b="", c="", expect=""):
    cases.append((op, str(a), str(b), str(c), str(expect)))


def rand_bits(n, neg_ok=True):
    v = rng.getrandbits(n) | (1 << (n - 1))
    if neg_ok and rng.random() < 0.5:
        v = -v
    return v


def summarize(v):
    if v.bit_length() > 2048:
        return "H:%d:%d" % (hash(v), v.bit_length())
    return H(v)


# ---------------------------------------------------------------- pools
small = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 255, -256,
         2**31 - 1, 2**31, -2**31, 2**32 - 1, 2**32, -2**32, 2**32 + 1,
         2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
         2**64 - 1, 2**64, -2**64, 2**64 + 1, 2**96 - 1, -2**96, 2**127, 2**128 - 1,
         -2**128 - 1, 10**18, 10**19, -10**20, 3**100, -(7**60)]
medium = [rand_bits(n) for n in (70, 100, 129, 200, 257, 500, 1000)]
medium += [2**320 - 1, -(2**640 - 1), (2**256 - 1) << 100, 2**1000 + 1]
big = [rand_bits(n) for n in (1300, 1500, 2048, 3000, 4500, 9000)]
big += [2**4096 - 1, -(2**3000 + 12345)]

pool = small + medium
core = [0, 1, -1, 2, -2, 3, -7, 10, 2**31, 2**32 - 1, 2**32, -2**32, 2**62 - 1, 2**62, -2**62, -2**62 - 1,
        2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64]
pairs = [(a, b) for a in core for b in core]
for a in small + medium:
    if a in core:
        continue
    for b in rng.sample(pool, 5):
        pairs.append((a, b))
        pairs.append((b, a))
binops = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "and": lambda a, b: a & b,
    "or": lambda a, b: a | b,
    "xor": lambda a, b: a ^ b,
}

for a, b in pairs:
        for name, f in binops.items():
            add(name, H(a), H(b), "", summarize(f(a, b)))
        add("cmp", H(a), H(b), "", (a > b) - (a < b))
        if b != 0:
            add("divmod", H(a), H(b), "", "%s,%s" % (H(a // b), H(a % b)))
        if rng.random() < 0.3:
            add("gcd", H(a), H(b), "", H(__import__("math").gcd(a, b)))

# big operands: Karatsuba, unbalanced products, long division.
for i in range(16):
    a = rng.choice(big + medium)
    b = rng.choice(big + medium + small[1:])
    add("mul", H(a), H(b), "", summarize(a * b))
    add("add", H(a), H(b), "", summarize(a + b))
    add("sub", H(a), H(b), "", summarize(a - b))
    if b:
        add("divmod", H(a * 3 + 17), H(b), "", "%s,%s" % (summarize((a * 3 + 17) // b), summarize((a * 3 + 17) % b)))
        add("divmod", H(a * b + 1), H(b), "", "%s,%s" % (summarize((a * b + 1) // b), summarize((a * b + 1) % b)))
    add("xor", H(a), H(b), "", summarize(a ^ b))
    add("and", H(a), H(-b), "", summarize(a & -b))
for a in big:
    add("mul", H(a), H(a), "", summarize(a * a))  # squaring path
    b = rand_bits(a.bit_length() // 2 + 40)
    add("mul", H(a), H(b), "", summarize(a * b))
# Knuth D corner cases: qhat correction, add-back.
for k in (2, 3, 5, 9):
    d = (1 << (32 * k)) - 1
    for a in (d * d, d * d - 1, (1 << (32 * 2 * k)) - 1, d << 31, (2**(32 * k - 1)) * (2**(32 * k) + 1)):
        for dd in (d, d - 1, 1 << (32 * k - 1), (1 << (32 * k - 1)) + 1, (0x80000000 << (32 * (k - 1))) - 1):
            add("divmod", H(a), H(dd), "", "%s,%s" % (H(a // dd), H(a % dd)))
            add("divmod", H(-a), H(dd), "", "%s,%s" % (H(-a // dd), H(-a % dd)))
for i in range(60):
    a = rand_bits(rng.randint(64, 3000))
    b = rand_bits(rng.randint(33, a.bit_length()))
    add("divmod", H(a), H(b), "", "%s,%s" % (H(a // b), H(a % b)))

# ---------------------------------------------------------------- unary
unary_pool = small + medium + big
for a in unary_pool:
    add("neg", H(a), "", "", H(-a))
    add("abs", H(a), "", "", H(abs(a)))
    add("invert", H(a), "", "", H(~a))
    add("bit_length", H(a), "", "", a.bit_length())
    add("bit_count", H(a), "", "", a.bit_count())
    add("hash", H(a), "", "", hash(a))
    try:
        add("to_double", H(a), "", "", float(a).hex())
    except OverflowError:
        add("to_double", H(a), "", "", "OVERFLOW")
    fits = "%d%d%d" % (-2**63 <= a < 2**63, -2**62 <= a < 2**62, 0 <= a < 2**64)
    add("fits", H(a), "", "", fits)
    if a >= 0:
        import math
        add("isqrt", H(a), "", "", H(math.isqrt(a)))
for v in (2**61 - 1, 2**61 - 2, 2**61, -(2**61 - 1), -(2**61), 2**122 - 1, (2**61 - 1) * 12345 - 1, -(2**61 - 1) * 3 - 1,
          2**305 + 17, -(2**1000 - 1)):
    add("hash", H(v), "", "", hash(v))
for v in (2**53 - 1, 2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**64 + 2**11, 2**64 + 2**11 + 1,
          2**64 + 3 * 2**11, (2**53 + 1) << 900, ((2**53 + 1) << 900) + 1, (2**53 - 1) << 971,
          ((2**54 - 1) << 970), 2**1024 - 1, 2**1024, -(2**1024 - 2**970), 2**1024 - 2**970 - 1, 2**1023,
          (1 << 1023) + (1 << 970), (1 << 1023) + (1 << 970) + 1, (3 << 1021) + (1 << 969)):
    for s in (v, -v):
        try:
            add("to_double", H(s), "", "", float(s).hex())
        except OverflowError:
            add("to_double", H(s), "", "", "OVERFLOW")

# ---------------------------------------------------------------- shifts
shift_counts = [0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 1000]
for a in small + medium[:6] + [-(2**100), -(2**100) + 1, -(2**100) - 1, -3 * 2**64]:
    for n in shift_counts:
        add("lshift", H(a), n, "", H(a << n))
        add("rshift", H(a), n, "", H(a >> n))
for a in big[:3]:
    for n in (7, 64, 1000, 5000, 100000):
        add("rshift", H(a), n, "", summarize(a >> n))
        add("lshift", H(a), n, "", summarize(a << n))

# ---------------------------------------------------------------- truediv
td_pairs = [(2**1000 + 1, 3), (10**400, 10**399), (1, 3), (-1, 3), (0, -5), (0, 5), (2**53 + 1, 1), (2**53 + 1, -2),
            (10**308 * 10, 1), (10**309, 10), (2**1024, 2), (2**1025, 2), (2**1024 - 1, 1), (2**1024 - 2**970, 1),
            (1, 10**400), (1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 3 * 2**1073), (2**2000 + 1, 2**1980),
            (7**500, 3**700), (-(7**500), 3**700), (3**700, -(7**500)), (1, 2**1022 + 1), (2**60 + 1, 2**60 + 3),
            (-(2**1100), 2**76 + 1), (10**5000, 10**4999), (12345678901234567890123, 1000), (2**64 - 1, 2**64 + 1),
            (5, 2**1075), (3, 2**1075), (1, 2**1073 * 3 // 2)]
for i in range(60):
    a = rand_bits(rng.randint(1, 1200))
    b = rand_bits(rng.randint(1, 1200))
    td_pairs.append((a, b))
for a, b in td_pairs:
    try:
        add("truediv", H(a), H(b), "", (a / b).hex())
    except OverflowError:
        add("truediv", H(a), H(b), "", "OVERFLOW")

# ---------------------------------------------------------------- pow
for base in (0, 1, -1, 2, -2, 3, -3, 10, -10, 2**32 + 1, -(2**64 - 3), 7**30):
    for e in (0, 1, 2, 3, 7, 31, 32, 63, 64, 100, 333, 1000):
        add("pow", H(base), e, "", summarize(base ** e))
add("pow", H(3), 100000, "", summarize(3 ** 100000))
add("pow", H(-(2**70 + 5)), 777, "", summarize((-(2**70 + 5)) ** 777))

mods = [1, -1, 2, 7, -7, 1000000007, 2**61 - 1, -(2**64 + 13), 2**127 - 1, 10**30, rand_bits(300, False), -rand_bits(700, False)]
bases = [0, 1, -1, 2, -3, 10**20 + 3, rand_bits(200), rand_bits(1000)]
exps = [0, 1, 2, 65537, -1, -2, -7, 2**64 + 5, rand_bits(300, False), -rand_bits(100, False)]
for m in mods:
    for b in bases:
        for e in exps:
            try:
                r = pow(b, e, m)
                add("powmod", H(b), H(e), H(m), H(r))
            except ValueError:
                add("powmod", H(b), H(e), H(m), "NOTINV")

# ---------------------------------------------------------------- str / parse


def to_base(v, base):
    if v == 0:
        return "0"
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    neg = v < 0
    v = abs(v)
    out = []
    while v:
        v, r = divmod(v, base)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))


for a in small + medium + big[:4]:
    for base in (2, 3, 7, 8, 10, 16, 32, 36):
        s = to_base(a, base)
        if base == 10:
            assert s == str(a)
        if base == 16:
            assert s == format(a, "x")
        add("str", H(a), base, "", s)
for a in (10**4299, 10**4300 - 1, 10**4300, -(10**4300), 10**4301 - 1, 2**14283, 2**14284, 2**14300, 10**5000, 7):
    s = str(abs(a))
    add("str_limit", H(a), 4300, "", int(len(s) > 4300))
    add("ub", H(a), "", "", len(s))


def cstr(s):
    out = []
    for ch in s.encode("utf-8"):
        c = chr(ch)
        if c.isalnum() or c in " _+-.,:;!@#$%^&*()[]{}<>=~/|'":
            out.append(c)
        else:
            out.append("\\%03o" % ch)
    return '"' + "".join(out) + '"'


parse_inputs = [
    ("0", 10), ("-0", 10), ("+0", 10), ("123", 10), ("-123", 10), ("+123", 10), ("  42  ", 10), ("\t\n42\r\v\f", 10),
    ("1_000", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("1 0", 10), ("- 1", 10), ("--1", 10), ("+-1", 10),
    ("", 10), ("   ", 10), ("-", 10), ("0x", 16), ("0x", 0), ("0x1f", 16), ("0x1f", 0), ("0X1F", 0), ("0x_1f", 16),
    ("0x_1f", 0), ("0x__1f", 16), ("0x1f_", 16), ("0o17", 8), ("0o17", 0), ("0O17", 0), ("0o8", 8), ("0b101", 2),
    ("0b101", 0), ("-0b101", 0), ("0B101", 0), ("0b102", 0), ("0b1", 16), ("0x1f", 10), ("0o17", 16), ("010", 0),
    ("00", 0), ("0_0", 0), ("0_1", 0), ("000", 0), ("-00", 0), ("0", 0), ("9", 0), ("1_2_3", 0), ("z", 36),
    ("Z", 36), ("-zz", 36), ("10", 2), ("2", 2), ("777", 8), ("8", 8), ("ff", 16), ("FF", 16), ("fg", 16),
    ("12", 3), ("123", 3), ("\x1c12", 10), ("12\x1f", 10), ("١٢", 10), ("12\u00a0", 10),
    ("9223372036854775807", 10), ("9223372036854775808", 10), ("-9223372036854775808", 10),
    ("-9223372036854775809", 10), ("18446744073709551616", 10), ("4611686018427387904", 10),
    ("0x" + "f" * 40, 0), ("-0x8000000000000000", 0), ("1" * 100, 10), ("1" * 100, 7), ("1" * 100, 36),
    ("1" * 4300, 10), ("1" * 4301, 10), ("1" * 5000, 10), ("1" * 5000 + "x", 10), ("1" * 5000 + "__1", 10),
    (" " + "1" * 5000 + " ", 10), ("0" * 5000, 0), ("1_" * 4300 + "1", 10), ("1" * 5000, 16), ("1" * 5000, 2),
    ("1" * 5000, 32), ("1" * 5000, 36), ("-" + "9" * 4300, 10), ("0x" + "a" * 3000, 0),
    ("0b" + "10" * 1000, 0), ("0o" + "7" * 1500, 0), ("1.5", 10), ("1e5", 10), ("0x1.8", 0),
]
for i in range(20):
    n = rng.randint(10, 1500)
    s = str(rand_bits(n))
    parse_inputs.append((s, 10))
    parse_inputs.append((to_base(rand_bits(n), 36), 36))
sys.set_int_max_str_digits(4300)  # CPython's default limit applies to parsing
for s, base in parse_inputs:
    try:
        v = int(s, base)
        exp = H(v)
    except ValueError as e:
        msg = str(e)
        if msg.startswith("Exceeds the limit"):
            n = int(msg.split("value has ")[1].split(" ")[0])
            exp = "TOOMANY:%d" % n
        else:
            exp = "INVALID"
    # The C++ parser handles ASCII only; Unicode digits/spaces are the
    # caller's job (as CPython transforms them first).
    if any(ord(ch) > 127 for ch in s):
        exp = "INVALID"
    cases.append(("parse", cstr(s), str(base), "", exp))
sys.set_int_max_str_digits(0)

literals = ["0", "00", "123", "0x1f", "0X1F", "0o17", "0O17", "0b101", "0B101", "18446744073709551616",
            "0x" + "f" * 50, "9" * 200]
for lit in literals:
    add("literal", lit, "", "", H(eval(lit)))
for bad in ["", "0x", "0b2", "0o9", "12a", "0x_1"]:
    add("literal", bad, "", "", "INVALID")

# ---------------------------------------------------------------- bytes
for a in (0, 1, -1, 127, 128, -128, -129, 255, 256, -256, 2**31, -2**31, 2**63 - 1, -2**63, 2**64 - 1, 2**64,
          -(2**64), 2**100 + 12345, -(2**100 + 12345), 2**127, -(2**127)):
    for length in (0, 1, 2, 4, 8, 9, 16, 17, 20):
        for le in (False, True):
            for signed in (False, True):
                try:
                    r = a.to_bytes(length, "little" if le else "big", signed=signed).hex()
                except OverflowError as e:
                    r = "NEGUNSIGNED" if "negative" in str(e) else "OVERFLOW"
                add("to_bytes", H(a), length, "%d%d" % (le, signed), r)
for data in (b"", b"\x00", b"\x01", b"\x7f", b"\x80", b"\xff", b"\x00\x80", b"\x80\x00", b"\xff\xff\xff\xff",
             b"\x01\x02\x03\x04\x05", b"\xfe" + b"\x00" * 20, bytes(range(256)), b"\x00\x00\xff"):
    for le in (False, True):
        for signed in (False, True):
            v = int.from_bytes(data, "little" if le else "big", signed=signed)
            add("from_bytes", data.hex(), "", "%d%d" % (le, signed), H(v))

# ---------------------------------------------------------------- floats
for d in (0.0, -0.0, 0.5, -0.5, 0.999, 1.0, -1.0, 1.5, -1.5, 2.0**52 + 0.5, 2.0**53, -(2.0**63), 2.0**63, 2.0**64,
          1e18, 1e19, 1e300, -1e300, 1.7976931348623157e308, 123456789.987, 5e-324, -2.0**62, 2.0**62, 2.0**62 - 512):
    add("from_double", d.hex(), "", "", H(int(d)))
for a in (0, 1, -1, 2**53 + 1, 2**63, -(2**63), 10**20, 2**1024, -(2**1024), 2**62):
    for d in (0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0**53, 2.0**53 + 2, 2.0**63, -(2.0**63), 1e20, -1e20,
              1.7976931348623157e308, -1.7976931348623157e308, 1e-300, float(2**62)):
        add("cmp_double", H(a), d.hex(), "", (a > d) - (a < d))

# ---------------------------------------------------------------- emit
# Long operands are stored once in kValues and referenced as "$<index>".
values = []
value_index = {}


def intern(text):
    if len(text) <= 48 or not (text.startswith("0x") or text.startswith("-0x")):
        return text
    if text not in value_index:
        value_index[text] = len(values)
        values.append(text)
    return "$%d" % value_index[text]


here = os.path.dirname(os.path.abspath(__file__))
out_path = os.path.join(here, "bigint_cases.inc")
with open(out_path, "w") as f:
    f.write("// Generated by tests/unit/regen_bigint_expected.py from CPython %s. Do not edit.\n"
            % sys.version.split()[0])
    f.write("// {op, a, b, c, expect}\n")
    for op, a, b, c, e in cases:
        if op in ("parse", "literal"):
            qa = a if op == "parse" else '"%s"' % a
        else:
            qa = '"%s"' % intern(a)
            b = intern(b)
            c = intern(c)
        f.write('{"%s", %s, "%s", "%s", "%s"},\n' % (op, qa, b, c, e))
vals_path = os.path.join(here, "bigint_values.inc")
with open(vals_path, "w") as f:
    f.write("// Generated by tests/unit/regen_bigint_expected.py. Do not edit.\n")
    for v in values:
        f.write('"%s",\n' % v)
print("wrote %d cases to %s (%d bytes)" % (len(cases), out_path, os.path.getsize(out_path)))
