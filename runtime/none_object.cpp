// NoneType. None itself is an immediate Value (see value.h).
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/str_object.h"
#include "runtime/type.h"

namespace gilt {

Type none_type;

static Ref none_repr(Value) { return new_str("None"); }
static bool none_truthy(Value) { return false; }
static int64_t none_hash(Value) { return 0xFCA86420; }
static Ref none_new(Type*, CallArgs args) {
  if (args.nargs || args.nkwargs()) raise_type_error("NoneType takes no arguments");
  return Ref(Value::none());
}

void init_none_type() {
  none_type.repr = none_repr;
  none_type.truthy = none_truthy;
  none_type.hash = none_hash;
  none_type.new_instance = none_new;
  init_static_type(none_type, "NoneType", sizeof(Object), dealloc_object<Object>);
  none_type.flags &= ~kTypeBaseType;
}

}  // namespace gilt
