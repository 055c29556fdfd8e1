// str: immutable Unicode text.
//
// Stored as UTF-8 with the code-point length alongside, so printing and
// concatenation are byte copies. Indexing is O(1) for ASCII strings (the vast
// majority) and a scan otherwise. Identifiers and attribute names are
// interned: one immortal object per distinct name, so name lookups compare
// pointers first.
#pragma once

#include <string>
#include <string_view>

#include "runtime/type.h"

namespace gilt {

struct StrObject : Object {
  int64_t hash = -1;  // -1 until computed
  int64_t length = 0; // code points
  int64_t size = 0;   // UTF-8 bytes, not counting the trailing NUL
  bool ascii = true;
  bool interned = false;

  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  char* data() { return reinterpret_cast<char*>(this + 1); }
  std::string_view view() const { return {data(), static_cast<size_t>(size)}; }
};

// A new str from valid UTF-8.
Ref new_str(std::string_view utf8);
// The interned str for `name`: immortal, shared, never freed.
StrObject* intern(std::string_view name);
// The interned str for a string literal, looked up once per call site (a
// static local), so hot paths pay no intern-table lookup.
#define GILT_NAME(literal)                                         \
  ([]() -> ::gilt::StrObject* {                                    \
    static ::gilt::StrObject* const interned = ::gilt::intern(literal); \
    return interned;                                               \
  }())

// The one-character string for code point `cp` (cached for Latin-1).
Ref str_from_code_point(uint32_t cp);

inline bool is_str(Value v) { return v.is_object() && (v.object()->type->flags & kTypeStrSubclass); }
inline std::string_view str_view(Value v) { return v.as<StrObject>()->view(); }
int64_t str_hash_compute(StrObject* s);
inline int64_t str_hash(StrObject* s) { return s->hash != -1 ? s->hash : str_hash_compute(s); }
bool str_equals(const StrObject* a, const StrObject* b);
Ref str_concat(Value a, Value b);
// repr() of a str, with CPython's quote choice and escapes.
std::string str_repr(std::string_view utf8);

void init_str_type();

}  // namespace gilt
