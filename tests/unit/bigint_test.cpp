// Unit tests for gilt::BigInt. Expected values in bigint_cases.inc /
// bigint_values.inc are produced by CPython 3.11 via regen_bigint_expected.py.
#include "runtime/bigint.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

using gilt::BigInt;

namespace {

struct Case {
  const char* op;
  const char* a;
  const char* b;
  const char* c;
  const char* expect;
};

const Case kCases[] = {
#include "bigint_cases.inc"
};

const char* const kValues[] = {
#include "bigint_values.inc"
};

std::string describe(const Case& c) {
  auto clip = [](const char* s) {
    std::string t(s);
    return t.size() > 80 ? t.substr(0, 80) + "..." : t;
  };
  return std::string(c.op) + "(" + clip(c.a) + ", " + clip(c.b) + ", " + clip(c.c) + ")";
}

// Operand text: Python hex() form, or "$N" referencing kValues.
BigInt V(const char* s) {
  if (s[0] == '$') s = kValues[std::atoi(s + 1)];
  auto v = BigInt::parse(s, 0);
  if (!v) {
    ADD_FAILURE() << "bad test operand " << s;
    return BigInt();
  }
  return *v;
}

// Expected integer: hex() text, "$N", or "H:<hash>:<bit_length>".
::testing::AssertionResult matches(const BigInt& got, const std::string& exp) {
  if (exp.rfind("H:", 0) == 0) {
    std::size_t p = exp.find(':', 2);
    long long h = std::stoll(exp.substr(2, p - 2));
    unsigned long long bits = std::stoull(exp.substr(p + 1));
    if (got.hash() == h && got.bit_length() == bits) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "hash/bits " << got.hash() << "/" << got.bit_length() << " expected " << exp;
  }
  BigInt e = V(exp.c_str());
  if (got == e) return ::testing::AssertionSuccess();
  std::string g = got.to_string(16);
  if (g.size() > 200) g = g.substr(0, 200) + "...";
  std::string es = exp.size() > 200 ? exp.substr(0, 200) + "..." : exp;
  return ::testing::AssertionFailure() << "got 0x" << g << " expected " << es;
}

double parse_double(const char* s) { return std::strtod(s, nullptr); }

bool same_double(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

std::string hexbytes(const std::vector<std::uint8_t>& v) {
  static const char* d = "0123456789abcdef";
  std::string s;
  for (auto b : v) {
    s.push_back(d[b >> 4]);
    s.push_back(d[b & 15]);
  }
  return s;
}

std::vector<std::uint8_t> unhex(const std::string& s) {
  std::vector<std::uint8_t> v;
  for (std::size_t i = 0; i + 1 < s.size(); i += 2) {
    v.push_back(static_cast<std::uint8_t>(std::stoi(s.substr(i, 2), nullptr, 16)));
  }
  return v;
}

// Runs fn over all cases whose op is in ops; returns the number of cases.
template <typename Fn>
int for_cases(std::initializer_list<const char*> ops, Fn fn) {
  int n = 0;
  for (const Case& c : kCases) {
    for (const char* op : ops) {
      if (std::strcmp(c.op, op) == 0) {
        SCOPED_TRACE(describe(c));
        fn(c);
        ++n;
      }
    }
  }
  return n;
}

// ------------------------------------------------------------------ oracle

TEST(BigIntOracle, AddSubMul) {
  int n = for_cases({"add", "sub", "mul"}, [](const Case& c) {
    BigInt a = V(c.a), b = V(c.b);
    std::string op = c.op;
    BigInt r = op == "add" ? a + b : op == "sub" ? a - b : a * b;
    EXPECT_TRUE(matches(r, c.expect));
    if (op == "add") {
      BigInt t = a;
      t += b;
      EXPECT_TRUE(matches(t, c.expect));
    }
  });
  EXPECT_GT(n, 1000);
}

TEST(BigIntOracle, Compare) {
  int n = for_cases({"cmp"}, [](const Case& c) {
    BigInt a = V(c.a), b = V(c.b);
    int exp = std::atoi(c.expect);
    EXPECT_EQ(BigInt::compare(a, b), exp);
    EXPECT_EQ((a <=> b) < 0, exp < 0);
    EXPECT_EQ(a == b, exp == 0);
    if (b.fits_int64()) {
      EXPECT_EQ(BigInt::compare(a, b.to_int64()), exp);
    }
  });
  EXPECT_GT(n, 500);
}

TEST(BigIntOracle, DivMod) {
  int n = for_cases({"divmod"}, [](const Case& c) {
    BigInt a = V(c.a), b = V(c.b);
    std::string exp = c.expect;
    std::size_t comma = exp.find(',');
    std::string eq = exp.substr(0, comma), er = exp.substr(comma + 1);
    auto [q, r] = BigInt::divmod(a, b);
    EXPECT_TRUE(matches(q, eq));
    EXPECT_TRUE(matches(r, er));
    EXPECT_TRUE(matches(BigInt::floordiv(a, b), eq));
    EXPECT_TRUE(matches(BigInt::mod(a, b), er));
    EXPECT_TRUE(matches(a % b, er));
    // Truncating variant: a == q*b + r, |r| < |b|, r has a's sign.
    auto [tq, tr] = BigInt::divmod_trunc(a, b);
    EXPECT_EQ(tq * b + tr, a);
    EXPECT_LT(BigInt::compare_abs(tr, b), 0);
    EXPECT_TRUE(tr.is_zero() || tr.is_negative() == a.is_negative());
  });
  EXPECT_GT(n, 500);
}

TEST(BigIntOracle, Bitwise) {
  int n = for_cases({"and", "or", "xor"}, [](const Case& c) {
    BigInt a = V(c.a), b = V(c.b);
    std::string op = c.op;
    BigInt r = op == "and" ? (a & b) : op == "or" ? (a | b) : (a ^ b);
    EXPECT_TRUE(matches(r, c.expect));
  });
  EXPECT_GT(n, 1000);
}

TEST(BigIntOracle, Gcd) {
  int n =
      for_cases({"gcd"}, [](const Case& c) { EXPECT_TRUE(matches(BigInt::gcd(V(c.a), V(c.b)), c.expect)); });
  EXPECT_GT(n, 50);
}

TEST(BigIntOracle, Unary) {
  int n = for_cases({"neg", "abs", "invert", "bit_length", "bit_count", "hash", "fits", "isqrt"},
                    [](const Case& c) {
                      BigInt a = V(c.a);
                      std::string op = c.op;
                      if (op == "neg") {
                        EXPECT_TRUE(matches(-a, c.expect));
                      }
                      if (op == "abs") {
                        EXPECT_TRUE(matches(a.abs(), c.expect));
                      }
                      if (op == "invert") {
                        EXPECT_TRUE(matches(~a, c.expect));
                      }
                      if (op == "bit_length") {
                        EXPECT_EQ(a.bit_length(), std::stoull(c.expect));
                      }
                      if (op == "bit_count") {
                        EXPECT_EQ(a.bit_count(), std::stoull(c.expect));
                      }
                      if (op == "hash") {
                        EXPECT_EQ(a.hash(), std::stoll(c.expect));
                        if (a.fits_int64()) {
                          EXPECT_EQ(BigInt::hash_int64(a.to_int64()), std::stoll(c.expect));
                        }
                      }
                      if (op == "isqrt") {
                        EXPECT_TRUE(matches(BigInt::isqrt(a), c.expect));
                      }
                      if (op == "fits") {
                        std::string f = c.expect;
                        EXPECT_EQ(a.fits_int64(), f[0] == '1');
                        EXPECT_EQ(a.fits_small(), f[1] == '1');
                        EXPECT_EQ(a.fits_uint64(), f[2] == '1');
                        EXPECT_EQ(a.try_int64().has_value(), f[0] == '1');
                        if (a.fits_int64()) {
                          EXPECT_EQ(BigInt(a.to_int64()), a);
                        }
                        if (a.fits_uint64()) {
                          EXPECT_EQ(BigInt(a.to_uint64()), a);
                        }
                      }
                    });
  EXPECT_GT(n, 400);
}

TEST(BigIntOracle, ToDouble) {
  int n = for_cases({"to_double"}, [](const Case& c) {
    double d = 12345.0;
    bool ok = V(c.a).to_double(d);
    if (std::strcmp(c.expect, "OVERFLOW") == 0) {
      EXPECT_FALSE(ok);
      EXPECT_EQ(d, 12345.0);
    } else {
      ASSERT_TRUE(ok);
      EXPECT_TRUE(same_double(d, parse_double(c.expect))) << d << " vs " << c.expect;
    }
  });
  EXPECT_GT(n, 100);
}

TEST(BigIntOracle, Shifts) {
  int n = for_cases({"lshift", "rshift"}, [](const Case& c) {
    BigInt a = V(c.a);
    std::uint64_t k = std::stoull(c.b);
    BigInt r = std::strcmp(c.op, "lshift") == 0 ? (a << k) : (a >> k);
    EXPECT_TRUE(matches(r, c.expect));
  });
  EXPECT_GT(n, 500);
}

TEST(BigIntOracle, TrueDiv) {
  int n = for_cases({"truediv"}, [](const Case& c) {
    double d = 0;
    bool ok = BigInt::truediv(V(c.a), V(c.b), d);
    if (std::strcmp(c.expect, "OVERFLOW") == 0) {
      EXPECT_FALSE(ok);
    } else {
      ASSERT_TRUE(ok);
      EXPECT_TRUE(same_double(d, parse_double(c.expect))) << d << " vs " << c.expect;
    }
  });
  EXPECT_GT(n, 80);
}

TEST(BigIntOracle, Pow) {
  int n = for_cases({"pow"}, [](const Case& c) {
    BigInt base = V(c.a);
    std::uint64_t e = std::stoull(c.b);
    EXPECT_TRUE(matches(BigInt::pow(base, e), c.expect));
    EXPECT_TRUE(matches(BigInt::pow(base, BigInt(e)), c.expect));
  });
  EXPECT_GT(n, 100);
}

TEST(BigIntOracle, PowMod) {
  int n = for_cases({"powmod"}, [](const Case& c) {
    auto r = BigInt::pow_mod(V(c.a), V(c.b), V(c.c));
    if (std::strcmp(c.expect, "NOTINV") == 0) {
      EXPECT_FALSE(r.has_value());
    } else {
      ASSERT_TRUE(r.has_value());
      EXPECT_TRUE(matches(*r, c.expect));
    }
  });
  EXPECT_GT(n, 500);
}

TEST(BigIntOracle, ToString) {
  int n = for_cases({"str"}, [](const Case& c) {
    BigInt a = V(c.a);
    int base = std::atoi(c.b);
    EXPECT_EQ(a.to_string(base), c.expect);
    // And back.
    auto back = BigInt::parse(c.expect, base);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, a);
  });
  EXPECT_GT(n, 300);
}

TEST(BigIntOracle, DigitLimit) {
  int n = for_cases({"str_limit", "ub"}, [](const Case& c) {
    BigInt a = V(c.a);
    if (std::strcmp(c.op, "str_limit") == 0) {
      EXPECT_EQ(a.exceeds_decimal_digits(std::stoull(c.b)), std::strcmp(c.expect, "1") == 0);
      EXPECT_FALSE(a.exceeds_decimal_digits(0));
    } else {
      std::size_t actual = std::stoull(c.expect);
      EXPECT_GE(a.decimal_digits_upper_bound(), actual);
      EXPECT_LE(a.decimal_digits_upper_bound(), actual + 2);
      EXPECT_FALSE(a.exceeds_decimal_digits(actual));
      EXPECT_TRUE(a.exceeds_decimal_digits(actual - 1) || actual == 1);
    }
  });
  EXPECT_GT(n, 10);
}

TEST(BigIntOracle, Parse) {
  int n = for_cases({"parse"}, [](const Case& c) {
    std::string_view s = c.a;
    int base = std::atoi(c.b);
    auto r = BigInt::parse_ex(s, base);
    std::string exp = c.expect;
    if (exp == "INVALID") {
      EXPECT_EQ(r.status, BigInt::ParseStatus::Invalid);
      EXPECT_FALSE(BigInt::parse(s, base).has_value());
    } else if (exp.rfind("TOOMANY:", 0) == 0) {
      EXPECT_EQ(r.status, BigInt::ParseStatus::TooManyDigits);
      EXPECT_EQ(r.digits, std::stoull(exp.substr(8)));
      // Without a limit it parses (or is invalid for trailing junk).
      (void)BigInt::parse(s, base);
    } else {
      ASSERT_EQ(r.status, BigInt::ParseStatus::Ok);
      EXPECT_TRUE(matches(r.value, exp));
      auto p = BigInt::parse(s, base);
      ASSERT_TRUE(p.has_value());
      EXPECT_TRUE(matches(*p, exp));
    }
  });
  EXPECT_GT(n, 100);
}

TEST(BigIntOracle, Literal) {
  int n = for_cases({"literal"}, [](const Case& c) {
    auto r = BigInt::parse_literal(c.a);
    if (std::strcmp(c.expect, "INVALID") == 0) {
      EXPECT_FALSE(r.has_value());
    } else {
      ASSERT_TRUE(r.has_value());
      EXPECT_TRUE(matches(*r, c.expect));
    }
  });
  EXPECT_GT(n, 10);
}

TEST(BigIntOracle, ToBytes) {
  int n = for_cases({"to_bytes"}, [](const Case& c) {
    BigInt a = V(c.a);
    std::size_t len = std::stoull(c.b);
    bool le = c.c[0] == '1', sg = c.c[1] == '1';
    std::vector<std::uint8_t> out;
    auto st = a.to_bytes(out, len, le, sg);
    std::string exp = c.expect;
    if (exp == "OVERFLOW") {
      EXPECT_EQ(st, BigInt::ToBytesStatus::Overflow);
    } else if (exp == "NEGUNSIGNED") {
      EXPECT_EQ(st, BigInt::ToBytesStatus::NegativeUnsigned);
    } else {
      ASSERT_EQ(st, BigInt::ToBytesStatus::Ok);
      EXPECT_EQ(hexbytes(out), exp);
      if (len > 0) {
        EXPECT_EQ(BigInt::from_bytes(out.data(), out.size(), le, sg), a);
      }
    }
  });
  EXPECT_GT(n, 500);
}

TEST(BigIntOracle, FromBytes) {
  int n = for_cases({"from_bytes"}, [](const Case& c) {
    auto data = unhex(c.a);
    bool le = c.c[0] == '1', sg = c.c[1] == '1';
    EXPECT_TRUE(matches(BigInt::from_bytes(data.data(), data.size(), le, sg), c.expect));
  });
  EXPECT_GT(n, 40);
}

TEST(BigIntOracle, Doubles) {
  int n = for_cases({"from_double", "cmp_double"}, [](const Case& c) {
    if (std::strcmp(c.op, "from_double") == 0) {
      EXPECT_TRUE(matches(BigInt::from_double(parse_double(c.a)), c.expect));
    } else {
      EXPECT_EQ(V(c.a).compare_double(parse_double(c.b)), std::atoi(c.expect));
    }
  });
  EXPECT_GT(n, 100);
}

// ------------------------------------------------------------------ hand-written

TEST(BigInt, ConstructionAndInt64) {
  const std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
  const std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  for (std::int64_t v :
       {std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}, kMin, kMax, kMin + 1, std::int64_t{1} << 62,
        -(std::int64_t{1} << 62), (std::int64_t{1} << 62) - 1, -(std::int64_t{1} << 62) - 1}) {
    BigInt b(v);
    EXPECT_TRUE(b.fits_int64());
    EXPECT_EQ(b.to_int64(), v);
    EXPECT_EQ(b.to_string(), std::to_string(v));
    EXPECT_EQ(b, v);
    EXPECT_EQ(b.sign(), (v > 0) - (v < 0));
    EXPECT_EQ(b.fits_small(), v >= -(std::int64_t{1} << 62) && v < (std::int64_t{1} << 62));
  }
  BigInt u(std::numeric_limits<std::uint64_t>::max());
  EXPECT_FALSE(u.fits_int64());
  EXPECT_TRUE(u.fits_uint64());
  EXPECT_EQ(u.to_string(), "18446744073709551615");
  EXPECT_EQ(BigInt().to_string(), "0");
  EXPECT_TRUE(BigInt().is_zero());
  EXPECT_FALSE((-BigInt()).is_negative());
  EXPECT_EQ(BigInt::from_int64(-5), -5);
  EXPECT_EQ(BigInt::from_uint64(5u), 5);
  EXPECT_TRUE(BigInt(7).is_odd());
  EXPECT_FALSE(BigInt(-8).is_odd());
  // Mixed comparisons with built-in integers.
  EXPECT_TRUE(BigInt(3) < 4);
  EXPECT_TRUE(5 > BigInt(4));
  EXPECT_TRUE(BigInt(-3) != 3);
  EXPECT_TRUE(u == std::numeric_limits<std::uint64_t>::max());
  EXPECT_TRUE(BigInt(-1) != std::numeric_limits<std::uint64_t>::max());
  EXPECT_TRUE(BigInt(-1) < std::numeric_limits<std::uint64_t>::max());
  EXPECT_TRUE(u > std::uint64_t{1} << 63);
  EXPECT_TRUE(BigInt(5) == 5u);
  EXPECT_TRUE(BigInt(5) == static_cast<unsigned char>(5));
  EXPECT_TRUE(BigInt(-5) < 0L);
}

TEST(BigInt, CopyMoveInlineAndHeap) {
  BigInt small(12345);
  BigInt big = BigInt::pow(BigInt(3), 500);
  BigInt c1 = small, c2 = big;
  EXPECT_EQ(c1, small);
  EXPECT_EQ(c2, big);
  BigInt m1 = std::move(c1), m2 = std::move(c2);
  EXPECT_EQ(m1, small);
  EXPECT_EQ(m2, big);
  EXPECT_TRUE(c1.is_zero());  // NOLINT(bugprone-use-after-move): moved-from is zero
  EXPECT_TRUE(c2.is_zero());  // NOLINT(bugprone-use-after-move)
  m1 = big;
  EXPECT_EQ(m1, big);
  m2 = small;
  EXPECT_EQ(m2, small);
  m1 = std::move(m2);
  EXPECT_EQ(m1, small);
  BigInt& self = m1;
  m1 = self;
  EXPECT_EQ(m1, small);
  m1 = std::move(self);
  EXPECT_EQ(m1, small);
  std::vector<BigInt> v;
  for (int i = 0; i < 100; ++i) v.push_back(BigInt::pow(BigInt(7), static_cast<std::uint64_t>(i)));
  for (int i = 1; i < 100; ++i)
    EXPECT_EQ(v[static_cast<std::size_t>(i)], v[static_cast<std::size_t>(i - 1)] * 7);
  // 2^128 - 1 is 4 limbs: inline; 2^128 is 5 limbs.
  BigInt x = (BigInt(1) << 128) - 1;
  BigInt y = x + 1;
  EXPECT_EQ(x.limb_count(), 4u);
  EXPECT_EQ(y.limb_count(), 5u);
  EXPECT_EQ(y - 1, x);
}

TEST(BigInt, ArithmeticIdentitiesRandom) {
  std::mt19937_64 rng(12345);
  auto random_big = [&](int limbs) {
    BigInt r;
    for (int i = 0; i < limbs; ++i) r = (r << 32) + BigInt(static_cast<std::uint32_t>(rng()));
    return (rng() & 1) ? -r : r;
  };
  for (int iter = 0; iter < 60; ++iter) {
    int la = 1 + static_cast<int>(rng() % 300), lb = 1 + static_cast<int>(rng() % 300);
    BigInt a = random_big(la), b = random_big(lb), c = random_big(1 + static_cast<int>(rng() % 100));
    if (b.is_zero()) continue;
    EXPECT_EQ((a * b) * c, a * (b * c));
    EXPECT_EQ(a * (b + c), a * b + a * c);
    EXPECT_EQ(a * a, BigInt::pow(a, 2));
    auto [q, r] = BigInt::divmod(a, b);
    EXPECT_EQ(q * b + r, a);
    EXPECT_LT(BigInt::compare_abs(r, b), 0);
    EXPECT_TRUE(r.is_zero() || r.is_negative() == b.is_negative());
    EXPECT_EQ(BigInt::divmod(a * b, b).first, a);
    EXPECT_EQ((a ^ b) ^ b, a);
    EXPECT_EQ((a & b) + (a | b), a + b);
    EXPECT_EQ(~~a, a);
    EXPECT_EQ((a << 77) >> 77, a);
    EXPECT_EQ(a >> 45, BigInt::floordiv(a, BigInt(1) << 45));
    auto s = a.to_string();
    EXPECT_EQ(*BigInt::parse(s, 10), a);
    EXPECT_EQ(*BigInt::parse(a.to_string(7), 7), a);
    BigInt g = BigInt::gcd(a, b);
    if (!g.is_zero()) {
      EXPECT_TRUE(BigInt::mod(a, g).is_zero());
      EXPECT_TRUE(BigInt::mod(b, g).is_zero());
    }
    BigInt n = a.abs();
    BigInt rt = BigInt::isqrt(n);
    EXPECT_LE(rt * rt, n);
    EXPECT_GT((rt + 1) * (rt + 1), n);
  }
}

TEST(BigInt, KaratsubaLarge) {
  // Products well above the threshold, balanced and unbalanced, checked
  // against (x-1)(x+1) = x^2 - 1 and (2^k - 1)^2 structure.
  for (std::uint64_t k : {1000u, 1279u, 4000u, 20000u, 64000u}) {
    BigInt m = (BigInt(1) << k) - 1;
    BigInt sq = m * m;
    EXPECT_EQ(sq, (BigInt(1) << (2 * k)) - (BigInt(1) << (k + 1)) + 1);
    BigInt x = BigInt::pow(BigInt(3), k);
    EXPECT_EQ((x - 1) * (x + 1), x * x - 1);
    BigInt y = BigInt::pow(BigInt(5), k / 7);
    EXPECT_EQ(x * y, y * x);
    EXPECT_EQ(BigInt::divmod(x * y + 12345, y).second, BigInt::mod(BigInt(12345), y));
  }
}

TEST(BigInt, DecimalConversionOfHugeValues) {
  BigInt x = BigInt::pow(BigInt(10), 20000) - 1;
  std::string s = x.to_string();
  EXPECT_EQ(s, std::string(20000, '9'));
  EXPECT_EQ(*BigInt::parse(s, 10), x);
  EXPECT_TRUE(x.exceeds_decimal_digits(4300));
  EXPECT_FALSE(x.exceeds_decimal_digits(20000));
  EXPECT_TRUE(x.exceeds_decimal_digits(19999));
  auto r = BigInt::parse_ex(s, 10);
  EXPECT_EQ(r.status, BigInt::ParseStatus::TooManyDigits);
  EXPECT_EQ(r.digits, 20000u);
  EXPECT_EQ(BigInt::parse_ex(s, 10, 0).status, BigInt::ParseStatus::Ok);
  EXPECT_EQ(BigInt::parse_ex(s, 10, 20000).status, BigInt::ParseStatus::Ok);
  EXPECT_EQ(BigInt::parse_ex("-" + s, 10, 19999).status, BigInt::ParseStatus::TooManyDigits);
  BigInt y = -BigInt::pow(BigInt(7), 5000);
  EXPECT_EQ(*BigInt::parse(y.to_string(), 10), y);
  EXPECT_EQ(*BigInt::parse(y.to_string(36), 36), y);
  EXPECT_EQ(*BigInt::parse(y.to_string(2), 2), y);
}

TEST(BigInt, ParseStatusesByHand) {
  EXPECT_EQ(BigInt::parse_ex("1__0", 10).status, BigInt::ParseStatus::Invalid);
  EXPECT_EQ(BigInt::parse_ex("_1", 10).status, BigInt::ParseStatus::Invalid);
  EXPECT_EQ(BigInt::parse_ex("0x", 16).status, BigInt::ParseStatus::Invalid);
  EXPECT_EQ(*BigInt::parse(" 12 ", 10), 12);
  EXPECT_EQ(*BigInt::parse("-0b101", 0), -5);
  EXPECT_FALSE(BigInt::parse("010", 0).has_value());
  EXPECT_EQ(*BigInt::parse("00", 0), 0);
  EXPECT_EQ(*BigInt::parse("0_0", 0), 0);
  EXPECT_FALSE(BigInt::parse("12", 1).has_value());
  EXPECT_FALSE(BigInt::parse("12", 37).has_value());
  EXPECT_FALSE(BigInt::parse(std::string_view("1\0", 2), 10).has_value());
  EXPECT_EQ(*BigInt::parse_literal("0"), 0);
  EXPECT_EQ(*BigInt::parse_literal("0x1f"), 31);
  EXPECT_EQ(*BigInt::parse_literal("0o17"), 15);
  EXPECT_EQ(*BigInt::parse_literal("0b101"), 5);
  EXPECT_EQ(*BigInt::parse_literal("123"), 123);
}

TEST(BigInt, HashHelpers) {
  EXPECT_EQ(BigInt::kHashModulus, (std::uint64_t{1} << 61) - 1);
  EXPECT_EQ(BigInt::hash_int64(-1), -2);
  EXPECT_EQ(BigInt::hash_int64(0), 0);
  EXPECT_EQ(BigInt::hash_int64(std::numeric_limits<std::int64_t>::min()), -4);
  EXPECT_EQ(BigInt::hash_int64(std::numeric_limits<std::int64_t>::max()), 3);
  EXPECT_EQ(BigInt(-1).hash(), -2);
  std::mt19937_64 rng(7);
  for (int i = 0; i < 1000; ++i) {
    auto v = static_cast<std::int64_t>(rng());
    EXPECT_EQ(BigInt(v).hash(), BigInt::hash_int64(v));
  }
}

TEST(BigInt, EdgeCasesByHand) {
  double d = 0;
  // 0 / negative is -0.0 as in CPython.
  ASSERT_TRUE(BigInt::truediv(BigInt(0), BigInt(-5), d));
  EXPECT_TRUE(std::signbit(d));
  ASSERT_TRUE(BigInt::truediv(BigInt(1) << 1000, BigInt(1) << 999, d));
  EXPECT_EQ(d, 2.0);
  EXPECT_FALSE(BigInt::truediv(BigInt(1) << 2000, BigInt(3), d));
  EXPECT_FALSE((BigInt(1) << 1024).to_double(d));
  // Shifts of negatives round toward -inf.
  EXPECT_EQ(BigInt(-1) >> 1000000, -1);
  EXPECT_EQ(BigInt(-5) >> 1, -3);
  EXPECT_EQ(BigInt(5) >> 1000000, 0);
  EXPECT_EQ(BigInt(0) << 1000000, 0);
  EXPECT_THROW((void)(BigInt(1) << (std::uint64_t{1} << 40)), std::length_error);
  EXPECT_THROW((void)BigInt::pow(BigInt(3), std::uint64_t{1} << 40), std::length_error);
  EXPECT_THROW((void)BigInt::pow(BigInt(3), BigInt(1) << 70), std::length_error);
  EXPECT_EQ(BigInt::pow(BigInt(-1), (BigInt(1) << 70) + 1), -1);
  EXPECT_EQ(BigInt::pow(BigInt(1), BigInt(1) << 70), 1);
  EXPECT_EQ(BigInt::pow(BigInt(0), BigInt(1) << 70), 0);
  EXPECT_EQ(BigInt::pow(BigInt(0), 0), 1);
  // pow with modulus ±1 is 0 even when not invertible.
  EXPECT_EQ(*BigInt::pow_mod(BigInt(0), BigInt(-1), BigInt(1)), 0);
  EXPECT_EQ(*BigInt::pow_mod(BigInt(2), BigInt(-1), BigInt(-1)), 0);
  EXPECT_FALSE(BigInt::pow_mod(BigInt(2), BigInt(-1), BigInt(4)).has_value());
  EXPECT_EQ(*BigInt::mod_inverse(BigInt(3), BigInt(-7)), 5);
  EXPECT_FALSE(BigInt::mod_inverse(BigInt(6), BigInt(9)).has_value());
  EXPECT_EQ(BigInt::gcd(BigInt(0), BigInt(0)), 0);
  EXPECT_EQ(BigInt::gcd(BigInt(-12), BigInt(18)), 6);
  EXPECT_EQ(BigInt::isqrt(BigInt(0)), 0);
  EXPECT_EQ(BigInt::isqrt(BigInt(std::numeric_limits<std::uint64_t>::max())), 4294967295u);
  // INT64_MIN // -1 leaves int64.
  auto [q, r] = BigInt::divmod(BigInt(std::numeric_limits<std::int64_t>::min()), BigInt(-1));
  EXPECT_EQ(q, BigInt(1) << 63);
  EXPECT_EQ(r, 0);
  // to_bytes raw-buffer overload with length 0.
  EXPECT_EQ(BigInt(0).to_bytes(nullptr, 0, false, true), BigInt::ToBytesStatus::Ok);
  EXPECT_EQ(BigInt::from_bytes(nullptr, 0, true, true), 0);
  EXPECT_EQ(BigInt(1).to_string(99), "1");  // invalid base falls back to 10
}

}  // namespace
