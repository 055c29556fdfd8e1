// The methods every object inherits from `object`: __class__, __dir__,
// __format__, __getstate__, __reduce__/__reduce_ex__, __sizeof__ and
// __subclasshook__ (type.cpp has the slots: __repr__, __eq__, __init__, ...).
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/container_util.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/format_value.h"
#include "runtime/getset_descriptor.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/object_methods.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

// ------------------------------------------------------------------ __class__

static Ref object_get_class(Value self) { return Ref(Value::object(type_of(self))); }

// The __slots__ a class and its Python-defined bases declare, in order: part
// of the instance layout __class__ assignment must keep.
static std::vector<std::string> declared_slots(Type* t) {
  std::vector<std::string> names;
  for (; t && (t->flags & kTypeHeap); t = t->base) {
    Value slots = dict_get_str(t->dict.as<DictObject>(), GILT_NAME("__slots__"));
    if (slots.is_null()) continue;
    if (is_str(slots)) {
      names.emplace_back(str_view(slots));
      continue;
    }
    for_each_item(slots, [&](Value name) { names.push_back(str_string(name)); });
  }
  return names;
}

// Only between classes defined in Python with the same instance layout, as
// CPython allows.
static void object_set_class(Value self, Value value) {
  if (value.is_null()) raise_type_error("can't delete __class__ attribute");
  if (!(type_of(value)->flags & kTypeTypeSubclass))
    raise_type_error("__class__ must be set to a class, not '" + type_name(value) + "' object");
  Type* old_type = type_of(self);
  auto* new_type = value.as<Type>();
  if (!(old_type->flags & kTypeHeap) || !(new_type->flags & kTypeHeap) || !self.is_object())
    raise_type_error("__class__ assignment only supported for mutable types or ModuleType subclasses");
  if (old_type->instance_size != new_type->instance_size || old_type->dealloc != new_type->dealloc ||
      old_type->instance_dict != new_type->instance_dict ||
      declared_slots(old_type) != declared_slots(new_type))
    raise_type_error("__class__ assignment: '" + new_type->name + "' object layout differs from '" +
                     old_type->name + "'");
  incref(value);
  self.object()->type = new_type;
  decref(Value::object(old_type));
}

// ------------------------------------------------------------------ __dir__

// Names as an ordered set: a dict whose keys are the names.
static void add_keys(DictObject* names, Value dict) {
  if (dict.is_null() || !is_dict(dict)) return;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(dict.as<DictObject>(), pos, k, v)) dict_set(names, k, Value::none());
}

void add_class_names(DictObject* names, Type* t) {
  add_keys(names, t->dict);
  auto* mro = t->mro.as<TupleObject>();
  for (int64_t i = 0; i < mro->size; i++) add_keys(names, mro->items()[i].as<Type>()->dict);
}

Ref dict_keys_list(DictObject* names) {
  Ref list = new_list(dict_size(names));
  int64_t pos = 0;
  Value k, v;
  while (dict_next(names, pos, k, v)) list_append(list, k);
  return list;
}

// object.__dir__(): the instance's __dict__ and everything its class has.
static Ref object_dir(Value self, CallArgs args) {
  check_exact_args("object.__dir__", args, 0);
  Ref names = new_dict();
  Ref d = try_get_attr(self, GILT_NAME("__dict__"));
  if (!d.is_null()) add_keys(names.as<DictObject>(), d);
  Ref cls = try_get_attr(self, GILT_NAME("__class__"));
  if (!cls.is_null() && (type_of(cls)->flags & kTypeTypeSubclass))
    add_class_names(names.as<DictObject>(), cls.as<Type>());
  return dict_keys_list(names.as<DictObject>());
}

// ------------------------------------------------------------------ __format__

static Ref object_format(Value self, CallArgs args) {
  check_exact_args("__format__", args, 1);
  Value spec = args.args[0];
  if (!is_str(spec)) raise_type_error("__format__() argument must be str, not " + type_name(spec));
  if (str_view(spec).empty()) return str(self);
  raise_type_error("unsupported format string passed to " + type_name(self) + ".__format__");
}

// The __format__ of int, float and str: format() with that type's rules.
Ref native_format_method(Value self, CallArgs args) {
  check_exact_args("__format__", args, 1);
  Value spec = args.args[0];
  if (!is_str(spec)) raise_type_error("__format__() argument must be str, not " + type_name(spec));
  return format_native(self, str_view(spec));
}

// ------------------------------------------------------------------ pickling

// copyreg._slotnames(cls): the slot names of cls and its bases (without
// __dict__ and __weakref__), cached as cls.__slotnames__ as CPython does.
static Ref slot_names(Type* t) {
  Value cached = dict_get_str(t->dict.as<DictObject>(), GILT_NAME("__slotnames__"));
  if (!cached.is_null()) return Ref(cached);
  Ref names = new_list();
  for (const std::string& name : declared_slots(t))
    if (name != "__dict__" && name != "__weakref__") list_append(names, new_str(name));
  if (t->flags & kTypeHeap) set_attr(Value::object(t), GILT_NAME("__slotnames__"), names);
  return names;
}

// Whether instances keep a __dict__: gilt stores slot values in the dict
// too, so a class whose every Python-defined level declares __slots__
// (without "__dict__") reports none, as in CPython.
static bool has_instance_dict(Type* t) {
  if (!t->instance_dict) return false;
  bool any_heap = false;
  for (; t && (t->flags & kTypeHeap); t = t->base) {
    any_heap = true;
    Value slots = dict_get_str(t->dict.as<DictObject>(), GILT_NAME("__slots__"));
    if (slots.is_null()) return true;
    bool has_dict = false;
    Ref names = is_str(slots) ? make_tuple({slots}) : list_from_iterable(slots);
    for_each_item(names, [&](Value n) { has_dict |= is_str(n) && str_view(n) == "__dict__"; });
    if (has_dict) return true;
  }
  return !any_heap || (t && t->instance_dict);
}

// object.__getstate__(): the instance __dict__, or None when it is empty;
// with __slots__, (dict-or-None, {slot: value}).
static Ref object_getstate_impl(Value self) {
  Type* t = type_of(self);
  Ref d = has_instance_dict(t) ? try_get_attr(self, GILT_NAME("__dict__")) : Ref();
  Ref state = !d.is_null() && is_dict(d) && dict_size(d.as<DictObject>()) ? d : Ref(Value::none());
  Ref names = slot_names(t);
  Ref slot_values = new_dict();
  for_each_item(names, [&](Value name) {
    Ref v = try_get_attr(self, intern(str_view(name)));
    if (!v.is_null()) dict_set(slot_values.as<DictObject>(), name, v);
  });
  if (dict_size(slot_values.as<DictObject>())) return make_tuple({state, slot_values});
  return state;
}

static Ref object_getstate(Value self, CallArgs args) {
  check_exact_args("object.__getstate__", args, 0);
  return object_getstate_impl(self);
}

// The state a reduce tuple carries: __getstate__(), which a class may override.
static Ref reduce_state(Value self) { return call(get_attr(self, GILT_NAME("__getstate__")), {}); }

// copyreg.__newobj__(cls, *args): cls.__new__(cls, *args).
static Ref copyreg_newobj(Value, CallArgs args) {
  if (args.nargs < 1) raise_type_error("__newobj__() missing required argument 'cls'");
  Ref new_method = get_attr(args.args[0], GILT_NAME("__new__"));
  return call(new_method, args);
}

// copyreg._reconstructor(cls, base, state).
static Ref copyreg_reconstructor(Value, CallArgs args) {
  check_exact_args("_reconstructor", args, 3);
  Value cls = args.args[0], base = args.args[1], state = args.args[2];
  if (base.is(Value::object(&object_type)))
    return call(get_attr(Value::object(&object_type), "__new__"), {cls});
  Ref obj = call(get_attr(base, "__new__"), {cls, state});
  if (!get_attr(base, "__init__").get().is(get_attr(Value::object(&object_type), "__init__").get()))
    call(get_attr(base, "__init__"), {obj, state});
  return obj;
}

static Ref newobj_function, reconstructor_function;

// Protocol 2 and later: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems).
static Ref reduce_newobj(Value self) {
  Type* t = type_of(self);
  if (!t->new_instance) raise_type_error("cannot pickle '" + t->name + "' object");
  std::vector<Value> argv{Value::object(t)};
  Ref newargs = call_method_if_present(self, GILT_NAME("__getnewargs__"), {});
  if (!newargs.is_null()) {
    if (!is_tuple(newargs))
      raise_type_error("__getnewargs__ should return a tuple, not '" + type_name(newargs) + "'");
    auto* tuple = newargs.as<TupleObject>();
    argv.insert(argv.end(), tuple->items(), tuple->items() + tuple->size);
  }
  Ref state = reduce_state(self);
  Ref listitems = is_list(self) ? get_iter(self) : Ref(Value::none());
  Ref dictitems = is_dict(self) ? get_iter(call(get_attr(self, "items"), {})) : Ref(Value::none());
  return make_tuple({newobj_function, make_tuple(argv.data(), static_cast<int64_t>(argv.size())), state,
                     listitems, dictitems});
}

// Protocols 0 and 1: copyreg._reduce_ex's (copyreg._reconstructor, (cls, base, state)[, dict]),
// where base is the first built-in class in cls's MRO.
static Ref reduce_reconstructor(Value self) {
  Type* t = type_of(self);
  Type* base = t;
  while (base && (base->flags & kTypeHeap)) base = base->base;
  if (!base) base = &object_type;
  Ref state(Value::none());
  if (base != &object_type) {
    if (base == t) raise_type_error("cannot pickle '" + t->name + "' object");
    state = call(Value::object(base), {self});
  }
  Ref args = make_tuple({Value::object(t), Value::object(base), state});
  Ref dict = reduce_state(self);
  if (dict.get().is_none() || !truthy(dict)) return make_tuple({reconstructor_function, args});
  return make_tuple({reconstructor_function, args, dict});
}

static Ref object_reduce(Value self, CallArgs args) {
  check_exact_args("object.__reduce__", args, 0);
  return reduce_reconstructor(self);
}

static Ref object_reduce_ex(Value self, CallArgs args) {
  check_exact_args("object.__reduce_ex__", args, 1);
  int64_t protocol = index_int64(args.args[0]);
  // A class's own __reduce__ wins over the default protocol.
  Value own = type_lookup(type_of(self), GILT_NAME("__reduce__"));
  Value base = dict_get_str(object_type.dict.as<DictObject>(), GILT_NAME("__reduce__"));
  if (!own.is_null() && !own.is(base)) return call(get_attr(self, GILT_NAME("__reduce__")), {});
  return protocol >= 2 ? reduce_newobj(self) : reduce_reconstructor(self);
}

// ------------------------------------------------------------------ the rest

static Ref object_sizeof(Value self, CallArgs args) {
  check_exact_args("object.__sizeof__", args, 0);
  return Ref(Value::small_int(static_cast<int64_t>(type_of(self)->instance_size)));
}

static Ref object_subclasshook(Value, CallArgs) { return Ref(not_implemented()); }

void init_object_methods() {
  add_getset(object_type, "__class__", object_get_class, object_set_class);
  add_method(object_type, "__dir__", object_dir);
  add_method(object_type, "__format__", object_format);
  add_method(object_type, "__getstate__", object_getstate);
  add_method(object_type, "__reduce__", object_reduce);
  add_method(object_type, "__reduce_ex__", object_reduce_ex);
  add_method(object_type, "__sizeof__", object_sizeof);
  add_class_method(object_type, "__subclasshook__", object_subclasshook);
  dict_set(object_type.dict.as<DictObject>(), Value::object(GILT_NAME("__doc__")),
           new_str("The base class of the class hierarchy."));
  newobj_function = new_builtin_function("__newobj__", copyreg_newobj);
  reconstructor_function = new_builtin_function("_reconstructor", copyreg_reconstructor);
}

}  // namespace gilt
