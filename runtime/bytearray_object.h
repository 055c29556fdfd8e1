// bytearray: a mutable sequence of bytes. It shares bytes' methods
// (bytes_methods.h) and adds the list-like mutators. While a memoryview
// exports its buffer it cannot change size (BufferError), as in CPython.
#pragma once

#include <string>
#include <string_view>

#include "runtime/type.h"

namespace gilt {

struct BytearrayObject : Object {
  std::string data;
  int64_t exports = 0;  // live memoryviews of this buffer
};

Ref new_bytearray(std::string_view data);
inline std::string_view bytearray_view(Value v) { return v.as<BytearrayObject>()->data; }

void init_bytearray_type();

}  // namespace gilt
