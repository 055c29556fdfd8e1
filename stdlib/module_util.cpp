// The out-of-line helpers of module_util.h.
#include "stdlib/module_util.h"

#include <cstdio>

#include "runtime/dict_object.h"
#include "runtime/str_object.h"
#include "vm/eval_support.h"
#include "vm/thread_state.h"

namespace gilt {

void check_interrupts() { check_eval_breaker(ThreadState::current()); }

Ref native_object_repr(Value self) {
  Type* t = type_of(self);
  Value m = dict_get_str(t->dict.as<DictObject>(), GILT_NAME("__module__"));
  std::string module =
      !m.is_null() && is_str(m) && str_view(m) != "builtins" ? std::string(str_view(m)) + "." : "";
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(self.object()));
  return new_str("<" + module + t->qualname + " object at " + addr + ">");
}

}  // namespace gilt
