#include "runtime/object.h"

#include <cstdlib>

#include "runtime/error.h"
#include "runtime/type.h"

namespace gilt {

void* allocate_object_memory(size_t size) {
  void* p = std::malloc(size);
  if (!p) raise_memory_error();
  return p;
}

void free_object_memory(void* p, size_t) { std::free(p); }

void destroy(Object* o) {
  Type* type = o->type;
  type->dealloc(o);
  // Instances of classes defined in Python keep their class alive.
  if (type->flags & kTypeHeap) decref(Value::object(type));
}

}  // namespace gilt
