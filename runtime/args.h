// Checking and binding the arguments of native functions, with CPython's
// error messages.
#pragma once

#include <initializer_list>

#include "runtime/type.h"

namespace gilt {

// "f() takes no keyword arguments"
void check_no_kwargs(const char* fname, CallArgs args);
// The METH_O/METH_NOARGS/varargs family of messages, e.g.
//   "len() takes exactly one argument (2 given)",
//   "f() takes no arguments (1 given)",
//   "f expected at least 1 argument, got 0", "f expected at most 2 arguments, got 3".
// Also rejects keyword arguments.
void check_exact_args(const char* fname, CallArgs args, size_t n);  // 0 or 1: "takes no/exactly one argument"
void check_arg_range(const char* fname, CallArgs args, size_t min, size_t max);

// Binds positional and keyword arguments to parameter `names`, like a Python
// signature `def fname(names[0], ..., /, ...)`: the first `positional_only`
// names cannot be passed by keyword, and names after `keyword_only_from`
// (if >= 0) cannot be passed positionally. `out` receives one Value per name,
// null when not passed; fewer than `required` bound is a TypeError:
// "f() missing required argument 'x' (pos 1)", "f() got an unexpected keyword
// argument 'y'", "f() takes at most 2 arguments (3 given)", ...
void bind_args(const char* fname, CallArgs args, std::initializer_list<const char*> names, size_t required,
               Value* out, size_t positional_only = 0, int keyword_only_from = -1);

}  // namespace gilt
