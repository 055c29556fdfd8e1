// Binding a call's arguments to a function's parameters, with CPython's
// rules and error messages (the slow path of a call: keywords, defaults,
// *args, **kwargs).
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "vm/eval_support.h"
#include "vm/function.h"

namespace gilt {

static std::string func_qualname(FunctionObject* func) { return std::string(str_view(func->qualname)); }

[[noreturn]] static void too_many_positional(FunctionObject* func, size_t given, size_t kwonly_given) {
  CodeObject* code = func->code_object();
  size_t argcount = code->argcount;
  size_t ndefaults = func->defaults.is_null() ? 0 : func->defaults.as<TupleObject>()->size;
  std::string takes;
  if (ndefaults)
    takes = "from " + std::to_string(argcount - ndefaults) + " to " + std::to_string(argcount);
  else
    takes = std::to_string(argcount);
  std::string plural = (argcount == 1 && !ndefaults) ? "" : "s";
  std::string was = given == 1 ? "was" : "were";
  std::string msg = func_qualname(func) + "() takes " + takes + " positional argument" + plural + " but " +
                    std::to_string(given);
  if (kwonly_given)
    msg += " positional argument" + std::string(given == 1 ? "" : "s") + " (and " + std::to_string(kwonly_given) +
           " keyword-only argument" + (kwonly_given == 1 ? "" : "s") + ") were given";
  else
    msg += " " + was + " given";
  raise_type_error(msg);
}

// "f() missing 2 required positional arguments: 'a' and 'b'"
[[noreturn]] static void raise_missing(FunctionObject* func, const char* kind, const std::vector<std::string>& names) {
  raise_type_error(func_qualname(func) + "() missing " + std::to_string(names.size()) + " required " + kind +
                   " argument" + (names.size() == 1 ? "" : "s") + ": " + quoted_names(names));
}

// Binds a call's arguments to the frame's parameters (CPython's rules and
// messages). `args` are borrowed.
void bind_arguments(Frame* f, const Value* args, size_t nargs, TupleObject* kwnames) {
  FunctionObject* func = f->func;
  CodeObject* code = f->code;
  Value* locals = f->localsplus();
  size_t argcount = code->argcount;
  size_t kwonly = code->kwonlyargcount;
  size_t total = argcount + kwonly;
  bool varargs = code->flags & kCodeVarargs;
  bool varkw = code->flags & kCodeVarkeywords;

  size_t n = std::min(nargs, argcount);
  for (size_t i = 0; i < n; i++) {
    incref(args[i]);
    locals[i] = args[i];
  }
  if (varargs) {
    locals[total] = make_tuple(args + n, static_cast<int64_t>(nargs - n)).release();
  }
  Value kwdict;
  if (varkw) {
    kwdict = new_dict().release();
    locals[total + (varargs ? 1 : 0)] = kwdict;
  }
  size_t nkw = kwnames ? static_cast<size_t>(kwnames->size) : 0;
  for (size_t k = 0; k < nkw; k++) {
    Value name = kwnames->items()[k];
    Value value = args[nargs + k];
    size_t i = code->posonlyargcount;
    for (; i < total; i++) {
      Value vn = code->varnames[i];
      if (vn.is(name) || str_equals(vn.as<StrObject>(), name.as<StrObject>())) break;
    }
    if (i == total) {
      if (varkw) {
        dict_set(kwdict.as<DictObject>(), name, value);
        continue;
      }
      for (size_t j = 0; j < static_cast<size_t>(code->posonlyargcount); j++)
        if (str_equals(code->varnames[j].as<StrObject>(), name.as<StrObject>()))
          raise_type_error(func_qualname(func) +
                           "() got some positional-only arguments passed as keyword arguments: '" +
                           std::string(str_view(name)) + "'");
      raise_type_error(func_qualname(func) + "() got an unexpected keyword argument '" +
                       std::string(str_view(name)) + "'");
    }
    if (!locals[i].is_null())
      raise_type_error(func_qualname(func) + "() got multiple values for argument '" + std::string(str_view(name)) +
                       "'");
    incref(value);
    locals[i] = value;
  }
  if (nargs > argcount && !varargs) {
    size_t kwonly_given = 0;
    for (size_t i = argcount; i < total; i++) kwonly_given += !locals[i].is_null();
    too_many_positional(func, nargs, kwonly_given);
  }
  if (nargs < argcount) {
    auto* defaults = func->defaults.is_null() ? nullptr : func->defaults.as<TupleObject>();
    size_t ndefaults = defaults ? defaults->size : 0;
    size_t first_default = argcount - ndefaults;
    std::vector<std::string> missing;
    for (size_t i = nargs; i < argcount; i++) {
      if (!locals[i].is_null()) continue;
      if (i >= first_default) {
        Value d = defaults->items()[i - first_default];
        incref(d);
        locals[i] = d;
      } else {
        missing.emplace_back(str_view(code->varnames[i]));
      }
    }
    if (!missing.empty()) raise_missing(func, "positional", missing);
  }
  if (kwonly) {
    std::vector<std::string> missing;
    for (size_t i = argcount; i < total; i++) {
      if (!locals[i].is_null()) continue;
      Value d;
      if (!func->kwdefaults.is_null()) d = dict_get(func->kwdefaults.as<DictObject>(), code->varnames[i]);
      if (!d.is_null()) {
        incref(d);
        locals[i] = d;
      } else {
        missing.emplace_back(str_view(code->varnames[i]));
      }
    }
    if (!missing.empty()) raise_missing(func, "keyword-only", missing);
  }
}

}  // namespace gilt
