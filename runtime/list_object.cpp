// list, its iterators, and list.sort.
//
// Any comparison, hash or repr of an item may run Python code that mutates
// the list being worked on, so no function here keeps an iterator or a
// reference into `items` across such a call: items are copied into a Ref
// first and sizes re-read afterwards. Items removed from a list are released
// only after the list is consistent again (their __del__ may look at it).
#include "runtime/list_object.h"

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/container_util.h"
#include "runtime/exceptions.h"
#include "runtime/generic_alias.h"
#include "runtime/misc_objects.h"
#include "runtime/tuple_object.h"

namespace gilt {

Type list_type;
static Type list_iterator_type, list_reverseiterator_type;

static int64_t list_size(Value v) { return static_cast<int64_t>(as_list(v)->items.size()); }

Ref new_list(int64_t reserve) {
  auto* l = new_object<ListObject>(&list_type);
  Ref result = Ref::steal(l);
  if (reserve > 0) l->items.reserve(static_cast<size_t>(reserve));
  return result;
}

Ref make_list(const Value* items, int64_t n) {
  Ref result = new_list(n);
  auto& v = as_list(result)->items;
  for (int64_t i = 0; i < n; i++) v.emplace_back(items[i]);
  return result;
}

void list_append(Value list, Value item) { as_list(list)->items.emplace_back(item); }

void list_extend(Value list, Value iterable) {
  ListObject* l = as_list(list);
  if (is_list(iterable) || is_tuple(iterable)) {
    // Copy first: `l.extend(l)` must not read what it appends.
    std::vector<Ref> copy;
    if (is_list(iterable)) {
      copy = as_list(iterable)->items;
    } else {
      auto* t = iterable.as<TupleObject>();
      copy.assign(t->items(), t->items() + t->size);
    }
    l->items.reserve(l->items.size() + copy.size());
    for (auto& r : copy) l->items.push_back(std::move(r));
    return;
  }
  for_each_item(iterable, [&](Value item) { l->items.emplace_back(item); });
}

Ref list_from_iterable(Value iterable) {
  Ref result = new_list();
  list_extend(result, iterable);
  return result;
}

static void list_dealloc(Object* o) {
  auto* l = static_cast<ListObject*>(o);
  std::vector<Ref> items = std::move(l->items);
  Type* type = o->type;
  l->~ListObject();
  free_object(o, type, sizeof(ListObject));
  // `items` dies here, releasing the elements after the list is gone.
}

// ---------------------------------------------------------------- slots

static Ref list_repr(Value self) {
  ListObject* l = as_list(self);
  if (l->items.empty()) return new_str("[]");
  ReprGuard guard(self.object());
  if (!guard.entered()) return new_str("[...]");
  std::string out = "[";
  for (size_t i = 0; i < l->items.size(); i++) {
    Ref item = l->items[i];
    if (i) out += ", ";
    out += repr_string(item);
  }
  out += "]";
  return new_str(out);
}

static Ref list_compare(Value a, Value b, CompareOp op) {
  if (!is_list(a) || !is_list(b)) return Ref(not_implemented());
  ListObject* x = as_list(a);
  ListObject* y = as_list(b);
  return compare_sequences(
      [&] { return static_cast<int64_t>(x->items.size()); }, [&](int64_t i) { return x->items[i]; },
      [&] { return static_cast<int64_t>(y->items.size()); }, [&](int64_t i) { return y->items[i]; }, op);
}

static int64_t list_len(Value self) { return list_size(self); }
static bool list_truthy(Value self) { return !as_list(self)->items.empty(); }

static bool list_contains(Value self, Value item) {
  ListObject* l = as_list(self);
  for (size_t i = 0; i < l->items.size(); i++) {
    Ref v = l->items[i];
    if (v.get().is(item) || equals(v, item)) return true;
  }
  return false;
}

static Ref list_getitem(Value self, Value key) {
  ListObject* l = as_list(self);
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<SliceObject>(), list_size(self), start, stop, step);
    Ref result = new_list(n);
    auto& out = as_list(result)->items;
    for (int64_t i = 0, j = start; i < n; i++, j += step) out.push_back(l->items[j]);
    return result;
  }
  if (!has_index(key)) raise_type_error("list indices must be integers or slices, not " + type_name(key));
  int64_t i = normalize_index(key, list_size(self));
  if (i < 0) raise_index_error("list index out of range");
  return l->items[i];
}

// The items `value` yields, as a vector (a copy when value is the list itself).
static std::vector<Ref> items_of(Value value) {
  if (is_list(value)) return as_list(value)->items;
  if (is_tuple(value)) {
    auto* t = value.as<TupleObject>();
    return std::vector<Ref>(t->items(), t->items() + t->size);
  }
  std::vector<Ref> out;
  for_each_item(value, [&](Value item) { out.emplace_back(item); });
  return out;
}

// items_of(value) for slice assignment, with CPython's message when value is
// not iterable.
static std::vector<Ref> assigned_items(Value value, const char* message) {
  try {
    return items_of(value);
  } catch (PyException& e) {
    if (!is_list(value) && !is_tuple(value) && type_of(e.exception)->is_subtype_of(&exc::TypeError) &&
        !type_of(value)->iter && type_lookup(type_of(value), GILT_NAME("__getitem__")).is_null())
      raise_type_error(message);
    throw;
  }
}

static void list_set_slice(Value self, SliceObject* s, Value value) {
  ListObject* l = as_list(self);
  int64_t start, stop, step;
  int64_t n = slice_indices(s, list_size(self), start, stop, step);
  if (value.is_null()) {  // del l[slice]
    if (n == 0) return;
    if (step < 0) {  // same items, visited upwards
      start = start + step * (n - 1);
      step = -step;
    }
    std::vector<Ref> removed;
    removed.reserve(n);
    std::vector<Ref> kept;
    kept.reserve(l->items.size() - n);
    for (int64_t i = 0; i < list_size(self); i++) {
      bool hit = i >= start && (i - start) % step == 0 && (i - start) / step < n;
      (hit ? removed : kept).push_back(std::move(l->items[i]));
    }
    l->items = std::move(kept);
    return;
  }
  if (step == 1) {  // a simple slice: any iterable, any size
    std::vector<Ref> repl = assigned_items(value, "can only assign an iterable");
    int64_t size = list_size(self);  // converting may have run code that changed the list
    start = std::min(start, size);
    stop = std::min(std::max(stop, start), size);
    std::vector<Ref> removed(std::make_move_iterator(l->items.begin() + start),
                             std::make_move_iterator(l->items.begin() + stop));
    l->items.erase(l->items.begin() + start, l->items.begin() + stop);
    l->items.insert(l->items.begin() + start, std::make_move_iterator(repl.begin()),
                    std::make_move_iterator(repl.end()));
    return;
  }
  std::vector<Ref> repl = assigned_items(value, "must assign iterable to extended slice");
  n = slice_indices(s, list_size(self), start, stop, step);
  if (static_cast<int64_t>(repl.size()) != n)
    raise_value_error("attempt to assign sequence of size " + std::to_string(repl.size()) +
                      " to extended slice of size " + std::to_string(n));
  // Swap in the new items; the old ones end up in `repl` and die last.
  for (int64_t i = 0, j = start; i < n; i++, j += step) std::swap(l->items[j], repl[i]);
}

static void list_setitem(Value self, Value key, Value value) {
  if (type_of(key) == &slice_type) return list_set_slice(self, key.as<SliceObject>(), value);
  if (!has_index(key)) raise_type_error("list indices must be integers or slices, not " + type_name(key));
  ListObject* l = as_list(self);
  int64_t i = normalize_index(key, list_size(self));
  if (i < 0) raise_index_error("list assignment index out of range");
  Ref old = std::move(l->items[i]);
  if (value.is_null()) {
    l->items.erase(l->items.begin() + i);
  } else {
    l->items[i] = Ref(value);
  }
}

static Ref list_add(Value a, Value b) {
  if (!is_list(a)) return Ref(not_implemented());
  if (!is_list(b)) {
    if ((type_of(b)->flags & kTypeHeap) && type_of(b)->binary[int(BinaryOp::Add)]) return Ref(not_implemented());
    raise_type_error("can only concatenate list (not \"" + type_name(b) + "\") to list");
  }
  ListObject* x = as_list(a);
  ListObject* y = as_list(b);
  Ref result = new_list(static_cast<int64_t>(x->items.size() + y->items.size()));
  auto& out = as_list(result)->items;
  out.insert(out.end(), x->items.begin(), x->items.end());
  out.insert(out.end(), y->items.begin(), y->items.end());
  return result;
}

static void repeat_into(std::vector<Ref>& out, const std::vector<Ref>& src, int64_t count) {
  if (count <= 0 || src.empty()) return;
  if (count > (int64_t(1) << 40) / static_cast<int64_t>(src.size())) raise_memory_error();
  out.reserve(src.size() * count);
  for (int64_t r = 0; r < count; r++) out.insert(out.end(), src.begin(), src.end());
}

static Ref list_mul(Value a, Value b) {
  Value seq;
  int64_t count = 0;
  Ref not_impl;
  if (!sequence_repeat_operands(a, b, is_list, seq, count, not_impl)) return not_impl;
  Ref result = new_list();
  std::vector<Ref> src = as_list(seq)->items;
  repeat_into(as_list(result)->items, src, count);
  return result;
}

static Ref list_inplace_add(Value a, Value b) {
  if (!is_list(a)) return Ref(not_implemented());
  list_extend(a, b);
  return Ref(a);
}

static Ref list_inplace_mul(Value a, Value b) {
  if (!is_list(a)) return Ref(not_implemented());
  Value seq;
  int64_t count = 0;
  Ref not_impl;
  if (!sequence_repeat_operands(a, b, is_list, seq, count, not_impl)) return not_impl;
  ListObject* l = as_list(a);
  std::vector<Ref> src = std::move(l->items);
  l->items.clear();
  repeat_into(l->items, src, count);
  return Ref(a);
}

static Ref list_new(Type* type, CallArgs) {
  if (type == &list_type) return new_list();
  return Ref::steal(alloc_instance<ListObject>(type));
}

static void list_init(Value self, CallArgs args) {
  if (type_of(self) == &list_type) check_no_kwargs("list", args);
  check_arg_range("list", args, 0, 1);
  ListObject* l = as_list(self);
  std::vector<Ref> old = std::move(l->items);
  l->items.clear();
  if (args.nargs == 1) list_extend(self, args.args[0]);
}

// ---------------------------------------------------------------- methods

static Ref none() { return Ref(Value::none()); }

static Ref m_append(Value self, CallArgs args) {
  check_exact_args("list.append", args, 1);
  list_append(self, args.args[0]);
  return none();
}

static Ref m_extend(Value self, CallArgs args) {
  check_exact_args("list.extend", args, 1);
  list_extend(self, args.args[0]);
  return none();
}

static Ref m_insert(Value self, CallArgs args) {
  check_arg_range("insert", args, 2, 2);
  int64_t i = index_int64(args.args[0]);
  ListObject* l = as_list(self);
  int64_t n = list_size(self);
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  l->items.insert(l->items.begin() + i, Ref(args.args[1]));
  return none();
}

static Ref m_pop(Value self, CallArgs args) {
  check_arg_range("pop", args, 0, 1);
  int64_t i = args.nargs ? index_int64(args.args[0]) : -1;
  ListObject* l = as_list(self);
  int64_t n = list_size(self);
  if (n == 0) raise_index_error("pop from empty list");
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise_index_error("pop index out of range");
  Ref item = std::move(l->items[i]);
  l->items.erase(l->items.begin() + i);
  return item;
}

static Ref m_remove(Value self, CallArgs args) {
  check_exact_args("list.remove", args, 1);
  ListObject* l = as_list(self);
  for (size_t i = 0; i < l->items.size(); i++) {
    Ref v = l->items[i];
    if (v.get().is(args.args[0]) || equals(v, args.args[0])) {
      if (i < l->items.size()) {
        Ref old = std::move(l->items[i]);
        l->items.erase(l->items.begin() + i);
      }
      return none();
    }
  }
  raise_value_error("list.remove(x): x not in list");
}

static Ref m_index(Value self, CallArgs args) {
  check_arg_range("index", args, 1, 3);
  ListObject* l = as_list(self);
  int64_t start = args.nargs > 1 ? clamp_slice_arg(args.args[1], list_size(self)) : 0;
  int64_t stop = args.nargs > 2 ? clamp_slice_arg(args.args[2], list_size(self)) : INT64_MAX;
  for (int64_t i = start; i < stop && i < list_size(self); i++) {
    Ref v = l->items[i];
    if (v.get().is(args.args[0]) || equals(v, args.args[0])) return Ref(Value::small_int(i));
  }
  raise_value_error(repr_string(args.args[0]) + " is not in list");
}

static Ref m_count(Value self, CallArgs args) {
  check_exact_args("list.count", args, 1);
  ListObject* l = as_list(self);
  int64_t n = 0;
  for (size_t i = 0; i < l->items.size(); i++) {
    Ref v = l->items[i];
    if (v.get().is(args.args[0]) || equals(v, args.args[0])) n++;
  }
  return Ref(Value::small_int(n));
}

static Ref m_clear(Value self, CallArgs args) {
  check_exact_args("list.clear", args, 0);
  std::vector<Ref> old = std::move(as_list(self)->items);
  as_list(self)->items.clear();
  return none();
}

static Ref m_copy(Value self, CallArgs args) {
  check_exact_args("list.copy", args, 0);
  ListObject* l = as_list(self);
  return make_list(reinterpret_cast<const Value*>(l->items.data()), list_size(self));
}

static Ref m_reverse(Value self, CallArgs args) {
  check_exact_args("list.reverse", args, 0);
  auto& v = as_list(self)->items;
  std::reverse(v.begin(), v.end());
  return none();
}

// ---------------------------------------------------------------- sort

namespace {

struct SortItem {
  Value key;    // what is compared (the item itself without key=)
  Value value;  // the item
};

// A stable merge sort in the spirit of CPython's timsort: binary insertion
// for short runs (comparing the later item against earlier ones, as timsort
// does, so TypeError messages name the operands in CPython's order), then
// pairwise merges that take from the right run only when strictly less.
// SortItem is trivially copyable, so a comparison that raises part-way
// leaves nothing to clean up; the caller restores the list.
class Sorter {
 public:
  explicit Sorter(std::vector<SortItem>& a) : a_(a), tmp_(a.size()) {}

  void sort() {
    size_t n = a_.size();
    constexpr size_t kRun = 32;
    for (size_t lo = 0; lo < n; lo += kRun) insertion_sort(lo, std::min(n, lo + kRun));
    for (size_t width = kRun; width < n; width *= 2)
      for (size_t lo = 0; lo + width < n; lo += 2 * width) merge(lo, lo + width, std::min(n, lo + 2 * width));
  }

 private:
  void insertion_sort(size_t lo, size_t hi) {
    for (size_t i = lo + 1; i < hi; i++) {
      SortItem pivot = a_[i];
      size_t l = lo, r = i;
      while (l < r) {
        size_t mid = l + (r - l) / 2;
        if (less_than(pivot.key, a_[mid].key))
          r = mid;
        else
          l = mid + 1;
      }
      for (size_t k = i; k > l; k--) a_[k] = a_[k - 1];
      a_[l] = pivot;
    }
  }

  void merge(size_t lo, size_t mid, size_t hi) {
    // Already in order: nothing to do (one comparison, as timsort's gallop would find).
    if (!less_than(a_[mid].key, a_[mid - 1].key)) return;
    std::copy(a_.begin() + lo, a_.begin() + mid, tmp_.begin());
    size_t i = 0, nl = mid - lo, j = mid, k = lo;
    while (i < nl && j < hi) {
      if (less_than(a_[j].key, tmp_[i].key))
        a_[k++] = a_[j++];
      else
        a_[k++] = tmp_[i++];
    }
    while (i < nl) a_[k++] = tmp_[i++];
  }

  std::vector<SortItem>& a_;
  std::vector<SortItem> tmp_;
};

}  // namespace

// list.sort(key=..., reverse=...): stable; the list is empty while sorting (so
// mutation during the sort is detected) and always holds its items afterwards.
void list_sort(Value self, Value key, bool reverse) {
  ListObject* l = as_list(self);
  std::vector<Ref> saved = std::move(l->items);
  l->items.clear();
  struct Restore {
    ListObject* l;
    std::vector<Ref>& saved;
    ~Restore() {
      std::vector<Ref> junk = std::move(l->items);  // anything added while sorting is dropped
      l->items = std::move(saved);
    }
  } restore{l, saved};

  std::vector<Ref> keys;
  if (!key.is_null() && !key.is_none()) {
    keys.reserve(saved.size());
    for (auto& item : saved) keys.push_back(call(key, {item.get()}));
  }
  std::vector<SortItem> work(saved.size());
  for (size_t i = 0; i < saved.size(); i++)
    work[i] = SortItem{keys.empty() ? saved[i].get() : keys[i].get(), saved[i].get()};
  if (reverse) std::reverse(work.begin(), work.end());
  Sorter(work).sort();
  if (reverse) std::reverse(work.begin(), work.end());

  bool modified = !l->items.empty();
  // Rebuild `saved` in sorted order: every value is still owned by `saved`,
  // so take new references before releasing the old vector.
  std::vector<Ref> sorted;
  sorted.reserve(work.size());
  for (auto& w : work) sorted.emplace_back(w.value);
  saved = std::move(sorted);
  if (modified) raise_value_error("list modified during sort");
}

static Ref m_sort(Value self, CallArgs args) {
  if (args.nargs) raise_type_error("sort() takes no positional arguments");
  Value key, reverse;
  for (size_t i = 0; i < args.nkwargs(); i++) {
    std::string_view name = str_view(args.kwnames->items()[i]);
    if (name == "key") {
      key = args.kwarg(i);
    } else if (name == "reverse") {
      reverse = args.kwarg(i);
    } else {
      raise_type_error("'" + std::string(name) + "' is an invalid keyword argument for sort()");
    }
  }
  bool rev = false;
  if (!reverse.is_null()) {
    if (!is_int(reverse)) raise_type_error("'" + type_name(reverse) + "' object cannot be interpreted as an integer");
    rev = truthy(reverse);
  }
  list_sort(self, key, rev);
  return none();
}

// ---------------------------------------------------------------- iterators

struct ListIterObject : Object {
  Ref seq;  // null once exhausted
  int64_t index = 0;
};

static Ref list_iter(Value self) {
  auto* it = new_object<ListIterObject>(&list_iterator_type);
  it->seq = Ref(self);
  return Ref::steal(it);
}

static Ref list_iter_next(Value self) {
  auto* it = self.as<ListIterObject>();
  if (it->seq.is_null()) return Ref();
  ListObject* l = as_list(it->seq);
  if (it->index < static_cast<int64_t>(l->items.size())) return l->items[it->index++];
  it->seq.reset();
  return Ref();
}

static Ref list_reversed(Value self, CallArgs args) {
  check_exact_args("__reversed__", args, 0);
  auto* it = new_object<ListIterObject>(&list_reverseiterator_type);
  it->seq = Ref(self);
  it->index = list_size(self) - 1;
  return Ref::steal(it);
}

static Ref list_reverse_iter_next(Value self) {
  auto* it = self.as<ListIterObject>();
  if (it->seq.is_null()) return Ref();
  ListObject* l = as_list(it->seq);
  if (it->index >= 0 && it->index < static_cast<int64_t>(l->items.size())) return l->items[it->index--];
  it->seq.reset();
  return Ref();
}

static Ref list_iter_length_hint(Value self, CallArgs args) {
  check_exact_args("__length_hint__", args, 0);
  auto* it = self.as<ListIterObject>();
  if (it->seq.is_null()) return Ref(Value::small_int(0));
  int64_t n = list_size(it->seq);
  if (type_of(self) == &list_reverseiterator_type) return Ref(Value::small_int(it->index < n ? it->index + 1 : 0));
  return Ref(Value::small_int(std::max<int64_t>(0, n - it->index)));
}

static void list_iter_traverse(Object* o, const Visitor& visit) {
  visit(static_cast<ListIterObject*>(o)->seq);
}
static void list_iter_clear(Object* o) { static_cast<ListIterObject*>(o)->seq.reset(); }

// ---------------------------------------------------------------- collector slots

// Last to first, as CPython: the collector then finds garbage in the same
// order, and finalizers run in the same order.
static void list_traverse(Object* o, const Visitor& visit) {
  const std::vector<Ref>& items = static_cast<ListObject*>(o)->items;
  for (size_t i = items.size(); i-- > 0;) visit(items[i]);
}

static void list_clear_refs(Object* o) {
  std::vector<Ref> items;
  items.swap(static_cast<ListObject*>(o)->items);
  // `items` dies here, after the list is empty.
}

static void init_iterator_type(Type& t, const char* name, NextFn next) {
  set_gc_slots(t, list_iter_traverse, list_iter_clear);
  init_static_type(t, name, sizeof(ListIterObject), dealloc_object<ListIterObject>);
  t.flags &= ~kTypeBaseType;
  t.getattr = generic_getattr;
  t.iter = iter_self;
  t.hash = identity_hash;
  t.next = next;
  add_method(t, "__length_hint__", list_iter_length_hint);
}

static Ref m_sizeof(Value self, CallArgs args) {
  check_exact_args("list.__sizeof__", args, 0);
  return int_from_int64(
      static_cast<int64_t>(sizeof(ListObject) + as_list(self)->items.capacity() * sizeof(Value)));
}

void init_list_type() {
  set_gc_slots(list_type, list_traverse, list_clear_refs);
  init_static_type(list_type, "list", sizeof(ListObject), list_dealloc);
  list_type.getattr = generic_getattr;
  list_type.repr = list_repr;
  list_type.hash = nullptr;
  list_type.compare = list_compare;
  list_type.len = list_len;
  list_type.truthy = list_truthy;
  list_type.contains = list_contains;
  list_type.getitem = list_getitem;
  list_type.setitem = list_setitem;
  list_type.iter = list_iter;
  list_type.binary[int(BinaryOp::Add)] = list_add;
  list_type.binary[int(BinaryOp::Mul)] = list_mul;
  list_type.inplace[int(BinaryOp::Add)] = list_inplace_add;
  list_type.inplace[int(BinaryOp::Mul)] = list_inplace_mul;
  list_type.new_instance = list_new;
  list_type.init = list_init;
  add_method(list_type, "append", m_append);
  add_method(list_type, "extend", m_extend);
  add_method(list_type, "insert", m_insert);
  add_method(list_type, "pop", m_pop);
  add_method(list_type, "remove", m_remove);
  add_method(list_type, "index", m_index);
  add_method(list_type, "count", m_count);
  add_method(list_type, "clear", m_clear);
  add_method(list_type, "copy", m_copy);
  add_method(list_type, "reverse", m_reverse);
  add_method(list_type, "sort", m_sort);
  add_method(list_type, "__reversed__", list_reversed);
  add_method(list_type, "__sizeof__", m_sizeof);
  add_class_method(list_type, "__class_getitem__", class_getitem_generic_alias);

  init_iterator_type(list_iterator_type, "list_iterator", list_iter_next);
  init_iterator_type(list_reverseiterator_type, "list_reverseiterator", list_reverse_iter_next);
}

}  // namespace gilt
