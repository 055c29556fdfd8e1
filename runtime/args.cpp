// Argument checking for native functions, with CPython's messages.
#include "runtime/args.h"

#include <string>
#include <vector>

#include "runtime/error.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

static std::string plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

void raise_no_kwargs(const char* fname) { raise_type_error(std::string(fname) + "() takes no keyword arguments"); }

void raise_exact_args(const char* fname, CallArgs args, size_t n) {
  check_no_kwargs(fname, args);
  std::string given = " (" + std::to_string(args.nargs) + " given)";
  if (n == 0) raise_type_error(std::string(fname) + "() takes no arguments" + given);
  if (n == 1) raise_type_error(std::string(fname) + "() takes exactly one argument" + given);
  raise_type_error(std::string(fname) + "() takes exactly " + std::to_string(n) + " arguments" + given);
}

void raise_arg_range(const char* fname, CallArgs args, size_t min, size_t max) {
  check_no_kwargs(fname, args);
  size_t n = args.nargs;
  std::string got = ", got " + std::to_string(n);
  if (min == max) raise_type_error(std::string(fname) + " expected " + plural(min, "argument") + got);
  if (n < min) raise_type_error(std::string(fname) + " expected at least " + plural(min, "argument") + got);
  raise_type_error(std::string(fname) + " expected at most " + plural(max, "argument") + got);
}

void bind_args_general(const char* fname, CallArgs args, std::initializer_list<const char*> names, size_t required,
                       Value* out, size_t positional_only, int keyword_only_from) {
  size_t count = names.size();
  size_t max_positional = keyword_only_from >= 0 ? static_cast<size_t>(keyword_only_from) : count;
  for (size_t i = 0; i < count; i++) out[i] = Value();
  if (args.nargs > max_positional) {
    if (max_positional == 0) raise_type_error(std::string(fname) + "() takes no positional arguments");
    if (keyword_only_from >= 0)  // "positional" sets them apart from the keyword-only ones
      raise_type_error(
          std::string(fname) + "() takes " + (required == max_positional ? "exactly " : "at most ") +
          plural(max_positional, "positional argument") + " (" + std::to_string(args.nargs) + " given)");
    raise_type_error(std::string(fname) + "() takes at most " + plural(max_positional, "argument") + " (" +
                     std::to_string(args.nargs) + " given)");
  }
  for (size_t i = 0; i < args.nargs; i++) out[i] = args.args[i];
  for (size_t k = 0; k < args.nkwargs(); k++) {
    std::string_view key = str_view(args.kwnames->items()[k]);
    size_t i = 0;
    for (const char* name : names) {
      if (i >= positional_only && key == name) break;
      i++;
    }
    if (i == count) raise_type_error("'" + std::string(key) + "' is an invalid keyword argument for " + fname + "()");
    if (!out[i].is_null())
      raise_type_error("argument for " + std::string(fname) + "() given by name ('" + std::string(key) +
                       "') and position (" + std::to_string(i + 1) + ")");
    out[i] = args.kwarg(k);
  }
  size_t i = 0;
  for (const char* name : names) {
    if (i < required && out[i].is_null()) {
      if (i < positional_only || !*name)
        raise_type_error(std::string(fname) + "() takes at least " + plural(required, "positional argument") + " (" +
                         std::to_string(args.nargs) + " given)");
      raise_type_error(std::string(fname) + "() missing required argument '" + name + "' (pos " +
                       std::to_string(i + 1) + ")");
    }
    i++;
  }
}

std::string quoted_names(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); i++) {
    if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'" + names[i] + "'";
  }
  return s;
}

void bind_python_args(const std::string& qualname, CallArgs args, std::initializer_list<const char*> names,
                      size_t required, Value* out, int keyword_only_from, size_t self_count) {
  size_t count = names.size();
  size_t positional = keyword_only_from >= 0 ? static_cast<size_t>(keyword_only_from) : count;
  for (size_t i = 0; i < count; i++) out[i] = i < args.nargs && i < positional ? args.args[i] : Value();
  for (size_t k = 0; k < args.nkwargs(); k++) {
    std::string_view key = str_view(args.kwnames->items()[k]);
    size_t i = 0;
    for (const char* name : names) {
      if (key == name) break;
      i++;
    }
    if (i == count) raise_type_error(qualname + "() got an unexpected keyword argument '" + std::string(key) + "'");
    if (!out[i].is_null())
      raise_type_error(qualname + "() got multiple values for argument '" + std::string(key) + "'");
    out[i] = args.kwarg(k);
  }
  if (args.nargs > positional) {
    size_t total = positional + self_count;
    std::string takes = required < positional ? "from " + std::to_string(required + self_count) + " to " +
                                                    std::to_string(total)
                                              : std::to_string(total);
    size_t given = args.nargs + self_count;
    raise_type_error(qualname + "() takes " + takes + " positional argument" +
                     (total == 1 && required == positional ? "" : "s") + " but " + std::to_string(given) +
                     (given == 1 ? " was" : " were") + " given");
  }
  std::vector<std::string> missing;
  size_t i = 0;
  for (const char* name : names) {
    if (i < required && out[i].is_null()) missing.emplace_back(name);
    i++;
  }
  if (!missing.empty())
    raise_type_error(qualname + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                     (missing.size() == 1 ? "" : "s") + ": " + quoted_names(missing));
}

}  // namespace gilt
