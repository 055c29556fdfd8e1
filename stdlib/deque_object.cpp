// collections.deque, native, exposed by the `_collections` module (the
// bundled collections package re-exports it), with CPython 3.11's behaviour
// and messages.
//
// Items live in a ring buffer: a power-of-two array of Refs, `head` the
// physical slot of the first item and `size` the count; slots outside the
// live range are null. Appends and pops at either end are O(1) (amortized:
// the array doubles when full and halves when a quarter full), indexing is
// O(1), and rotating a full ring only moves `head`.
//
// As in CPython, `state` counts structural changes (appends, pops, rotations,
// clears; not d[i] = x or reverse()). Iterators and the methods that compare
// items (count, index, remove, `in`) remember it and raise "deque mutated
// during iteration" when a comparison or the loop body changed the deque, so
// nothing here reads a slot after Python code may have moved it. Items
// leaving the deque are released only once it is consistent again (their
// __del__ may look at it).
//
// A Python subclass keeps its instance attributes in the runtime's side
// table (like subclasses of list); a plain deque has no __dict__.
#include <algorithm>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/container_util.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/generic_alias.h"
#include "runtime/getset_descriptor.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/module_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

struct InterpreterState;

namespace {

constexpr int64_t kMinCapacity = 8;

struct DequeObject : Object {
  std::vector<Ref> ring;  // capacity: 0 or a power of two
  int64_t head = 0;       // physical slot of item 0
  int64_t size = 0;
  int64_t maxlen = -1;    // -1: unbounded
  uint64_t state = 0;     // bumped by every structural change

  int64_t capacity() const { return static_cast<int64_t>(ring.size()); }
  int64_t slot(int64_t i) const { return (head + i) & (capacity() - 1); }
  Ref& at(int64_t i) { return ring[slot(i)]; }

  // Re-lays the items from slot 0 into an array of `cap` slots.
  void reallocate(int64_t cap) {
    std::vector<Ref> fresh(static_cast<size_t>(cap));
    for (int64_t i = 0; i < size; i++) fresh[i] = std::move(at(i));
    ring.swap(fresh);
    head = 0;
  }
  void grow_if_full() {
    if (size == capacity()) reallocate(std::max(kMinCapacity, capacity() * 2));
  }
  // A long queue that drained gives its memory back.
  void shrink_if_sparse() {
    if (capacity() > kMinCapacity && size * 4 <= capacity()) reallocate(capacity() / 2);
  }

  void push_back(Ref item) {
    grow_if_full();
    ring[slot(size)] = std::move(item);
    size++;
  }
  void push_front(Ref item) {
    grow_if_full();
    head = (head - 1) & (capacity() - 1);
    ring[head] = std::move(item);
    size++;
  }
  // Precondition: size > 0.
  Ref take_back() {
    size--;
    Ref item = std::move(ring[slot(size)]);
    shrink_if_sparse();
    return item;
  }
  Ref take_front() {
    Ref item = std::move(ring[head]);
    head = (head + 1) & (capacity() - 1);
    size--;
    shrink_if_sparse();
    return item;
  }
  // Everything, for the caller to release once the deque is consistent.
  std::vector<Ref> take_all() {
    std::vector<Ref> old;
    old.swap(ring);
    head = size = 0;
    return old;
  }
};

Type deque_type, deque_iterator_type, deque_reverse_iterator_type;

bool is_deque(Value v) { return v.is_object() && type_of(v)->is_subtype_of(&deque_type); }
DequeObject* as_deque(Value v) { return v.as<DequeObject>(); }
Ref none() { return Ref(Value::none()); }

[[noreturn]] void raise_mutated(Type* type = &exc::RuntimeError) { raise(type, "deque mutated during iteration"); }

// ------------------------------------------------------------------ the core operations

// append/appendleft: a bounded deque drops an item from the other end, so the
// caller keeps the dropped item alive until the deque is consistent.
Ref append_back(DequeObject* d, Value item) {
  d->push_back(Ref(item));
  d->state++;
  if (d->maxlen >= 0 && d->size > d->maxlen) return d->take_front();
  return Ref();
}

Ref append_front(DequeObject* d, Value item) {
  d->push_front(Ref(item));
  d->state++;
  if (d->maxlen >= 0 && d->size > d->maxlen) return d->take_back();
  return Ref();
}

// The items of a list or tuple, copied (so extending a deque from a list that
// the loop's side effects change is safe); empty for other iterables.
bool snapshot_sequence(Value iterable, std::vector<Ref>& out) {
  if (is_list(iterable)) {
    out = as_list(iterable)->items;
    return true;
  }
  if (is_tuple(iterable)) {
    auto* t = iterable.as<TupleObject>();
    out.assign(t->items(), t->items() + t->size);
    return true;
  }
  return false;
}

std::vector<Ref> items_of(DequeObject* d) {
  std::vector<Ref> out;
  out.reserve(static_cast<size_t>(d->size));
  for (int64_t i = 0; i < d->size; i++) out.push_back(d->at(i));
  return out;
}

void extend_impl(Value self, Value iterable, bool left) {
  DequeObject* d = as_deque(self);
  auto add = [&](Value item) {
    Ref dropped = left ? append_front(d, item) : append_back(d, item);
  };
  std::vector<Ref> items;
  if (iterable.is(self)) {  // d.extend(d) reads what it had at the start
    items = items_of(d);
  } else if (!snapshot_sequence(iterable, items)) {
    Ref it = get_iter(iterable);
    // A deque of maxlen 0 keeps nothing, but still exhausts the iterator.
    for (Ref item = iter_next(it); !item.is_null(); item = iter_next(it))
      if (d->maxlen != 0) add(item);
    return;
  }
  if (d->maxlen == 0) return;
  for (const Ref& item : items) add(item);
}

void clear_impl(DequeObject* d) {
  d->state++;
  std::vector<Ref> old = d->take_all();
  // `old` dies here, after the deque is empty.
}

// Rotates right by n (left for negative n): O(min(n, size - n)) moves, or
// none when the ring is full.
void rotate_impl(DequeObject* d, int64_t n) {
  int64_t size = d->size;
  if (size <= 1) return;
  d->state++;
  n %= size;
  if (n < 0) n += size;
  if (n == 0) return;
  if (size == d->capacity()) {
    d->head = (d->head - n) & (d->capacity() - 1);
    return;
  }
  if (n <= size / 2) {
    for (int64_t k = 0; k < n; k++) {
      Ref item = std::move(d->at(size - 1));
      d->size--;
      d->push_front(std::move(item));
    }
  } else {
    for (int64_t k = 0; k < size - n; k++) {
      Ref item = std::move(d->ring[d->head]);
      d->head = (d->head + 1) & (d->capacity() - 1);
      d->size--;
      d->push_back(std::move(item));
    }
  }
}

// Removes item i (0 <= i < size), shifting the shorter side; returns it.
Ref delete_at(DequeObject* d, int64_t i) {
  d->state++;
  Ref item = std::move(d->at(i));
  if (i < d->size / 2) {
    for (int64_t k = i; k > 0; k--) d->at(k) = std::move(d->at(k - 1));
    d->head = (d->head + 1) & (d->capacity() - 1);
  } else {
    for (int64_t k = i; k < d->size - 1; k++) d->at(k) = std::move(d->at(k + 1));
  }
  d->size--;
  return item;
}

// The position of the first item equal to `x` in [start, stop), or -1.
// Comparisons may run Python code: a change to the deque raises `mutated`.
int64_t find(Value self, Value x, int64_t start, int64_t stop, Type* mutated = &exc::RuntimeError) {
  DequeObject* d = as_deque(self);
  uint64_t state = d->state;
  for (int64_t i = start; i < stop && i < d->size; i++) {
    Ref item = d->at(i);
    bool equal = equals(item, x);
    if (d->state != state) raise_mutated(mutated);
    if (equal) return i;
  }
  return -1;
}

// A deque index from a subscript: CPython's sequence protocol (__index__,
// negative from the end), then "deque index out of range".
int64_t item_index(Value self, Value key) {
  if (!has_index(key)) raise_type_error("sequence index must be integer, not '" + type_name(key) + "'");
  int64_t i = index_int64(key);
  int64_t size = as_deque(self)->size;
  if (i < 0) i += size;
  if (i < 0 || i >= size) raise_index_error("deque index out of range");
  return i;
}

// Python's int -> Py_ssize_t, as CPython's deque methods convert their
// integer arguments.
int64_t as_ssize(Value v) {
  Ref i = index_value(v);
  int64_t out;
  if (!int_to_int64(i, out)) raise_overflow_error("Python int too large to convert to C ssize_t");
  return out;
}

// The repeated items, `n` times over, bounded by maxlen (self *= n).
void repeat_impl(Value self, int64_t n) {
  DequeObject* d = as_deque(self);
  if (n <= 0) return clear_impl(d);
  if (d->size == 0 || n == 1) return;
  std::vector<Ref> items = items_of(d);
  auto size = static_cast<int64_t>(items.size());
  if (n > (int64_t(1) << 40) / size) raise_memory_error();
  int64_t total = size * n;
  // A bounded deque keeps the last maxlen items of the repetition, which
  // ends with items[size - 1]: no need to append (and drop) the rest.
  int64_t keep = d->maxlen >= 0 ? std::min(total, d->maxlen) : total;
  d->state++;
  std::vector<Ref> old = d->take_all();
  int64_t cap = kMinCapacity;
  while (cap < keep) cap *= 2;
  d->ring.resize(static_cast<size_t>(cap));
  for (int64_t j = 0; j < keep; j++) d->ring[j] = items[((j - keep) % size + size) % size];
  d->size = keep;
}

// d.copy(): a deque made the way CPython's is, through type(d)(d[, maxlen])
// for subclasses (whose __init__ may take other arguments).
Ref copy_impl(Value self) {
  DequeObject* d = as_deque(self);
  Type* t = type_of(self);
  if (t == &deque_type) {
    Ref result = call(Value::object(&deque_type), {});
    DequeObject* r = as_deque(result);
    r->maxlen = d->maxlen;
    extend_impl(result, self, false);
    return result;
  }
  Ref result = d->maxlen < 0 ? call(Value::object(t), {self})
                             : call(Value::object(t), {self, Value::small_int(d->maxlen)});
  if (!is_deque(result)) raise_type_error(t->name + "() must return a deque, not " + type_name(result));
  return result;
}

// ------------------------------------------------------------------ methods

Ref m_append(Value self, CallArgs args) {
  check_exact_args("deque.append", args, 1);
  Ref dropped = append_back(as_deque(self), args.args[0]);
  return none();
}

Ref m_appendleft(Value self, CallArgs args) {
  check_exact_args("deque.appendleft", args, 1);
  Ref dropped = append_front(as_deque(self), args.args[0]);
  return none();
}

Ref m_pop(Value self, CallArgs args) {
  check_exact_args("deque.pop", args, 0);
  DequeObject* d = as_deque(self);
  if (d->size == 0) raise_index_error("pop from an empty deque");
  d->state++;
  return d->take_back();
}

Ref m_popleft(Value self, CallArgs args) {
  check_exact_args("deque.popleft", args, 0);
  DequeObject* d = as_deque(self);
  if (d->size == 0) raise_index_error("pop from an empty deque");
  d->state++;
  return d->take_front();
}

Ref m_extend(Value self, CallArgs args) {
  check_exact_args("deque.extend", args, 1);
  extend_impl(self, args.args[0], false);
  return none();
}

Ref m_extendleft(Value self, CallArgs args) {
  check_exact_args("deque.extendleft", args, 1);
  extend_impl(self, args.args[0], true);
  return none();
}

Ref m_clear(Value self, CallArgs args) {
  check_exact_args("deque.clear", args, 0);
  clear_impl(as_deque(self));
  return none();
}

Ref m_copy(Value self, CallArgs args) {
  check_exact_args("deque.copy", args, 0);
  return copy_impl(self);
}

Ref m_copy_dunder(Value self, CallArgs args) {
  check_exact_args("deque.__copy__", args, 0);
  return copy_impl(self);
}

Ref m_count(Value self, CallArgs args) {
  check_exact_args("deque.count", args, 1);
  DequeObject* d = as_deque(self);
  uint64_t state = d->state;
  int64_t n = 0;
  for (int64_t i = 0; i < d->size; i++) {
    Ref item = d->at(i);
    bool equal = equals(item, args.args[0]);
    if (d->state != state) raise_mutated();
    if (equal) n++;
  }
  return Ref(Value::small_int(n));
}

Ref m_index(Value self, CallArgs args) {
  check_no_kwargs("index", args);
  if (args.nargs < 1) raise_type_error("index() takes at least 1 argument (" + std::to_string(args.nargs) + " given)");
  if (args.nargs > 3) raise_type_error("index() takes at most 3 arguments (" + std::to_string(args.nargs) + " given)");
  int64_t size = as_deque(self)->size;
  int64_t start = args.nargs > 1 ? clamp_slice_arg(args.args[1], size) : 0;
  int64_t stop = args.nargs > 2 ? clamp_slice_arg(args.args[2], size) : size;
  int64_t i = find(self, args.args[0], start, std::min(stop, size));
  if (i < 0) raise_value_error(repr_string(args.args[0]) + " is not in deque");
  return Ref(Value::small_int(i));
}

Ref m_insert(Value self, CallArgs args) {
  check_exact_args("insert", args, 2);
  DequeObject* d = as_deque(self);
  int64_t i = as_ssize(args.args[0]);
  if (d->size == d->maxlen) raise_index_error("deque already at its maximum size");
  // As list.insert: clamped to the ends.
  int64_t n = d->size;
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  if (i == n) return m_append(self, CallArgs{args.args + 1, 1});
  if (i == 0) return m_appendleft(self, CallArgs{args.args + 1, 1});
  d->state++;
  // Make room on the shorter side, then fill slot i.
  if (i < n / 2) {
    d->push_front(Ref());
    for (int64_t k = 0; k < i; k++) d->at(k) = std::move(d->at(k + 1));
  } else {
    d->push_back(Ref());
    for (int64_t k = n; k > i; k--) d->at(k) = std::move(d->at(k - 1));
  }
  d->at(i) = Ref(args.args[1]);
  return none();
}

Ref m_remove(Value self, CallArgs args) {
  check_exact_args("deque.remove", args, 1);
  DequeObject* d = as_deque(self);
  int64_t i = find(self, args.args[0], 0, d->size, &exc::IndexError);
  if (i < 0) raise_value_error(repr_string(args.args[0]) + " is not in deque");
  Ref removed = delete_at(d, i);
  return none();
}

Ref m_reverse(Value self, CallArgs args) {
  check_exact_args("deque.reverse", args, 0);
  DequeObject* d = as_deque(self);
  for (int64_t i = 0, j = d->size - 1; i < j; i++, j--) std::swap(d->at(i), d->at(j));
  return none();
}

Ref m_rotate(Value self, CallArgs args) {
  check_arg_range("deque.rotate", args, 0, 1);
  rotate_impl(as_deque(self), args.nargs ? as_ssize(args.args[0]) : 1);
  return none();
}

// (type(d), () or ((), maxlen), the instance __dict__ or None, iter(d)):
// copy and _gilt_serialize rebuild the deque by appending what the iterator
// yields, as pickle does.
Ref m_reduce(Value self, CallArgs args) {
  check_exact_args("deque.__reduce__", args, 0);
  DequeObject* d = as_deque(self);
  Ref state = none();
  if (type_of(self)->instance_dict) {
    Ref dict = try_get_attr(self, GILT_NAME("__dict__"));
    if (!dict.is_null() && length(dict) > 0) state = dict;
  }
  Ref ctor_args = d->maxlen < 0 ? make_tuple({}) : make_tuple({make_tuple({}), int_from_int64(d->maxlen)});
  return make_tuple({Value::object(type_of(self)), ctor_args, state, get_iter(self)});
}

Ref m_sizeof(Value self, CallArgs args) {
  check_exact_args("deque.__sizeof__", args, 0);
  return int_from_int64(static_cast<int64_t>(sizeof(DequeObject) + as_deque(self)->ring.size() * sizeof(Ref)));
}

Ref get_maxlen(Value self) {
  int64_t maxlen = as_deque(self)->maxlen;
  return maxlen < 0 ? none() : int_from_int64(maxlen);
}

// ------------------------------------------------------------------ slots

Ref deque_new(Type* type, CallArgs) { return Ref::steal(alloc_instance<DequeObject>(type)); }

// deque(iterable=(), maxlen=None); calling __init__ again starts over.
void deque_init(Value self, CallArgs args) {
  Value a[2];
  bind_args("deque", args, {"iterable", "maxlen"}, 0, a);
  int64_t maxlen = -1;
  if (!a[1].is_null() && !a[1].is_none()) {
    // CPython takes an int only here, not any object with __index__.
    if (!is_int(a[1])) raise_type_error("an integer is required");
    maxlen = as_ssize(a[1]);
    if (maxlen < 0) raise_value_error("maxlen must be non-negative");
  }
  DequeObject* d = as_deque(self);
  d->maxlen = maxlen;
  if (d->size > 0) clear_impl(d);
  if (!a[0].is_null()) extend_impl(self, a[0], false);
}

void deque_dealloc(Object* o) {
  auto* d = static_cast<DequeObject*>(o);
  std::vector<Ref> items = std::move(d->ring);
  Type* type = o->type;
  d->~DequeObject();
  free_object(o, type, sizeof(DequeObject));
  // `items` dies here, releasing the elements after the deque is gone.
}

// Last to first, as list does.
void deque_traverse(Object* o, const Visitor& visit) {
  auto* d = static_cast<DequeObject*>(o);
  for (int64_t i = d->size; i-- > 0;) visit(d->at(i));
}

void deque_clear_refs(Object* o) { clear_impl(static_cast<DequeObject*>(o)); }

Ref deque_repr(Value self) {
  ReprGuard guard(self.object());
  if (!guard.entered()) return new_str("[...]");
  DequeObject* d = as_deque(self);
  std::vector<Ref> items = items_of(d);
  Ref list = make_list(reinterpret_cast<const Value*>(items.data()), static_cast<int64_t>(items.size()));
  std::string out = type_of(self)->name + "(" + repr_string(list);
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  return new_str(out + ")");
}

Ref deque_compare(Value a, Value b, CompareOp op) {
  if (!is_deque(a) || !is_deque(b)) return Ref(not_implemented());
  DequeObject* x = as_deque(a);
  DequeObject* y = as_deque(b);
  return compare_sequences([&] { return x->size; }, [&](int64_t i) { return x->at(i); }, [&] { return y->size; },
                           [&](int64_t i) { return y->at(i); }, op);
}

int64_t deque_len(Value self) { return as_deque(self)->size; }
bool deque_truthy(Value self) { return as_deque(self)->size != 0; }

bool deque_contains(Value self, Value item) { return find(self, item, 0, as_deque(self)->size) >= 0; }

Ref deque_getitem(Value self, Value key) { return as_deque(self)->at(item_index(self, key)); }

void deque_setitem(Value self, Value key, Value value) {
  DequeObject* d = as_deque(self);
  int64_t i = item_index(self, key);
  if (value.is_null()) {
    Ref removed = delete_at(d, i);
    return;
  }
  Ref old = std::move(d->at(i));  // released after the new item is in place
  d->at(i) = Ref(value);
}

Ref deque_add(Value a, Value b) {
  if (!is_deque(a)) return Ref(not_implemented());
  if (!is_deque(b)) {
    if ((type_of(b)->flags & kTypeHeap) && type_of(b)->binary[int(BinaryOp::Add)]) return Ref(not_implemented());
    raise_type_error("can only concatenate deque (not \"" + type_name(b) + "\") to deque");
  }
  Ref result = copy_impl(a);
  extend_impl(result, b, false);
  return result;
}

Ref deque_mul(Value a, Value b) {
  Value seq;
  int64_t count = 0;
  Ref not_impl;
  if (!sequence_repeat_operands(a, b, is_deque, seq, count, not_impl)) return not_impl;
  Ref result = copy_impl(seq);
  repeat_impl(result, count);
  return result;
}

// d += iterable: any iterable, as extend().
Ref deque_inplace_add(Value a, Value b) {
  if (!is_deque(a)) return Ref(not_implemented());
  extend_impl(a, b, false);
  return Ref(a);
}

Ref deque_inplace_mul(Value a, Value b) {
  if (!is_deque(a)) return Ref(not_implemented());
  Value seq;
  int64_t count = 0;
  Ref not_impl;
  if (!sequence_repeat_operands(a, b, is_deque, seq, count, not_impl)) return not_impl;
  repeat_impl(a, count);
  return Ref(a);
}

// ------------------------------------------------------------------ iterators

struct DequeIterObject : Object {
  Ref deque;
  int64_t index = 0;    // logical index of the next item
  int64_t counter = 0;  // items left
  uint64_t state = 0;   // the deque's state when the iterator was made
};

Ref make_iterator(Value self, Type* type) {
  DequeObject* d = as_deque(self);
  auto* it = new_object<DequeIterObject>(type);
  Ref result = Ref::steal(it);
  it->deque = Ref(self);
  it->index = type == &deque_iterator_type ? 0 : d->size - 1;
  it->counter = d->size;
  it->state = d->state;
  return result;
}

Ref deque_iter(Value self) { return make_iterator(self, &deque_iterator_type); }

Ref m_reversed(Value self, CallArgs args) {
  check_exact_args("deque.__reversed__", args, 0);
  return make_iterator(self, &deque_reverse_iterator_type);
}

Ref iter_next_item(Value self, int64_t step) {
  auto* it = self.as<DequeIterObject>();
  DequeObject* d = as_deque(it->deque);
  if (d->state != it->state) {
    it->counter = 0;
    raise_mutated();
  }
  if (it->counter == 0) return Ref();
  Ref item = d->at(it->index);
  it->index += step;
  it->counter--;
  return item;
}

Ref deque_iter_next(Value self) { return iter_next_item(self, 1); }
Ref deque_reverse_iter_next(Value self) { return iter_next_item(self, -1); }

Ref iter_length_hint(Value self, CallArgs args) {
  check_exact_args("__length_hint__", args, 0);
  return int_from_int64(self.as<DequeIterObject>()->counter);
}

void iter_traverse(Object* o, const Visitor& visit) { visit(static_cast<DequeIterObject*>(o)->deque); }
void iter_clear(Object* o) { Ref deque = std::move(static_cast<DequeIterObject*>(o)->deque); }

// An exhausted-looking iterator whose deque the collector took away.
Ref iter_next_checked(Value self) {
  if (self.as<DequeIterObject>()->deque.is_null()) return Ref();
  return type_of(self) == &deque_iterator_type ? deque_iter_next(self) : deque_reverse_iter_next(self);
}

void set_module(Type& t, const char* module) {
  dict_set(t.dict.as<DictObject>(), Value::object(intern("__module__")), new_str(module));
}

void init_iterator_type(Type& t, const char* name) {
  set_gc_slots(t, iter_traverse, iter_clear);
  init_static_type(t, name, sizeof(DequeIterObject), dealloc_object<DequeIterObject>);
  t.flags &= ~kTypeBaseType;
  t.getattr = generic_getattr;
  t.iter = iter_self;
  t.hash = identity_hash;
  t.next = iter_next_checked;
  add_method(t, "__length_hint__", iter_length_hint);
  set_module(t, "_collections");
}

void init_deque_types() {
  set_gc_slots(deque_type, deque_traverse, deque_clear_refs);
  deque_type.new_instance = deque_new;
  deque_type.init = deque_init;
  init_static_type(deque_type, "deque", sizeof(DequeObject), deque_dealloc);
  deque_type.getattr = generic_getattr;
  deque_type.repr = deque_repr;
  deque_type.hash = nullptr;
  deque_type.compare = deque_compare;
  deque_type.len = deque_len;
  deque_type.truthy = deque_truthy;
  deque_type.contains = deque_contains;
  deque_type.getitem = deque_getitem;
  deque_type.setitem = deque_setitem;
  deque_type.iter = deque_iter;
  deque_type.binary[int(BinaryOp::Add)] = deque_add;
  deque_type.binary[int(BinaryOp::Mul)] = deque_mul;
  deque_type.inplace[int(BinaryOp::Add)] = deque_inplace_add;
  deque_type.inplace[int(BinaryOp::Mul)] = deque_inplace_mul;
  // collections.deque is CPython's name; `_collections` is only where it is made.
  set_module(deque_type, "collections");
  static const struct {
    const char* name;
    NativeFn fn;
  } methods[] = {
      {"append", m_append},   {"appendleft", m_appendleft},   {"pop", m_pop},
      {"popleft", m_popleft}, {"extend", m_extend},           {"extendleft", m_extendleft},
      {"clear", m_clear},     {"copy", m_copy},               {"__copy__", m_copy_dunder},
      {"count", m_count},     {"index", m_index},             {"insert", m_insert},
      {"remove", m_remove},   {"reverse", m_reverse},         {"rotate", m_rotate},
      {"__reduce__", m_reduce}, {"__reversed__", m_reversed}, {"__sizeof__", m_sizeof},
  };
  for (const auto& m : methods) add_method(deque_type, m.name, m.fn);
  add_getset(deque_type, "maxlen", get_maxlen);
  add_class_method(deque_type, "__class_getitem__", class_getitem_generic_alias);

  init_iterator_type(deque_iterator_type, "_deque_iterator");
  init_iterator_type(deque_reverse_iterator_type, "_deque_reverse_iterator");
  finish_static_types();
}

}  // namespace

Ref make_collections_module(InterpreterState*) {
  static std::once_flag once;
  std::call_once(once, init_deque_types);
  Ref m = new_module("_collections");
  module_set(m, "deque", Value::object(&deque_type));
  return m;
}

}  // namespace gilt
