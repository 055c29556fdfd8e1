// The registry of natively implemented modules, and the bundled Python ones.
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "stdlib/builtins.h"
#include "vm/import.h"
#include "vm/interpreter_state.h"

namespace gilt {

void register_standard_modules(InterpreterState* interp) {
  // time, math, threading, ... register here as they arrive.
  interp->builtin_modules["linecache"] = make_linecache_module;
  // The modules of stdlib/lib/ come after the user's directories on sys.path,
  // as CPython's own library does.
  interp->read_bundled = read_bundled_module;
  list_append(get_attr(interp->sys, "path"), new_str(std::string(kBundledPathEntry)));
}

}  // namespace gilt
