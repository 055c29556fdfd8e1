// Function objects: their attributes, binding as methods, and repr.
#include "vm/function.h"

#include <cstdio>
#include <utility>

#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/method_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "vm/interpreter.h"

namespace gilt {

Type function_type;

Ref new_function(Value code, Value globals, Value builtins) {
  auto* f = new_object<FunctionObject>(&function_type);
  Ref r = Ref::steal(f);
  auto* c = code.as<CodeObject>();
  f->code = Ref(code);
  f->globals = Ref(globals);
  f->builtins = Ref(builtins);
  f->name = new_str(c->name);
  f->qualname = new_str(c->qualname);
  f->doc = c->docstring.is_null() ? Ref(Value::none()) : c->docstring;
  Value module = dict_get_str(globals.as<DictObject>(), GILT_NAME("__name__"));
  f->module = module.is_null() ? Ref(Value::none()) : Ref(module);
  return r;
}

static Ref function_get(Value descr, Value obj, Type*) {
  if (obj.is_null()) return Ref(descr);
  return new_method(descr, obj);
}

static Ref function_repr(Value self) {
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(self.object()));
  return new_str("<function " + std::string(str_view(self.as<FunctionObject>()->qualname)) + " at " + addr + ">");
}

static Ref or_none(const Ref& r) { return r.is_null() ? Ref(Value::none()) : r; }

static Ref function_getattr(Value self, StrObject* name) {
  auto* f = self.as<FunctionObject>();
  std::string_view n = name->view();
  if (n == "__name__") return f->name;
  if (n == "__qualname__") return f->qualname;
  if (n == "__doc__") return f->doc;
  if (n == "__module__") return f->module;
  if (n == "__code__") return f->code;
  if (n == "__globals__") return f->globals;
  if (n == "__defaults__") return or_none(f->defaults);
  if (n == "__kwdefaults__") return or_none(f->kwdefaults);
  if (n == "__closure__") return or_none(f->closure);
  if (n == "__annotations__") {
    if (f->annotations.is_null()) f->annotations = new_dict();
    return f->annotations;
  }
  if (n == "__dict__") {
    if (f->dict.is_null()) f->dict = new_dict();
    return f->dict;
  }
  return generic_getattr(self, name);
}

static void function_setattr(Value self, StrObject* name, Value value) {
  auto* f = self.as<FunctionObject>();
  std::string_view n = name->view();
  auto require_str = [&] {
    if (value.is_null() || !is_str(value))
      raise_type_error("__" + std::string(n.substr(2, n.size() - 4)) + "__ must be set to a string object");
  };
  if (n == "__name__") {
    require_str();
    f->name = Ref(value);
  } else if (n == "__qualname__") {
    require_str();
    f->qualname = Ref(value);
  } else if (n == "__doc__") {
    f->doc = value.is_null() ? Ref(Value::none()) : Ref(value);
  } else if (n == "__module__") {
    f->module = value.is_null() ? Ref(Value::none()) : Ref(value);
  } else if (n == "__defaults__") {
    f->defaults = value.is_null() || value.is_none() ? Ref() : Ref(value);
  } else if (n == "__kwdefaults__") {
    f->kwdefaults = value.is_null() || value.is_none() ? Ref() : Ref(value);
  } else if (n == "__annotations__") {
    f->annotations = value.is_null() ? Ref() : Ref(value);
  } else {
    generic_setattr(self, name, value);
  }
}

static Ref* function_dict(Object* o) { return &static_cast<FunctionObject*>(o)->dict; }

static void function_traverse(Object* o, const Visitor& visit) {
  auto* f = static_cast<FunctionObject*>(o);
  for (const Ref* r : {&f->code, &f->globals, &f->builtins, &f->name, &f->qualname, &f->defaults,
                       &f->kwdefaults, &f->closure, &f->annotations, &f->doc, &f->module, &f->dict})
    visit(*r);
}

// Drops what a function can do without. Code, globals and builtins stay (a
// parked generator frame borrows them), and so does the closure (calling the
// function needs it): a cycle through them passes through a dict or a cell,
// whose clear breaks it.
static void function_clear(Object* o) {
  auto* f = static_cast<FunctionObject*>(o);
  Ref defaults = std::move(f->defaults), kwdefaults = std::move(f->kwdefaults),
      annotations = std::move(f->annotations), dict = std::move(f->dict);
  Ref doc = std::exchange(f->doc, Ref(Value::none())), module = std::exchange(f->module, Ref(Value::none()));
}

void init_function_type() {
  function_type.call = call_function;
  function_type.descr_get = function_get;
  function_type.repr = function_repr;
  function_type.getattr = function_getattr;
  function_type.setattr = function_setattr;
  function_type.instance_dict = function_dict;
  set_gc_slots(function_type, function_traverse, function_clear);
  init_static_type(function_type, "function", sizeof(FunctionObject), dealloc_object<FunctionObject>);
  function_type.flags &= ~kTypeBaseType;
}

}  // namespace gilt
