// bytes: an immutable byte string.
#pragma once

#include <string_view>

#include "runtime/type.h"

namespace gilt {

struct BytesObject : Object {
  int64_t hash = -1;
  int64_t size = 0;
  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  char* data() { return reinterpret_cast<char*>(this + 1); }
  std::string_view view() const { return {data(), static_cast<size_t>(size)}; }
};

Ref new_bytes(std::string_view data);
inline bool is_bytes(Value v) { return v.is_object() && v.object()->type->is_subtype_of(&bytes_type); }
std::string bytes_repr(std::string_view data);

void init_bytes_type();

}  // namespace gilt
