// The registry of natively implemented modules, and the bundled Python ones.
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "stdlib/builtins.h"
#include "vm/import.h"
#include "vm/interpreter_state.h"

namespace gilt {

// Each is defined in stdlib/NAME_module.cpp (_collections in deque_object.cpp).
Ref make_collections_module(InterpreterState* interp);
Ref make_gc_module(InterpreterState* interp);
Ref make_io_module(InterpreterState* interp);
Ref make_itertools_module(InterpreterState* interp);
Ref make_math_module(InterpreterState* interp);
Ref make_operator_module(InterpreterState* interp);
Ref make_os_module(InterpreterState* interp);
Ref make_random_module(InterpreterState* interp);
Ref make_socket_module(InterpreterState* interp);
Ref make_thread_module(InterpreterState* interp);
Ref make_time_module(InterpreterState* interp);
Ref make_traceback_module(InterpreterState* interp);

void register_standard_modules(InterpreterState* interp) {
  interp->builtin_modules["linecache"] = make_linecache_module;
  // The modules of stdlib/lib/ come after the user's directories on sys.path,
  // as CPython's own library does.
  interp->read_bundled = read_bundled_module;
  list_append(get_attr(interp->sys, "path"), new_str(std::string(kBundledPathEntry)));
  interp->builtin_modules["gc"] = make_gc_module;
  interp->builtin_modules["io"] = make_io_module;
  interp->builtin_modules["itertools"] = make_itertools_module;
  interp->builtin_modules["math"] = make_math_module;
  interp->builtin_modules["operator"] = make_operator_module;
  interp->builtin_modules["os"] = make_os_module;
  interp->builtin_modules["random"] = make_random_module;
  interp->builtin_modules["socket"] = make_socket_module;
  interp->builtin_modules["time"] = make_time_module;
  interp->builtin_modules["_thread"] = make_thread_module;
  interp->builtin_modules["_traceback"] = make_traceback_module;
  interp->builtin_modules["_collections"] = make_collections_module;
}

}  // namespace gilt
