// Substring algorithms shared by str and bytes (str is UTF-8 inside, so a
// byte-wise search finds exactly the code-point matches).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gilt {

// Appends `s` to `out` with up to `count` non-overlapping occurrences of
// `old` (not empty) replaced by `rep`, left to right. False when `old` does
// not occur (then `out` is left as it was, so the caller can return `s` itself).
inline bool replace_substrings(std::string_view s, std::string_view old, std::string_view rep, int64_t count,
                               std::string& out) {
  size_t pos = 0;
  for (int64_t n = 0; n < count; n++) {
    size_t p = s.find(old, pos);
    if (p == std::string_view::npos) break;
    out.append(s.substr(pos, p - pos));
    out += rep;
    pos = p + old.size();
  }
  if (pos == 0) return false;
  out.append(s.substr(pos));
  return true;
}

}  // namespace gilt
