// The builtins module.
#pragma once

#include "runtime/object.h"

namespace gilt {

struct InterpreterState;

Ref make_builtins_module();
// enumerate, zip, map, filter, reversed, sorted, min, max, sum, any, all, iter, next.
void add_iteration_builtins(Value module);

// The sys module for `interp` (argv, path, modules, stdout, ...).
Ref make_sys_module(InterpreterState* interp);

}  // namespace gilt

namespace gilt {

// Registers the natively implemented modules (importable by name) with `interp`.
void register_standard_modules(InterpreterState* interp);

}  // namespace gilt
