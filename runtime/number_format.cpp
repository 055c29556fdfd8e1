// gilt: number/string formatting core.  See number_format.h.
//
// The algorithms follow the observable behaviour of CPython 3.11
// (Python/formatter_unicode.c, Python/pystrtod.c, Objects/unicodeobject.c,
// Objects/floatobject.c).  Decimal digit generation uses std::to_chars, which
// is correctly rounded (ties-to-even on the exact binary value) just like
// David Gay's dtoa used by CPython.
#include "runtime/number_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <system_error>
#include <vector>

namespace gilt {

namespace {

[[noreturn]] void value_error(std::string msg) {
  throw FormatError{FormatError::Kind::Value, std::move(msg)};
}
[[noreturn]] void overflow_error(std::string msg) {
  throw FormatError{FormatError::Kind::Overflow, std::move(msg)};
}

// Decode one code point at byte offset i (advancing i).  Invalid sequences
// yield U+FFFD and consume one byte.
char32_t decode_utf8(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int len = 0;
  char32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    cp = c & 0x07;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  for (int k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += len;
  return cp;
}

bool decode_utf8_strict(std::string_view s, std::vector<char32_t>& out) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t before = i;
    char32_t cp = decode_utf8(s, i);
    if (cp == 0xFFFD && !(c == 0xEF && i - before == 3)) return false;
    out.push_back(cp);
  }
  return true;
}

std::string hex_lower(uint32_t v) {
  char buf[16];
  auto r = std::to_chars(buf, buf + sizeof buf, v, 16);
  return std::string(buf, r.ptr);
}

// "'c'" for printable ASCII, "'\x1f'" otherwise (CPython's %c / \\x%x rule).
std::string quoted_code(char32_t c) {
  std::string s = "'";
  if (c > 32 && c < 128)
    s += static_cast<char>(c);
  else
    s += "\\x" + hex_lower(static_cast<uint32_t>(c));
  s += "'";
  return s;
}

[[noreturn]] void unknown_presentation_type(char32_t type, std::string_view type_name) {
  value_error("Unknown format code " + quoted_code(type) + " for object of type '" + std::string(type_name) +
              "'");
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Py_UNICODE_ISSPACE
bool is_unicode_space(char32_t c) {
  if (c < 128) return is_ascii_space(static_cast<char>(c)) || (c >= 0x1C && c <= 0x1F);
  switch (c) {
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

bool ieq(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (x != b[i]) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Digit generation (the role of _Py_dg_dtoa)
// ---------------------------------------------------------------------------

struct Digits {
  std::string digits;  // no leading zeros; "0" for zero
  int64_t decpt = 1;   // value = 0.DIGITS * 10**decpt
};

// Parse to_chars scientific output "d[.ddd]e[+-]XX" of a non-negative value.
Digits from_scientific(const char* first, const char* last) {
  Digits d;
  const char* e = std::find(first, last, 'e');
  for (const char* p = first; p != e; ++p)
    if (*p != '.') d.digits += *p;
  int exp10 = 0;
  const char* q = e + 1;
  if (q < last && *q == '+') ++q;
  std::from_chars(q, last, exp10);
  while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
  if (d.digits == "0")
    d.decpt = 1;
  else
    d.decpt = exp10 + 1;
  return d;
}

// mode 0: shortest round-trip digits.
Digits dtoa_shortest(double ax) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, ax, std::chars_format::scientific);
  return from_scientific(buf, r.ptr);
}

// mode 2: `ndigits` (>= 1) significant digits, trailing zeros removed.
Digits dtoa_significant(double ax, int64_t ndigits) {
  std::string buf(static_cast<size_t>(ndigits) + 32, '\0');
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), ax, std::chars_format::scientific,
                         static_cast<int>(ndigits - 1));
  return from_scientific(buf.data(), r.ptr);
}

// mode 3: rounded to `ndigits` (>= 0) places after the point, trailing zeros
// removed.  A result that rounds to zero is reported as "0" (decpt 1).
Digits dtoa_fixed(double ax, int64_t ndigits) {
  std::string buf(static_cast<size_t>(ndigits) + 340, '\0');
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), ax, std::chars_format::fixed,
                         static_cast<int>(ndigits));
  Digits d;
  int64_t int_len = 0;
  bool seen_point = false;
  for (const char* p = buf.data(); p != r.ptr; ++p) {
    if (*p == '.') {
      seen_point = true;
      continue;
    }
    if (!seen_point) ++int_len;
    d.digits += *p;
  }
  size_t lead = 0;
  while (lead < d.digits.size() && d.digits[lead] == '0') ++lead;
  if (lead == d.digits.size()) return Digits{"0", 1};
  d.digits.erase(0, lead);
  d.decpt = int_len - static_cast<int64_t>(lead);
  while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
  return d;
}

// PyOS_double_to_string.  code: 'e' 'f' 'g' 'r' (lower case; `upper` selects
// E/F/G/INF/NAN).  Never adds a '+' sign.
std::string double_to_string(double x, char code, int64_t precision, bool upper, bool add_dot_0, bool alt,
                             bool no_neg_0) {
  std::string out;
  if (std::isnan(x)) return upper ? "NAN" : "nan";
  bool negative = std::signbit(x);
  if (std::isinf(x)) {
    if (negative) out += '-';
    out += upper ? "INF" : "inf";
    return out;
  }
  double ax = std::fabs(x);
  Digits d;
  switch (code) {
    case 'e':
      precision += 1;
      d = dtoa_significant(ax, precision);
      break;
    case 'f':
      d = dtoa_fixed(ax, precision);
      break;
    case 'g':
      if (precision == 0) precision = 1;
      d = dtoa_significant(ax, precision);
      break;
    default:  // 'r'
      d = dtoa_shortest(ax);
      break;
  }
  if (no_neg_0 && negative && d.digits == "0") negative = false;

  const int64_t digits_len = static_cast<int64_t>(d.digits.size());
  int64_t decpt = d.decpt;
  int64_t vdigits_end = digits_len;
  bool use_exp = false;
  switch (code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int64_t exp10 = 0;
  if (use_exp) {
    exp10 = decpt - 1;
    decpt = 1;
  }
  const int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0)
    vdigits_end = std::max(vdigits_end, decpt + 1);
  else
    vdigits_end = std::max(vdigits_end, decpt);

  if (negative) out += '-';
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out += '.';
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vdigits_start), '0');
  }
  if (decpt > 0 && decpt <= digits_len) {
    out.append(d.digits, 0, static_cast<size_t>(decpt));
    out += '.';
    out.append(d.digits, static_cast<size_t>(decpt), std::string::npos);
  } else {
    out += d.digits;
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out += '.';
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    out += upper ? 'E' : 'e';
    out += exp10 < 0 ? '-' : '+';
    int64_t ae = exp10 < 0 ? -exp10 : exp10;
    if (ae < 10) out += '0';
    out += std::to_string(ae);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Number layout (calc_number_spec / fill_number / InsertThousandsGrouping)
// ---------------------------------------------------------------------------

// Group `digits` right-to-left, padding with '0' up to min_width.
std::string group_digits(std::string_view digits, int64_t min_width, int group, char sep) {
  min_width = std::max<int64_t>(0, min_width);
  std::string rev;
  int64_t remaining = static_cast<int64_t>(digits.size());
  size_t pos = digits.size();
  bool use_sep = false;
  auto emit = [&](int64_t len) {
    int64_t n_zeros = std::max<int64_t>(0, len - remaining);
    int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
    if (use_sep) rev += sep;
    for (int64_t k = 0; k < n_chars; ++k) rev += digits[--pos];
    rev.append(static_cast<size_t>(n_zeros), '0');
    remaining -= n_chars;
  };
  bool broken = false;
  if (group > 0) {
    for (;;) {
      int64_t len = std::min<int64_t>(group, std::max<int64_t>({remaining, min_width, 1}));
      emit(len);
      use_sep = true;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        broken = true;
        break;
      }
      min_width -= 1;
    }
  }
  if (!broken) emit(std::max<int64_t>({remaining, min_width, 1}));
  std::reverse(rev.begin(), rev.end());
  return rev;
}

void append_fill(std::string& out, char32_t fill, int64_t n) {
  if (n <= 0) return;
  if (fill < 0x80) {
    out.append(static_cast<size_t>(n), static_cast<char>(fill));
    return;
  }
  std::string one;
  append_utf8(one, fill);
  out.reserve(out.size() + one.size() * static_cast<size_t>(n));
  for (int64_t k = 0; k < n; ++k) out += one;
}

std::string upper_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

std::string render_number(const FormatSpec& spec, bool negative, std::string_view prefix,
                          std::string_view digits, bool has_decimal, std::string_view remainder, int group,
                          char sep, bool upper) {
  char sign = 0;
  switch (spec.sign) {
    case '+':
      sign = negative ? '-' : '+';
      break;
    case ' ':
      sign = negative ? '-' : ' ';
      break;
    default:
      if (negative) sign = '-';
  }
  const char32_t align = spec.align ? spec.align : U'>';
  const int64_t n_non_digit = (sign ? 1 : 0) + static_cast<int64_t>(prefix.size()) + (has_decimal ? 1 : 0) +
                              static_cast<int64_t>(utf8_length(remainder));
  const int64_t min_width = (spec.fill == U'0' && align == U'=') ? spec.width - n_non_digit : 0;
  std::string grouped;
  if (!digits.empty()) grouped = group_digits(digits, min_width, group, sep);
  int64_t n_padding = spec.width - (n_non_digit + static_cast<int64_t>(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    switch (align) {
      case U'<':
        rpad = n_padding;
        break;
      case U'^':
        lpad = n_padding / 2;
        rpad = n_padding - lpad;
        break;
      case U'=':
        spad = n_padding;
        break;
      default:
        lpad = n_padding;
        break;
    }
  }
  std::string out;
  append_fill(out, spec.fill, lpad);
  if (sign) out += sign;
  out += upper ? upper_ascii(std::string(prefix)) : std::string(prefix);
  append_fill(out, spec.fill, spad);
  out += upper ? upper_ascii(grouped) : grouped;
  if (has_decimal) out += '.';
  out += remainder;
  append_fill(out, spec.fill, rpad);
  return out;
}

// Parse a run of ASCII digits; -1 if none... returns number consumed.
bool parse_spec_integer(const std::vector<char32_t>& s, size_t& pos, int64_t& value, size_t& consumed) {
  value = 0;
  consumed = 0;
  while (pos < s.size() && s[pos] >= U'0' && s[pos] <= U'9') {
    int digit = static_cast<int>(s[pos] - U'0');
    if (value > (std::numeric_limits<int64_t>::max() - digit) / 10) return false;
    value = value * 10 + digit;
    ++pos;
    ++consumed;
  }
  return true;
}

bool is_align(char32_t c) { return c == U'<' || c == U'>' || c == U'=' || c == U'^'; }

// Decimal digit string -> double (correctly rounded).  nullopt on overflow.
std::optional<double> decimal_digits_to_double(std::string_view digits) {
  if (digits.empty()) return 0.0;
  double v = 0;
  auto r = std::from_chars(digits.data(), digits.data() + digits.size(), v, std::chars_format::fixed);
  if (r.ec == std::errc::result_out_of_range) return std::nullopt;
  return v;
}

}  // namespace

// ---------------------------------------------------------------------------
// UTF-8 helpers
// ---------------------------------------------------------------------------

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

size_t utf8_length(std::string_view utf8) {
  size_t n = 0;
  for (char c : utf8)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

// ---------------------------------------------------------------------------
// repr / parse
// ---------------------------------------------------------------------------

std::string float_repr(double x) { return double_to_string(x, 'r', 0, false, true, false, false); }

std::optional<double> parse_float(std::string_view text) {
  // _PyUnicode_TransformDecimalAndSpaceToASCII
  std::vector<char32_t> cps;
  if (!decode_utf8_strict(text, cps)) return std::nullopt;
  std::string s;
  s.reserve(cps.size());
  for (char32_t c : cps) {
    if (c < 128 && c != 0)
      s += static_cast<char>(c);  // ASCII is copied as is (\x1c is not a space here)
    else if (c >= 128 && is_unicode_space(c))
      s += ' ';
    else
      return std::nullopt;
  }
  // Underscores: only between digits.
  if (s.find('_') != std::string::npos) {
    std::string t;
    char prev = 0;
    for (char c : s) {
      if (c == '_') {
        if (!(prev >= '0' && prev <= '9')) return std::nullopt;
      } else {
        if (prev == '_' && !(c >= '0' && c <= '9')) return std::nullopt;
        t += c;
      }
      prev = c;
    }
    if (prev == '_') return std::nullopt;
    s = std::move(t);
  }
  size_t b = 0, e = s.size();
  while (b < e && is_ascii_space(s[b])) ++b;
  while (e > b && is_ascii_space(s[e - 1])) --e;
  std::string_view v(s.data() + b, e - b);
  bool negative = false;
  if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
    negative = v[0] == '-';
    v.remove_prefix(1);
  }
  if (ieq(v, "inf") || ieq(v, "infinity"))
    return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  if (ieq(v, "nan")) return std::copysign(std::numeric_limits<double>::quiet_NaN(), negative ? -1.0 : 1.0);
  // Validate: digits [. digits] [(e|E) [sign] digits], at least one mantissa digit.
  size_t i = 0;
  size_t mant_digits = 0;
  int64_t point_pos = -1;      // number of mantissa digits before the point
  int64_t first_nonzero = -1;  // index among mantissa digits
  while (i < v.size() && ((v[i] >= '0' && v[i] <= '9') || (v[i] == '.' && point_pos < 0))) {
    if (v[i] == '.') {
      point_pos = static_cast<int64_t>(mant_digits);
    } else {
      if (v[i] != '0' && first_nonzero < 0) first_nonzero = static_cast<int64_t>(mant_digits);
      ++mant_digits;
    }
    ++i;
  }
  if (mant_digits == 0) return std::nullopt;
  if (point_pos < 0) point_pos = static_cast<int64_t>(mant_digits);
  int64_t exp10 = 0;
  if (i < v.size() && (v[i] == 'e' || v[i] == 'E')) {
    ++i;
    bool eneg = false;
    if (i < v.size() && (v[i] == '+' || v[i] == '-')) {
      eneg = v[i] == '-';
      ++i;
    }
    if (i >= v.size() || !(v[i] >= '0' && v[i] <= '9')) return std::nullopt;
    while (i < v.size() && v[i] >= '0' && v[i] <= '9') {
      if (exp10 < 1000000000) exp10 = exp10 * 10 + (v[i] - '0');
      ++i;
    }
    if (eneg) exp10 = -exp10;
  }
  if (i != v.size()) return std::nullopt;
  double result = 0;
  auto r = std::from_chars(v.data(), v.data() + v.size(), result, std::chars_format::general);
  if (r.ec == std::errc::result_out_of_range) {
    // Magnitude ~ 10**(point_pos - first_nonzero + exp10).
    int64_t mag = point_pos - first_nonzero + exp10;
    result = mag > 0 ? std::numeric_limits<double>::infinity() : 0.0;
  } else if (r.ec != std::errc() || r.ptr != v.data() + v.size()) {
    return std::nullopt;
  }
  return negative ? -result : result;
}

// ---------------------------------------------------------------------------
// float.hex / float.fromhex
// ---------------------------------------------------------------------------

std::string float_hex(double x) {
  if (std::isnan(x) || std::isinf(x)) return float_repr(x);
  if (x == 0.0) return std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0";
  int e = 0;
  double m = std::frexp(std::fabs(x), &e);  // m in [0.5, 1)
  // Shift so the leading digit is 1 (or 0 for subnormals).
  int shift = 1 - std::max(-1021 - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char hexd[] = "0123456789abcdef";
  std::string s;
  if (std::signbit(x)) s += '-';
  s += "0x";
  int lead = static_cast<int>(m);
  s += hexd[lead];
  m -= lead;
  s += '.';
  for (int i = 0; i < 13; ++i) {
    m *= 16.0;
    int dgt = static_cast<int>(m);
    s += hexd[dgt];
    m -= dgt;
  }
  s += 'p';
  s += e < 0 ? '-' : '+';
  s += std::to_string(e < 0 ? -e : e);
  return s;
}

double float_fromhex(std::string_view text) {
  const char* const invalid = "invalid hexadecimal floating-point string";
  size_t i = 0, n = text.size();
  while (i < n && is_ascii_space(text[i])) ++i;
  size_t end = n;
  while (end > i && is_ascii_space(text[end - 1])) --end;
  std::string_view body = text.substr(i, end - i);
  {
    std::string_view t = body;
    bool neg = false;
    if (!t.empty() && (t[0] == '+' || t[0] == '-')) {
      neg = t[0] == '-';
      t.remove_prefix(1);
    }
    if (ieq(t, "inf") || ieq(t, "infinity"))
      return neg ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    if (ieq(t, "nan")) return std::copysign(std::numeric_limits<double>::quiet_NaN(), neg ? -1.0 : 1.0);
  }
  size_t p = 0;
  bool negative = false;
  if (p < body.size() && (body[p] == '-' || body[p] == '+')) {
    negative = body[p] == '-';
    ++p;
  }
  if (p + 1 < body.size() && body[p] == '0' && (body[p + 1] == 'x' || body[p + 1] == 'X')) p += 2;
  auto hexval = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::vector<int> digs;
  int64_t fdigits = 0;
  while (p < body.size() && hexval(body[p]) >= 0) digs.push_back(hexval(body[p++]));
  if (p < body.size() && body[p] == '.') {
    ++p;
    while (p < body.size() && hexval(body[p]) >= 0) {
      digs.push_back(hexval(body[p++]));
      ++fdigits;
    }
  }
  if (digs.empty()) value_error(invalid);
  int64_t exp2 = 0;
  if (p < body.size() && (body[p] == 'p' || body[p] == 'P')) {
    ++p;
    bool eneg = false;
    if (p < body.size() && (body[p] == '-' || body[p] == '+')) {
      eneg = body[p] == '-';
      ++p;
    }
    if (p >= body.size() || !(body[p] >= '0' && body[p] <= '9')) value_error(invalid);
    while (p < body.size() && body[p] >= '0' && body[p] <= '9') {
      if (exp2 < 4000000000LL) exp2 = exp2 * 10 + (body[p] - '0');
      ++p;
    }
    if (eneg) exp2 = -exp2;
  }
  if (p != body.size()) value_error(invalid);

  size_t first = 0;
  while (first < digs.size() && digs[first] == 0) ++first;
  if (first == digs.size()) return negative ? -0.0 : 0.0;
  size_t take = std::min<size_t>(15, digs.size() - first);
  uint64_t mant = 0;
  for (size_t k = 0; k < take; ++k) mant = (mant << 4) | static_cast<uint64_t>(digs[first + k]);
  bool sticky = false;
  for (size_t k = first + take; k < digs.size(); ++k)
    if (digs[k]) sticky = true;
  const int64_t rest = static_cast<int64_t>(digs.size() - first - take);
  const int64_t e2 = 4 * (rest - fdigits) + exp2;  // value = mant * 2**e2 (+ sticky)
  int bitlen = 0;
  for (uint64_t t = mant; t; t >>= 1) ++bitlen;
  const int64_t top = bitlen - 1 + e2;
  const char* const too_large = "hexadecimal value too large to represent as a float";
  if (top > 1023) overflow_error(too_large);
  const int64_t lsb = std::max<int64_t>(top - 52, -1074);
  const int64_t shift = lsb - e2;
  double result;
  if (shift <= 0) {
    result = std::ldexp(static_cast<double>(mant), static_cast<int>(e2));
  } else if (shift > 61) {
    result = 0.0;
  } else {
    uint64_t q = mant >> shift;
    uint64_t rem = mant & ((uint64_t{1} << shift) - 1);
    uint64_t half = uint64_t{1} << (shift - 1);
    if (rem > half || (rem == half && (sticky || (q & 1)))) ++q;
    result = std::ldexp(static_cast<double>(q), static_cast<int>(lsb));
  }
  if (std::isinf(result)) overflow_error(too_large);
  return negative ? -result : result;
}

// ---------------------------------------------------------------------------
// round()
// ---------------------------------------------------------------------------

double round_half_even(double x) {
  double r = std::round(x);
  if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
  return r;
}

double round_double(double x, int64_t ndigits) {
  if (!std::isfinite(x)) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  const bool negative = std::signbit(x);
  const double ax = std::fabs(x);
  std::string kept;  // digits of round(|x| * 10**ndigits)
  if (ndigits >= 0) {
    Digits d = dtoa_fixed(ax, ndigits);
    // value = 0.D * 10**decpt; we want the integer D * 10**(decpt+ndigits-len).
    int64_t zeros = d.decpt + ndigits - static_cast<int64_t>(d.digits.size());
    kept = d.digits;
    if (kept != "0" && zeros > 0) kept.append(static_cast<size_t>(zeros), '0');
  } else {
    // Exact decimal expansion, then round half-even by hand.
    std::string buf(1500, '\0');
    auto r = std::to_chars(buf.data(), buf.data() + buf.size(), ax, std::chars_format::fixed, 1074);
    std::string_view s(buf.data(), static_cast<size_t>(r.ptr - buf.data()));
    size_t dot = s.find('.');
    std::string_view ip = s.substr(0, dot);
    std::string_view fp = s.substr(dot + 1);
    int64_t k = static_cast<int64_t>(ip.size()) + ndigits;  // digits to keep
    if (k < 0) {
      kept = "0";
    } else {
      kept = std::string(ip.substr(0, static_cast<size_t>(k)));
      char next = static_cast<size_t>(k) < ip.size() ? ip[static_cast<size_t>(k)] : '0';
      bool rest_nonzero = false;
      for (size_t j = static_cast<size_t>(k) + 1; j < ip.size(); ++j)
        if (ip[j] != '0') rest_nonzero = true;
      for (char c : fp)
        if (c != '0') rest_nonzero = true;
      bool last_odd = !kept.empty() && ((kept.back() - '0') & 1);
      bool up = next > '5' || (next == '5' && (rest_nonzero || last_odd));
      if (kept.empty()) kept = "0";
      if (up) {
        int j = static_cast<int>(kept.size()) - 1;
        while (j >= 0 && kept[static_cast<size_t>(j)] == '9') kept[static_cast<size_t>(j--)] = '0';
        if (j < 0)
          kept.insert(kept.begin(), '1');
        else
          ++kept[static_cast<size_t>(j)];
      }
    }
  }
  std::string text = kept + "e" + std::to_string(-ndigits);
  double v = 0;
  auto r = std::from_chars(text.data(), text.data() + text.size(), v);
  if (r.ec == std::errc::result_out_of_range) {
    // Overflow when the decimal magnitude is large; otherwise underflow.
    int64_t mag = static_cast<int64_t>(kept.size()) - ndigits;
    if (mag > 0) overflow_error("rounded value too large to represent");
    v = std::strtod(text.c_str(), nullptr);
  }
  return negative ? -v : v;
}

// ---------------------------------------------------------------------------
// Format spec parsing
// ---------------------------------------------------------------------------

FormatSpec parse_format_spec(std::string_view spec_text, std::string_view type_name, char32_t default_type,
                             char32_t default_align) {
  std::vector<char32_t> s;
  {
    size_t i = 0;
    while (i < spec_text.size()) s.push_back(decode_utf8(spec_text, i));
  }
  FormatSpec f;
  f.align = default_align;
  f.type = default_type;
  size_t pos = 0;
  const size_t end = s.size();
  bool fill_given = false, align_given = false;
  if (end - pos >= 2 && is_align(s[pos + 1])) {
    f.align = s[pos + 1];
    f.fill = s[pos];
    fill_given = align_given = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(s[pos])) {
    f.align = s[pos];
    align_given = true;
    ++pos;
  }
  if (pos < end && (s[pos] == U'+' || s[pos] == U'-' || s[pos] == U' ')) {
    f.sign = static_cast<char>(s[pos]);
    ++pos;
  }
  if (pos < end && s[pos] == U'z') {
    f.no_neg_zero = true;
    ++pos;
  }
  if (pos < end && s[pos] == U'#') {
    f.alternate = true;
    ++pos;
  }
  if (!fill_given && pos < end && s[pos] == U'0') {
    f.fill = U'0';
    f.zero_pad = true;
    if (!align_given && default_align == U'>') f.align = U'=';
    ++pos;
  }
  const char* too_many = "Too many decimal digits in format string";
  int64_t value = 0;
  size_t consumed = 0;
  if (!parse_spec_integer(s, pos, value, consumed)) value_error(too_many);
  f.width = consumed ? value : -1;
  if (pos < end && s[pos] == U',') {
    f.grouping = ',';
    ++pos;
  }
  if (pos < end && s[pos] == U'_') {
    if (f.grouping) value_error("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    ++pos;
  }
  if (pos < end && s[pos] == U',' && f.grouping == '_') value_error("Cannot specify both ',' and '_'.");
  if (pos < end && s[pos] == U'.') {
    ++pos;
    if (!parse_spec_integer(s, pos, value, consumed)) value_error(too_many);
    if (consumed == 0) value_error("Format specifier missing precision");
    f.precision = value;
  }
  if (end - pos > 1)
    value_error("Invalid format specifier '" + std::string(spec_text) + "' for object of type '" +
                std::string(type_name) + "'");
  if (end - pos == 1) f.type = s[pos];
  if (f.grouping) {
    switch (f.type) {
      case U'd':
      case U'e':
      case U'f':
      case U'g':
      case U'E':
      case U'G':
      case U'%':
      case U'F':
      case 0:
        break;
      case U'b':
      case U'o':
      case U'x':
      case U'X':
        if (f.grouping == '_') break;
        [[fallthrough]];
      default:
        value_error(std::string("Cannot specify '") + f.grouping + "' with " + quoted_code(f.type) + ".");
    }
  }
  return f;
}

// ---------------------------------------------------------------------------
// format() for float / int / str
// ---------------------------------------------------------------------------

std::string format_float(double x, const FormatSpec& spec, std::string_view type_name) {
  char32_t type = spec.type;
  switch (type) {
    case 0:
    case U'e':
    case U'E':
    case U'f':
    case U'F':
    case U'g':
    case U'G':
    case U'n':
    case U'%':
      break;
    default:
      unknown_presentation_type(type, type_name);
  }
  if (spec.precision > std::numeric_limits<int>::max()) value_error("precision too big");
  int64_t default_precision = 6;
  bool add_dot_0 = false;
  char code;
  bool upper = false;
  bool add_pct = false;
  switch (type) {
    case 0:
      add_dot_0 = true;
      code = 'r';
      default_precision = 0;
      break;
    case U'n':
    case U'g':
      code = 'g';
      break;
    case U'G':
      code = 'g';
      upper = true;
      break;
    case U'e':
      code = 'e';
      break;
    case U'E':
      code = 'e';
      upper = true;
      break;
    case U'F':
      code = 'f';
      upper = true;
      break;
    case U'%':
      code = 'f';
      x *= 100;
      add_pct = true;
      break;
    default:
      code = 'f';
      break;
  }
  int64_t precision = spec.precision;
  if (precision < 0)
    precision = default_precision;
  else if (code == 'r')
    code = 'g';
  std::string buf = double_to_string(x, code, precision, upper, add_dot_0, spec.alternate, spec.no_neg_zero);
  if (add_pct) buf += '%';
  std::string_view body = buf;
  bool negative = false;
  if (!body.empty() && body[0] == '-') {
    negative = true;
    body.remove_prefix(1);
  }
  size_t k = 0;
  while (k < body.size() && body[k] >= '0' && body[k] <= '9') ++k;
  std::string_view digits = body.substr(0, k);
  bool has_decimal = k < body.size() && body[k] == '.';
  std::string_view remainder = body.substr(has_decimal ? k + 1 : k);
  int group = 0;
  char sep = 0;
  if (type != U'n' && spec.grouping) {
    group = 3;
    sep = spec.grouping;
  }
  return render_number(spec, negative, "", digits, has_decimal, remainder, group, sep, false);
}

int int_format_base(const FormatSpec& spec, std::string_view type_name) {
  switch (spec.type) {
    case U'b':
      return 2;
    case U'o':
      return 8;
    case U'x':
    case U'X':
      return 16;
    case 0:
    case U'c':
    case U'd':
    case U'n':
    case U'e':
    case U'E':
    case U'f':
    case U'F':
    case U'g':
    case U'G':
    case U'%':
      return 10;
    default:
      unknown_presentation_type(spec.type, type_name);
  }
}

std::string format_int(const FormatSpec& spec, bool negative, std::string_view digits,
                       std::string_view type_name) {
  const char32_t type = spec.type ? spec.type : U'd';
  switch (type) {
    case U'b':
    case U'c':
    case U'd':
    case U'o':
    case U'x':
    case U'X':
    case U'n':
      break;
    case U'e':
    case U'E':
    case U'f':
    case U'F':
    case U'g':
    case U'G':
    case U'%': {
      auto v = decimal_digits_to_double(digits);
      if (!v) overflow_error("int too large to convert to float");
      return format_float(negative ? -*v : *v, spec, type_name);
    }
    default:
      unknown_presentation_type(type, type_name);
  }
  if (spec.precision != -1) value_error("Precision not allowed in integer format specifier");
  if (spec.no_neg_zero) value_error("Negative zero coercion (z) not allowed in integer format specifier");
  size_t lead = 0;
  while (lead + 1 < digits.size() && digits[lead] == '0') ++lead;
  digits.remove_prefix(lead);
  if (digits.empty()) digits = "0";
  if (type == U'c') {
    if (spec.sign) value_error("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    // PyLong_AsLong
    if (digits.size() > 19) overflow_error("Python int too large to convert to C long");
    uint64_t mag = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), mag);
    uint64_t limit = negative ? uint64_t{1} << 63 : (uint64_t{1} << 63) - 1;
    if (mag > limit) overflow_error("Python int too large to convert to C long");
    if ((negative && mag != 0) || mag > 0x10FFFF) overflow_error("%c arg not in range(0x110000)");
    std::string ch;
    append_utf8(ch, static_cast<char32_t>(mag));
    return render_number(spec, false, "", "", false, ch, 0, 0, false);
  }
  std::string_view prefix;
  if (spec.alternate) {
    if (type == U'b')
      prefix = "0b";
    else if (type == U'o')
      prefix = "0o";
    else if (type == U'x' || type == U'X')
      prefix = "0x";
  }
  std::string lower(digits);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  int group = 0;
  char sep = 0;
  if (type != U'n' && spec.grouping) {
    sep = spec.grouping;
    group = (sep == '_' && (type == U'b' || type == U'o' || type == U'x' || type == U'X')) ? 4 : 3;
  }
  return render_number(spec, negative, prefix, lower, false, "", group, sep, type == U'X');
}

std::string format_str(std::string_view utf8, const FormatSpec& spec, std::string_view type_name) {
  if (spec.type != U's' && spec.type != 0) unknown_presentation_type(spec.type, type_name);
  if (spec.sign == ' ') value_error("Space not allowed in string format specifier");
  if (spec.sign) value_error("Sign not allowed in string format specifier");
  if (spec.no_neg_zero) value_error("Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate) value_error("Alternate form (#) not allowed in string format specifier");
  if (spec.align == U'=') value_error("'=' alignment not allowed in string format specifier");
  int64_t len = static_cast<int64_t>(utf8_length(utf8));
  std::string_view text = utf8;
  if (spec.precision >= 0 && len >= spec.precision) {
    len = spec.precision;
    size_t i = 0;
    for (int64_t k = 0; k < len; ++k) decode_utf8(utf8, i);
    text = utf8.substr(0, i);
  }
  int64_t total = std::max(len, spec.width);
  int64_t lpad = 0;
  const char32_t align = spec.align ? spec.align : U'<';
  if (align == U'>')
    lpad = total - len;
  else if (align == U'^')
    lpad = (total - len) / 2;
  int64_t rpad = total - len - lpad;
  std::string out;
  append_fill(out, spec.fill, lpad);
  out += text;
  append_fill(out, spec.fill, rpad);
  return out;
}

std::string format_float_spec(double x, std::string_view spec_text) {
  return format_float(x, parse_float_format_spec(spec_text));
}

std::string int64_magnitude_digits(int64_t value, int base) {
  uint64_t mag = value < 0 ? uint64_t{0} - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  char buf[80];
  auto r = std::to_chars(buf, buf + sizeof buf, mag, base);
  return std::string(buf, r.ptr);
}

std::string format_int_spec(int64_t value, std::string_view spec_text) {
  FormatSpec spec = parse_int_format_spec(spec_text);
  int base = int_format_base(spec);
  return format_int(spec, value < 0, int64_magnitude_digits(value, base));
}

std::string format_str_spec(std::string_view utf8, std::string_view spec_text) {
  return format_str(utf8, parse_str_format_spec(spec_text));
}

// ---------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------

PercentSpec parse_percent_spec(std::string_view fmt, size_t pos) {
  PercentSpec a;
  if (pos < fmt.size() && fmt[pos] == '%') {
    a.conversion = U'%';
    a.conversion_index = utf8_length(fmt.substr(0, pos));
    a.end = pos + 1;
    return a;
  }
  if (pos < fmt.size() && fmt[pos] == '(') {
    ++pos;
    size_t keystart = pos;
    int depth = 1;
    while (depth > 0 && pos < fmt.size()) {
      if (fmt[pos] == ')')
        --depth;
      else if (fmt[pos] == '(')
        ++depth;
      ++pos;
    }
    if (depth > 0) value_error("incomplete format key");
    a.has_key = true;
    a.key = fmt.substr(keystart, pos - keystart - 1);
  }
  char32_t ch = 0;
  size_t ch_pos = pos;
  bool exhausted = false;
  auto read = [&]() -> bool {
    if (exhausted || pos >= fmt.size()) {
      exhausted = true;
      return false;
    }
    ch_pos = pos;
    ch = decode_utf8(fmt, pos);
    return true;
  };
  while (read()) {
    if (ch == U'-')
      a.left = true;
    else if (ch == U'+')
      a.plus = true;
    else if (ch == U' ')
      a.space = true;
    else if (ch == U'#')
      a.alternate = true;
    else if (ch == U'0')
      a.zero = true;
    else
      break;
  }
  if (!exhausted) {
    if (ch == U'*') {
      a.width_star = true;
      read();
    } else if (ch >= U'0' && ch <= U'9') {
      a.width = ch - U'0';
      while (read()) {
        if (ch < U'0' || ch > U'9') break;
        int dg = static_cast<int>(ch - U'0');
        if (a.width > (std::numeric_limits<int64_t>::max() - dg) / 10) value_error("width too big");
        a.width = a.width * 10 + dg;
      }
    }
  }
  if (!exhausted && ch == U'.') {
    a.precision = 0;
    if (read()) {
      if (ch == U'*') {
        a.precision_star = true;
        read();
      } else if (ch >= U'0' && ch <= U'9') {
        a.precision = ch - U'0';
        while (read()) {
          if (ch < U'0' || ch > U'9') break;
          int dg = static_cast<int>(ch - U'0');
          if (a.precision > (std::numeric_limits<int>::max() - dg) / 10) value_error("precision too big");
          a.precision = a.precision * 10 + dg;
        }
      }
    }
  }
  if (!exhausted && (ch == U'h' || ch == U'l' || ch == U'L')) read();
  if (exhausted) value_error("incomplete format");
  a.conversion = ch;
  a.conversion_index = utf8_length(fmt.substr(0, ch_pos));
  a.end = pos;
  return a;
}

void percent_check_conversion(const PercentSpec& spec) {
  switch (spec.conversion) {
    case U'd':
    case U'i':
    case U'u':
    case U'o':
    case U'x':
    case U'X':
    case U'e':
    case U'E':
    case U'f':
    case U'F':
    case U'g':
    case U'G':
    case U'c':
    case U's':
    case U'r':
    case U'a':
      return;
    default:
      break;
  }
  if (spec.conversion == U'%' && !spec.has_key && spec.width < 0 && !spec.width_star && spec.precision < 0 &&
      !spec.precision_star && !spec.left && !spec.plus && !spec.space && !spec.alternate && !spec.zero)
    return;  // plain "%%"
  char32_t c = spec.conversion;
  std::string msg = "unsupported format character '";
  msg += (c >= 31 && c <= 126) ? static_cast<char>(c) : '?';
  msg +=
      "' (0x" + hex_lower(static_cast<uint32_t>(c)) + ") at index " + std::to_string(spec.conversion_index);
  value_error(msg);
}

void percent_set_star_width(PercentSpec& spec, int64_t width) {
  if (width < 0) {
    spec.left = true;
    width = width == std::numeric_limits<int64_t>::min() ? std::numeric_limits<int64_t>::max() : -width;
  }
  spec.width = width;
  spec.width_star = false;
}

void percent_set_star_precision(PercentSpec& spec, int64_t precision) {
  spec.precision = precision < 0 ? 0 : precision;
  spec.precision_star = false;
}

namespace {

// unicode_format_arg_output.  `numeric` = arg->sign (numbers get sign/zero
// handling).
std::string percent_output(const PercentSpec& spec, bool numeric, std::string_view str) {
  const char32_t conv = spec.conversion;
  int64_t width = spec.width;
  const char32_t fill = (numeric && spec.zero) ? U'0' : U' ';
  int64_t len = static_cast<int64_t>(utf8_length(str));
  size_t pindex = 0;  // byte offset
  if (conv == U's' || conv == U'r' || conv == U'a') {
    if (spec.precision >= 0 && len > spec.precision) {
      len = spec.precision;
      size_t i = 0;
      for (int64_t k = 0; k < len; ++k) decode_utf8(str, i);
      str = str.substr(0, i);
    }
  }
  char signchar = 0;
  if (numeric) {
    char c0 = str.empty() ? 0 : str[0];
    if (c0 == '-' || c0 == '+') {
      signchar = c0;
      --len;
      ++pindex;
    } else if (spec.plus) {
      signchar = '+';
    } else if (spec.space) {
      signchar = ' ';
    }
  }
  if (width < len) width = len;
  std::string out;
  if (signchar) {
    if (fill != U' ') out += signchar;
    if (width > len) --width;
  }
  const bool alt_prefix = spec.alternate && (conv == U'x' || conv == U'X' || conv == U'o');
  if (alt_prefix) {
    if (fill != U' ') {
      out.append(str.substr(pindex, 2));
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !spec.left) {
    append_fill(out, fill, width - len);
    width = len;
  }
  if (fill == U' ') {
    if (signchar) out += signchar;
    if (alt_prefix) {
      out.append(str.substr(pindex, 2));
      pindex += 2;
    }
  }
  out.append(str.substr(pindex));
  if (width > len) append_fill(out, U' ', width - len);
  return out;
}

}  // namespace

std::string format_percent_float(double x, const PercentSpec& spec) {
  int64_t prec = spec.precision < 0 ? 6 : spec.precision;
  char code = 'f';
  bool upper = false;
  switch (spec.conversion) {
    case U'e':
      code = 'e';
      break;
    case U'E':
      code = 'e';
      upper = true;
      break;
    case U'g':
      code = 'g';
      break;
    case U'G':
      code = 'g';
      upper = true;
      break;
    case U'F':
      upper = true;
      break;
    default:
      break;
  }
  std::string s = double_to_string(x, code, prec, upper, false, spec.alternate, false);
  return percent_output(spec, true, s);
}

int percent_int_base(char32_t conversion) {
  switch (conversion) {
    case U'o':
      return 8;
    case U'x':
    case U'X':
      return 16;
    default:
      return 10;
  }
}

std::string format_percent_int(const PercentSpec& spec, bool negative, std::string_view digits) {
  const char32_t conv = spec.conversion;
  if (spec.precision > std::numeric_limits<int>::max() - 3) overflow_error("precision too large");
  size_t lead = 0;
  while (lead + 1 < digits.size() && digits[lead] == '0') ++lead;
  digits.remove_prefix(lead);
  if (digits.empty()) digits = "0";
  std::string s;
  if (negative) s += '-';
  if (spec.alternate && conv == U'o') s += "0o";
  if (spec.alternate && (conv == U'x' || conv == U'X')) s += "0x";
  if (spec.precision > static_cast<int64_t>(digits.size()))
    s.append(static_cast<size_t>(spec.precision - static_cast<int64_t>(digits.size())), '0');
  for (char c : digits) s += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (conv == U'X') s = upper_ascii(s);
  return percent_output(spec, true, s);
}

std::string format_percent_str(std::string_view utf8, const PercentSpec& spec) {
  return percent_output(spec, false, utf8);
}

std::string format_percent_char(const PercentSpec& spec, int64_t code_point) {
  if (code_point < 0 || code_point > 0x10FFFF) overflow_error("%c arg not in range(0x110000)");
  std::string s;
  append_utf8(s, static_cast<char32_t>(code_point));
  return percent_output(spec, false, s);
}

}  // namespace gilt
