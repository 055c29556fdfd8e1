// `type` and `object`: the two roots of the object model, and the default
// attribute protocol every other type inherits.
#include "runtime/type.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <vector>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

Type type_type, object_type;

size_t CallArgs::nkwargs() const { return kwnames ? static_cast<size_t>(kwnames->size) : 0; }

bool Type::is_subtype_of(const Type* other) const {
  if (this == other) return true;
  if (!mro.is_null()) {  // always set, except while the first types are being built
    auto* m = mro.as<TupleObject>();
    for (int64_t i = 0; i < m->size; i++)
      if (m->items()[i].object() == other) return true;
    return false;
  }
  for (const Type* t = base; t; t = t->base)
    if (t == other) return true;
  return false;
}

static std::vector<Type*>& pending_static_types() {
  static std::vector<Type*> types;
  return types;
}

void add_slot_wrappers(Type& t);  // slot_wrappers.cpp

// Every static type, in creation order (type.__subclasses__ scans them).
std::vector<Type*>& static_types() {
  static std::vector<Type*> types;
  return types;
}

void finish_static_types() {
  std::vector<Type*> types;
  types.swap(pending_static_types());
  for (Type* t : types) {
    // As in CPython, a type inherits its base's hash unless it defines its
    // own ==; one that defines == without a hash is unhashable, and says so
    // with __hash__ = None.
    if (!t->hash && t->base && t->base->hash) {
      if (t->compare == t->base->compare)
        t->hash = t->base->hash;
      else
        dict_set(t->dict.as<DictObject>(), Value::object(GILT_NAME("__hash__")), Value::none());
    }
    add_slot_wrappers(*t);
  }
  type_modified();
}

void init_static_type(Type& t, const char* name, size_t instance_size, DeallocFn dealloc, Type* base) {
  pending_static_types().push_back(&t);
  static_types().push_back(&t);
  t.refcount = kImmortal;
  t.type = &type_type;
  t.name = name;
  t.qualname = name;
  t.base = base;
  t.instance_size = instance_size;
  t.dealloc = dealloc;
  t.flags |= kTypeBaseType;
  if (base) {
    t.flags |= base->flags & (kTypeIntSubclass | kTypeStrSubclass | kTypeExceptionSubclass | kTypeTypeSubclass);
    if (!t.getattr) t.getattr = base->getattr;
    if (!t.setattr) t.setattr = base->setattr;
    if (!t.repr) t.repr = base->repr;
    if (!t.str) t.str = base->str;
    if (!t.compare) t.compare = base->compare;
    if (!t.init) t.init = base->init;
    // A native subtype's layout extends its base's: the base's collector
    // slots see the part they know (a subtype with more references sets its own).
    if (!t.traverse) {
      t.traverse = base->traverse;
      if (!t.clear) t.clear = base->clear;
    }
    if (!t.finalize) t.finalize = base->finalize;
  }
  if (t.traverse) t.flags |= kTypeGC;
  t.dict = new_dict();
  // Each type has its own __doc__, so instances never find a base's.
  dict_set(t.dict.as<DictObject>(), Value::object(GILT_NAME("__doc__")), Value::none());
  int64_t n = 0;
  for (Type* b = base; b; b = b->base) n++;
  t.mro = new_tuple(n);
  int64_t i = 0;
  for (Type* b = base; b; b = b->base) tuple_init_item(t.mro, i++, Value::object(b));
  t.bases = base ? make_tuple({Value::object(base)}) : make_tuple({});
}

// The method cache: (type, name) -> what type_lookup found, valid while no
// class anywhere has changed (type_modified() bumps the epoch). Per thread,
// so lookups never contend.
std::atomic<uint64_t> type_epoch{1};

void type_modified() { type_epoch.fetch_add(1, std::memory_order_relaxed); }

namespace {
struct TypeCacheEntry {
  const Type* type = nullptr;
  const StrObject* name = nullptr;
  uint64_t epoch = 0;
  Value value;
};
constexpr size_t kTypeCacheSize = 4096;
thread_local TypeCacheEntry type_cache[kTypeCacheSize];
}  // namespace

static Value type_lookup_uncached(Type* type, StrObject* name) {
  Value own = dict_get_str(type->dict.as<DictObject>(), name);
  if (!own.is_null()) return own;
  auto* m = type->mro.as<TupleObject>();
  for (int64_t i = 0; i < m->size; i++) {
    auto* t = m->items()[i].as<Type>();
    Value v = dict_get_str(t->dict.as<DictObject>(), name);
    if (!v.is_null()) return v;
  }
  return Value();
}

Value type_lookup(Type* type, StrObject* name) {
  if (!name->interned) return type_lookup_uncached(type, name);
  size_t slot = ((reinterpret_cast<uintptr_t>(type) >> 4) ^ (reinterpret_cast<uintptr_t>(name) >> 3)) %
                kTypeCacheSize;
  TypeCacheEntry& e = type_cache[slot];
  uint64_t epoch = type_epoch.load(std::memory_order_relaxed);
  if (e.type == type && e.name == name && e.epoch == epoch) return e.value;
  Value v = type_lookup_uncached(type, name);
  e = TypeCacheEntry{type, name, epoch, v};
  return v;
}


Ref generic_getattr(Value obj, StrObject* name) {
  Type* t = type_of(obj);
  Value descr = type_lookup(t, name);
  Type* dt = nullptr;
  if (!descr.is_null()) {
    dt = type_of(descr);
    if (dt->descr_get && dt->descr_set) return dt->descr_get(descr, obj, t);
  }
  if (t->instance_dict && obj.is_object()) {
    Ref* d = t->instance_dict(obj.object());
    if (!d->is_null()) {
      Value v = dict_get_str(d->as<DictObject>(), name);
      if (!v.is_null()) return Ref(v);
    }
  }
  if (!descr.is_null()) {
    if (dt->descr_get) return dt->descr_get(descr, obj, t);
    return Ref(descr);
  }
  // object's own data descriptors.
  std::string_view n = name->view();
  if (n == "__class__") return Ref(Value::object(t));
  if (n == "__dict__" && t->instance_dict && obj.is_object()) {
    Ref* d = t->instance_dict(obj.object());
    if (d->is_null()) *d = new_dict();
    return *d;
  }
  return Ref();
}

void generic_setattr(Value obj, StrObject* name, Value value) {
  Type* t = type_of(obj);
  Value descr = type_lookup(t, name);
  if (!descr.is_null()) {
    Type* dt = type_of(descr);
    if (dt->descr_set) {
      dt->descr_set(descr, obj, value);
      return;
    }
  }
  if (!t->instance_dict || !obj.is_object()) {
    if (descr.is_null())
      raise(&exc::AttributeError,
            "'" + t->name + "' object has no attribute '" + std::string(name->view()) + "'");
    raise(&exc::AttributeError,
          "'" + t->name + "' object attribute '" + std::string(name->view()) + "' is read-only");
  }
  Ref* d = t->instance_dict(obj.object());
  if (value.is_null()) {
    if (d->is_null() || !dict_del(d->as<DictObject>(), Value::object(name)))
      raise_attribute_error(obj, Value::object(name));
    return;
  }
  if (d->is_null()) *d = new_dict();
  dict_set(d->as<DictObject>(), Value::object(name), value);
}

// ------------------------------------------------------------------- object

static Ref object_repr(Value self) {
  Type* t = type_of(self);
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(self.object()));
  std::string module;
  if (t->flags & kTypeHeap) {
    Value m = dict_get_str(t->dict.as<DictObject>(), GILT_NAME("__module__"));
    if (!m.is_null() && is_str(m) && str_view(m) != "builtins") module = std::string(str_view(m)) + ".";
  }
  return new_str("<" + module + t->qualname + " object at " + addr + ">");
}

static Ref object_str(Value self) {
  Type* t = type_of(self);
  return t->repr ? t->repr(self) : object_repr(self);
}

static int64_t object_hash(Value self) {
  auto h = static_cast<int64_t>(self.bits() >> 4);
  return h == -1 ? -2 : h;
}

static Ref object_compare(Value a, Value b, CompareOp op) {
  switch (op) {
    case CompareOp::Eq:
      return a.is(b) ? Ref(Value::true_()) : Ref(not_implemented());
    case CompareOp::Ne: {
      // Inverts __eq__ unless it is NotImplemented, as object.__ne__ does.
      Type* t = type_of(a);
      if (!t->compare || t->compare == object_compare) return a.is(b) ? Ref(Value::false_()) : Ref(not_implemented());
      Ref r = t->compare(a, b, CompareOp::Eq);
      if (is_not_implemented(r)) return r;
      return Ref(Value::boolean(!truthy(r)));
    }
    default:
      return Ref(not_implemented());
  }
}

// "Can't instantiate abstract class C with abstract methods f, g" (the sorted
// names of C.__abstractmethods__, which abc.ABCMeta sets).
[[noreturn]] static void raise_abstract_instantiation(Type* type) {
  std::string message = "Can't instantiate abstract class " + type->name;
  Value methods = dict_get_str(type->dict.as<DictObject>(), GILT_NAME("__abstractmethods__"));
  if (methods.is_null()) raise_type_error(message);
  std::vector<std::string> names;
  Ref it = get_iter(methods);
  for (Ref name = iter_next(it); !name.is_null(); name = iter_next(it)) names.push_back(str_string(str(name)));
  std::sort(names.begin(), names.end());
  message += names.size() == 1 ? " with abstract method " : " with abstract methods ";
  for (size_t i = 0; i < names.size(); i++) message += (i ? ", " : "") + names[i];
  raise_type_error(message);
}

static Ref object_new(Type* type, CallArgs args) {
  if ((args.nargs || args.nkwargs()) && type->init == object_type.init) {
    if (type == &object_type) raise_type_error("object() takes no arguments");
    raise_type_error(type->name + "() takes no arguments");
  }
  if (type->flags & kTypeAbstract) raise_abstract_instantiation(type);
  if (type->instance_size == sizeof(Object)) return make<Object>(type);
  return make<InstanceObject>(type);
}

static void object_init(Value self, CallArgs args) {
  Type* t = type_of(self);
  if ((args.nargs || args.nkwargs()) && t->new_instance == object_type.new_instance && t != &object_type)
    raise_type_error(t->name + ".__init__() takes exactly one argument (the instance to initialize)");
}

// ------------------------------------------------------------------- type

Ref type_mro_tuple(Type* t) {
  auto* rest = t->mro.as<TupleObject>();
  Ref result = new_tuple(rest->size + 1);
  tuple_init_item(result, 0, Ref(Value::object(t)));
  for (int64_t i = 0; i < rest->size; i++) tuple_init_item(result, i + 1, Ref(rest->items()[i]));
  return result;
}

static Ref type_repr(Value self) {
  auto* t = self.as<Type>();
  std::string module = "builtins";
  Value m = dict_get_str(t->dict.as<DictObject>(), GILT_NAME("__module__"));
  if (!m.is_null() && is_str(m)) module = std::string(str_view(m));
  if (module == "builtins") return new_str("<class '" + t->qualname + "'>");
  return new_str("<class '" + module + "." + t->qualname + "'>");
}

static Ref type_call(Value callable, CallArgs args) {
  auto* t = callable.as<Type>();
  if (t == &type_type && args.nargs == 1 && args.nkwargs() == 0) return Ref(Value::object(type_of(args.args[0])));
  if (!t->new_instance) raise_type_error("cannot create '" + t->name + "' instances");
  Ref obj = t->new_instance(t, args);
  Type* ot = type_of(obj);
  if (ot->is_subtype_of(t) && ot->init) ot->init(obj, args);
  return obj;
}

static Ref type_getattr(Value self, StrObject* name) {
  auto* t = self.as<Type>();
  Type* meta = type_of(self);
  Value meta_attr = type_lookup(meta, name);
  if (!meta_attr.is_null()) {
    Type* mt = type_of(meta_attr);
    if (mt->descr_get && mt->descr_set) return mt->descr_get(meta_attr, self, meta);
  }
  Value attr = type_lookup(t, name);
  if (!attr.is_null()) {
    Type* at = type_of(attr);
    if (at->descr_get) return at->descr_get(attr, Value(), t);
    return Ref(attr);
  }
  if (!meta_attr.is_null()) {
    Type* mt = type_of(meta_attr);
    if (mt->descr_get) return mt->descr_get(meta_attr, self, meta);
    return Ref(meta_attr);
  }
  return Ref();
}

void update_slot(Type* type, StrObject* name);  // class_object.cpp

// A data descriptor for `name` that a metaclass defined in Python provides,
// or object's __class__; null otherwise (type's own attributes are handled by
// type_setattr itself).
static Value metaclass_data_descriptor(Type* meta, StrObject* name) {
  if (name->view() == "__class__") return type_lookup(meta, name);
  auto* rest = meta->mro.as<TupleObject>();
  for (int64_t i = -1; i < rest->size; i++) {
    Type* t = i < 0 ? meta : rest->items()[i].as<Type>();
    if (!(t->flags & kTypeHeap)) break;  // type and object: type_setattr's own
    Value descr = dict_get_str(t->dict.as<DictObject>(), name);
    if (!descr.is_null()) return type_of(descr)->descr_set ? descr : Value();
  }
  return Value();
}

static void type_setattr(Value self, StrObject* name, Value value) {
  auto* t = self.as<Type>();
  if (!(t->flags & kTypeHeap))
    raise_type_error("cannot set '" + std::string(name->view()) + "' attribute of immutable type '" + t->name + "'");
  std::string_view n = name->view();
  // Data descriptors of the metaclass come first: a metaclass property's
  // setter, and object.__class__ (which refuses to change a class's type).
  if (Value descr = metaclass_data_descriptor(type_of(self), name); !descr.is_null()) {
    type_of(descr)->descr_set(descr, self, value);
    return;
  }
  if (n == "__name__" && !value.is_null() && is_str(value)) t->name = std::string(str_view(value));
  if (n == "__qualname__" && !value.is_null() && is_str(value)) t->qualname = std::string(str_view(value));
  auto* d = t->dict.as<DictObject>();
  if (n == "__abstractmethods__") {  // instantiable only while empty
    if (!value.is_null() && truthy(value)) t->flags |= kTypeAbstract;
    else t->flags &= ~kTypeAbstract;
  }
  if (value.is_null()) {
    if (!dict_del(d, Value::object(name)))
      raise(&exc::AttributeError, "type object '" + t->name + "' has no attribute '" + std::string(n) + "'");
  } else {
    dict_set(d, Value::object(name), value);
  }
  t->version++;
  type_modified();
  update_slot(t, name);
}

Ref type_new(Type* meta, CallArgs args);  // class_object.cpp
void dealloc_type(Object* o);
void type_traverse(Object* o, const Visitor& visit);
void type_clear(Object* o);

static void type_init(Value, CallArgs) {}

// object.__init_subclass__(): the end of every __init_subclass__ chain.
static Ref object_init_subclass(Value cls, CallArgs args) {
  if (args.nkwargs()) raise_type_error(cls.as<Type>()->name + ".__init_subclass__() takes no keyword arguments");
  if (args.nargs) raise_type_error(cls.as<Type>()->name + ".__init_subclass__() takes no arguments (" +
                                   std::to_string(args.nargs) + " given)");
  return Ref(Value::none());
}

void init_object_and_type() {
  object_type.getattr = generic_getattr;
  object_type.setattr = generic_setattr;
  object_type.repr = object_repr;
  object_type.str = object_str;
  object_type.hash = object_hash;
  object_type.compare = object_compare;
  object_type.new_instance = object_new;
  object_type.init = object_init;
  init_static_type(object_type, "object", sizeof(Object), dealloc_object<Object>, nullptr);
  add_class_method(object_type, "__init_subclass__", object_init_subclass);

  type_type.getattr = type_getattr;
  type_type.setattr = type_setattr;
  type_type.repr = type_repr;
  type_type.call = type_call;
  type_type.new_instance = type_new;
  type_type.init = type_init;
  type_type.hash = object_hash;
  set_gc_slots(type_type, type_traverse, type_clear);
  init_static_type(type_type, "type", sizeof(Type), dealloc_type);
  type_type.flags |= kTypeTypeSubclass;
}

void dealloc_instance(Object* o) { dealloc_object<InstanceObject>(o); }
size_t instance_object_size() { return sizeof(InstanceObject); }

}  // namespace gilt
