// Bound methods and the staticmethod, classmethod and property descriptors.
#include "runtime/method_object.h"

#include <cstdio>
#include <vector>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/getset_descriptor.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"

namespace gilt {

Type method_type, staticmethod_type, classmethod_type, property_type;

Ref new_method(Value func, Value self) {
  auto* m = new_object<MethodObject>(&method_type);
  m->func = Ref(func);
  m->self = Ref(self);
  return Ref::steal(m);
}

// Calls func(self, *args): self goes in front of the argument array.
Ref call_with_self(Value func, Value self, CallArgs args) {
  size_t total = args.nargs + args.nkwargs();
  Value small[8];
  std::vector<Value> big;
  Value* argv = small;
  if (total + 1 > 8) {
    big.resize(total + 1);
    argv = big.data();
  }
  argv[0] = self;
  for (size_t i = 0; i < total; i++) argv[i + 1] = args.args[i];
  return call(func, CallArgs{argv, args.nargs + 1, args.kwnames});
}

static Ref method_call(Value callable, CallArgs args) {
  auto* m = callable.as<MethodObject>();
  return call_with_self(m->func, m->self, args);
}

static Ref method_repr(Value self) {
  auto* m = self.as<MethodObject>();
  Ref qn = try_get_attr(m->func, GILT_NAME("__qualname__"));
  std::string name = qn.is_null() ? "?" : str_string(qn);
  return new_str("<bound method " + name + " of " + repr_string(m->self) + ">");
}

static Ref method_getattr(Value self, StrObject* name) {
  auto* m = self.as<MethodObject>();
  std::string_view n = name->view();
  if (n == "__self__") return m->self;
  if (n == "__func__") return m->func;
  Ref r = generic_getattr(self, name);
  if (!r.is_null()) return r;
  return try_get_attr(m->func, name);
}

static Ref method_compare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != &method_type)
    return Ref(not_implemented());
  auto* x = a.as<MethodObject>();
  auto* y = b.as<MethodObject>();
  bool eq = x->self.get().is(y->self) && equals(x->func, y->func);
  return Ref(Value::boolean(op == CompareOp::Eq ? eq : !eq));
}

static int64_t method_hash(Value self) {
  auto* m = self.as<MethodObject>();
  return hash(m->func) ^ static_cast<int64_t>(m->self.get().bits() >> 4);
}

// ------------------------------------------------------------ staticmethod / classmethod

static Ref wrapper_new(Type* type, CallArgs args) {
  check_arg_range(type->name.c_str(), args, 1, 1);
  auto* s = new_object<StaticMethodObject>(type);
  s->callable = Ref(args.args[0]);
  return Ref::steal(s);
}

static void wrapper_init(Value, CallArgs) {}

static Ref staticmethod_get(Value descr, Value, Type*) { return descr.as<StaticMethodObject>()->callable; }

static Ref classmethod_get(Value descr, Value obj, Type* owner) {
  Type* cls = owner ? owner : type_of(obj);
  return new_method(descr.as<StaticMethodObject>()->callable, Value::object(cls));
}

static Ref wrapper_getattr(Value self, StrObject* name) {
  std::string_view n = name->view();
  if (n == "__func__" || n == "__wrapped__") return self.as<StaticMethodObject>()->callable;
  Ref r = generic_getattr(self, name);
  if (!r.is_null()) return r;
  return try_get_attr(self.as<StaticMethodObject>()->callable, name);
}

static Ref staticmethod_call(Value self, CallArgs args) {
  return call(self.as<StaticMethodObject>()->callable, args);
}

// ------------------------------------------------------------ property

static Ref property_new(Type* type, CallArgs) { return make<PropertyObject>(type); }

static void property_init(Value self, CallArgs args) {
  Value a[4];
  bind_args("property", args, {"fget", "fset", "fdel", "doc"}, 0, a);
  auto* p = self.as<PropertyObject>();
  p->fget = a[0].is_null() || a[0].is_none() ? Ref() : Ref(a[0]);
  p->fset = a[1].is_null() || a[1].is_none() ? Ref() : Ref(a[1]);
  p->fdel = a[2].is_null() || a[2].is_none() ? Ref() : Ref(a[2]);
  p->doc = a[3].is_null() ? Ref() : Ref(a[3]);
}

// "property 'x' of 'C' object has no setter", or without the name when the
// property was never bound by __set_name__ (as CPython 3.11 words it).
[[noreturn]] static void raise_property_error(PropertyObject* p, Value obj, const char* missing) {
  std::string what = p->name.is_null() ? "property" : "property " + str_string(repr(p->name));
  raise(&exc::AttributeError, what + " of '" + type_of(obj)->qualname + "' object has no " + missing);
}

static Ref property_get(Value descr, Value obj, Type*) {
  if (obj.is_null()) return Ref(descr);
  auto* p = descr.as<PropertyObject>();
  if (p->fget.is_null()) raise_property_error(p, obj, "getter");
  return call(p->fget, {obj});
}

static void property_set(Value descr, Value obj, Value value) {
  auto* p = descr.as<PropertyObject>();
  if (value.is_null()) {
    if (p->fdel.is_null()) raise_property_error(p, obj, "deleter");
    call(p->fdel, {obj});
    return;
  }
  if (p->fset.is_null()) raise_property_error(p, obj, "setter");
  call(p->fset, {obj, value});
}

static Ref property_set_name(Value self, CallArgs args) {
  check_exact_args("__set_name__", args, 2);
  self.as<PropertyObject>()->name = Ref(args.args[1]);
  return Ref(Value::none());
}

static Ref property_copy(Value self, Value fget, Value fset, Value fdel) {
  auto* p = self.as<PropertyObject>();
  auto* q = new_object<PropertyObject>(type_of(self));
  q->fget = fget.is_null() ? p->fget : Ref(fget);
  q->fset = fset.is_null() ? p->fset : Ref(fset);
  q->fdel = fdel.is_null() ? p->fdel : Ref(fdel);
  q->doc = p->doc;
  q->name = p->name;
  return Ref::steal(q);
}

static Ref property_getter(Value self, CallArgs args) {
  check_exact_args("getter", args, 1);
  return property_copy(self, args.args[0], Value(), Value());
}
static Ref property_setter(Value self, CallArgs args) {
  check_exact_args("setter", args, 1);
  return property_copy(self, Value(), args.args[0], Value());
}
static Ref property_deleter(Value self, CallArgs args) {
  check_exact_args("deleter", args, 1);
  return property_copy(self, Value(), Value(), args.args[0]);
}

static Ref property_getattr(Value self, StrObject* name) {
  auto* p = self.as<PropertyObject>();
  std::string_view n = name->view();
  auto or_none = [](const Ref& r) { return r.is_null() ? Ref(Value::none()) : r; };
  if (n == "__doc__") {
    if (!p->doc.is_null()) return p->doc;
    return p->fget.is_null() ? Ref(Value::none()) : or_none(try_get_attr(p->fget, GILT_NAME("__doc__")));
  }
  return generic_getattr(self, name);
}

static Ref or_none(const Ref& r) { return r.is_null() ? Ref(Value::none()) : r; }
static Ref property_fget(Value self) { return or_none(self.as<PropertyObject>()->fget); }
static Ref property_fset(Value self) { return or_none(self.as<PropertyObject>()->fset); }
static Ref property_fdel(Value self) { return or_none(self.as<PropertyObject>()->fdel); }

// abc: a property over an abstract getter is abstract.
static Ref property_isabstract(Value self) {
  auto* p = self.as<PropertyObject>();
  Ref flag = p->fget.is_null() ? Ref() : try_get_attr(p->fget, GILT_NAME("__isabstractmethod__"));
  return flag.is_null() ? Ref(Value::false_()) : flag;
}

// types.MethodType(function, instance)
static Ref method_new(Type*, CallArgs args) {
  check_exact_args("method", args, 2);
  if (!is_callable(args.args[0])) raise_type_error("first argument must be callable");
  if (args.args[1].is_none()) raise_type_error("instance must not be None");
  return new_method(args.args[0], args.args[1]);
}

// ---------------------------------------------------------------- collector slots

// A bound method has no clear (as in CPython): a cycle through it passes
// through its function or its instance.
static void method_traverse(Object* o, const Visitor& visit) {
  auto* m = static_cast<MethodObject*>(o);
  visit(m->func);
  visit(m->self);
}

static void wrapper_traverse(Object* o, const Visitor& visit) {
  visit(static_cast<StaticMethodObject*>(o)->callable);
}
// The wrapped callable becomes None rather than null: the descriptor stays usable.
static void wrapper_clear(Object* o) { static_cast<StaticMethodObject*>(o)->callable = Ref(Value::none()); }

static void property_traverse(Object* o, const Visitor& visit) {
  auto* p = static_cast<PropertyObject*>(o);
  visit(p->fget);
  visit(p->fset);
  visit(p->fdel);
  visit(p->doc);
  visit(p->name);
}

// A property's functions may be null (unreadable, read-only), and its name.
static void property_clear(Object* o) {
  auto* p = static_cast<PropertyObject*>(o);
  Ref fget = std::move(p->fget), fset = std::move(p->fset), fdel = std::move(p->fdel),
      doc = std::move(p->doc), name = std::move(p->name);
}

void init_method_types() {
  set_gc_slots(method_type, method_traverse, nullptr);
  set_gc_slots(staticmethod_type, wrapper_traverse, wrapper_clear);
  set_gc_slots(classmethod_type, wrapper_traverse, wrapper_clear);
  set_gc_slots(property_type, property_traverse, property_clear);
  method_type.new_instance = method_new;
  method_type.call = method_call;
  method_type.repr = method_repr;
  method_type.getattr = method_getattr;
  method_type.compare = method_compare;
  method_type.hash = method_hash;
  init_static_type(method_type, "method", sizeof(MethodObject), dealloc_object<MethodObject>);
  method_type.flags &= ~kTypeBaseType;

  for (Type* t : {&staticmethod_type, &classmethod_type}) {
    t->new_instance = wrapper_new;
    t->init = wrapper_init;
    t->getattr = wrapper_getattr;
  }
  staticmethod_type.descr_get = staticmethod_get;
  staticmethod_type.call = staticmethod_call;
  classmethod_type.descr_get = classmethod_get;
  init_static_type(staticmethod_type, "staticmethod", sizeof(StaticMethodObject),
                   dealloc_object<StaticMethodObject>);
  init_static_type(classmethod_type, "classmethod", sizeof(StaticMethodObject),
                   dealloc_object<StaticMethodObject>);

  property_type.new_instance = property_new;
  property_type.init = property_init;
  property_type.descr_get = property_get;
  property_type.descr_set = property_set;
  property_type.getattr = property_getattr;
  init_static_type(property_type, "property", sizeof(PropertyObject), dealloc_object<PropertyObject>);
  add_method(property_type, "getter", property_getter);
  add_method(property_type, "setter", property_setter);
  add_method(property_type, "deleter", property_deleter);
  add_method(property_type, "__set_name__", property_set_name);
  add_member(property_type, "fget", property_fget);
  add_member(property_type, "fset", property_fset);
  add_member(property_type, "fdel", property_fdel);
  add_getset(property_type, "__isabstractmethod__", property_isabstract);
}

}  // namespace gilt
