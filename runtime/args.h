// Checking and binding the arguments of native functions, with CPython's
// error messages.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "runtime/type.h"

namespace gilt {

// "f() takes no keyword arguments"
inline void check_no_kwargs(const char* fname, CallArgs args);
// The METH_O/METH_NOARGS/varargs family of messages, e.g.
//   "len() takes exactly one argument (2 given)",
//   "f() takes no arguments (1 given)",
//   "f expected at least 1 argument, got 0", "f expected at most 2 arguments, got 3".
// Also rejects keyword arguments.
inline void check_exact_args(const char* fname, CallArgs args, size_t n);  // 0 or 1: "takes no/exactly one argument"
inline void check_arg_range(const char* fname, CallArgs args, size_t min, size_t max);

// Binds positional and keyword arguments to parameter `names`, like a Python
// signature `def fname(names[0], ..., /, ...)`: the first `positional_only`
// names cannot be passed by keyword, and names after `keyword_only_from`
// (if >= 0) cannot be passed positionally. `out` receives one Value per name,
// null when not passed; fewer than `required` bound is a TypeError:
// "f() missing required argument 'x' (pos 1)", "f() got an unexpected keyword
// argument 'y'", "f() takes at most 2 arguments (3 given)", ...
inline void bind_args(const char* fname, CallArgs args, std::initializer_list<const char*> names, size_t required,
                      Value* out, size_t positional_only = 0, int keyword_only_from = -1);

// Binds like a function defined in Python,
//   def qualname(names[0], ..., names[required-1], names[required]=None, ..., *, names[kwonly_from]=None, ...)
// with a Python function's messages: "Random.randint() missing 1 required
// positional argument: 'b'", "Random.seed() takes from 1 to 3 positional
// arguments but 4 were given", "f() got an unexpected keyword argument 'c'".
// For the native methods of classes that CPython writes in Python; `self_count`
// is 1 for methods, since Python counts self among the positional arguments.
// Optional parameters that were not passed come out null.
void bind_python_args(const std::string& qualname, CallArgs args, std::initializer_list<const char*> names,
                      size_t required, Value* out, int keyword_only_from = -1, size_t self_count = 0);

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'": parameter names in messages.
std::string quoted_names(const std::vector<std::string>& names);

// ------------------------------------------------------------------ inline
// The checks pass inline; the out-of-line halves bind keywords and raise.

[[noreturn]] void raise_no_kwargs(const char* fname);
[[noreturn]] void raise_exact_args(const char* fname, CallArgs args, size_t n);
[[noreturn]] void raise_arg_range(const char* fname, CallArgs args, size_t min, size_t max);
void bind_args_general(const char* fname, CallArgs args, std::initializer_list<const char*> names, size_t required,
                       Value* out, size_t positional_only, int keyword_only_from);

inline void check_no_kwargs(const char* fname, CallArgs args) {
  if (args.nkwargs()) raise_no_kwargs(fname);
}

inline void check_exact_args(const char* fname, CallArgs args, size_t n) {
  if (args.nkwargs() || args.nargs != n) raise_exact_args(fname, args, n);
}

inline void check_arg_range(const char* fname, CallArgs args, size_t min, size_t max) {
  if (args.nkwargs() || args.nargs < min || args.nargs > max) raise_arg_range(fname, args, min, max);
}

inline void bind_args(const char* fname, CallArgs args, std::initializer_list<const char*> names, size_t required,
                      Value* out, size_t positional_only, int keyword_only_from) {
  size_t max_positional = keyword_only_from >= 0 ? static_cast<size_t>(keyword_only_from) : names.size();
  if (args.nkwargs() || args.nargs < required || args.nargs > max_positional)
    return bind_args_general(fname, args, names, required, out, positional_only, keyword_only_from);
  for (size_t i = 0; i < names.size(); i++) out[i] = i < args.nargs ? args.args[i] : Value();
}

}  // namespace gilt
