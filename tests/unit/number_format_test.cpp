// Tests for runtime/number_format.{h,cpp}.  Expected values come from CPython
// 3.11 via tests/unit/regen_number_format_expected.py -> number_format_cases.inc.
#include "runtime/number_format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

namespace {

struct ReprCase {
  uint64_t bits;
  const char* expected;
};
struct FloatFmtCase {
  uint64_t bits;
  const char* spec;
  int err;  // 0 ok, 1 ValueError, 2 OverflowError
  const char* expected;
};
struct IntFmtCase {
  bool negative;
  int base;            // base of `digits` (what int_format_base() must return)
  const char* digits;  // |value| in `base`
  const char* spec;
  int err;
  std::string_view expected;  // may contain NUL (format(0, 'c'))
};
struct StrFmtCase {
  const char* value;
  const char* spec;
  int err;
  const char* expected;
};
struct RoundCase {
  uint64_t bits;
  int64_t ndigits;
  int err;
  uint64_t expected;
};
struct RoundIntCase {
  uint64_t bits;
  uint64_t expected;
};
struct ParseCase {
  std::string_view text;
  bool ok;
  uint64_t bits;
};
struct HexCase {
  uint64_t bits;
  const char* expected;
};
struct FromHexCase {
  const char* text;
  int err;
  const char* message;
  uint64_t bits;
};
struct PercentCase {
  const char* fmt;
  char kind;  // 'f' float, 'i' int, 's' str (already converted), 'c' int for %c
  uint64_t fbits;
  bool negative;
  const char* dec;
  const char* oct;
  const char* hex;
  const char* str;
  int err;
  const char* expected;
};
struct PercentErrCase {
  const char* fmt;
  int err;  // 1 ValueError, 3 TypeError (missing argument: parse must succeed)
  const char* message;
};

#define SV(s) std::string_view(s, sizeof(s) - 1)
#include "tests/unit/number_format_cases.inc"
#undef SV

double from_bits(uint64_t b) {
  double d;
  std::memcpy(&d, &b, sizeof d);
  return d;
}
uint64_t to_bits(double d) {
  uint64_t b;
  std::memcpy(&b, &d, sizeof b);
  return b;
}

// Run fn; encode the result like the generator: {err, text}.
template <class F>
std::pair<int, std::string> capture(F&& fn) {
  try {
    return {0, fn()};
  } catch (const gilt::FormatError& e) {
    return {e.kind == gilt::FormatError::Kind::Value ? 1 : 2, e.message};
  }
}

bool same_double(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return to_bits(a) == to_bits(b);
}

TEST(NumberFormat, FloatRepr) {
  int n = 0;
  for (const auto& c : kReprCases) {
    EXPECT_EQ(gilt::float_repr(from_bits(c.bits)), c.expected) << std::hex << c.bits;
    ++n;
  }
  EXPECT_GT(n, 3000);
}

TEST(NumberFormat, FloatReprSpot) {
  EXPECT_EQ(gilt::float_repr(1.0), "1.0");
  EXPECT_EQ(gilt::float_repr(100.0), "100.0");
  EXPECT_EQ(gilt::float_repr(1e16), "1e+16");
  EXPECT_EQ(gilt::float_repr(1.5e-5), "1.5e-05");
  EXPECT_EQ(gilt::float_repr(1e-7), "1e-07");
  EXPECT_EQ(gilt::float_repr(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(gilt::float_repr(-0.0), "-0.0");
  EXPECT_EQ(gilt::float_repr(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(gilt::float_repr(-std::numeric_limits<double>::infinity()), "-inf");
  EXPECT_EQ(gilt::float_repr(std::nan("")), "nan");
  EXPECT_EQ(gilt::float_repr(5e-324), "5e-324");
  EXPECT_EQ(gilt::float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
}

TEST(NumberFormat, FormatFloat) {
  int n = 0;
  for (const auto& c : kFloatFmtCases) {
    double x = from_bits(c.bits);
    auto got = capture([&] { return gilt::format_float_spec(x, c.spec); });
    EXPECT_EQ(got.first, c.err) << "format(" << gilt::float_repr(x) << ", '" << c.spec << "')";
    EXPECT_EQ(got.second, c.expected) << "format(" << gilt::float_repr(x) << ", '" << c.spec << "')";
    ++n;
  }
  EXPECT_GT(n, 9000);
}

TEST(NumberFormat, FormatFloatSpot) {
  EXPECT_EQ(gilt::format_float_spec(2.675, ".2f"), "2.67");
  EXPECT_EQ(gilt::format_float_spec(0.125, ".2f"), "0.12");
  EXPECT_EQ(gilt::format_float_spec(1.0, ""), "1.0");
  EXPECT_EQ(gilt::format_float_spec(1e20, ""), "1e+20");
  EXPECT_EQ(gilt::format_float_spec(1.5, ".3"), "1.5");
  EXPECT_EQ(gilt::format_float_spec(10.0, ".2"), "1e+01");
  EXPECT_EQ(gilt::format_float_spec(std::numeric_limits<double>::infinity(), "010f"), "0000000inf");
  EXPECT_EQ(gilt::format_float_spec(1234567.891, ",.2f"), "1,234,567.89");
  EXPECT_EQ(gilt::format_float_spec(-0.0, "z.1f"), "0.0");
}

std::pair<int, std::string> run_int_case(const IntFmtCase& c) {
  return capture([&] {
    gilt::FormatSpec spec = gilt::parse_int_format_spec(c.spec);
    int base = gilt::int_format_base(spec);
    EXPECT_EQ(base, c.base) << c.spec;
    return gilt::format_int(spec, c.negative, c.digits);
  });
}

TEST(NumberFormat, FormatInt) {
  int n = 0;
  for (const auto& c : kIntFmtCases) {
    auto got = run_int_case(c);
    EXPECT_EQ(got.first, c.err) << "format(" << (c.negative ? "-" : "") << c.digits << " (base " << c.base
                                << "), '" << c.spec << "')";
    EXPECT_EQ(got.second, c.expected) << "format(" << (c.negative ? "-" : "") << c.digits << " (base "
                                      << c.base << "), '" << c.spec << "')";
    ++n;
  }
  EXPECT_GT(n, 5000);
}

TEST(NumberFormat, FormatIntSpot) {
  EXPECT_EQ(gilt::format_int_spec(255, "#x"), "0xff");
  EXPECT_EQ(gilt::format_int_spec(255, "#X"), "0XFF");
  EXPECT_EQ(gilt::format_int_spec(-255, "#010b"), "-0b11111111");
  EXPECT_EQ(gilt::format_int_spec(1234567, ","), "1,234,567");
  EXPECT_EQ(gilt::format_int_spec(0x12345678, "_x"), "1234_5678");
  EXPECT_EQ(gilt::format_int_spec(65, "c"), "A");
  EXPECT_EQ(gilt::format_int_spec(1234, "08,"), "0,001,234");
  EXPECT_EQ(gilt::format_int_spec(std::numeric_limits<int64_t>::min(), "x"), "-8000000000000000");
  EXPECT_EQ(gilt::format_int_spec(3, ".2f"), "3.00");
  try {
    gilt::format_int_spec(0x110000, "c");
    FAIL();
  } catch (const gilt::FormatError& e) {
    EXPECT_EQ(e.kind, gilt::FormatError::Kind::Overflow);
    EXPECT_EQ(e.message, "%c arg not in range(0x110000)");
  }
}

TEST(NumberFormat, FormatStr) {
  int n = 0;
  for (const auto& c : kStrFmtCases) {
    auto got = capture([&] { return gilt::format_str_spec(c.value, c.spec); });
    EXPECT_EQ(got.first, c.err) << "format('" << c.value << "', '" << c.spec << "')";
    EXPECT_EQ(got.second, c.expected) << "format('" << c.value << "', '" << c.spec << "')";
    ++n;
  }
  EXPECT_GT(n, 1500);
}

TEST(NumberFormat, FormatStrSpot) {
  EXPECT_EQ(gilt::format_str_spec("\xc3\xa9t\xc3\xa9", "*^7"), "**\xc3\xa9t\xc3\xa9**");
  EXPECT_EQ(gilt::format_str_spec("abc", "\xe2\x82\xac>5.2"),
            "\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac"
            "ab");
  gilt::FormatSpec spec = gilt::parse_str_format_spec("x<4", "MyType");
  EXPECT_EQ(gilt::format_str("ab", spec, "MyType"), "abxx");
  try {
    gilt::parse_str_format_spec(",");
    FAIL();
  } catch (const gilt::FormatError& e) {
    EXPECT_EQ(e.message, "Cannot specify ',' with 's'.");
  }
  try {
    gilt::format_str("a", gilt::parse_str_format_spec("d", "MyType"), "MyType");
    FAIL();
  } catch (const gilt::FormatError& e) {
    EXPECT_EQ(e.message, "Unknown format code 'd' for object of type 'MyType'");
  }
}

TEST(NumberFormat, Round) {
  int n = 0;
  for (const auto& c : kRoundCases) {
    double x = from_bits(c.bits);
    int err = 0;
    double got = 0;
    std::string msg;
    try {
      got = gilt::round_double(x, c.ndigits);
    } catch (const gilt::FormatError& e) {
      err = e.kind == gilt::FormatError::Kind::Value ? 1 : 2;
      msg = e.message;
    }
    EXPECT_EQ(err, c.err) << "round(" << gilt::float_repr(x) << ", " << c.ndigits << ")";
    if (err == 0 && c.err == 0) {
      EXPECT_TRUE(same_double(got, from_bits(c.expected)))
          << "round(" << gilt::float_repr(x) << ", " << c.ndigits << ") got " << gilt::float_repr(got)
          << " want " << gilt::float_repr(from_bits(c.expected));
    }
    if (err == 2) {
      EXPECT_EQ(msg, "rounded value too large to represent");
    }
    ++n;
  }
  EXPECT_GT(n, 5000);
  EXPECT_EQ(gilt::round_double(2.675, 2), 2.67);
  EXPECT_EQ(gilt::round_double(1234.5, -2), 1200.0);
  EXPECT_EQ(gilt::round_half_even(0.5), 0.0);
  EXPECT_EQ(gilt::round_half_even(1.5), 2.0);
}

TEST(NumberFormat, RoundInt) {
  for (const auto& c : kRoundIntCases) {
    double x = from_bits(c.bits);
    // round(x) returns an int, so -0.0 and 0.0 are the same result.
    EXPECT_EQ(gilt::round_half_even(x), from_bits(c.expected)) << "round(" << gilt::float_repr(x) << ")";
  }
}

TEST(NumberFormat, ParseFloat) {
  int n = 0;
  for (const auto& c : kParseCases) {
    auto got = gilt::parse_float(c.text);
    EXPECT_EQ(got.has_value(), c.ok) << "float('" << c.text << "')";
    if (got && c.ok) {
      EXPECT_TRUE(same_double(*got, from_bits(c.bits)))
          << "float('" << c.text << "') got " << gilt::float_repr(*got);
    }
    ++n;
  }
  EXPECT_GT(n, 1500);
  // Sign of nan is kept (float('-nan') has the sign bit set in CPython).
  EXPECT_TRUE(std::signbit(*gilt::parse_float("-nan")));
}

TEST(NumberFormat, FloatHex) {
  for (const auto& c : kHexCases) EXPECT_EQ(gilt::float_hex(from_bits(c.bits)), c.expected);
  for (const auto& c : kFromHexCases) {
    int err = 0;
    std::string msg;
    double got = 0;
    try {
      got = gilt::float_fromhex(c.text);
    } catch (const gilt::FormatError& e) {
      err = e.kind == gilt::FormatError::Kind::Value ? 1 : 2;
      msg = e.message;
    }
    EXPECT_EQ(err, c.err) << "fromhex('" << c.text << "')";
    if (err == 0 && c.err == 0) {
      EXPECT_TRUE(same_double(got, from_bits(c.bits)))
          << "fromhex('" << c.text << "') got " << gilt::float_repr(got);
    } else {
      EXPECT_EQ(msg, c.message) << "fromhex('" << c.text << "')";
    }
  }
}

std::pair<int, std::string> run_percent(const PercentCase& c) {
  return capture([&]() -> std::string {
    std::string_view fmt = c.fmt;
    gilt::PercentSpec spec = gilt::parse_percent_spec(fmt, 1);
    EXPECT_EQ(spec.end, fmt.size()) << c.fmt;
    gilt::percent_check_conversion(spec);
    switch (c.kind) {
      case 'f':
        return gilt::format_percent_float(from_bits(c.fbits), spec);
      case 'i': {
        int base = gilt::percent_int_base(spec.conversion);
        const char* digits = base == 8 ? c.oct : base == 16 ? c.hex : c.dec;
        return gilt::format_percent_int(spec, c.negative, digits);
      }
      case 'c': {
        // The generator only uses small values for %c.
        int64_t v = std::stoll(c.dec);
        return gilt::format_percent_char(spec, c.negative ? -v : v);
      }
      default:
        return gilt::format_percent_str(c.str, spec);
    }
  });
}

TEST(NumberFormat, Percent) {
  int n = 0;
  for (const auto& c : kPercentCases) {
    auto got = run_percent(c);
    EXPECT_EQ(got.first, c.err) << "'" << c.fmt << "' kind " << c.kind << " " << c.dec;
    EXPECT_EQ(got.second, c.expected) << "'" << c.fmt << "' kind " << c.kind << " " << c.dec;
    ++n;
  }
  EXPECT_GT(n, 2000);
}

TEST(NumberFormat, PercentParseErrors) {
  for (const auto& c : kPercentErrCases) {
    std::string_view fmt = c.fmt;
    int err = 0;
    std::string msg;
    try {
      gilt::PercentSpec spec = gilt::parse_percent_spec(fmt, 1);
      if (c.err != 3) gilt::percent_check_conversion(spec);  // CPython fetches the arg first
    } catch (const gilt::FormatError& e) {
      err = 1;
      msg = e.message;
    }
    if (c.err == 3) {
      EXPECT_EQ(err, 0) << c.fmt;
    } else {
      EXPECT_EQ(err, c.err) << c.fmt;
      EXPECT_EQ(msg, c.message) << c.fmt;
    }
  }
}

TEST(NumberFormat, PercentStarAndKey) {
  std::string_view fmt = "x%(name)-*.*fy";
  gilt::PercentSpec spec = gilt::parse_percent_spec(fmt, 2);
  EXPECT_TRUE(spec.has_key);
  EXPECT_EQ(spec.key, "name");
  EXPECT_TRUE(spec.left);
  EXPECT_TRUE(spec.width_star);
  EXPECT_TRUE(spec.precision_star);
  EXPECT_EQ(spec.conversion, U'f');
  EXPECT_EQ(spec.end, fmt.size() - 1);
  gilt::percent_set_star_width(spec, 8);
  gilt::percent_set_star_precision(spec, 2);
  EXPECT_EQ(gilt::format_percent_float(3.14159, spec), "3.14    ");
  gilt::PercentSpec s2 = gilt::parse_percent_spec("%*d", 1);
  gilt::percent_set_star_width(s2, -5);
  EXPECT_EQ(gilt::format_percent_int(s2, false, "3"), "3    ");
  gilt::PercentSpec s3 = gilt::parse_percent_spec("%.*f", 1);
  gilt::percent_set_star_precision(s3, -2);
  EXPECT_EQ(gilt::format_percent_float(3.14159, s3), "3");
  gilt::PercentSpec pct = gilt::parse_percent_spec("a%%b", 2);
  EXPECT_EQ(pct.conversion, U'%');
  EXPECT_EQ(pct.end, 3u);
  gilt::percent_check_conversion(pct);
}

TEST(NumberFormat, SpecParse) {
  gilt::FormatSpec s = gilt::parse_float_format_spec("\xf0\x9f\x98\x80^+z#012_.3e");
  EXPECT_EQ(s.fill, U'\U0001F600');
  EXPECT_EQ(s.align, U'^');
  EXPECT_EQ(s.sign, '+');
  EXPECT_TRUE(s.no_neg_zero);
  EXPECT_TRUE(s.alternate);
  EXPECT_FALSE(s.zero_pad);  // fill given explicitly: '0' is part of the width
  EXPECT_EQ(s.width, 12);
  EXPECT_EQ(s.grouping, '_');
  EXPECT_EQ(s.precision, 3);
  EXPECT_EQ(s.type, U'e');
  gilt::FormatSpec z = gilt::parse_int_format_spec("010");
  EXPECT_TRUE(z.zero_pad);
  EXPECT_EQ(z.fill, U'0');
  EXPECT_EQ(z.align, U'=');
  EXPECT_EQ(z.width, 10);
  EXPECT_EQ(z.type, U'd');
}

}  // namespace
