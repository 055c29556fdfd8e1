// The registry of natively implemented modules.
#include "stdlib/builtins.h"
#include "vm/interpreter_state.h"

namespace gilt {

// Each is defined in stdlib/NAME_module.cpp.
Ref make_io_module(InterpreterState* interp);
Ref make_itertools_module(InterpreterState* interp);
Ref make_math_module(InterpreterState* interp);
Ref make_operator_module(InterpreterState* interp);
Ref make_os_module(InterpreterState* interp);
Ref make_random_module(InterpreterState* interp);
Ref make_time_module(InterpreterState* interp);

void register_standard_modules(InterpreterState* interp) {
  interp->builtin_modules["io"] = make_io_module;
  interp->builtin_modules["itertools"] = make_itertools_module;
  interp->builtin_modules["math"] = make_math_module;
  interp->builtin_modules["operator"] = make_operator_module;
  interp->builtin_modules["os"] = make_os_module;
  interp->builtin_modules["random"] = make_random_module;
  interp->builtin_modules["time"] = make_time_module;
}

}  // namespace gilt
