// The builtins module.
#pragma once

#include <string_view>

#include "runtime/object.h"

namespace gilt {

struct InterpreterState;

Ref make_builtins_module();
// enumerate, zip, map, filter, reversed, sorted, min, max, sum, any, all, iter, next.
void add_iteration_builtins(Value module);

// __import__, compile, exec, eval.
void add_code_builtins(Value module);
// aiter, anext.
void add_async_builtins(Value module);
// exit, quit, help, copyright, credits, license, breakpoint.
void add_site_builtins(Value module);
// sys.breakpointhook (builtins_site.cpp).
Ref sys_breakpointhook(Value, struct CallArgs args);
// locals() of a frame: its namespace, or a fresh dict of a function's locals.
Ref frame_locals(struct Frame* f);

// sys._getframe (its `frame` objects are snapshots).
void add_frame_functions(Value sys_module);

// The sys module for `interp` (argv, path, modules, stdout, ...).
Ref make_sys_module(InterpreterState* interp);

}  // namespace gilt

namespace gilt {

// Registers the natively implemented modules (importable by name) with `interp`.
void register_standard_modules(InterpreterState* interp);

// linecache.getline and friends (native: it reads bundled modules too).
Ref make_linecache_module(InterpreterState* interp);

// The source of a module bundled from stdlib/lib/, by its path there
// (e.g. "functools.py"); false if there is none.
bool read_bundled_module(std::string_view path, std::string_view& source);

}  // namespace gilt
