// Native functions and method descriptors.
#include "runtime/builtin_function.h"

#include <cstdio>
#include <vector>

#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/method_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"

namespace gilt {

Type builtin_function_type, method_descriptor_type, classmethod_descriptor_type;

Ref new_builtin_function(const char* name, NativeFn fn, Value self) {
  auto* f = new_object<BuiltinFunctionObject>(&builtin_function_type);
  f->name = name;
  f->fn = fn;
  f->self = Ref(self);
  return Ref::steal(f);
}

static Ref builtin_call(Value callable, CallArgs args) {
  auto* f = callable.as<BuiltinFunctionObject>();
  return f->fn(f->self, args);
}

static Ref builtin_repr(Value self) {
  auto* f = self.as<BuiltinFunctionObject>();
  if (f->self.is_null() || type_of(f->self) == &module_type) return new_str(std::string("<built-in function ") + f->name + ">");
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(f->self.object()));
  return new_str(std::string("<built-in method ") + f->name + " of " + type_name(f->self) + " object at " + addr + ">");
}

static Ref builtin_getattr(Value self, StrObject* name) {
  auto* f = self.as<BuiltinFunctionObject>();
  std::string_view n = name->view();
  if (n == "__name__" || n == "__qualname__") return new_str(f->name);
  if (n == "__self__") return f->self.is_null() ? Ref(Value::none()) : f->self;
  // A module's function names its module; a method names none, as in CPython.
  if (n == "__module__") {
    if (!f->self.is_null() && type_of(f->self) == &module_type) return get_attr(f->self, "__name__");
    return Ref(Value::none());
  }
  return generic_getattr(self, name);
}

// Calling an unbound descriptor: the first argument is self.
static Ref descriptor_call(Value callable, CallArgs args) {
  auto* d = callable.as<MethodDescriptorObject>();
  if (args.nargs == 0)
    raise_type_error("unbound method " + d->owner->name + "." + d->name + "() needs an argument");
  Value self = args.args[0];
  if (!type_of(self)->is_subtype_of(d->owner))
    raise_type_error("descriptor '" + std::string(d->name) + "' for '" + d->owner->name +
                     "' objects doesn't apply to a '" + type_name(self) + "' object");
  return d->fn(self, CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
}

static Ref descriptor_get(Value descr, Value obj, Type*) {
  if (obj.is_null()) return Ref(descr);
  auto* d = descr.as<MethodDescriptorObject>();
  auto* f = new_object<BuiltinFunctionObject>(&builtin_function_type);
  f->name = d->name;
  f->fn = d->fn;
  f->self = Ref(obj);
  f->owner = d->owner;
  return Ref::steal(f);
}

static Ref classmethod_descriptor_get(Value descr, Value obj, Type* owner) {
  auto* d = descr.as<MethodDescriptorObject>();
  Type* cls = owner ? owner : type_of(obj);
  return new_builtin_function(d->name, d->fn, Value::object(cls));
}

static Ref descriptor_repr(Value self) {
  auto* d = self.as<MethodDescriptorObject>();
  return new_str("<method '" + std::string(d->name) + "' of '" + d->owner->name + "' objects>");
}

static void add_descriptor(Type& type, Type* kind, const char* name, NativeFn fn) {
  auto* d = new_object<MethodDescriptorObject>(kind);
  d->name = name;
  d->fn = fn;
  d->owner = &type;
  Ref r = Ref::steal(d);
  dict_set(type.dict.as<DictObject>(), Value::object(intern(name)), r);
}

void add_method(Type& type, const char* name, NativeFn fn) { add_descriptor(type, &method_descriptor_type, name, fn); }

void add_class_method(Type& type, const char* name, NativeFn fn) {
  add_descriptor(type, &classmethod_descriptor_type, name, fn);
}

void add_static_method(Type& type, const char* name, NativeFn fn) {
  Ref f = new_builtin_function(name, fn);
  dict_set(type.dict.as<DictObject>(), Value::object(intern(name)), f);
}

// A native function bound to an object (`lst.append`) owns it. No clear, as
// in CPython: a cycle through it passes through that object.
static void builtin_traverse(Object* o, const Visitor& visit) {
  visit(static_cast<BuiltinFunctionObject*>(o)->self);
}

void init_builtin_function_types() {
  set_gc_slots(builtin_function_type, builtin_traverse, nullptr);
  builtin_function_type.call = builtin_call;
  builtin_function_type.repr = builtin_repr;
  builtin_function_type.getattr = builtin_getattr;
  init_static_type(builtin_function_type, "builtin_function_or_method", sizeof(BuiltinFunctionObject),
                   dealloc_object<BuiltinFunctionObject>);
  builtin_function_type.flags &= ~kTypeBaseType;

  method_descriptor_type.call = descriptor_call;
  method_descriptor_type.descr_get = descriptor_get;
  method_descriptor_type.repr = descriptor_repr;
  init_static_type(method_descriptor_type, "method_descriptor", sizeof(MethodDescriptorObject),
                   dealloc_object<MethodDescriptorObject>);
  classmethod_descriptor_type.descr_get = classmethod_descriptor_get;
  classmethod_descriptor_type.repr = descriptor_repr;
  init_static_type(classmethod_descriptor_type, "classmethod_descriptor", sizeof(MethodDescriptorObject),
                   dealloc_object<MethodDescriptorObject>);
}

}  // namespace gilt
