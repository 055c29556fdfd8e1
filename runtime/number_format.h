// gilt: number/string formatting core (CPython 3.11 semantics).
//
// Self-contained: depends only on the C++ standard library.
//
// ERROR REPORTING
//   Every function that can fail throws gilt::FormatError (a plain struct, not
//   derived from std::exception).  `kind` says which Python exception the
//   interpreter must raise and `message` is CPython's exact message, e.g.
//     FormatError{Kind::Value,    "Format specifier missing precision"}
//     FormatError{Kind::Overflow, "%c arg not in range(0x110000)"}
//   The only exception: parse_float() returns std::nullopt on bad input (the
//   caller builds "could not convert string to float: <repr>").
//
// STRINGS
//   All text (format specs, str values, results) is UTF-8.  Widths and
//   precisions count code points.  Fill characters and presentation types are
//   stored as char32_t so any Unicode character works.
//
// INTEGERS
//   Integers may be arbitrarily large, so the caller supplies the magnitude as
//   a digit string in the base returned by int_format_base() /
//   percent_int_base() (digits 0-9a-f, either case, no sign, no prefix, "0" for
//   zero).  For float presentation types (e E f F g G %) int_format_base()
//   returns 10 and format_int() converts the decimal digits to a double itself
//   (correctly rounded, OverflowError "int too large to convert to float").
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gilt {

struct FormatError {
  enum class Kind { Value, Overflow };
  Kind kind = Kind::Value;
  std::string message;
};

// ---------------------------------------------------------------------------
// repr / parsing of floats
// ---------------------------------------------------------------------------

// repr(x) == str(x) for a Python float.
std::string float_repr(double x);

// float(text) for a str argument.  nullopt when CPython would raise
// "could not convert string to float".  Deviation: non-ASCII Unicode decimal
// digits (e.g. Arabic-Indic) are rejected; Unicode whitespace is accepted.
std::optional<double> parse_float(std::string_view text);

// float.hex() / float.fromhex().  float_fromhex throws FormatError:
//   Value    "invalid hexadecimal floating-point string"
//   Overflow "hexadecimal value too large to represent as a float"
std::string float_hex(double x);
double float_fromhex(std::string_view text);

// round(x, ndigits) for a float x (ndigits already clipped to int64 by the
// caller, like PyNumber_AsSsize_t).  Throws Overflow
// "rounded value too large to represent".
double round_double(double x, int64_t ndigits);
// round(x) with no ndigits: nearest integer, ties to even, still a double
// (caller converts it to an int; it raises for inf/nan).
double round_half_even(double x);

// ---------------------------------------------------------------------------
// format() mini-language
// ---------------------------------------------------------------------------

struct FormatSpec {
  char32_t fill = U' ';
  char32_t align = 0;        // '<' '>' '^' '='; parse_format_spec always sets it
  char sign = 0;             // '+', '-', ' ' or 0
  bool no_neg_zero = false;  // 'z' (3.11)
  bool alternate = false;    // '#'
  bool zero_pad = false;     // a '0' preceded the width (fill/align already adjusted)
  int64_t width = -1;        // -1 = none
  char grouping = 0;         // ',' or '_' or 0
  int64_t precision = -1;    // -1 = none
  char32_t type = 0;         // 0 = none (after parsing: the default type)
};

// Generic parser (CPython parse_internal_render_format_spec).  type_name is
// used in "Invalid format specifier '<spec>' for object of type '<name>'".
// default_type: 'd' for int, 0 for float, 's' for str.
// default_align: '>' for numbers, '<' for str.
FormatSpec parse_format_spec(std::string_view spec, std::string_view type_name, char32_t default_type,
                             char32_t default_align);
inline FormatSpec parse_float_format_spec(std::string_view spec, std::string_view type_name = "float") {
  return parse_format_spec(spec, type_name, 0, U'>');
}
inline FormatSpec parse_int_format_spec(std::string_view spec, std::string_view type_name = "int") {
  return parse_format_spec(spec, type_name, U'd', U'>');
}
inline FormatSpec parse_str_format_spec(std::string_view spec, std::string_view type_name = "str") {
  return parse_format_spec(spec, type_name, U's', U'<');
}

// format(x, spec) for a float.  Types: none e E f F g G n %.  type_name is
// used for "Unknown format code 'd' for object of type 'float'".
std::string format_float(double x, const FormatSpec& spec, std::string_view type_name = "float");

// Base in which the caller must render |value| for format_int():
// 2 (b), 8 (o), 16 (x X), 10 (d n c, none, and the float types).
// Throws "Unknown format code ..." for anything else.
int int_format_base(const FormatSpec& spec, std::string_view type_name = "int");

// format(v, spec) for an int.  magnitude_digits: |v| in int_format_base(spec).
// Handles 'c' (OverflowError "%c arg not in range(0x110000)"), # prefixes,
// grouping (',' and '_'; '_' groups b/o/x/X digits by 4), float types.
std::string format_int(const FormatSpec& spec, bool negative, std::string_view magnitude_digits,
                       std::string_view type_name = "int");

// format(s, spec) for a str (types 's' and none).
std::string format_str(std::string_view utf8, const FormatSpec& spec, std::string_view type_name = "str");

// Convenience: parse + format, i.e. builtin format(value, spec_text).
std::string format_float_spec(double x, std::string_view spec_text);
std::string format_int_spec(int64_t value, std::string_view spec_text);
std::string format_str_spec(std::string_view utf8, std::string_view spec_text);

// Digits of |value| in base 2, 8, 10 or 16 (lowercase).  Helper for callers
// whose ints fit in 64 bits.
std::string int64_magnitude_digits(int64_t value, int base);

// ---------------------------------------------------------------------------
// printf-style '%' formatting building blocks
// ---------------------------------------------------------------------------

struct PercentSpec {
  bool has_key = false;         // "%(key)..."
  std::string_view key;         // view into the format string
  bool left = false;            // '-'
  bool plus = false;            // '+'
  bool space = false;           // ' '
  bool alternate = false;       // '#'
  bool zero = false;            // '0'
  int64_t width = -1;           // -1 = none
  bool width_star = false;      // '*': caller fetches an int, percent_set_star_width()
  int64_t precision = -1;       // -1 = none
  bool precision_star = false;  // '.*': caller calls percent_set_star_precision()
  char32_t conversion = 0;      // d i u o x X e E f F g G c s r a, '%' for "%%"
  size_t conversion_index = 0;  // code-point index of the conversion char
  size_t end = 0;               // byte offset just past the conversion char
};

// Parse one conversion.  pos = byte offset of the character after '%'.
// "%%" yields conversion '%' (caller emits '%', consumes no argument).
// Throws "incomplete format", "incomplete format key", "width too big",
// "precision too big".  Does NOT validate the conversion char (CPython fetches
// the argument first); call percent_check_conversion() after fetching it.
PercentSpec parse_percent_spec(std::string_view fmt, size_t pos);
// Throws "unsupported format character 'q' (0x71) at index N" if needed.
void percent_check_conversion(const PercentSpec& spec);
// Apply a '*' value (negative width => left-justify; negative precision => 0).
void percent_set_star_width(PercentSpec& spec, int64_t width);
void percent_set_star_precision(PercentSpec& spec, int64_t precision);

// %e %E %f %F %g %G.
std::string format_percent_float(double x, const PercentSpec& spec);
// Base for %d %i %u (10), %o (8), %x %X (16).
int percent_int_base(char32_t conversion);
// %d %i %u %o %x %X; magnitude_digits in percent_int_base(conversion).
std::string format_percent_int(const PercentSpec& spec, bool negative, std::string_view magnitude_digits);
// %s %r %a: utf8 is the already-converted str()/repr()/ascii() text.
std::string format_percent_str(std::string_view utf8, const PercentSpec& spec);
// %c with an int argument (throws Overflow "%c arg not in range(0x110000)").
std::string format_percent_char(const PercentSpec& spec, int64_t code_point);

// UTF-8 helpers.
void append_utf8(std::string& out, char32_t cp);
size_t utf8_length(std::string_view utf8);  // number of code points

}  // namespace gilt
