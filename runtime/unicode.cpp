// Unicode character classes and case mappings for str (see unicode.h).
#include "runtime/unicode.h"

#include <locale.h>
#include <wctype.h>

#include "runtime/utf8.h"

namespace gilt {

namespace {

struct CodeRange {
  uint32_t first, last;
};

// Generated from CPython 3.11's str.isdecimal / isdigit / isnumeric: each
// table holds only what the previous one lacks (digits that are not decimal,
// numerics that are not digits).
static const CodeRange kDecimalRanges[] = {
    {0x30, 0x39}, {0x660, 0x669}, {0x6F0, 0x6F9}, {0x7C0, 0x7C9}, {0x966, 0x96F}, {0x9E6, 0x9EF},
    {0xA66, 0xA6F}, {0xAE6, 0xAEF}, {0xB66, 0xB6F}, {0xBE6, 0xBEF}, {0xC66, 0xC6F}, {0xCE6, 0xCEF},
    {0xD66, 0xD6F}, {0xDE6, 0xDEF}, {0xE50, 0xE59}, {0xED0, 0xED9}, {0xF20, 0xF29}, {0x1040, 0x1049},
    {0x1090, 0x1099}, {0x17E0, 0x17E9}, {0x1810, 0x1819}, {0x1946, 0x194F}, {0x19D0, 0x19D9}, {0x1A80, 0x1A89},
    {0x1A90, 0x1A99}, {0x1B50, 0x1B59}, {0x1BB0, 0x1BB9}, {0x1C40, 0x1C49}, {0x1C50, 0x1C59}, {0xA620, 0xA629},
    {0xA8D0, 0xA8D9}, {0xA900, 0xA909}, {0xA9D0, 0xA9D9}, {0xA9F0, 0xA9F9}, {0xAA50, 0xAA59}, {0xABF0, 0xABF9},
    {0xFF10, 0xFF19}, {0x104A0, 0x104A9}, {0x10D30, 0x10D39}, {0x11066, 0x1106F}, {0x110F0, 0x110F9}, {0x11136, 0x1113F},
    {0x111D0, 0x111D9}, {0x112F0, 0x112F9}, {0x11450, 0x11459}, {0x114D0, 0x114D9}, {0x11650, 0x11659}, {0x116C0, 0x116C9},
    {0x11730, 0x11739}, {0x118E0, 0x118E9}, {0x11950, 0x11959}, {0x11C50, 0x11C59}, {0x11D50, 0x11D59}, {0x11DA0, 0x11DA9},
    {0x16A60, 0x16A69}, {0x16AC0, 0x16AC9}, {0x16B50, 0x16B59}, {0x1D7CE, 0x1D7FF}, {0x1E140, 0x1E149}, {0x1E2F0, 0x1E2F9},
    {0x1E950, 0x1E959}, {0x1FBF0, 0x1FBF9},
};
static const CodeRange kDigitRanges[] = {
    {0xB2, 0xB3}, {0xB9, 0xB9}, {0x1369, 0x1371}, {0x19DA, 0x19DA}, {0x2070, 0x2070}, {0x2074, 0x2079},
    {0x2080, 0x2089}, {0x2460, 0x2468}, {0x2474, 0x247C}, {0x2488, 0x2490}, {0x24EA, 0x24EA}, {0x24F5, 0x24FD},
    {0x24FF, 0x24FF}, {0x2776, 0x277E}, {0x2780, 0x2788}, {0x278A, 0x2792}, {0x10A40, 0x10A43}, {0x10E60, 0x10E68},
    {0x11052, 0x1105A}, {0x1F100, 0x1F10A},
};
static const CodeRange kNumericRanges[] = {
    {0xBC, 0xBE}, {0x9F4, 0x9F9}, {0xB72, 0xB77}, {0xBF0, 0xBF2}, {0xC78, 0xC7E}, {0xD58, 0xD5E},
    {0xD70, 0xD78}, {0xF2A, 0xF33}, {0x1372, 0x137C}, {0x16EE, 0x16F0}, {0x17F0, 0x17F9}, {0x2150, 0x2182},
    {0x2185, 0x2189}, {0x2469, 0x2473}, {0x247D, 0x2487}, {0x2491, 0x249B}, {0x24EB, 0x24F4}, {0x24FE, 0x24FE},
    {0x277F, 0x277F}, {0x2789, 0x2789}, {0x2793, 0x2793}, {0x2CFD, 0x2CFD}, {0x3007, 0x3007}, {0x3021, 0x3029},
    {0x3038, 0x303A}, {0x3192, 0x3195}, {0x3220, 0x3229}, {0x3248, 0x324F}, {0x3251, 0x325F}, {0x3280, 0x3289},
    {0x32B1, 0x32BF}, {0x3405, 0x3405}, {0x3483, 0x3483}, {0x382A, 0x382A}, {0x3B4D, 0x3B4D}, {0x4E00, 0x4E00},
    {0x4E03, 0x4E03}, {0x4E07, 0x4E07}, {0x4E09, 0x4E09}, {0x4E5D, 0x4E5D}, {0x4E8C, 0x4E8C}, {0x4E94, 0x4E94},
    {0x4E96, 0x4E96}, {0x4EBF, 0x4EC0}, {0x4EDF, 0x4EDF}, {0x4EE8, 0x4EE8}, {0x4F0D, 0x4F0D}, {0x4F70, 0x4F70},
    {0x5104, 0x5104}, {0x5146, 0x5146}, {0x5169, 0x5169}, {0x516B, 0x516B}, {0x516D, 0x516D}, {0x5341, 0x5341},
    {0x5343, 0x5345}, {0x534C, 0x534C}, {0x53C1, 0x53C4}, {0x56DB, 0x56DB}, {0x58F1, 0x58F1}, {0x58F9, 0x58F9},
    {0x5E7A, 0x5E7A}, {0x5EFE, 0x5EFF}, {0x5F0C, 0x5F0E}, {0x5F10, 0x5F10}, {0x62FE, 0x62FE}, {0x634C, 0x634C},
    {0x67D2, 0x67D2}, {0x6F06, 0x6F06}, {0x7396, 0x7396}, {0x767E, 0x767E}, {0x8086, 0x8086}, {0x842C, 0x842C},
    {0x8CAE, 0x8CAE}, {0x8CB3, 0x8CB3}, {0x8D30, 0x8D30}, {0x9621, 0x9621}, {0x9646, 0x9646}, {0x964C, 0x964C},
    {0x9678, 0x9678}, {0x96F6, 0x96F6}, {0xA6E6, 0xA6EF}, {0xA830, 0xA835}, {0xF96B, 0xF96B}, {0xF973, 0xF973},
    {0xF978, 0xF978}, {0xF9B2, 0xF9B2}, {0xF9D1, 0xF9D1}, {0xF9D3, 0xF9D3}, {0xF9FD, 0xF9FD}, {0x10107, 0x10133},
    {0x10140, 0x10178}, {0x1018A, 0x1018B}, {0x102E1, 0x102FB}, {0x10320, 0x10323}, {0x10341, 0x10341}, {0x1034A, 0x1034A},
    {0x103D1, 0x103D5}, {0x10858, 0x1085F}, {0x10879, 0x1087F}, {0x108A7, 0x108AF}, {0x108FB, 0x108FF}, {0x10916, 0x1091B},
    {0x109BC, 0x109BD}, {0x109C0, 0x109CF}, {0x109D2, 0x109FF}, {0x10A44, 0x10A48}, {0x10A7D, 0x10A7E}, {0x10A9D, 0x10A9F},
    {0x10AEB, 0x10AEF}, {0x10B58, 0x10B5F}, {0x10B78, 0x10B7F}, {0x10BA9, 0x10BAF}, {0x10CFA, 0x10CFF}, {0x10E69, 0x10E7E},
    {0x10F1D, 0x10F26}, {0x10F51, 0x10F54}, {0x10FC5, 0x10FCB}, {0x1105B, 0x11065}, {0x111E1, 0x111F4}, {0x1173A, 0x1173B},
    {0x118EA, 0x118F2}, {0x11C5A, 0x11C6C}, {0x11FC0, 0x11FD4}, {0x12400, 0x1246E}, {0x16B5B, 0x16B61}, {0x16E80, 0x16E96},
    {0x1D2E0, 0x1D2F3}, {0x1D360, 0x1D378}, {0x1E8C7, 0x1E8CF}, {0x1EC71, 0x1ECAB}, {0x1ECAD, 0x1ECAF}, {0x1ECB1, 0x1ECB4},
    {0x1ED01, 0x1ED2D}, {0x1ED2F, 0x1ED3D}, {0x1F10B, 0x1F10C}, {0x20001, 0x20001}, {0x20064, 0x20064}, {0x200E2, 0x200E2},
    {0x20121, 0x20121}, {0x2092A, 0x2092A}, {0x20983, 0x20983}, {0x2098C, 0x2098C}, {0x2099C, 0x2099C}, {0x20AEA, 0x20AEA},
    {0x20AFD, 0x20AFD}, {0x20B19, 0x20B19}, {0x22390, 0x22390}, {0x22998, 0x22998}, {0x23B1B, 0x23B1B}, {0x2626D, 0x2626D},
    {0x2F890, 0x2F890},
};

template <size_t N>
bool in_ranges(const CodeRange (&table)[N], uint32_t cp) {
  size_t lo = 0, hi = N;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < table[mid].first) hi = mid;
    else if (cp > table[mid].last) lo = mid + 1;
    else return true;
  }
  return false;
}

locale_t utf8_locale() {
  static locale_t loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
  return loc;
}

}  // namespace

namespace unicode {

bool is_decimal(uint32_t c) { return c < 0x80 ? (c >= '0' && c <= '9') : in_ranges(kDecimalRanges, c); }
bool is_digit(uint32_t c) { return is_decimal(c) || (c >= 0x80 && in_ranges(kDigitRanges, c)); }
bool is_numeric(uint32_t c) { return is_digit(c) || (c >= 0x80 && in_ranges(kNumericRanges, c)); }

bool is_alpha(uint32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return iswalpha_l(static_cast<wint_t>(c), utf8_locale()) && !is_numeric(c);
}
bool is_alnum(uint32_t c) { return is_alpha(c) || is_numeric(c); }

// Letters whose case is "title" (Lt): both upper and lower to glibc, neither to Python.
bool is_titlecase(uint32_t c) {
  return c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2 || (c >= 0x1F88 && c <= 0x1F8F) ||
         (c >= 0x1F98 && c <= 0x1F9F) || (c >= 0x1FA8 && c <= 0x1FAF) || c == 0x1FBC || c == 0x1FCC ||
         c == 0x1FFC;
}
bool is_upper(uint32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return iswupper_l(static_cast<wint_t>(c), utf8_locale()) && !is_titlecase(c);
}
bool is_lower(uint32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return iswlower_l(static_cast<wint_t>(c), utf8_locale()) && !is_titlecase(c);
}
bool is_cased(uint32_t c) { return is_upper(c) || is_lower(c) || is_titlecase(c); }

// Characters a word's case ignores when deciding on a final sigma (approximate:
// apostrophes, periods, colons and combining marks).
static bool is_case_ignorable(uint32_t c) {
  return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xB7 || c == 0x2019 ||
         (c >= 0x300 && c <= 0x36F);
}

static uint32_t simple_upper(uint32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
  return static_cast<uint32_t>(towupper_l(static_cast<wint_t>(c), utf8_locale()));
}
static uint32_t simple_lower(uint32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return static_cast<uint32_t>(towlower_l(static_cast<wint_t>(c), utf8_locale()));
}

static void append_cps(std::string& out, std::initializer_list<uint32_t> cps) {
  for (uint32_t c : cps) utf8::append(out, c);
}

// The one-to-many mappings of Unicode's SpecialCasing that programs meet.
static bool special_upper(std::string& out, uint32_t c, bool title) {
  switch (c) {
    case 0xDF: out += title ? "Ss" : "SS"; return true;
    case 0x149: append_cps(out, {0x2BC, 'N'}); return true;
    case 0x1F0: append_cps(out, {'J', 0x30C}); return true;
    case 0x587: append_cps(out, {0x535, title ? 0x582u : 0x552u}); return true;
    case 0xFB00: out += title ? "Ff" : "FF"; return true;
    case 0xFB01: out += title ? "Fi" : "FI"; return true;
    case 0xFB02: out += title ? "Fl" : "FL"; return true;
    case 0xFB03: out += title ? "Ffi" : "FFI"; return true;
    case 0xFB04: out += title ? "Ffl" : "FFL"; return true;
    case 0xFB05:
    case 0xFB06: out += title ? "St" : "ST"; return true;
    default: return false;
  }
}

void append_upper(std::string& out, uint32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(simple_upper(c));
  } else if (!special_upper(out, c, false)) {
    utf8::append(out, simple_upper(c));
  }
}

void append_title(std::string& out, uint32_t c) {
  if (c >= 0x1C4 && c <= 0x1CC) {
    utf8::append(out, c <= 0x1C6 ? 0x1C5 : c <= 0x1C9 ? 0x1C8 : 0x1CB);
  } else if (c >= 0x1F1 && c <= 0x1F3) {
    utf8::append(out, 0x1F2);
  } else if (is_titlecase(c)) {
    utf8::append(out, c);
  } else if (c < 0x80 || !special_upper(out, c, true)) {
    utf8::append(out, simple_upper(c));
  }
}

// Lowercases cps[i], which needs its neighbours for Greek final sigma.
void append_lower(std::string& out, const std::u32string& cps, size_t i) {
  uint32_t c = cps[i];
  if (c == 0x130) {
    append_cps(out, {'i', 0x307});
    return;
  }
  if (c == 0x3A3) {
    size_t j = i;
    while (j > 0 && is_case_ignorable(cps[j - 1])) j--;
    bool final = j > 0 && is_cased(cps[j - 1]);
    if (final) {
      size_t k = i + 1;
      while (k < cps.size() && is_case_ignorable(cps[k])) k++;
      final = k == cps.size() || !is_cased(cps[k]);
    }
    utf8::append(out, final ? 0x3C2 : 0x3C3);
    return;
  }
  utf8::append(out, simple_lower(c));
}

void append_casefold(std::string& out, uint32_t c) {
  switch (c) {
    case 0xDF:
    case 0x1E9E: out += "ss"; return;
    case 0xB5: utf8::append(out, 0x3BC); return;
    case 0x17F: out += 's'; return;
    case 0x3C2: utf8::append(out, 0x3C3); return;
    case 0x130: append_cps(out, {'i', 0x307}); return;
    case 0x149: append_cps(out, {0x2BC, 'n'}); return;
    case 0x1F0: append_cps(out, {'j', 0x30C}); return;
    case 0xFB00: out += "ff"; return;
    case 0xFB01: out += "fi"; return;
    case 0xFB02: out += "fl"; return;
    case 0xFB03: out += "ffi"; return;
    case 0xFB04: out += "ffl"; return;
    case 0xFB05:
    case 0xFB06: out += "st"; return;
    default: utf8::append(out, simple_lower(c));
  }
}

// Printable as str.isprintable and repr() see it (the same approximation of
// Unicode's "Other" and "Separator" categories as str_object.cpp's repr).
bool is_printable(uint32_t cp) {
  if (cp < 0x20 || cp == 0x7F) return false;
  if (cp >= 0x80 && cp <= 0xA0) return false;
  if (cp == 0xAD) return false;
  if (cp >= 0x2000 && cp <= 0x200F) return false;
  if (cp >= 0x2028 && cp <= 0x202F) return false;
  if (cp >= 0x205F && cp <= 0x206F) return false;
  if (cp == 0x3000 || cp == 0xFEFF) return false;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  if (cp >= 0xE000 && cp <= 0xF8FF) return false;
  if (cp >= 0xFFF0 && cp <= 0xFFFF) return cp == 0xFFFD;
  if (cp >= 0xE0000) return false;
  return true;
}

bool is_linebreak(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E ||
         c == 0x85 || c == 0x2028 || c == 0x2029;
}

std::u32string decode_all(std::string_view s) {
  std::u32string cps;
  cps.reserve(s.size());
  for (size_t i = 0; i < s.size();) cps += utf8::decode(s, i);
  return cps;
}

// Byte offset of the code point that ends at byte `end` (end > 0).
size_t prev_offset(std::string_view s, size_t end) {
  size_t i = end - 1;
  while (i > 0 && utf8::is_continuation(static_cast<unsigned char>(s[i]))) i--;
  return i;
}

bool is_space(uint32_t c) {
  if (c < 0x80) return (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x20);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

}  // namespace unicode
}  // namespace gilt
