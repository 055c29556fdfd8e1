// The registry of natively implemented modules.
#include "stdlib/builtins.h"
#include "vm/interpreter_state.h"

namespace gilt {

// Each is defined in stdlib/NAME_module.cpp.
Ref make_math_module(InterpreterState* interp);

void register_standard_modules(InterpreterState* interp) {
  interp->builtin_modules["math"] = make_math_module;
}

}  // namespace gilt
