#include "vm/code.h"

#include <cstdio>

#include "runtime/error.h"
#include "runtime/int_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"

namespace gilt {

Type code_type;

Ref new_code() { return make<CodeObject>(&code_type); }

static Ref code_repr(Value self) {
  auto* c = self.as<CodeObject>();
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(c));
  return new_str("<code object " + c->name + " at " + addr + ", file \"" + c->filename + "\", line " +
                 std::to_string(c->firstlineno) + ">");
}

static Ref code_getattr(Value self, StrObject* name) {
  auto* c = self.as<CodeObject>();
  std::string_view n = name->view();
  if (n == "co_name") return new_str(c->name);
  if (n == "co_qualname") return new_str(c->qualname);
  if (n == "co_filename") return new_str(c->filename);
  if (n == "co_firstlineno") return int_from_int64(c->firstlineno);
  if (n == "co_argcount") return int_from_int64(c->argcount);
  if (n == "co_posonlyargcount") return int_from_int64(c->posonlyargcount);
  if (n == "co_kwonlyargcount") return int_from_int64(c->kwonlyargcount);
  if (n == "co_flags") return int_from_int64(c->flags);
  return generic_getattr(self, name);
}

void init_code_type() {
  code_type.repr = code_repr;
  code_type.getattr = code_getattr;
  init_static_type(code_type, "code", sizeof(CodeObject), dealloc_object<CodeObject>);
  code_type.flags &= ~kTypeBaseType;
}

}  // namespace gilt
