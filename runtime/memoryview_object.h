// memoryview: a window on the bytes of a bytes or bytearray object, in
// gilt's one format — unsigned bytes ('B'), one dimension. It keeps the
// bytearray it views from changing size until release() (or until it dies).
#pragma once

#include <string>
#include <string_view>

#include "runtime/type.h"

namespace gilt {

struct MemoryViewObject : Object {
  Ref base;  // the bytes or bytearray viewed; null once released
  int64_t start = 0, step = 1, length = 0;
  bool readonly = true;
  std::string gathered;  // a stepped view's bytes, gathered for bytes_data()
};

// The bytes in view (ValueError after release()).
std::string_view memoryview_data(Value v);

void init_memoryview_type();

}  // namespace gilt
