// __import__: the import statement as a function.
#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/int_object.h"
#include "runtime/module_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "stdlib/builtins.h"
#include "vm/import.h"

namespace gilt {

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
static Ref builtin_import(Value, CallArgs args) {
  Value a[5];
  bind_args("__import__", args, {"name", "globals", "locals", "fromlist", "level"}, 1, a);
  if (!is_str(a[0])) raise_type_error("__import__() argument 1 must be str, not " + type_name(a[0]));
  DictObject* globals = nullptr;
  if (!a[1].is_null() && type_of(a[1]) == &dict_type) globals = a[1].as<DictObject>();
  int64_t level = a[4].is_null() ? 0 : index_int64(a[4]);
  return import_module_level(std::string(str_view(a[0])), globals, a[3], level);
}

void add_import_builtins(Value module) {
  module_set(module, "__import__", new_builtin_function("__import__", builtin_import, module));
}

}  // namespace gilt
