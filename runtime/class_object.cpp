// Classes defined in Python: creating them (the `class` statement and
// three-argument type()), their MRO, and the generic slots that route the
// interpreter's operations to special methods such as __add__ or __len__.
#include <algorithm>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "runtime/args.h"
#include "runtime/class_object.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/getset_descriptor.h"
#include "runtime/int_object.h"
#include "runtime/method_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/special_names.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

void dealloc_instance(Object* o);  // type.cpp
size_t instance_object_size();
Ref type_mro_tuple(Type* t);

// ------------------------------------------------------- calling special methods

// Calls the special method `descr` (found on type(self)) with self first.
// Plain functions are called unbound, which saves creating a bound method.
static Ref call_special(Value self, Value descr, std::initializer_list<Value> args) {
  Type* dt = type_of(descr);
  Value argv[4];
  size_t n = 0;
  if (dt == &function_type || !dt->descr_get) {
    argv[n++] = self;
    for (Value a : args) argv[n++] = a;
    return call(descr, CallArgs{argv, n, nullptr});
  }
  Ref bound = dt->descr_get(descr, self, type_of(self));
  for (Value a : args) argv[n++] = a;
  return call(bound, CallArgs{argv, n, nullptr});
}

Ref call_method_if_present(Value self, StrObject* name, std::initializer_list<Value> args) {
  Value descr = type_lookup(type_of(self), name);
  if (descr.is_null()) return Ref();
  return call_special(self, descr, args);
}

static Ref call_dunder(Value self, StrObject* name, std::initializer_list<Value> args) {
  Value descr = type_lookup(type_of(self), name);
  if (descr.is_null()) return Ref(not_implemented());
  return call_special(self, descr, args);
}

// ------------------------------------------------------- generic slots

static Ref slot_repr(Value self) {
  Ref r = call_dunder(self, GILT_NAME("__repr__"), {});
  if (!is_str(r)) raise_type_error("__repr__ returned non-string (type " + type_name(r) + ")");
  return r;
}

static Ref slot_str(Value self) {
  Ref r = call_dunder(self, GILT_NAME("__str__"), {});
  if (!is_str(r)) raise_type_error("__str__ returned non-string (type " + type_name(r) + ")");
  return r;
}

static int64_t slot_hash(Value self) {
  Ref r = call_dunder(self, GILT_NAME("__hash__"), {});
  if (!is_int(r)) raise_type_error("__hash__ method should return an integer");
  if (r.get().is_small_int()) {
    int64_t h = r.get().small_int();
    return h == -1 ? -2 : h;
  }
  if (r.get().is_bool()) return r.get().is_true() ? 1 : 0;
  // Like CPython: a result that fits a machine word is the hash itself.
  if (int64_t h; int_to_int64(r, h)) return h == -1 ? -2 : h;
  return int_to_bigint(r).hash();
}

static const char* compare_dunder(CompareOp op) {
  static const char* names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  return names[static_cast<int>(op)];
}

static StrObject* compare_dunder_name(CompareOp op) {
  static StrObject* const names[] = {intern("__lt__"), intern("__le__"), intern("__eq__"),
                                     intern("__ne__"), intern("__gt__"), intern("__ge__")};
  return names[static_cast<int>(op)];
}

static Ref slot_compare(Value a, Value b, CompareOp op) {
  Value descr = type_lookup(type_of(a), compare_dunder_name(op));
  if (descr.is_null()) return Ref(not_implemented());
  return call_special(a, descr, {b});
}

static bool slot_truthy(Value self) {
  Value descr = type_lookup(type_of(self), GILT_NAME("__bool__"));
  if (!descr.is_null()) {
    Ref r = call_special(self, descr, {});
    if (!r.get().is_bool()) raise_type_error("__bool__ should return bool, returned " + type_name(r));
    return r.get().is_true();
  }
  descr = type_lookup(type_of(self), GILT_NAME("__len__"));
  if (!descr.is_null()) return length(self) != 0;
  return true;
}

static int64_t slot_len(Value self) {
  Ref r = call_dunder(self, GILT_NAME("__len__"), {});
  if (!is_int(r)) raise_type_error("'" + type_name(r) + "' object cannot be interpreted as an integer");
  int64_t n;
  if (!int_to_int64(r, n)) raise_overflow_error("cannot fit 'int' into an index-sized integer");
  if (n < 0) raise_value_error("__len__() should return >= 0");
  return n;
}

// A Python __getattribute__ replaces the whole lookup; when it raises
// AttributeError, __getattr__ (if any) gets its chance, as in CPython.
static Ref slot_getattribute(Value self, StrObject* name) {
  Type* t = type_of(self);
  Value getattribute = type_lookup(t, GILT_NAME("__getattribute__"));
  try {
    return call_special(self, getattribute, {Value::object(name)});
  } catch (PyException& e) {
    Value hook = type_lookup(t, GILT_NAME("__getattr__"));
    if (hook.is_null() || !type_of(e.exception)->is_subtype_of(&exc::AttributeError)) throw;
  }
  return call_special(self, type_lookup(t, GILT_NAME("__getattr__")), {Value::object(name)});
}

static Ref slot_getattr(Value self, StrObject* name) {
  Ref r = generic_getattr(self, name);
  if (!r.is_null()) return r;
  Value hook = type_lookup(type_of(self), GILT_NAME("__getattr__"));
  if (hook.is_null()) return Ref();
  try {
    return call_special(self, hook, {Value::object(name)});
  } catch (PyException& e) {
    if (type_of(e.exception)->is_subtype_of(&exc::AttributeError)) return Ref();
    throw;
  }
}

static void slot_setattr(Value self, StrObject* name, Value value) {
  const char* dunder = value.is_null() ? "__delattr__" : "__setattr__";
  Value descr = type_lookup(type_of(self), intern(dunder));
  if (descr.is_null() || type_of(descr) != &function_type) return generic_setattr(self, name, value);
  if (value.is_null())
    call_special(self, descr, {Value::object(name)});
  else
    call_special(self, descr, {Value::object(name), value});
}

static Ref slot_call(Value self, CallArgs args) {
  Value descr = type_lookup(type_of(self), GILT_NAME("__call__"));
  if (descr.is_null()) raise_type_error("'" + type_name(self) + "' object is not callable");
  Ref bound = type_of(descr)->descr_get ? type_of(descr)->descr_get(descr, self, type_of(self)) : Ref(descr);
  return call(bound, args);
}

static Ref slot_iter(Value self) {
  Value descr = type_lookup(type_of(self), GILT_NAME("__iter__"));
  if (descr.is_none()) raise_type_error("'" + type_name(self) + "' object is not iterable");
  Ref it = call_special(self, descr, {});
  if (!type_of(it)->next)
    raise_type_error("iter() returned non-iterator of type '" + type_name(it) + "'");
  return it;
}

static Ref slot_next(Value self) {
  try {
    return call_dunder(self, GILT_NAME("__next__"), {});
  } catch (PyException& e) {
    if (type_of(e.exception) == &exc::StopIteration || type_of(e.exception)->is_subtype_of(&exc::StopIteration))
      return Ref();
    throw;
  }
}

static Ref slot_getitem(Value self, Value key) { return call_dunder(self, GILT_NAME("__getitem__"), {key}); }

static void slot_setitem(Value self, Value key, Value value) {
  if (value.is_null()) {
    Value descr = type_lookup(type_of(self), GILT_NAME("__delitem__"));
    if (descr.is_null()) raise_type_error("'" + type_name(self) + "' object does not support item deletion");
    call_special(self, descr, {key});
  } else {
    Value descr = type_lookup(type_of(self), GILT_NAME("__setitem__"));
    if (descr.is_null()) raise_type_error("'" + type_name(self) + "' object does not support item assignment");
    call_special(self, descr, {key, value});
  }
}

static bool slot_contains(Value self, Value item) {
  Value descr = type_lookup(type_of(self), GILT_NAME("__contains__"));
  if (descr.is_null()) {
    // Fall back to iteration, as CPython does.
    Ref it = get_iter(self);
    for (Ref x = iter_next(it); !x.is_null(); x = iter_next(it))
      if (equals(x, item)) return true;
    return false;
  }
  return truthy(call_special(self, descr, {item}));
}

static Ref slot_negative(Value self) { return call_dunder(self, GILT_NAME("__neg__"), {}); }
static Ref slot_positive(Value self) { return call_dunder(self, GILT_NAME("__pos__"), {}); }
static Ref slot_invert(Value self) { return call_dunder(self, GILT_NAME("__invert__"), {}); }

static Ref slot_descr_get(Value descr, Value obj, Type* owner) {
  return call_dunder(descr, GILT_NAME("__get__"), {obj.is_null() ? Value::none() : obj, Value::object(owner)});
}

static void slot_descr_set(Value descr, Value obj, Value value) {
  if (value.is_null()) {
    Value d = type_lookup(type_of(descr), GILT_NAME("__delete__"));
    if (d.is_null()) raise(&exc::AttributeError, "__delete__");
    call_special(descr, d, {obj});
    return;
  }
  Value d = type_lookup(type_of(descr), GILT_NAME("__set__"));
  if (d.is_null()) raise(&exc::AttributeError, "__set__");
  call_special(descr, d, {obj, value});
}

// __del__, the finalizer (PEP 442): called once per object, when its count
// reaches zero or by the collector. It cannot raise: errors are reported as
// CPython does, "Exception ignored in: <function C.__del__ at ...>".
static void slot_finalize(Object* o) {
  Value self = Value::object(o);
  Value del = type_lookup(o->type, GILT_NAME("__del__"));
  if (del.is_null()) return;
  Ref keep(del);  // __del__ may delete itself from the class
  try {
    call_special(self, del, {});
  } catch (PyException& e) {
    report_unraisable(e.exception, del);
  }
}

static void slot_init(Value self, CallArgs args) {
  Value descr = type_lookup(type_of(self), GILT_NAME("__init__"));
  Ref r = call_with_self(descr, self, args);
  if (!r.get().is_none()) raise_type_error("__init__() should return None, not '" + type_name(r) + "'");
}

Ref new_instance_for_inline_init(Type* cls) {
  if (type_of(Value::object(cls)) != &type_type || cls->init != slot_init ||
      cls->new_instance != object_type.new_instance || (cls->flags & kTypeAbstract))
    return Ref();
  return object_type.new_instance(cls, CallArgs{});
}

static Ref slot_new(Type* type, CallArgs args) {
  Value descr = type_lookup(type, GILT_NAME("__new__"));
  // __new__ is a static method: the class is passed explicitly.
  Ref fn = type_of(descr)->descr_get ? type_of(descr)->descr_get(descr, Value(), type) : Ref(descr);
  return call_with_self(fn, Value::object(type), args);
}

// Binary operators: CPython's SLOT1BINFULL logic. `a op b` calls a.__op__(b),
// then b.__rop__(a); a right operand whose type is a subclass of the left's
// and that overrides the reflected method goes first.
struct BinaryNameObjects {
  StrObject* op;
  StrObject* rop;
  StrObject* iop;
};

static const BinaryNameObjects& binary_names(int op) {
  static const auto* table = [] {
    auto* t = new BinaryNameObjects[kBinaryOpCount];
    for (int i = 0; i < kBinaryOpCount; i++)
      t[i] = {intern(kBinaryDunders[i].op), intern(kBinaryDunders[i].rop), intern(kBinaryDunders[i].iop)};
    return t;
  }();
  return table[op];
}

template <int op>
static Ref slot_binary(Value a, Value b) {
  const BinaryNameObjects& names = binary_names(op);
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool a_has = ta->binary[op] == slot_binary<op>;
  bool do_other = ta != tb && tb->binary[op] == slot_binary<op>;
  Value rdescr = do_other ? type_lookup(tb, names.rop) : Value();
  if (do_other && rdescr.is_null()) do_other = false;
  if (a_has) {
    if (do_other && tb->is_subtype_of(ta) && !rdescr.is(type_lookup(ta, names.rop))) {
      Ref r = call_special(b, rdescr, {a});
      if (!is_not_implemented(r)) return r;
      do_other = false;
    }
    Value descr = type_lookup(ta, names.op);
    if (!descr.is_null()) {
      Ref r = call_special(a, descr, {b});
      if (!is_not_implemented(r) || ta == tb) return r;
    }
  }
  if (do_other) return call_special(b, rdescr, {a});
  return Ref(not_implemented());
}

template <int op>
static Ref slot_inplace(Value a, Value b) {
  return call_dunder(a, binary_names(op).iop, {b});
}

template <int... ops>
static void install_binary_slots(Type* t, bool (*defines)(Type*, const char*), std::integer_sequence<int, ops...>) {
  ((defines(t, kBinaryDunders[ops].op) || defines(t, kBinaryDunders[ops].rop) ? (void)(t->binary[ops] = slot_binary<ops>)
                                                                            : (void)0),
   ...);
  ((defines(t, kBinaryDunders[ops].iop) ? (void)(t->inplace[ops] = slot_inplace<ops>) : (void)0), ...);
}

// True when the first class along t's MRO that defines `name` is a Python class.
static bool defined_in_python(Type* t, const char* name) {
  StrObject* key = intern(name);
  if (!dict_get_str(t->dict.as<DictObject>(), key).is_null()) return true;
  auto* m = t->mro.as<TupleObject>();
  for (int64_t i = 0; i < m->size; i++) {
    auto* b = m->items()[i].as<Type>();
    if (!dict_get_str(b->dict.as<DictObject>(), key).is_null()) return b->flags & kTypeHeap;
  }
  return false;
}

// Points t's slots at the generic dispatchers wherever a Python class in its
// MRO defines the special method, and at the solid base's slots otherwise.
static void fixup_slots(Type* t) {
  Type* b = t->base;
  t->repr = defined_in_python(t, "__repr__") ? slot_repr : b->repr;
  t->str = defined_in_python(t, "__str__") ? slot_str : b->str;
  Value h = type_lookup(t, GILT_NAME("__hash__"));
  if (!h.is_null() && h.is_none())
    t->hash = nullptr;
  else
    t->hash = defined_in_python(t, "__hash__") ? slot_hash : b->hash;
  bool cmp = false;
  for (int i = 0; i < 6; i++) cmp |= defined_in_python(t, compare_dunder(static_cast<CompareOp>(i)));
  t->compare = cmp ? slot_compare : b->compare;
  t->truthy = defined_in_python(t, "__bool__") || defined_in_python(t, "__len__") ? slot_truthy : b->truthy;
  t->len = defined_in_python(t, "__len__") ? slot_len : b->len;
  t->getattr = defined_in_python(t, "__getattribute__") ? slot_getattribute
               : defined_in_python(t, "__getattr__")    ? slot_getattr
                                                        : b->getattr;
  t->setattr = defined_in_python(t, "__setattr__") || defined_in_python(t, "__delattr__") ? slot_setattr : b->setattr;
  t->call = defined_in_python(t, "__call__") ? slot_call : b->call;
  t->iter = defined_in_python(t, "__iter__") ? slot_iter : b->iter;
  t->next = defined_in_python(t, "__next__") ? slot_next : b->next;
  bool item = defined_in_python(t, "__getitem__");
  t->getitem = item ? slot_getitem : b->getitem;
  t->setitem = defined_in_python(t, "__setitem__") || defined_in_python(t, "__delitem__") ? slot_setitem : b->setitem;
  t->contains = defined_in_python(t, "__contains__") ? slot_contains : b->contains;
  if (!t->contains && (t->iter == slot_iter || item)) t->contains = slot_contains;
  t->negative = defined_in_python(t, "__neg__") ? slot_negative : b->negative;
  t->positive = defined_in_python(t, "__pos__") ? slot_positive : b->positive;
  t->invert = defined_in_python(t, "__invert__") ? slot_invert : b->invert;
  t->descr_get = defined_in_python(t, "__get__") ? slot_descr_get : b->descr_get;
  t->descr_set = defined_in_python(t, "__set__") || defined_in_python(t, "__delete__") ? slot_descr_set : b->descr_set;
  t->init = defined_in_python(t, "__init__") ? slot_init : b->init;
  t->new_instance = defined_in_python(t, "__new__") ? slot_new : b->new_instance;
  t->finalize = defined_in_python(t, "__del__") ? slot_finalize : b->finalize;
  for (int i = 0; i < kBinaryOpCount; i++) {
    t->binary[i] = b->binary[i];
    t->inplace[i] = b->inplace[i];
  }
  install_binary_slots(t, defined_in_python, std::make_integer_sequence<int, kBinaryOpCount>());
}

void update_slot(Type* type, StrObject* name) {
  std::string_view n = name->view();
  if (n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__") fixup_slots(type);
}

// ------------------------------------------------------- the MRO

// C3 linearization of the bases' MROs (without `self`); TypeError when none exists.
static std::vector<Type*> c3_merge(const std::vector<Type*>& bases) {
  std::vector<std::vector<Type*>> seqs;
  for (Type* b : bases) {
    std::vector<Type*> seq{b};
    auto* m = b->mro.as<TupleObject>();
    for (int64_t i = 0; i < m->size; i++) seq.push_back(m->items()[i].as<Type>());
    seqs.push_back(std::move(seq));
  }
  seqs.push_back(bases);
  std::vector<Type*> result;
  for (;;) {
    seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](auto& s) { return s.empty(); }), seqs.end());
    if (seqs.empty()) return result;
    Type* candidate = nullptr;
    for (auto& s : seqs) {
      Type* head = s.front();
      bool in_tail = false;
      for (auto& other : seqs)
        if (std::find(other.begin() + 1, other.end(), head) != other.end()) in_tail = true;
      if (!in_tail) {
        candidate = head;
        break;
      }
    }
    if (!candidate) {
      std::string names;
      for (Type* b : bases) names += (names.empty() ? "" : ", ") + b->name;
      raise_type_error("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
    }
    result.push_back(candidate);
    for (auto& s : seqs)
      if (s.front() == candidate) s.erase(s.begin());
  }
}

// ------------------------------------------------------- class creation

// Every live class, for type.__subclasses__ (one list for the process, as
// static types are shared by all VMs).
static std::mutex heap_types_mutex;
static std::vector<Type*> heap_types;

void dealloc_type(Object* o) {
  type_modified();  // a new class may reuse this address
  {
    std::lock_guard lock(heap_types_mutex);
    auto it = std::find(heap_types.begin(), heap_types.end(), static_cast<Type*>(o));
    if (it != heap_types.end()) heap_types.erase(it);
  }
  dealloc_object<Type>(o);
}

std::vector<Type*>& static_types();  // type.cpp

// The static types and the live classes, for type.__subclasses__.
std::vector<Type*> all_types_snapshot() {
  std::vector<Type*> types = static_types();
  std::lock_guard lock(heap_types_mutex);
  types.insert(types.end(), heap_types.begin(), heap_types.end());
  return types;
}

static Ref* side_instance_dict(Object* o);

static Type* layout_base(Type* t) {
  while (t->base && t->instance_size == t->base->instance_size &&
         (t->instance_dict == t->base->instance_dict || t->instance_dict == side_instance_dict) &&
         (t->flags & kTypeHeap))
    t = t->base;
  // A class that only adds a __dict__ to object combines with any layout
  // (class IntEnum(int, ReprEnum)): its instances' dict then lives aside.
  if ((t->flags & kTypeHeap) && t->base == &object_type && t->instance_dict == instance_dict) return &object_type;
  return t;
}

// Instances of built-in types such as dict, list, int or str have no room for
// a __dict__, but instances of their Python subclasses need one (a
// defaultdict's default_factory). Those keep it in this side table, keyed by
// the object, and drop it when the object dies. A class that declares
// __slots__ gets none, as in CPython.
static std::mutex side_dicts_mutex;
static std::unordered_map<Object*, Ref> side_dicts;

static Ref* side_instance_dict(Object* o) {
  std::lock_guard lock(side_dicts_mutex);
  return &side_dicts[o];  // nodes are stable: the pointer outlives rehashing
}

static void traverse_side_dict(Object* o, const Visitor& visit) {
  std::lock_guard lock(side_dicts_mutex);
  auto it = side_dicts.find(o);
  if (it != side_dicts.end()) visit(it->second);
}

static void clear_side_dict(Object* o) {
  Ref dict;  // released after unlocking: freeing it may run arbitrary code
  std::lock_guard lock(side_dicts_mutex);
  auto it = side_dicts.find(o);
  if (it == side_dicts.end()) return;
  dict = std::move(it->second);
  side_dicts.erase(it);
}

static void dealloc_with_side_dict(Object* o) {
  Ref dict;  // released last: freeing it may run arbitrary code
  {
    std::lock_guard lock(side_dicts_mutex);
    auto it = side_dicts.find(o);
    if (it != side_dicts.end()) {
      dict = std::move(it->second);
      side_dicts.erase(it);
    }
  }
  Type* t = o->type;
  while (t->dealloc == dealloc_with_side_dict) t = t->base;
  t->dealloc(o);
}

// ------------------------------------------------------- the collector's slots

// The built-in type whose layout instances of `t` share (object for plain classes).
static Type* native_base(Type* t) {
  while (t->flags & kTypeHeap) t = t->base;
  return t;
}

// Instances of classes defined in Python: the __dict__ (inline or aside),
// then what the built-in base owns. (gc_traverse visits the class itself.)
static void subtype_traverse(Object* o, const Visitor& visit) {
  Type* t = o->type;
  if (t->instance_dict == instance_dict)
    visit(*instance_dict(o));
  else if (t->instance_dict == side_instance_dict)
    traverse_side_dict(o, visit);
  if (TraverseFn base_traverse = native_base(t)->traverse) base_traverse(o, visit);
}

static void subtype_clear(Object* o) {
  Type* t = o->type;
  if (t->instance_dict == instance_dict) {
    Ref dict = std::move(*instance_dict(o));
  } else if (t->instance_dict == side_instance_dict) {
    clear_side_dict(o);
  }
  if (ClearFn base_clear = native_base(t)->clear) base_clear(o);
}

// Classes: only heap types are tracked (static types have no GCHeader).
void type_traverse(Object* o, const Visitor& visit) {
  auto* t = static_cast<Type*>(o);
  visit(t->dict);
  visit(t->bases);
  visit(t->mro);
}

// Breaks class -> function -> globals -> class and the like by letting go of
// the namespace. The class keeps an empty one, and its slots fall back to its
// bases', so anything that still reaches it finds a consistent class.
void type_clear(Object* o) {
  auto* t = static_cast<Type*>(o);
  Ref dict = std::move(t->dict);
  t->dict = new_dict();
  t->version++;
  type_modified();
  fixup_slots(t);
}

// __dict__ and __weakref__: a class whose instances gain a __dict__ lists
// them in its namespace, as in CPython.
static Ref get_instance_dict(Value self) {
  Type* t = type_of(self);
  if (!t->instance_dict || !self.is_object())
    raise_attribute_error(self, Value::object(GILT_NAME("__dict__")));
  Ref* d = instance_dict_slot(t, self.object());
  if (d->is_null()) *d = new_dict();
  return *d;
}

static void set_instance_dict(Value self, Value value) {
  Type* t = type_of(self);
  if (!t->instance_dict || !self.is_object())
    raise_attribute_error(self, Value::object(GILT_NAME("__dict__")));
  if (value.is_null()) {  // a fresh empty one appears on next use
    instance_dict_slot(t, self.object())->reset();
    return;
  }
  if (!is_dict(value))
    raise_type_error("__dict__ must be set to a dictionary, not a '" + type_name(value) + "'");
  *instance_dict_slot(t, self.object()) = Ref(value);
}

// gilt has no weak references: __weakref__ is always None.
static Ref get_weakref(Value) { return Ref(Value::none()); }

static void add_instance_descriptors(Type* t, DictObject* d) {
  if (!dict_get_str(d, GILT_NAME("__slots__")).is_null()) return;
  if (t->instance_dict && type_lookup(t->base, GILT_NAME("__dict__")).is_null())
    dict_set(d, Value::object(GILT_NAME("__dict__")),
             new_getset(t->name, "__dict__", get_instance_dict, set_instance_dict));
  // Variable-sized instances (int, bytes, tuple) take no weak references in CPython.
  bool var_sized =
      (t->flags & kTypeIntSubclass) || t->is_subtype_of(&bytes_type) || t->is_subtype_of(&tuple_type);
  if (!var_sized && type_lookup(t->base, GILT_NAME("__weakref__")).is_null())
    dict_set(d, Value::object(GILT_NAME("__weakref__")), new_getset(t->name, "__weakref__", get_weakref));
}

Ref new_class(Type* meta, const std::string& name, Value bases_tuple, Value ns) {
  auto* bt = bases_tuple.as<TupleObject>();
  std::vector<Type*> bases;
  for (int64_t i = 0; i < bt->size; i++) {
    Value b = bt->items()[i];
    if (!(type_of(b)->flags & kTypeTypeSubclass)) raise_type_error("bases must be types");
    auto* btype = b.as<Type>();
    if (!(btype->flags & kTypeBaseType))
      raise_type_error("type '" + btype->name + "' is not an acceptable base type");
    if (std::find(bases.begin(), bases.end(), btype) != bases.end())
      raise_type_error("duplicate base class " + btype->name);
    bases.push_back(btype);
  }
  if (bases.empty()) bases.push_back(&object_type);

  // The solid base decides the instance layout: the most derived one.
  Type* solid = bases[0];
  for (Type* b : bases) {
    Type* lb = layout_base(b);
    Type* ls = layout_base(solid);
    if (lb->is_subtype_of(ls))
      solid = b;
    else if (!ls->is_subtype_of(lb))
      raise_type_error("multiple bases have instance lay-out conflict");
  }

  Type* t = new_object<Type>(meta);
  Ref result = Ref::steal(Value::object(t));
  // Every class is collected: its instances own a reference to it, and may
  // own a __dict__.
  t->flags =
      kTypeHeap | kTypeBaseType | kTypeGC |
      (solid->flags & (kTypeIntSubclass | kTypeStrSubclass | kTypeExceptionSubclass | kTypeTypeSubclass));
  t->traverse = subtype_traverse;
  t->clear = subtype_clear;
  t->name = name;
  t->qualname = name;
  t->base = solid;
  t->bases = bases_tuple.as<TupleObject>()->size ? Ref(bases_tuple) : make_tuple({Value::object(&object_type)});
  std::vector<Type*> mro = c3_merge(bases);
  t->mro = new_tuple(static_cast<int64_t>(mro.size()));
  for (size_t i = 0; i < mro.size(); i++) tuple_init_item(t->mro, static_cast<int64_t>(i), Ref(Value::object(mro[i])));

  t->dict = new_dict();
  auto* d = t->dict.as<DictObject>();
  dict_update(d, ns);
  Value qn = dict_get_str(d, GILT_NAME("__qualname__"));
  if (!qn.is_null()) {
    if (!is_str(qn)) raise_type_error("type __qualname__ must be a str, not " + type_name(qn));
    t->qualname = std::string(str_view(qn));
    dict_del(d, Value::object(GILT_NAME("__qualname__")));
  }
  Value subclass_hook = dict_get_str(d, GILT_NAME("__init_subclass__"));
  if (!subclass_hook.is_null() && type_of(subclass_hook) != &classmethod_type &&
      type_of(subclass_hook) != &staticmethod_type && is_callable(subclass_hook)) {
    Ref hook = call(Value::object(&classmethod_type), {subclass_hook});
    dict_set(d, Value::object(GILT_NAME("__init_subclass__")), hook);
  }
  if (dict_get_str(d, GILT_NAME("__doc__")).is_null()) dict_set(d, Value::object(GILT_NAME("__doc__")), Value::none());
  if (!dict_get_str(d, GILT_NAME("__eq__")).is_null() && dict_get_str(d, GILT_NAME("__hash__")).is_null())
    dict_set(d, Value::object(GILT_NAME("__hash__")), Value::none());

  t->dealloc = solid->dealloc;
  t->instance_size = solid->instance_size;
  t->instance_dict = solid->instance_dict;
  if (solid == &object_type) {
    t->instance_size = instance_object_size();
    t->instance_dict = instance_dict;
    t->dealloc = dealloc_instance;
  } else if (!t->instance_dict && dict_get_str(d, GILT_NAME("__slots__")).is_null()) {
    t->instance_dict = side_instance_dict;
    t->dealloc = dealloc_with_side_dict;
  }
  add_instance_descriptors(t, d);
  fixup_slots(t);

  Value cell = dict_get_str(d, GILT_NAME("__classcell__"));
  if (!cell.is_null()) {
    if (type_of(cell) == &cell_type) cell.as<CellObject>()->contents = Ref(Value::object(t));
    dict_del(d, Value::object(GILT_NAME("__classcell__")));
  }
  {
    std::lock_guard lock(heap_types_mutex);
    heap_types.push_back(t);
  }
  type_modified();
  // __set_name__ on the namespace's descriptors (over a copy: it may change the namespace).
  int64_t pos = 0;
  Value k, v;
  std::vector<std::pair<Ref, Ref>> items;
  while (dict_next(d, pos, k, v)) items.emplace_back(Ref(k), Ref(v));
  for (auto& [key, value] : items) call_method_if_present(value, GILT_NAME("__set_name__"), {Value::object(t), key});
  return result;
}

// super(t, t).__init_subclass__(**kwargs), as type.__new__ ends. The hook is
// an implicit classmethod (new_class wraps a plain function); object's takes
// no keyword arguments.
static void init_subclass(Type* t, CallArgs kwargs) {
  auto* mro = t->mro.as<TupleObject>();
  for (int64_t i = 0; i < mro->size; i++) {
    Type* base = mro->items()[i].as<Type>();
    Value hook = dict_get_str(base->dict.as<DictObject>(), GILT_NAME("__init_subclass__"));
    if (hook.is_null() || !(base->flags & kTypeHeap)) continue;
    std::vector<Value> argv{Value::object(t)};
    for (size_t k = 0; k < kwargs.nkwargs(); k++) argv.push_back(kwargs.kwarg(k));
    if (type_of(hook) == &classmethod_type) {
      call(hook.as<StaticMethodObject>()->callable, CallArgs{argv.data(), 1, kwargs.kwnames});
    } else {
      Ref bound = get_attr(Value::object(base), GILT_NAME("__init_subclass__"));
      call(bound, CallArgs{argv.data() + 1, 0, kwargs.kwnames});
    }
    return;
  }
  if (kwargs.nkwargs()) raise_type_error(t->name + ".__init_subclass__() takes no keyword arguments");
}

Ref (*running_module_name)() = nullptr;

// type(name, bases, dict) and type(obj); metaclass __new__ lands here too.
Ref type_new(Type* meta, CallArgs args) {
  if (args.nargs == 1 && args.nkwargs() == 0) return Ref(Value::object(type_of(args.args[0])));
  if (args.nargs != 3) raise_type_error("type() takes 1 or 3 arguments");
  Value name = args.args[0], bases = args.args[1], ns = args.args[2];
  if (!is_str(name))
    raise_type_error("type.__new__() argument 1 must be str, not " + type_name(name));
  if (!is_tuple(bases))
    raise_type_error("type.__new__() argument 2 must be tuple, not " + type_name(bases));
  if (!is_dict(ns))
    raise_type_error("type.__new__() argument 3 must be dict, not " + type_name(ns));
  // The class statement puts __module__ in the namespace; type() takes the caller's.
  if (dict_get_str(ns.as<DictObject>(), GILT_NAME("__module__")).is_null() && running_module_name) {
    Ref module = running_module_name();
    if (!module.is_null()) {
      Ref copy = new_dict();
      dict_update(copy.as<DictObject>(), ns);
      dict_set(copy.as<DictObject>(), Value::object(GILT_NAME("__module__")), module);
      Ref cls = new_class(meta, std::string(str_view(name)), bases, copy);
      init_subclass(cls.as<Type>(), CallArgs{args.args + 3, 0, args.kwnames});
      return cls;
    }
  }
  Ref cls = new_class(meta, std::string(str_view(name)), bases, ns);
  init_subclass(cls.as<Type>(), CallArgs{args.args + 3, 0, args.kwnames});
  return cls;
}

}  // namespace gilt
