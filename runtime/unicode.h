// Unicode character classes and case mappings, as str's methods need them.
//
// glibc's C.UTF-8 locale supplies upper/lower case and the simple case
// mappings; tables generated from CPython 3.11's str.isalpha / isdecimal /
// isdigit / isnumeric supply letters and the numeric classes, and a few lines the
// one-to-many mappings of Unicode's SpecialCasing that programs actually meet
// ('ß'.upper() == 'SS', Greek final sigma, ligatures). isprintable is exact
// too (a table of the non-printable ranges) and is what repr() should use.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gilt::unicode {

bool is_space(uint32_t c);  // str.isspace / split(): Python's whitespace
bool is_decimal(uint32_t c);
bool is_digit(uint32_t c);
bool is_numeric(uint32_t c);
bool is_alpha(uint32_t c);
bool is_alnum(uint32_t c);
bool is_upper(uint32_t c);
bool is_lower(uint32_t c);
bool is_titlecase(uint32_t c);
bool is_cased(uint32_t c);
bool is_printable(uint32_t c);
bool is_linebreak(uint32_t c);  // the line boundaries of str.splitlines
bool is_id_start(uint32_t c);   // str.isidentifier's first character
bool is_id_continue(uint32_t c);

// Full case mappings, appended to `out` as UTF-8.
void append_upper(std::string& out, uint32_t c);
void append_title(std::string& out, uint32_t c);
// Lowercases cps[i]; its neighbours decide a Greek final sigma.
void append_lower(std::string& out, const std::u32string& cps, size_t i);
void append_casefold(std::string& out, uint32_t c);

std::u32string decode_all(std::string_view utf8);
// Byte offset of the code point that ends at byte `end` (end > 0).
size_t prev_offset(std::string_view utf8, size_t end);

}  // namespace gilt::unicode
