// dict: the compact, insertion-ordered hash map (see dict_object.h), its
// views (keys/values/items) and their iterators.
//
// Layout: `entries` is dense, in insertion order; a deleted entry keeps its
// place with a null key (a hole) until the next resize compacts the array.
// `index` is the open-addressed table, a power of two in size (or empty for a
// dict that never held anything): -1 marks a never-used slot, -2 a slot whose
// entry was deleted (probing continues past it), anything else is a position
// in `entries`. The table is rebuilt when `entries` (holes included) reaches
// 2/3 of it, which bounds probe lengths.
//
// Probing follows CPython's recurrence (i = 5i + 1 + perturb, perturb >>= 5)
// so that every slot is eventually visited whatever the hash.
//
// Comparing keys may run Python code (__eq__) that mutates this very dict;
// after such a call the lookup checks the entry it was comparing is still
// in place, and starts over if not, as CPython does.
#include "runtime/dict_object.h"

#include <atomic>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/container_util.h"
#include "runtime/exceptions.h"
#include "runtime/generic_alias.h"
#include "runtime/getset_descriptor.h"
#include "runtime/list_object.h"
#include "runtime/mappingproxy_object.h"
#include "runtime/misc_objects.h"
#include "runtime/set_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

Type dict_type;
static Type dict_keys_type, dict_values_type, dict_items_type;
static Type dict_keyiterator_type, dict_valueiterator_type, dict_itemiterator_type;
static Type dict_reverse_keyiterator_type, dict_reverse_valueiterator_type, dict_reverse_itemiterator_type;

static constexpr int32_t kEmptySlot = -1;
static constexpr int32_t kDummySlot = -2;
static constexpr size_t kMinIndexSize = 8;

static std::atomic<uint64_t> next_dict_version_range{1};

DictObject::DictObject() : version(next_dict_version_range.fetch_add(1, std::memory_order_relaxed) << 32) {}

DictObject::~DictObject() {
  for (auto& e : entries) {
    decref(e.key);
    decref(e.value);
  }
}

// Untracked until something collectable goes in (dict_maintain_tracking).
Ref new_dict() {
  auto* d = new (gc_allocate(sizeof(DictObject), /*track=*/false)) DictObject();
  d->type = &dict_type;
  return Ref::steal(d);
}

static bool is_exact_str(Value v) { return v.is_object() && v.object()->type == &str_type; }

static int64_t key_hash(Value key) {
  if (is_exact_str(key)) return str_hash(key.as<StrObject>());
  return hash(key);
}

static size_t usable(size_t index_size) { return index_size * 2 / 3; }

// Rebuilds the index for at least `min_used` live entries, dropping holes.
static void dict_resize(DictObject* d, size_t min_used) {
  size_t size = kMinIndexSize;
  while (usable(size) <= min_used) size *= 2;
  if (size > (size_t(1) << 31)) raise_memory_error();
  if (static_cast<int64_t>(d->entries.size()) != d->used) {
    DictEntries live;
    live.reserve(static_cast<size_t>(d->used));
    for (auto& e : d->entries)
      if (!e.key.is_null()) live.push_back(e);
    d->entries = std::move(live);
  }
  d->entries.reserve(usable(size));
  d->index.assign(size, kEmptySlot);
  d->key_filter = 0;
  size_t mask = size - 1;
  for (size_t ix = 0; ix < d->entries.size(); ix++) {
    d->key_filter |= dict_filter_bit(d->entries[ix].hash);
    auto perturb = static_cast<uint64_t>(d->entries[ix].hash);
    size_t i = perturb & mask;
    while (d->index[i] != kEmptySlot) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    d->index[i] = static_cast<int32_t>(ix);
  }
}

// The position in `entries` of `key` (whose hash is `h`), or -1.
static int64_t dict_find(DictObject* d, Value key, int64_t h) {
restart:
  if (d->index.empty()) return -1;
  size_t mask = d->index.size() - 1;
  auto perturb = static_cast<uint64_t>(h);
  size_t i = perturb & mask;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmptySlot) return -1;
    if (ix >= 0) {
      const DictEntry& e = d->entries[ix];
      if (e.key.is(key)) return ix;
      if (e.hash == h) {
        if (is_exact_str(e.key) && is_exact_str(key)) {
          if (str_equals(e.key.as<StrObject>(), key.as<StrObject>())) return ix;
        } else {
          Ref start_key(e.key);
          const DictEntry* data = d->entries.data();
          size_t index_size = d->index.size();
          bool eq = equals(start_key, key);
          if (d->entries.data() != data || d->index.size() != index_size ||
              static_cast<size_t>(ix) >= d->entries.size() || !d->entries[ix].key.is(start_key))
            goto restart;  // the comparison changed the dict under us
          if (eq) return ix;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// The index slot that points at entry `ix` (which must be live).
static size_t dict_slot_of(const DictObject* d, int64_t h, int64_t ix) {
  size_t mask = d->index.size() - 1;
  auto perturb = static_cast<uint64_t>(h);
  size_t i = perturb & mask;
  while (d->index[i] != ix) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

static void dict_insert(DictObject* d, Value key, int64_t h, Value value) {
  dict_maintain_tracking(d, key, value);
  int64_t ix = dict_find(d, key, h);
  if (ix >= 0) {
    Value old = d->entries[ix].value;
    incref(value);
    d->entries[ix].value = value;
    d->version++;
    decref(old);
    return;
  }
  if (d->index.empty() || d->entries.size() >= usable(d->index.size()))
    dict_resize(d, static_cast<size_t>(d->used) * 3 / 2 + 1);
  size_t mask = d->index.size() - 1;
  auto perturb = static_cast<uint64_t>(h);
  size_t i = perturb & mask;
  while (d->index[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  incref(key);
  incref(value);
  d->index[i] = static_cast<int32_t>(d->entries.size());
  d->entries.push_back(DictEntry{h, key, value});
  d->key_filter |= dict_filter_bit(h);
  d->used++;
  d->version++;
}

Value dict_get(DictObject* d, Value key) {
  int64_t h = key_hash(key);
  int64_t ix = dict_find(d, key, h);
  return ix < 0 ? Value() : d->entries[ix].value;
}

Value dict_get_str(DictObject* d, StrObject* key) {
  int64_t ix = dict_find_str(d, key);
  return ix < 0 ? Value() : d->entries[ix].value;
}

int64_t dict_find_str(DictObject* d, StrObject* key) {
  if (d->index.empty()) return -1;
  int64_t h = str_hash(key);
  size_t mask = d->index.size() - 1;
  auto perturb = static_cast<uint64_t>(h);
  size_t i = perturb & mask;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmptySlot) return -1;
    if (ix >= 0) {
      const DictEntry& e = d->entries[ix];
      if (e.key.object() == key) return ix;
      if (e.hash == h) {
        // A non-str key equal to a str needs the general path.
        if (!is_exact_str(e.key)) return dict_find(d, Value::object(key), h);
        if (str_equals(e.key.as<StrObject>(), key)) return ix;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void dict_set(DictObject* d, Value key, Value value) { dict_insert(d, key, key_hash(key), value); }

// Removes entry `ix`; the caller has checked it is live.
static void dict_remove_entry(DictObject* d, int64_t ix) {
  DictEntry& e = d->entries[ix];
  d->index[dict_slot_of(d, e.hash, ix)] = kDummySlot;
  Value key = e.key, value = e.value;
  e.key = Value();
  e.value = Value();
  d->used--;
  d->version++;
  decref(key);
  decref(value);
}

bool dict_del(DictObject* d, Value key) {
  int64_t ix = dict_find(d, key, key_hash(key));
  if (ix < 0) return false;
  dict_remove_entry(d, ix);
  return true;
}

void dict_clear(DictObject* d) {
  DictEntries old = std::move(d->entries);
  d->entries.clear();
  d->index.clear();
  d->key_filter = 0;
  d->used = 0;
  d->version++;
  for (auto& e : old) {
    decref(e.key);
    decref(e.value);
  }
}

bool dict_next(const DictObject* d, int64_t& pos, Value& key, Value& value) {
  while (pos >= 0 && static_cast<size_t>(pos) < d->entries.size()) {
    const DictEntry& e = d->entries[pos++];
    if (!e.key.is_null()) {
      key = e.key;
      value = e.value;
      return true;
    }
  }
  return false;
}

// A snapshot of a dict's live entries, holding references: safe to walk
// while Python code runs.
struct EntrySnapshot {
  int64_t hash;
  Ref key, value;
};
static std::vector<EntrySnapshot> snapshot(const DictObject* d) {
  std::vector<EntrySnapshot> out;
  out.reserve(static_cast<size_t>(d->used));
  for (auto& e : d->entries)
    if (!e.key.is_null()) out.push_back({e.hash, e.key, e.value});
  return out;
}


void dict_update(DictObject* d, Value other) {
  if (is_dict(other)) {
    DictObject* o = as_dict(other);
    if (o == d) return;
    if (d->used == 0 && o->used > 0) dict_resize(d, static_cast<size_t>(o->used));
    for (auto& e : snapshot(o)) dict_insert(d, e.key, e.hash, e.value);
    return;
  }
  Ref keys_method = try_get_attr(other, GILT_NAME("keys"));
  if (keys_method.is_null()) raise_type_error("'" + type_name(other) + "' object is not a mapping");
  Ref keys = call(keys_method, {});
  for_each_item(keys, [&](Value key) {
    Ref value = get_item(other, key);
    dict_set(d, key, value);
  });
}

// update()/dict() with one positional argument: a mapping, or an iterable of
// key/value pairs.
static void dict_update_arg(DictObject* d, Value arg) {
  if (is_dict(arg) || !try_get_attr(arg, GILT_NAME("keys")).is_null()) return dict_update(d, arg);
  int64_t n = 0;
  for_each_item(arg, [&](Value item) {
    Ref pair;
    if (is_list(item) || is_tuple(item)) {
      pair = Ref(item);
    } else {
      try {
        pair = list_from_iterable(item);
      } catch (PyException& e) {
        if (!type_of(e.exception)->is_subtype_of(&exc::TypeError)) throw;
        raise_type_error("cannot convert dictionary update sequence element #" + std::to_string(n) +
                         " to a sequence");
      }
    }
    int64_t len = is_tuple(pair) ? pair.as<TupleObject>()->size : static_cast<int64_t>(as_list(pair)->items.size());
    if (len != 2)
      raise_value_error("dictionary update sequence element #" + std::to_string(n) + " has length " +
                        std::to_string(len) + "; 2 is required");
    Ref key, value;
    if (is_tuple(pair)) {
      key = pair.as<TupleObject>()->items()[0];
      value = pair.as<TupleObject>()->items()[1];
    } else {
      key = as_list(pair)->items[0];
      value = as_list(pair)->items[1];
    }
    dict_set(d, key, value);
    n++;
  });
}

static void dict_update_kwargs(DictObject* d, CallArgs args) {
  for (size_t i = 0; i < args.nkwargs(); i++) dict_set(d, args.kwnames->items()[i], args.kwarg(i));
}

static Ref dict_copy_of(DictObject* src) {
  Ref result = new_dict();
  dict_update(as_dict(result), Value::object(src));
  return result;
}

// ---------------------------------------------------------------- slots

static Ref dict_repr(Value self) {
  DictObject* d = as_dict(self);
  if (d->used == 0) return new_str("{}");
  ReprGuard guard(self.object());
  if (!guard.entered()) return new_str("{...}");
  std::string out = "{";
  bool first = true;
  for (int64_t pos = 0; static_cast<size_t>(pos) < d->entries.size(); pos++) {
    if (d->entries[pos].key.is_null()) continue;
    Ref key = d->entries[pos].key, value = d->entries[pos].value;
    if (!first) out += ", ";
    first = false;
    out += repr_string(key);
    out += ": ";
    out += repr_string(value);
  }
  out += "}";
  return new_str(out);
}

static bool dict_equal(DictObject* a, DictObject* b) {
  if (a->used != b->used) return false;
  for (size_t pos = 0; pos < a->entries.size(); pos++) {
    if (a->entries[pos].key.is_null()) continue;
    Ref key = a->entries[pos].key, value = a->entries[pos].value;
    int64_t ix = dict_find(b, key, a->entries[pos].hash);
    if (ix < 0) return false;
    Ref other = b->entries[ix].value;
    if (!value.get().is(other) && !equals(value, other)) return false;
  }
  return true;
}

static Ref dict_compare(Value a, Value b, CompareOp op) {
  if (!is_dict(a) || !is_dict(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) return Ref(not_implemented());
  bool eq = dict_equal(as_dict(a), as_dict(b));
  return bool_ref(op == CompareOp::Eq ? eq : !eq);
}

static int64_t dict_len(Value self) { return as_dict(self)->used; }
static bool dict_truthy(Value self) { return as_dict(self)->used != 0; }
static bool dict_contains(Value self, Value key) { return !dict_get(as_dict(self), key).is_null(); }

static Ref dict_getitem(Value self, Value key) {
  Value v = dict_get(as_dict(self), key);
  if (!v.is_null()) return Ref(v);
  if (type_of(self) != &dict_type) {
    Ref r = call_method_if_present(self, GILT_NAME("__missing__"), {key});
    if (!r.is_null()) return r;
  }
  raise_key_error(key);
}

static void dict_setitem(Value self, Value key, Value value) {
  if (value.is_null()) {
    if (!dict_del(as_dict(self), key)) raise_key_error(key);
    return;
  }
  dict_set(as_dict(self), key, value);
}

static Ref dict_or(Value a, Value b) {
  if (!is_dict(a) || !is_dict(b)) return Ref(not_implemented());
  Ref result = dict_copy_of(as_dict(a));
  dict_update(as_dict(result), b);
  return result;
}

static Ref dict_inplace_or(Value a, Value b) {
  dict_update_arg(as_dict(a), b);
  return Ref(a);
}

static Ref dict_new(Type* type, CallArgs) {
  if (type == &dict_type) return new_dict();
  return Ref::steal(alloc_instance<DictObject>(type));
}

// check_arg_range on the positional arguments only (dict() takes **kwargs).
static void check_positional_range(const char* fname, CallArgs args, size_t min, size_t max) {
  CallArgs positional = args;
  positional.kwnames = nullptr;
  check_arg_range(fname, positional, min, max);
}

static void dict_init(Value self, CallArgs args) {
  check_positional_range("dict", args, 0, 1);
  if (args.nargs) dict_update_arg(as_dict(self), args.args[0]);
  dict_update_kwargs(as_dict(self), args);
}

// ---------------------------------------------------------------- views

struct DictViewObject : Object {
  Ref dict;
};

static Ref new_view(Type* type, Value dict) {
  auto* v = new_object<DictViewObject>(type);
  v->dict = Ref(dict);
  return Ref::steal(v);
}

static DictObject* view_dict(Value view) { return as_dict(view.as<DictViewObject>()->dict); }

static Ref items_tuple(Value key, Value value) { return make_tuple({key, value}); }

static Ref view_repr(Value self) {
  ReprGuard guard(self.object());
  if (!guard.entered()) return new_str("...");
  Ref list = list_from_iterable(self);
  return new_str(type_of(self)->name + "(" + repr_string(list) + ")");
}

static int64_t view_len(Value self) { return view_dict(self)->used; }

static bool keys_contains(Value self, Value key) { return dict_contains(self.as<DictViewObject>()->dict, key); }

static bool items_contains(Value self, Value item) {
  if (!is_tuple(item) || item.as<TupleObject>()->size != 2) return false;
  auto* t = item.as<TupleObject>();
  Value v = dict_get(view_dict(self), t->items()[0]);
  if (v.is_null()) return false;
  Ref value(v);
  return value.get().is(t->items()[1]) || equals(value, t->items()[1]);
}

static bool is_set_like_view(Value v) {
  Type* t = type_of(v);
  return t == &dict_keys_type || t == &dict_items_type;
}

// Does every item of `a` occur in `b`?
static bool all_contained_in(Value a, Value b) {
  bool all = true;
  Ref it = get_iter(a);
  for (;;) {
    Ref item = iter_next(it);
    if (item.is_null()) break;
    if (!contains(b, item)) {
      all = false;
      break;
    }
  }
  return all;
}

static Ref view_compare(Value a, Value b, CompareOp op) {
  if (!is_anyset(b) && !is_set_like_view(b)) return Ref(not_implemented());
  int64_t la = length(a), lb = length(b);
  bool ok = false;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      ok = la == lb && all_contained_in(a, b);
      if (op == CompareOp::Ne) ok = !ok;
      break;
    case CompareOp::Lt: ok = la < lb && all_contained_in(a, b); break;
    case CompareOp::Le: ok = la <= lb && all_contained_in(a, b); break;
    case CompareOp::Gt: ok = la > lb && all_contained_in(b, a); break;
    case CompareOp::Ge: ok = la >= lb && all_contained_in(b, a); break;
  }
  return bool_ref(ok);
}

// Set operations on keys/items views: set(a) <op>= b, as CPython's dictviews_*.
static Ref view_set_op(Value a, Value b, BinaryOp op) {
  Ref result = new_set();
  set_update(result, a);
  switch (op) {
    case BinaryOp::Or: set_update(result, b); break;
    case BinaryOp::And: result = set_intersection(result, b); break;
    case BinaryOp::Sub: set_difference_update(result, b); break;
    default: set_symmetric_difference_update(result, b); break;
  }
  return result;
}
static Ref view_or(Value a, Value b) { return view_set_op(a, b, BinaryOp::Or); }
static Ref view_and(Value a, Value b) { return view_set_op(a, b, BinaryOp::And); }
static Ref view_sub(Value a, Value b) { return view_set_op(a, b, BinaryOp::Sub); }
static Ref view_xor(Value a, Value b) { return view_set_op(a, b, BinaryOp::Xor); }

static Ref view_isdisjoint(Value self, CallArgs args) {
  check_exact_args("isdisjoint", args, 1);
  bool disjoint = true;
  for_each_item(args.args[0], [&](Value item) {
    if (disjoint && contains(self, item)) disjoint = false;
  });
  return bool_ref(disjoint);
}

// ---------------------------------------------------------------- iterators

struct DictIterObject : Object {
  Ref dict;  // null once exhausted
  int64_t pos = 0;
  int64_t expected_used = 0;  // the dict's size when iteration started; -1 after an error
  int64_t remaining = 0;
};

static Ref new_dict_iter(Type* type, Value dict) {
  auto* it = new_object<DictIterObject>(type);
  it->dict = Ref(dict);
  it->expected_used = as_dict(dict)->used;
  it->remaining = as_dict(dict)->used;
  return Ref::steal(it);
}

// The next live entry, or null at the end (after which the iterator lets go
// of its dict). Raises when the dict changed size since iteration started.
static const DictEntry* dict_iter_advance(DictIterObject* it) {
  if (it->dict.is_null()) return nullptr;
  DictObject* d = as_dict(it->dict);
  if (it->expected_used != d->used) {
    it->expected_used = -1;  // stays broken, as CPython's
    raise(&exc::RuntimeError, "dictionary changed size during iteration");
  }
  while (static_cast<size_t>(it->pos) < d->entries.size() && d->entries[it->pos].key.is_null()) it->pos++;
  if (static_cast<size_t>(it->pos) >= d->entries.size()) {
    it->dict.reset();
    return nullptr;
  }
  if (it->remaining == 0) {
    it->remaining = -1;
    raise(&exc::RuntimeError, "dictionary keys changed during iteration");
  }
  it->remaining--;
  return &d->entries[it->pos++];
}

// reversed(d): the same walk from the last entry back.
static const DictEntry* dict_iter_retreat(DictIterObject* it) {
  if (it->dict.is_null()) return nullptr;
  DictObject* d = as_dict(it->dict);
  if (it->expected_used != d->used) {
    it->expected_used = -1;
    raise(&exc::RuntimeError, "dictionary changed size during iteration");
  }
  if (it->pos >= static_cast<int64_t>(d->entries.size()))
    it->pos = static_cast<int64_t>(d->entries.size()) - 1;
  while (it->pos >= 0 && d->entries[it->pos].key.is_null()) it->pos--;
  if (it->pos < 0 || it->remaining <= 0) {
    it->dict.reset();
    return nullptr;
  }
  it->remaining--;
  return &d->entries[it->pos--];
}

static Ref dict_reverse_keyiter_next(Value self) {
  const DictEntry* e = dict_iter_retreat(self.as<DictIterObject>());
  return e ? Ref(e->key) : Ref();
}
static Ref dict_reverse_valueiter_next(Value self) {
  const DictEntry* e = dict_iter_retreat(self.as<DictIterObject>());
  return e ? Ref(e->value) : Ref();
}
static Ref dict_reverse_itemiter_next(Value self) {
  const DictEntry* e = dict_iter_retreat(self.as<DictIterObject>());
  return e ? items_tuple(e->key, e->value) : Ref();
}

static Ref new_reverse_iter(Type* type, Value dict) {
  Ref it = new_dict_iter(type, dict);
  it.as<DictIterObject>()->pos = static_cast<int64_t>(as_dict(dict)->entries.size()) - 1;
  return it;
}

static Ref dict_keyiter_next(Value self) {
  const DictEntry* e = dict_iter_advance(self.as<DictIterObject>());
  return e ? Ref(e->key) : Ref();
}
static Ref dict_valueiter_next(Value self) {
  const DictEntry* e = dict_iter_advance(self.as<DictIterObject>());
  return e ? Ref(e->value) : Ref();
}
static Ref dict_itemiter_next(Value self) {
  const DictEntry* e = dict_iter_advance(self.as<DictIterObject>());
  return e ? items_tuple(e->key, e->value) : Ref();
}

static Ref dict_iter(Value self) { return new_dict_iter(&dict_keyiterator_type, self); }
static Ref keys_iter(Value self) { return new_dict_iter(&dict_keyiterator_type, self.as<DictViewObject>()->dict); }
static Ref values_iter(Value self) {
  return new_dict_iter(&dict_valueiterator_type, self.as<DictViewObject>()->dict);
}
static Ref items_iter(Value self) { return new_dict_iter(&dict_itemiterator_type, self.as<DictViewObject>()->dict); }

static Ref dict_iter_length_hint(Value self, CallArgs args) {
  check_exact_args("__length_hint__", args, 0);
  auto* it = self.as<DictIterObject>();
  bool live = !it->dict.is_null() && it->expected_used == as_dict(it->dict)->used;
  return Ref(Value::small_int(live ? std::max<int64_t>(0, it->remaining) : 0));
}

// ---------------------------------------------------------------- methods

static Ref none() { return Ref(Value::none()); }

static Ref m_keys(Value self, CallArgs args) {
  check_exact_args("dict.keys", args, 0);
  return new_view(&dict_keys_type, self);
}
static Ref m_values(Value self, CallArgs args) {
  check_exact_args("dict.values", args, 0);
  return new_view(&dict_values_type, self);
}
static Ref m_items(Value self, CallArgs args) {
  check_exact_args("dict.items", args, 0);
  return new_view(&dict_items_type, self);
}

static Ref m_get(Value self, CallArgs args) {
  check_arg_range("get", args, 1, 2);
  Value v = dict_get(as_dict(self), args.args[0]);
  if (!v.is_null()) return Ref(v);
  return args.nargs > 1 ? Ref(args.args[1]) : none();
}

static Ref m_setdefault(Value self, CallArgs args) {
  check_arg_range("setdefault", args, 1, 2);
  DictObject* d = as_dict(self);
  int64_t h = key_hash(args.args[0]);
  int64_t ix = dict_find(d, args.args[0], h);
  if (ix >= 0) return Ref(d->entries[ix].value);
  Value deflt = args.nargs > 1 ? args.args[1] : Value::none();
  dict_insert(d, args.args[0], h, deflt);
  return Ref(deflt);
}

static Ref m_pop(Value self, CallArgs args) {
  check_arg_range("pop", args, 1, 2);
  DictObject* d = as_dict(self);
  int64_t ix = d->used ? dict_find(d, args.args[0], key_hash(args.args[0])) : -1;
  if (ix < 0) {
    if (args.nargs > 1) return Ref(args.args[1]);
    raise_key_error(args.args[0]);
  }
  Ref value = d->entries[ix].value;
  dict_remove_entry(d, ix);
  return value;
}

static Ref m_popitem(Value self, CallArgs args) {
  check_exact_args("dict.popitem", args, 0);
  DictObject* d = as_dict(self);
  if (d->used == 0) raise_key_error(new_str("popitem(): dictionary is empty"));
  while (d->entries.back().key.is_null()) d->entries.pop_back();  // trailing holes
  int64_t ix = static_cast<int64_t>(d->entries.size()) - 1;
  Ref result = items_tuple(d->entries[ix].key, d->entries[ix].value);
  dict_remove_entry(d, ix);
  d->entries.pop_back();
  return result;
}

static Ref m_update(Value self, CallArgs args) {
  check_positional_range("update", args, 0, 1);
  if (args.nargs) dict_update_arg(as_dict(self), args.args[0]);
  dict_update_kwargs(as_dict(self), args);
  return none();
}

static Ref m_clear(Value self, CallArgs args) {
  check_exact_args("dict.clear", args, 0);
  dict_clear(as_dict(self));
  return none();
}

static Ref m_copy(Value self, CallArgs args) {
  check_exact_args("dict.copy", args, 0);
  return dict_copy_of(as_dict(self));
}

static Ref m_fromkeys(Value cls, CallArgs args) {
  check_arg_range("fromkeys", args, 1, 2);
  Value value = args.nargs > 1 ? args.args[1] : Value::none();
  Ref result = cls.is(Value::object(&dict_type)) ? new_dict() : call(cls, {});
  if (is_dict(result) && type_of(result) == &dict_type) {
    for_each_item(args.args[0], [&](Value key) { dict_set(as_dict(result), key, value); });
  } else {
    for_each_item(args.args[0], [&](Value key) { set_item(result, key, value); });
  }
  return result;
}

static Ref m_reversed(Value self, CallArgs args) {
  check_exact_args("__reversed__", args, 0);
  return new_reverse_iter(&dict_reverse_keyiterator_type, self);
}

static Ref view_reversed(Value self, CallArgs args) {
  check_exact_args("__reversed__", args, 0);
  Type* t = type_of(self);
  Type* it = t == &dict_keys_type     ? &dict_reverse_keyiterator_type
             : t == &dict_values_type ? &dict_reverse_valueiterator_type
                                      : &dict_reverse_itemiterator_type;
  return new_reverse_iter(it, self.as<DictViewObject>()->dict);
}

static Ref m_sizeof(Value self, CallArgs args) {
  check_exact_args("dict.__sizeof__", args, 0);
  auto* d = as_dict(self);
  return int_from_int64(static_cast<int64_t>(sizeof(DictObject) + d->entries.capacity() * sizeof(DictEntry) +
                                             d->index.capacity() * sizeof(int32_t)));
}

static Ref view_mapping(Value self) { return new_mappingproxy(self.as<DictViewObject>()->dict); }

// ---------------------------------------------------------------- collector slots

static void dict_traverse(Object* o, const Visitor& visit) {
  for (const DictEntry& e : static_cast<DictObject*>(o)->entries) {
    if (e.key.is_null()) continue;
    visit(e.key);
    visit(e.value);
  }
}

static void dict_clear_refs(Object* o) { dict_clear(static_cast<DictObject*>(o)); }

// Views have no clear: a cycle through one passes through its dict.
static void view_traverse(Object* o, const Visitor& visit) { visit(static_cast<DictViewObject*>(o)->dict); }
static void dict_iter_traverse(Object* o, const Visitor& visit) {
  visit(static_cast<DictIterObject*>(o)->dict);
}
static void dict_iter_clear(Object* o) { static_cast<DictIterObject*>(o)->dict.reset(); }

static void init_view_type(Type& t, const char* name, UnaryFn iter, ContainsFn contains_fn) {
  set_gc_slots(t, view_traverse, nullptr);
  init_static_type(t, name, sizeof(DictViewObject), dealloc_object<DictViewObject>);
  t.flags &= ~kTypeBaseType;
  t.getattr = generic_getattr;
  t.repr = view_repr;
  t.len = view_len;
  t.iter = iter;
  t.contains = contains_fn;
  add_method(t, "__reversed__", view_reversed);
  add_getset(t, "mapping", view_mapping);
}

static void init_dict_iter_type(Type& t, const char* name, NextFn next) {
  set_gc_slots(t, dict_iter_traverse, dict_iter_clear);
  init_static_type(t, name, sizeof(DictIterObject), dealloc_object<DictIterObject>);
  t.flags &= ~kTypeBaseType;
  t.getattr = generic_getattr;
  t.iter = iter_self;
  t.hash = identity_hash;
  t.next = next;
  add_method(t, "__length_hint__", dict_iter_length_hint);
}

void init_dict_type() {
  set_gc_slots(dict_type, dict_traverse, dict_clear_refs);
  init_static_type(dict_type, "dict", sizeof(DictObject), dealloc_object<DictObject>);
  dict_type.getattr = generic_getattr;
  dict_type.repr = dict_repr;
  dict_type.hash = nullptr;
  dict_type.compare = dict_compare;
  dict_type.len = dict_len;
  dict_type.truthy = dict_truthy;
  dict_type.contains = dict_contains;
  dict_type.getitem = dict_getitem;
  dict_type.setitem = dict_setitem;
  dict_type.iter = dict_iter;
  dict_type.binary[int(BinaryOp::Or)] = dict_or;
  dict_type.inplace[int(BinaryOp::Or)] = dict_inplace_or;
  dict_type.new_instance = dict_new;
  dict_type.init = dict_init;
  add_method(dict_type, "keys", m_keys);
  add_method(dict_type, "values", m_values);
  add_method(dict_type, "items", m_items);
  add_method(dict_type, "get", m_get);
  add_method(dict_type, "setdefault", m_setdefault);
  add_method(dict_type, "pop", m_pop);
  add_method(dict_type, "popitem", m_popitem);
  add_method(dict_type, "update", m_update);
  add_method(dict_type, "clear", m_clear);
  add_method(dict_type, "copy", m_copy);
  add_method(dict_type, "__reversed__", m_reversed);
  add_method(dict_type, "__sizeof__", m_sizeof);
  add_class_method(dict_type, "fromkeys", m_fromkeys);
  add_class_method(dict_type, "__class_getitem__", class_getitem_generic_alias);

  init_view_type(dict_keys_type, "dict_keys", keys_iter, keys_contains);
  init_view_type(dict_values_type, "dict_values", values_iter, nullptr);  // `in` iterates
  dict_values_type.hash = identity_hash;
  init_view_type(dict_items_type, "dict_items", items_iter, items_contains);
  for (Type* t : {&dict_keys_type, &dict_items_type}) {
    t->compare = view_compare;
    t->binary[int(BinaryOp::Or)] = view_or;
    t->binary[int(BinaryOp::And)] = view_and;
    t->binary[int(BinaryOp::Sub)] = view_sub;
    t->binary[int(BinaryOp::Xor)] = view_xor;
    add_method(*t, "isdisjoint", view_isdisjoint);
  }

  init_dict_iter_type(dict_keyiterator_type, "dict_keyiterator", dict_keyiter_next);
  init_dict_iter_type(dict_valueiterator_type, "dict_valueiterator", dict_valueiter_next);
  init_dict_iter_type(dict_itemiterator_type, "dict_itemiterator", dict_itemiter_next);
  init_dict_iter_type(dict_reverse_keyiterator_type, "dict_reversekeyiterator", dict_reverse_keyiter_next);
  init_dict_iter_type(dict_reverse_valueiterator_type, "dict_reversevalueiterator",
                      dict_reverse_valueiter_next);
  init_dict_iter_type(dict_reverse_itemiterator_type, "dict_reverseitemiterator", dict_reverse_itemiter_next);
}

}  // namespace gilt
