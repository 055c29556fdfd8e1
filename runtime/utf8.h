// UTF-8 helpers for str, which stores its text as UTF-8.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gilt::utf8 {

inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Number of code points in valid UTF-8.
inline int64_t length(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s) n += !is_continuation(c);
  return n;
}

inline bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

// Decodes the code point starting at s[i] and advances i past it.
inline uint32_t decode(std::string_view s, size_t& i) {
  auto c = static_cast<unsigned char>(s[i++]);
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  uint32_t cp = c & (0x3F >> extra);
  while (extra-- > 0 && i < s.size()) cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  return cp;
}

inline void append(std::string& out, uint32_t cp) {
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

// Byte offset of code point `index` (0 <= index <= length).
inline size_t offset_of(std::string_view s, int64_t index) {
  size_t i = 0;
  while (index > 0 && i < s.size()) {
    i++;
    while (i < s.size() && is_continuation(static_cast<unsigned char>(s[i]))) i++;
    index--;
  }
  return i;
}

// Length in bytes of the longest valid UTF-8 prefix; == s.size() when valid.
size_t valid_prefix(std::string_view s);

}  // namespace gilt::utf8
