// bytes, and what the binary sequence types share.
//
// bytes is immutable and stores its data inline after the header, like str;
// bytearray (bytearray_object.h) is its mutable twin, and memoryview
// (memoryview_object.h) a window on either. The three are "bytes-like":
// every method that takes binary data accepts any of them, and bytes and
// bytearray share one implementation of their methods (bytes_methods.h).
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

extern Type bytearray_type, memoryview_type;

Ref new_bytes(std::string_view data);
inline bool is_bytes(Value v) { return v.is_object() && v.object()->type->is_subtype_of(&bytes_type); }
inline bool is_bytearray(Value v) {
  return v.is_object() && v.object()->type->is_subtype_of(&bytearray_type);
}
inline bool is_memoryview(Value v) { return v.is_object() && v.object()->type == &memoryview_type; }
// bytes, bytearray or memoryview (CPython's objects with the buffer protocol).
inline bool is_bytes_like(Value v) { return is_bytes(v) || is_bytearray(v) || is_memoryview(v); }
// The data of a bytes-like object; valid until the object changes.
// A released memoryview raises ValueError.
std::string_view bytes_data(Value v);
// The data of a bytes-like argument, or TypeError "a bytes-like object is
// required, not 'str'".
std::string_view need_bytes_like(Value v);
// bytes(v) for a value that is already binary data or an iterable of ints
// (CPython's PyBytes_FromObject): TypeError "cannot convert 'str' object to bytes".
Ref bytes_from_object(Value v);
// b'...' with CPython's choice of quotes. bytearray's repr escapes single
// quotes even inside double ones (a CPython quirk, kept).
std::string bytes_repr(std::string_view data, bool escape_single_quotes = false);

void init_bytes_type();

}  // namespace gilt
