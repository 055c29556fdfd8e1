// tuple and its iterator.
//
// A tuple's items live inline after the header (one allocation); the size is
// fixed at creation. The empty tuple is a shared immortal singleton, as in
// CPython, so `() is ()`.
#include "runtime/tuple_object.h"

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/container_util.h"
#include "runtime/generic_alias.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"

namespace gilt {

Type tuple_type;
static Type tuple_iterator_type;

static size_t tuple_alloc_size(int64_t n) { return sizeof(TupleObject) + static_cast<size_t>(n) * sizeof(Value); }

static TupleObject* alloc_tuple(Type* type, int64_t n) {
  if (n < 0 || static_cast<uint64_t>(n) > (uint64_t(1) << 40)) raise_memory_error();
  size_t size = tuple_alloc_size(n);
  void* mem = allocate_object(type, size);
  std::memset(mem, 0, size);
  auto* t = new (mem) TupleObject();
  t->type = type;
  t->size = n;
  if (type->flags & kTypeHeap) incref(Value::object(type));
  return t;
}

static TupleObject* empty_tuple() {
  static TupleObject* empty = [] {
    TupleObject* t = alloc_tuple(&tuple_type, 0);
    t->refcount = kImmortal;
    gc_untrack(t);  // shared by every VM, part of no cycle
    return t;
  }();
  return empty;
}

Ref new_tuple(int64_t n) {
  if (n == 0) return Ref(Value::object(empty_tuple()));
  return Ref::steal(alloc_tuple(&tuple_type, n));
}

Ref make_tuple(const Value* items, int64_t n) {
  Ref t = new_tuple(n);
  for (int64_t i = 0; i < n; i++) tuple_init_item(t, i, Ref(items[i]));
  return t;
}

Ref make_tuple(std::initializer_list<Value> items) {
  return make_tuple(items.begin(), static_cast<int64_t>(items.size()));
}

static void tuple_dealloc(Object* o) {
  auto* t = static_cast<TupleObject*>(o);
  // Items of a tuple being built may still be null.
  for (int64_t i = 0; i < t->size; i++) decref(t->items()[i]);
  size_t size = tuple_alloc_size(t->size);
  Type* type = o->type;
  t->~TupleObject();
  free_object(o, type, size);
}

static TupleObject* as_tuple(Value v) { return v.as<TupleObject>(); }

// ---------------------------------------------------------------- slots

static Ref tuple_repr(Value self) {
  TupleObject* t = as_tuple(self);
  if (t->size == 0) return new_str("()");
  ReprGuard guard(self.object());
  if (!guard.entered()) return new_str("(...)");
  std::string out = "(";
  out += join_reprs(t->size, [&](int64_t i) { return Ref(t->items()[i]); });
  if (t->size == 1) out += ",";
  out += ")";
  return new_str(out);
}

// CPython's tuple hash: xxHash's mixing of the item hashes, so hash((1, 2))
// here equals hash((1, 2)) in CPython.
static int64_t tuple_hash(Value self) {
  TupleObject* t = as_tuple(self);
  constexpr uint64_t kPrime1 = 11400714785074694791ULL;
  constexpr uint64_t kPrime2 = 14029467366897019727ULL;
  constexpr uint64_t kPrime5 = 2870177450012600261ULL;
  uint64_t acc = kPrime5;
  for (int64_t i = 0; i < t->size; i++) {
    uint64_t lane = static_cast<uint64_t>(hash(t->items()[i]));
    acc += lane * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += static_cast<uint64_t>(t->size) ^ (kPrime5 ^ 3527539ULL);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<int64_t>(acc);
}

static Ref tuple_compare(Value a, Value b, CompareOp op) {
  if (!is_tuple(a) || !is_tuple(b)) return Ref(not_implemented());
  TupleObject* x = as_tuple(a);
  TupleObject* y = as_tuple(b);
  return compare_sequences([&] { return x->size; }, [&](int64_t i) { return Ref(x->items()[i]); },
                           [&] { return y->size; }, [&](int64_t i) { return Ref(y->items()[i]); }, op);
}

static int64_t tuple_len(Value self) { return as_tuple(self)->size; }
static bool tuple_truthy(Value self) { return as_tuple(self)->size != 0; }

static bool tuple_contains(Value self, Value item) {
  TupleObject* t = as_tuple(self);
  for (int64_t i = 0; i < t->size; i++) {
    Value v = t->items()[i];
    if (v.is(item) || equals(v, item)) return true;
  }
  return false;
}

static Ref tuple_getitem(Value self, Value key) {
  TupleObject* t = as_tuple(self);
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<SliceObject>(), t->size, start, stop, step);
    if (n == t->size && step == 1 && type_of(self) == &tuple_type) return Ref(self);
    Ref result = new_tuple(n);
    for (int64_t i = 0, j = start; i < n; i++, j += step) tuple_init_item(result, i, Ref(t->items()[j]));
    return result;
  }
  if (!has_index(key)) raise_type_error("tuple indices must be integers or slices, not " + type_name(key));
  int64_t i = normalize_index(key, t->size);
  if (i < 0) raise_index_error("tuple index out of range");
  return Ref(t->items()[i]);
}

static Ref tuple_add(Value a, Value b) {
  if (!is_tuple(a)) return Ref(not_implemented());
  if (!is_tuple(b)) {
    if ((type_of(b)->flags & kTypeHeap) && type_of(b)->binary[int(BinaryOp::Add)]) return Ref(not_implemented());
    raise_type_error("can only concatenate tuple (not \"" + type_name(b) + "\") to tuple");
  }
  TupleObject* x = as_tuple(a);
  TupleObject* y = as_tuple(b);
  if (y->size == 0 && type_of(a) == &tuple_type) return Ref(a);
  if (x->size == 0 && type_of(b) == &tuple_type) return Ref(b);
  Ref result = new_tuple(x->size + y->size);
  for (int64_t i = 0; i < x->size; i++) tuple_init_item(result, i, Ref(x->items()[i]));
  for (int64_t i = 0; i < y->size; i++) tuple_init_item(result, x->size + i, Ref(y->items()[i]));
  return result;
}

// Shared by list and tuple: which operand of `*` is the sequence and the
// repeat count, or NotImplemented / the CPython TypeError.
bool sequence_repeat_operands(Value a, Value b, bool (*is_seq)(Value), Value& seq, int64_t& count,
                              Ref& not_impl) {
  Value other;
  if (is_seq(a)) {
    seq = a;
    other = b;
  } else {
    seq = b;
    other = a;
  }
  if (!has_index(other)) {
    // Let a Python class's __rmul__/__mul__ have its turn first.
    if (is_seq(a) && (type_of(other)->flags & kTypeHeap) && type_of(other)->binary[int(BinaryOp::Mul)]) {
      not_impl = Ref(not_implemented());
      return false;
    }
    raise_type_error("can't multiply sequence by non-int of type '" + type_name(other) + "'");
  }
  count = index_int64(other);
  return true;
}

static Ref tuple_mul(Value a, Value b) {
  Value seq;
  int64_t count = 0;
  Ref not_impl;
  if (!sequence_repeat_operands(a, b, is_tuple, seq, count, not_impl)) return not_impl;
  TupleObject* t = as_tuple(seq);
  if (count <= 0 || t->size == 0) return new_tuple(0);
  if (count == 1 && type_of(seq) == &tuple_type) return Ref(seq);
  if (count > (int64_t(1) << 40) / t->size) raise_memory_error();
  Ref result = new_tuple(t->size * count);
  int64_t k = 0;
  for (int64_t r = 0; r < count; r++)
    for (int64_t i = 0; i < t->size; i++) tuple_init_item(result, k++, Ref(t->items()[i]));
  return result;
}

// tuple(iterable): a new instance of `type` (tuple or a subclass).
static Ref tuple_new(Type* type, CallArgs args) {
  if (type == &tuple_type) check_no_kwargs("tuple", args);
  check_arg_range("tuple", args, 0, 1);
  if (args.nargs == 0) {
    if (type == &tuple_type) return new_tuple(0);
    return Ref::steal(alloc_tuple(type, 0));
  }
  Value src = args.args[0];
  if (type == &tuple_type && type_of(src) == &tuple_type) return Ref(src);
  Ref items = is_list(src) ? Ref(src) : list_from_iterable(src);
  ListObject* l = as_list(items);
  int64_t n = static_cast<int64_t>(l->items.size());
  Ref result = type == &tuple_type ? new_tuple(n) : Ref::steal(alloc_tuple(type, n));
  for (int64_t i = 0; i < n; i++) tuple_init_item(result, i, l->items[i]);
  return result;
}

// ---------------------------------------------------------------- methods

// start/stop arguments of index(): clamped like slice bounds.
int64_t clamp_slice_arg(Value v, int64_t size) {
  if (!has_index(v)) raise_type_error("slice indices must be integers or have an __index__ method");
  int64_t i;
  if (v.is_small_int()) {
    i = v.small_int();
  } else if (is_int(v) && !int_to_int64(v, i)) {
    i = truthy(compare(v, Value::small_int(0), CompareOp::Lt)) ? INT64_MIN : INT64_MAX;
  } else {
    i = index_int64(v);
  }
  if (i < 0) {
    i = i < -size ? 0 : i + size;
  }
  return i;
}

static Ref tuple_index(Value self, CallArgs args) {
  check_arg_range("index", args, 1, 3);
  TupleObject* t = as_tuple(self);
  int64_t start = args.nargs > 1 ? clamp_slice_arg(args.args[1], t->size) : 0;
  int64_t stop = args.nargs > 2 ? clamp_slice_arg(args.args[2], t->size) : t->size;
  for (int64_t i = start; i < stop && i < t->size; i++) {
    Value v = t->items()[i];
    if (v.is(args.args[0]) || equals(v, args.args[0])) return Ref(Value::small_int(i));
  }
  raise_value_error("tuple.index(x): x not in tuple");
}

static Ref tuple_count(Value self, CallArgs args) {
  check_exact_args("tuple.count", args, 1);
  TupleObject* t = as_tuple(self);
  int64_t n = 0;
  for (int64_t i = 0; i < t->size; i++) {
    Value v = t->items()[i];
    if (v.is(args.args[0]) || equals(v, args.args[0])) n++;
  }
  return Ref(Value::small_int(n));
}

// ---------------------------------------------------------------- iterator

struct TupleIterObject : Object {
  Ref seq;  // null once exhausted
  int64_t index = 0;
};

static Ref tuple_iter(Value self) {
  auto* it = new_object<TupleIterObject>(&tuple_iterator_type);
  it->seq = Ref(self);
  return Ref::steal(it);
}

static Ref tuple_iter_next(Value self) {
  auto* it = self.as<TupleIterObject>();
  if (it->seq.is_null()) return Ref();
  TupleObject* t = as_tuple(it->seq);
  if (it->index < t->size) return Ref(t->items()[it->index++]);
  it->seq.reset();
  return Ref();
}

static Ref tuple_iter_length_hint(Value self, CallArgs args) {
  check_exact_args("__length_hint__", args, 0);
  auto* it = self.as<TupleIterObject>();
  if (it->seq.is_null()) return Ref(Value::small_int(0));
  return Ref(Value::small_int(as_tuple(it->seq)->size - it->index));
}

static Ref tuple_getnewargs(Value self, CallArgs args) {
  check_exact_args("tuple.__getnewargs__", args, 0);
  auto* t = self.as<TupleObject>();
  return make_tuple({make_tuple(t->items(), t->size)});
}

static Ref tuple_sizeof(Value self, CallArgs args) {
  check_exact_args("tuple.__sizeof__", args, 0);
  return int_from_int64(
      static_cast<int64_t>(sizeof(TupleObject) + self.as<TupleObject>()->size * sizeof(Value)));
}

// ---------------------------------------------------------------- collector slots

// No clear: a tuple cannot be changed, and a cycle through tuples always
// passes through a mutable object whose clear breaks it.
static void tuple_traverse(Object* o, const Visitor& visit) {
  auto* t = static_cast<TupleObject*>(o);
  for (int64_t i = t->size; i-- > 0;)
    visit(t->items()[i]);  // last to first, as CPython; null while being built
}

static void tuple_iter_traverse(Object* o, const Visitor& visit) {
  visit(static_cast<TupleIterObject*>(o)->seq);
}
static void tuple_iter_clear(Object* o) { static_cast<TupleIterObject*>(o)->seq.reset(); }

void init_tuple_type() {
  set_gc_slots(tuple_type, tuple_traverse, nullptr);
  set_gc_slots(tuple_iterator_type, tuple_iter_traverse, tuple_iter_clear);
  init_static_type(tuple_type, "tuple", sizeof(TupleObject), tuple_dealloc);
  tuple_type.getattr = generic_getattr;
  tuple_type.repr = tuple_repr;
  tuple_type.hash = tuple_hash;
  tuple_type.compare = tuple_compare;
  tuple_type.len = tuple_len;
  tuple_type.truthy = tuple_truthy;
  tuple_type.contains = tuple_contains;
  tuple_type.getitem = tuple_getitem;
  tuple_type.iter = tuple_iter;
  tuple_type.binary[int(BinaryOp::Add)] = tuple_add;
  tuple_type.binary[int(BinaryOp::Mul)] = tuple_mul;
  tuple_type.new_instance = tuple_new;
  add_method(tuple_type, "index", tuple_index);
  add_method(tuple_type, "count", tuple_count);
  add_method(tuple_type, "__getnewargs__", tuple_getnewargs);
  add_method(tuple_type, "__sizeof__", tuple_sizeof);
  add_class_method(tuple_type, "__class_getitem__", class_getitem_generic_alias);

  init_static_type(tuple_iterator_type, "tuple_iterator", sizeof(TupleIterObject),
                   dealloc_object<TupleIterObject>);
  tuple_iterator_type.flags &= ~kTypeBaseType;
  tuple_iterator_type.getattr = generic_getattr;
  tuple_iterator_type.iter = iter_self;
  tuple_iterator_type.hash = identity_hash;
  tuple_iterator_type.next = tuple_iter_next;
  tuple_iterator_type.new_instance = nullptr;
  add_method(tuple_iterator_type, "__length_hint__", tuple_iter_length_hint);
}

}  // namespace gilt
