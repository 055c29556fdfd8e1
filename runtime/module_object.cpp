#include "runtime/module_object.h"

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"

namespace gilt {

Type module_type;

Ref new_module(const std::string& name) {
  auto* m = new_object<ModuleObject>(&module_type);
  Ref r = Ref::steal(m);
  m->dict = new_dict();
  module_set(r, "__name__", new_str(name));
  module_set(r, "__doc__", Value::none());
  return r;
}

void module_set(Value module, const char* name, Value value) {
  dict_set(as_module(module)->dict.as<DictObject>(), Value::object(intern(name)), value);
}

static Ref module_getattr(Value self, StrObject* name) {
  auto* d = as_module(self)->dict.as<DictObject>();
  Value v = dict_get_str(d, name);
  if (!v.is_null()) return Ref(v);
  if (name->view() == "__dict__") return as_module(self)->dict;
  Ref r = generic_getattr(self, name);
  if (!r.is_null()) return r;
  Value hook = dict_get_str(d, GILT_NAME("__getattr__"));
  if (!hook.is_null()) return call(hook, {Value::object(name)});
  return Ref();
}

static void module_setattr(Value self, StrObject* name, Value value) {
  auto* d = as_module(self)->dict.as<DictObject>();
  if (value.is_null()) {
    if (!dict_del(d, Value::object(name))) raise_attribute_error(self, Value::object(name));
    return;
  }
  dict_set(d, Value::object(name), value);
}

static Ref module_repr(Value self) {
  auto* d = as_module(self)->dict.as<DictObject>();
  Value name = dict_get_str(d, GILT_NAME("__name__"));
  Value file = dict_get_str(d, GILT_NAME("__file__"));
  std::string n = name.is_null() ? "?" : repr_string(name);
  if (!file.is_null() && is_str(file)) return new_str("<module " + n + " from " + repr_string(file) + ">");
  // Made by ModuleType(name) (it has a __spec__), not a native module.
  if (!dict_get_str(d, GILT_NAME("__spec__")).is_null()) return new_str("<module " + n + ">");
  return new_str("<module " + n + " (built-in)>");
}

// types.ModuleType(name, doc=None)
static Ref module_new(Type*, CallArgs args) {
  Value a[2];
  bind_args("module", args, {"name", "doc"}, 1, a);
  if (!is_str(a[0])) raise_type_error("module.__init__() argument 'name' must be str, not " + type_name(a[0]));
  Ref m = new_module(std::string(str_view(a[0])));
  if (!a[1].is_null()) module_set(m, "__doc__", a[1]);
  module_set(m, "__package__", Value::none());
  module_set(m, "__loader__", Value::none());
  module_set(m, "__spec__", Value::none());
  return m;
}

// A module's own reference is its namespace. Clearing gives it a new empty
// one: the old dict may still be some function's globals.
static void module_traverse(Object* o, const Visitor& visit) { visit(as_module(Value::object(o))->dict); }
static void module_clear(Object* o) {
  Ref dict = std::move(static_cast<ModuleObject*>(o)->dict);
  static_cast<ModuleObject*>(o)->dict = new_dict();
}

static void module_dealloc(Object* o) {
  if (bool* alive = static_cast<ModuleObject*>(o)->alive) *alive = false;
  dealloc_object<ModuleObject>(o);
}

// module.__dir__(): the module's names, or its own __dir__() (PEP 562).
static Ref module_dir(Value self, CallArgs args) {
  check_exact_args("__dir__", args, 0);
  Value d = as_module(self)->dict;
  Value hook = dict_get_str(d.as<DictObject>(), GILT_NAME("__dir__"));
  if (!hook.is_null() && is_callable(hook)) return call(hook, {});
  return list_from_iterable(d);
}

void init_module_type() {
  set_gc_slots(module_type, module_traverse, module_clear);
  module_type.new_instance = module_new;
  module_type.getattr = module_getattr;
  module_type.setattr = module_setattr;
  module_type.repr = module_repr;
  init_static_type(module_type, "module", sizeof(ModuleObject), module_dealloc);
  add_method(module_type, "__dir__", module_dir);
}

}  // namespace gilt
