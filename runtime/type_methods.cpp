// The attributes and methods of `type` beyond its slots: __name__, __mro__,
// __dict__ and the other getsets, mro(), __subclasses__(), __dir__(),
// __instancecheck__/__subclasscheck__, __prepare__ and `cls | other`.
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/getset_descriptor.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/mappingproxy_object.h"
#include "runtime/object_methods.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/union_type.h"

namespace gilt {

Ref type_mro_tuple(Type* t);              // type.cpp
std::vector<Type*> all_types_snapshot();  // class_object.cpp

static Type* as_type(Value v) { return v.as<Type>(); }
static DictObject* type_dict(Value v) { return as_type(v)->dict.as<DictObject>(); }

[[noreturn]] static void raise_type_attribute(Value self, const char* name) {
  raise(&exc::AttributeError, "type object '" + as_type(self)->name + "' has no attribute '" + name + "'");
}

// ------------------------------------------------------------------ getsets

static Ref get_name(Value self) { return new_str(as_type(self)->name); }
static Ref get_qualname(Value self) { return new_str(as_type(self)->qualname); }
static Ref get_mro(Value self) { return type_mro_tuple(as_type(self)); }
static Ref get_bases(Value self) { return as_type(self)->bases; }
static Ref get_base(Value self) {
  Type* b = as_type(self)->base;
  return b ? Ref(Value::object(b)) : Ref(Value::none());
}
static Ref get_dict(Value self) { return new_mappingproxy(as_type(self)->dict); }

static Ref get_module(Value self) {
  Value m = dict_get_str(type_dict(self), GILT_NAME("__module__"));
  if (!m.is_null()) return Ref(m);
  if (as_type(self)->flags & kTypeHeap) raise(&exc::AttributeError, "__module__");
  return new_str("builtins");
}

static Ref get_doc(Value self) {
  Value d = dict_get_str(type_dict(self), GILT_NAME("__doc__"));
  if (d.is_null()) return Ref(Value::none());
  Type* dt = type_of(d);
  if (dt->descr_get) return dt->descr_get(d, Value(), as_type(self));
  return Ref(d);
}

static Ref get_abstractmethods(Value self) {
  Value v = self.is(Value::object(&type_type))
                ? Value()
                : dict_get_str(type_dict(self), GILT_NAME("__abstractmethods__"));
  if (v.is_null()) raise(&exc::AttributeError, "__abstractmethods__");
  return Ref(v);
}

static Ref get_annotations(Value self) {
  Type* t = as_type(self);
  Value v = dict_get_str(type_dict(self), GILT_NAME("__annotations__"));
  if (!v.is_null()) {
    Type* vt = type_of(v);
    return vt->descr_get ? vt->descr_get(v, Value(), t) : Ref(v);
  }
  if (!(t->flags & kTypeHeap)) raise_type_attribute(self, "__annotations__");
  // Made on first use and kept, as CPython does.
  Ref d = new_dict();
  set_attr(self, GILT_NAME("__annotations__"), d);
  return d;
}

static Ref get_text_signature(Value) { return Ref(Value::none()); }
static Ref get_basicsize(Value self) {
  return int_from_int64(static_cast<int64_t>(as_type(self)->instance_size));
}
static Ref get_itemsize(Value) { return Ref(Value::small_int(0)); }
static Ref get_dictoffset(Value self) {
  return Ref(Value::small_int(as_type(self)->instance_dict ? static_cast<int64_t>(sizeof(Object)) : 0));
}
static Ref get_weakrefoffset(Value) { return Ref(Value::small_int(0)); }

// CPython's Py_TPFLAGS_* bits that carry meaning for Python code.
static Ref get_flags(Value self) {
  Type* t = as_type(self);
  int64_t f = (1 << 12) | (1 << 19);  // READY, HAVE_VERSION_TAG
  f |= (t->flags & kTypeHeap) ? (1 << 9) : (1 << 8);
  if (t->flags & kTypeBaseType) f |= 1 << 10;
  if (t->flags & kTypeAbstract) f |= 1 << 20;
  if (t->is_subtype_of(&list_type) || t->is_subtype_of(&tuple_type)) f |= 1 << 5;  // SEQUENCE
  if (t->is_subtype_of(&dict_type)) f |= 1 << 6;                                   // MAPPING
  if (t->flags & kTypeIntSubclass) f |= 1 << 24;
  if (t->is_subtype_of(&list_type)) f |= 1 << 25;
  if (t->is_subtype_of(&tuple_type)) f |= 1 << 26;
  if (t->is_subtype_of(&bytes_type)) f |= 1 << 27;
  if (t->flags & kTypeStrSubclass) f |= 1 << 28;
  if (t->is_subtype_of(&dict_type)) f |= 1 << 29;
  if (t->flags & kTypeExceptionSubclass) f |= 1 << 30;
  if (t->flags & kTypeTypeSubclass) f |= int64_t(1) << 31;
  return int_from_int64(f);
}

// ------------------------------------------------------------------ methods

static Ref type_mro_method(Value self, CallArgs args) {
  check_exact_args("type.mro", args, 0);
  Ref mro = type_mro_tuple(as_type(self));
  auto* t = mro.as<TupleObject>();
  return make_list(t->items(), t->size);
}

// Direct subclasses still alive, oldest first.
static Ref type_subclasses(Value self, CallArgs args) {
  check_exact_args("type.__subclasses__", args, 0);
  Ref result = new_list();
  for (Type* t : all_types_snapshot()) {
    auto* bases = t->bases.as<TupleObject>();
    if (!bases) continue;
    for (int64_t i = 0; i < bases->size; i++)
      if (bases->items()[i].is(self)) {
        list_append(result, Value::object(t));
        break;
      }
  }
  return result;
}

static Ref type_dir(Value self, CallArgs args) {
  check_exact_args("type.__dir__", args, 0);
  Ref names = new_dict();
  add_class_names(names.as<DictObject>(), as_type(self));
  return dict_keys_list(names.as<DictObject>());
}

static Ref type_instancecheck(Value self, CallArgs args) {
  check_exact_args("type.__instancecheck__", args, 1);
  Value obj = args.args[0];
  if (type_of(obj)->is_subtype_of(as_type(self))) return Ref(Value::true_());
  // An object may claim a class through __class__ (as unittest.mock's do).
  Ref cls = try_get_attr(obj, GILT_NAME("__class__"));
  bool r = !cls.is_null() && (type_of(cls)->flags & kTypeTypeSubclass) &&
           cls.as<Type>()->is_subtype_of(as_type(self));
  return Ref(Value::boolean(r));
}

static Ref type_subclasscheck(Value self, CallArgs args) {
  check_exact_args("type.__subclasscheck__", args, 1);
  Value sub = args.args[0];
  if (!(type_of(sub)->flags & kTypeTypeSubclass)) raise_type_error("issubclass() arg 1 must be a class");
  return Ref(Value::boolean(as_type(sub)->is_subtype_of(as_type(self))));
}

// type.__prepare__(name, bases, **kwds): the namespace for a class body.
static Ref type_prepare(Value, CallArgs) { return new_dict(); }

static Ref type_sizeof(Value self, CallArgs args) {
  check_exact_args("type.__sizeof__", args, 0);
  return int_from_int64(static_cast<int64_t>(sizeof(Type) + as_type(self)->name.size()));
}

void init_type_methods() {
  add_getset(type_type, "__name__", get_name);
  add_getset(type_type, "__qualname__", get_qualname);
  add_getset(type_type, "__mro__", get_mro);
  add_getset(type_type, "__bases__", get_bases);
  add_getset(type_type, "__base__", get_base);
  add_getset(type_type, "__dict__", get_dict);
  add_getset(type_type, "__module__", get_module);
  add_getset(type_type, "__doc__", get_doc);
  add_getset(type_type, "__abstractmethods__", get_abstractmethods);
  add_getset(type_type, "__annotations__", get_annotations);
  add_getset(type_type, "__text_signature__", get_text_signature);
  add_member(type_type, "__basicsize__", get_basicsize);
  add_member(type_type, "__itemsize__", get_itemsize);
  add_member(type_type, "__dictoffset__", get_dictoffset);
  add_member(type_type, "__weakrefoffset__", get_weakrefoffset);
  add_member(type_type, "__flags__", get_flags);
  add_method(type_type, "mro", type_mro_method);
  add_method(type_type, "__subclasses__", type_subclasses);
  add_method(type_type, "__dir__", type_dir);
  add_method(type_type, "__instancecheck__", type_instancecheck);
  add_method(type_type, "__subclasscheck__", type_subclasscheck);
  add_method(type_type, "__sizeof__", type_sizeof);
  add_class_method(type_type, "__prepare__", type_prepare);
  type_type.binary[static_cast<int>(BinaryOp::Or)] = union_or;
}

}  // namespace gilt
