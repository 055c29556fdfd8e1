// The registry of natively implemented modules.
#include "stdlib/builtins.h"
#include "vm/interpreter_state.h"

namespace gilt {

void register_standard_modules(InterpreterState* interp) {
  (void)interp;  // time, math, threading, ... register here as they arrive.
}

}  // namespace gilt
