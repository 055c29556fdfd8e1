// set, frozenset and the set iterator.
//
// The hash table mirrors CPython's: a slot is unused (null key, hash 0), a
// dummy left by a deletion (the dummy key, hash -1), or live. A lookup first
// scans up to kLinearProbes slots after the home slot (cache friendly), then
// jumps with the perturbed recurrence i = 5i + 1 + perturb, perturb >>= 5.
// The table grows when live + dummy slots reach 3/5 of it.
//
// Comparing keys may run Python code that mutates the set; after such a call
// the operation checks the slot still holds the key it was comparing and
// restarts otherwise.
#include "runtime/set_object.h"

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/container_util.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/generic_alias.h"
#include "runtime/list_object.h"
#include "runtime/tuple_object.h"
#include "runtime/misc_objects.h"

namespace gilt {

Type set_type, frozenset_type;
static Type set_iterator_type;

static constexpr size_t kMinSetSize = 8;
static constexpr size_t kLinearProbes = 9;

// Marks a deleted slot. Never counted, never dereferenced.
static Object dummy_object{kImmortal, nullptr};
static Value dummy() { return Value::object(&dummy_object); }
static bool is_live(const SetEntry& e) { return !e.key.is_null() && !e.key.is(dummy()); }

SetObject::~SetObject() {
  for (auto& e : table)
    if (is_live(e)) decref(e.key);
}

static bool is_exact_str(Value v) { return v.is_object() && v.object()->type == &str_type; }

static int64_t key_hash(Value key) {
  if (is_exact_str(key)) return str_hash(key.as<StrObject>());
  return hash(key);
}

// The base type of results of operations on `t`: set or frozenset.
static Type* base_set_type(Type* t) { return t->is_subtype_of(&set_type) ? &set_type : &frozenset_type; }

static Ref alloc_set(Type* type) {
  SetObject* s = (type == &set_type || type == &frozenset_type) ? new_object<SetObject>(type)
                                                                 : alloc_instance<SetObject>(type);
  Ref result = Ref::steal(s);
  s->table.assign(kMinSetSize, SetEntry{});
  return result;
}

static void insert_clean(std::vector<SetEntry>& table, Value key, int64_t hash) {
  size_t mask = table.size() - 1;
  auto perturb = static_cast<uint64_t>(hash);
  size_t i = perturb & mask;
  for (;;) {
    if (table[i].key.is_null()) break;
    if (i + kLinearProbes <= mask) {
      size_t j = 1;
      for (; j <= kLinearProbes; j++)
        if (table[i + j].key.is_null()) break;
      if (j <= kLinearProbes) {
        i += j;
        break;
      }
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
  table[i] = SetEntry{key, hash};
}

static void set_resize(SetObject* s, int64_t min_used) {
  size_t size = kMinSetSize;
  while (size <= static_cast<size_t>(min_used)) size <<= 1;
  std::vector<SetEntry> old = std::move(s->table);
  s->table.assign(size, SetEntry{});
  if (s->fill == s->used) {
    for (auto& e : old)
      if (!e.key.is_null()) insert_clean(s->table, e.key, e.hash);
  } else {
    s->fill = s->used;
    for (auto& e : old)
      if (is_live(e)) insert_clean(s->table, e.key, e.hash);
  }
}

// Does the comparison of slot j's key with `key` find them equal? Sets
// `restart` when the comparison changed the table.
static bool keys_match(SetObject* s, size_t j, Value key, bool& restart) {
  Value start = s->table[j].key;
  if (is_exact_str(start) && is_exact_str(key)) return str_equals(start.as<StrObject>(), key.as<StrObject>());
  Ref start_ref(start);
  const SetEntry* data = s->table.data();
  size_t size = s->table.size();
  bool eq = equals(start_ref, key);
  restart = s->table.data() != data || s->table.size() != size || !s->table[j].key.is(start);
  return eq;
}

// The slot holding `key`, or -1.
static int64_t set_lookup(SetObject* s, Value key, int64_t hash) {
restart:
  size_t mask = s->table.size() - 1;
  auto perturb = static_cast<uint64_t>(hash);
  size_t i = perturb & mask;
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t j = i;
    for (;;) {
      const SetEntry& e = s->table[j];
      if (e.hash == 0 && e.key.is_null()) return -1;
      if (e.hash == hash && !e.key.is(dummy())) {
        if (e.key.is(key)) return static_cast<int64_t>(j);
        bool changed = false;
        bool eq = keys_match(s, j, key, changed);
        if (changed) goto restart;
        if (eq) return static_cast<int64_t>(j);
      }
      if (probes-- == 0) break;
      j++;
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

static bool set_add_entry(SetObject* s, Value key, int64_t hash) {
restart:
  size_t mask = s->table.size() - 1;
  auto perturb = static_cast<uint64_t>(hash);
  size_t i = perturb & mask;
  int64_t free_slot = -1;
  size_t j = 0;
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    j = i;
    for (;;) {
      const SetEntry& e = s->table[j];
      if (e.hash == 0 && e.key.is_null()) goto found_unused;
      if (e.key.is(dummy())) {
        if (free_slot < 0) free_slot = static_cast<int64_t>(j);
      } else if (e.hash == hash) {
        if (e.key.is(key)) return false;
        bool changed = false;
        bool eq = keys_match(s, j, key, changed);
        if (eq) return false;
        if (changed) goto restart;
      }
      if (probes-- == 0) break;
      j++;
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused:
  incref(key);
  if (free_slot >= 0) {
    s->used++;
    s->table[free_slot] = SetEntry{key, hash};
    return true;
  }
  s->fill++;
  s->used++;
  s->table[j] = SetEntry{key, hash};
  if (static_cast<size_t>(s->fill) * 5 >= mask * 3) set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
  return true;
}

static bool set_discard_entry(SetObject* s, Value key, int64_t hash) {
  int64_t j = set_lookup(s, key, hash);
  if (j < 0) return false;
  Value old = s->table[j].key;
  s->table[j] = SetEntry{dummy(), -1};
  s->used--;
  decref(old);
  return true;
}

bool set_add(Value set, Value key) { return set_add_entry(as_set(set), key, key_hash(key)); }

// Runs `f(key, hash)`; when key is an unhashable set, retries with an equal
// frozenset, as CPython's membership tests do.
template <class F>
static auto with_set_key(Value key, F&& f) {
  try {
    return f(key, key_hash(key));
  } catch (PyException& e) {
    if (!is_set(key) || !type_of(e.exception)->is_subtype_of(&exc::TypeError)) throw;
  }
  Ref frozen = new_set_of(&frozenset_type, key);
  return f(frozen.get(), key_hash(frozen));
}

bool set_contains(Value set, Value key) {
  return with_set_key(key, [&](Value k, int64_t h) { return set_lookup(as_set(set), k, h) >= 0; });
}

bool set_discard(Value set, Value key) {
  return with_set_key(key, [&](Value k, int64_t h) { return set_discard_entry(as_set(set), k, h); });
}

void set_clear(Value set) {
  SetObject* s = as_set(set);
  std::vector<SetEntry> old = std::move(s->table);
  s->table.assign(kMinSetSize, SetEntry{});
  s->fill = s->used = 0;
  for (auto& e : old)
    if (is_live(e)) decref(e.key);
}

bool set_next(Value set, int64_t& pos, Value& key) {
  SetObject* s = as_set(set);
  while (pos >= 0 && static_cast<size_t>(pos) < s->table.size()) {
    const SetEntry& e = s->table[pos++];
    if (is_live(e)) {
      key = e.key;
      return true;
    }
  }
  return false;
}

// Live entries with references held: safe to walk while Python code runs.
static std::vector<std::pair<Ref, int64_t>> entries_of(SetObject* s) {
  std::vector<std::pair<Ref, int64_t>> out;
  out.reserve(static_cast<size_t>(s->used));
  for (auto& e : s->table)
    if (is_live(e)) out.emplace_back(Ref(e.key), e.hash);
  return out;
}

static void set_merge(SetObject* s, SetObject* other) {
  if (s == other || other->used == 0) return;
  if (static_cast<size_t>(s->fill + other->used) * 5 >= (s->table.size() - 1) * 3)
    set_resize(s, (s->used + other->used) * 2);
  if (s->fill == 0 && s->table.size() == other->table.size() && other->fill == other->used) {
    // Same size, no dummies: the layout can be copied slot for slot.
    for (size_t i = 0; i < other->table.size(); i++) {
      if (other->table[i].key.is_null()) continue;
      incref(other->table[i].key);
      s->table[i] = other->table[i];
    }
    s->fill = other->fill;
    s->used = other->used;
    return;
  }
  if (s->fill == 0) {
    for (auto& e : other->table) {
      if (!is_live(e)) continue;
      incref(e.key);
      insert_clean(s->table, e.key, e.hash);
    }
    s->fill = s->used = other->used;
    return;
  }
  for (auto& [key, hash] : entries_of(other)) set_add_entry(s, key, hash);
}

void set_update(Value set, Value other) {
  SetObject* s = as_set(set);
  if (is_anyset(other)) return set_merge(s, as_set(other));
  if (type_of(other) == &dict_type) {
    DictObject* d = as_dict(other);
    if (static_cast<size_t>(s->fill + d->used) * 5 >= (s->table.size() - 1) * 3)
      set_resize(s, (s->used + d->used) * 2);
    std::vector<std::pair<Ref, int64_t>> keys;
    for (auto& e : d->entries)
      if (!e.key.is_null()) keys.emplace_back(Ref(e.key), e.hash);
    for (auto& [key, hash] : keys) set_add_entry(s, key, hash);
    return;
  }
  for_each_item(other, [&](Value key) { set_add(set, key); });
}

Ref new_set_of(Type* type, Value iterable) {
  Ref result = alloc_set(type);
  if (!iterable.is_null()) set_update(result, iterable);
  return result;
}

Ref new_set() { return alloc_set(&set_type); }

static Ref set_copy_of(Value set) { return new_set_of(base_set_type(type_of(set)), set); }

void set_difference_update(Value set, Value other) {
  SetObject* s = as_set(set);
  if (set.is(other)) return set_clear(set);
  if (is_anyset(other)) {
    for (auto& [key, hash] : entries_of(as_set(other))) set_discard_entry(s, key, hash);
  } else {
    for_each_item(other, [&](Value key) { set_discard(set, key); });
  }
  // Mostly dummies now: rebuild the table without them.
  if (static_cast<size_t>(s->fill - s->used) > (s->table.size() - 1) / 4)
    set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

void set_symmetric_difference_update(Value set, Value other) {
  SetObject* s = as_set(set);
  if (set.is(other)) return set_clear(set);
  std::vector<std::pair<Ref, int64_t>> keys;
  if (type_of(other) == &dict_type) {
    for (auto& e : as_dict(other)->entries)
      if (!e.key.is_null()) keys.emplace_back(Ref(e.key), e.hash);
  } else if (is_anyset(other)) {
    keys = entries_of(as_set(other));
  } else {
    Ref tmp = new_set_of(base_set_type(type_of(set)), other);
    keys = entries_of(as_set(tmp));
  }
  for (auto& [key, hash] : keys)
    if (!set_discard_entry(s, key, hash)) set_add_entry(s, key, hash);
}

Ref set_intersection(Value set, Value other) {
  if (set.is(other)) return set_copy_of(set);
  Ref result = alloc_set(base_set_type(type_of(set)));
  SetObject* r = as_set(result);
  if (is_anyset(other)) {
    Value big = set, small = other;
    if (set_size(other) > set_size(set)) std::swap(big, small);
    for (auto& [key, hash] : entries_of(as_set(small)))
      if (set_lookup(as_set(big), key, hash) >= 0) set_add_entry(r, key, hash);
    return result;
  }
  for_each_item(other, [&](Value key) {
    int64_t h = key_hash(key);
    if (set_lookup(as_set(set), key, h) >= 0) set_add_entry(r, key, h);
  });
  return result;
}

static void set_intersection_update(Value set, Value other) {
  Ref tmp = set_intersection(set, other);
  // Swap the tables: `set` takes the result, `tmp` dies with the old keys.
  SetObject* s = as_set(set);
  SetObject* t = as_set(tmp);
  std::swap(s->table, t->table);
  std::swap(s->fill, t->fill);
  std::swap(s->used, t->used);
}

static Ref set_difference(Value set, Value other) {
  int64_t other_size;
  if (is_anyset(other)) {
    other_size = set_size(other);
  } else if (type_of(other) == &dict_type) {
    other_size = as_dict(other)->used;
  } else {
    Ref result = set_copy_of(set);
    set_difference_update(result, other);
    return result;
  }
  if ((set_size(set) >> 2) > other_size) {
    Ref result = set_copy_of(set);
    set_difference_update(result, other);
    return result;
  }
  Ref result = alloc_set(base_set_type(type_of(set)));
  bool other_is_dict = type_of(other) == &dict_type;
  for (auto& [key, hash] : entries_of(as_set(set))) {
    bool found = other_is_dict ? !dict_get(as_dict(other), key).is_null() : set_lookup(as_set(other), key, hash) >= 0;
    if (!found) set_add_entry(as_set(result), key, hash);
  }
  return result;
}

static Ref set_symmetric_difference(Value set, Value other) {
  Ref result = new_set_of(base_set_type(type_of(set)), other);
  set_symmetric_difference_update(result, set);
  return result;
}

static bool set_issubset(Value a, Value b) {
  if (set_size(a) > set_size(b)) return false;
  for (auto& [key, hash] : entries_of(as_set(a)))
    if (set_lookup(as_set(b), key, hash) < 0) return false;
  return true;
}

// ---------------------------------------------------------------- slots

static Ref set_repr(Value self) {
  SetObject* s = as_set(self);
  const std::string& name = type_of(self)->name;
  if (s->used == 0) return new_str(name + "()");
  ReprGuard guard(self.object());
  if (!guard.entered()) return new_str(name + "(...)");
  std::string body = "{";
  bool first = true;
  for (auto& [key, hash] : entries_of(s)) {
    if (!first) body += ", ";
    first = false;
    body += repr_string(key);
  }
  body += "}";
  if (type_of(self) == &set_type) return new_str(body);
  return new_str(name + "(" + body + ")");
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

// CPython's frozenset hash: order-independent mixing of the entry hashes.
static int64_t frozenset_hash(Value self) {
  SetObject* s = as_set(self);
  if (s->hash != -1) return s->hash;
  uint64_t h = 0;
  for (auto& e : s->table)
    if (is_live(e)) h ^= shuffle_bits(static_cast<uint64_t>(e.hash));
  h ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ULL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923ULL;
  if (h == static_cast<uint64_t>(-1)) h = 590923713ULL;
  s->hash = static_cast<int64_t>(h);
  return s->hash;
}

static Ref set_compare(Value a, Value b, CompareOp op) {
  if (!is_anyset(a) || !is_anyset(b)) return Ref(not_implemented());
  int64_t la = set_size(a), lb = set_size(b);
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne: {
      bool eq = la == lb;
      if (eq && as_set(a)->hash != -1 && as_set(b)->hash != -1 && as_set(a)->hash != as_set(b)->hash) eq = false;
      if (eq) eq = set_issubset(a, b);
      return bool_ref(op == CompareOp::Eq ? eq : !eq);
    }
    case CompareOp::Le: return bool_ref(set_issubset(a, b));
    case CompareOp::Ge: return bool_ref(set_issubset(b, a));
    case CompareOp::Lt: return bool_ref(la < lb && set_issubset(a, b));
    case CompareOp::Gt: return bool_ref(la > lb && set_issubset(b, a));
  }
  return Ref(not_implemented());
}

static int64_t set_len(Value self) { return set_size(self); }
static bool set_truthy(Value self) { return set_size(self) != 0; }
static bool set_contains_slot(Value self, Value key) { return set_contains(self, key); }

static Ref set_or(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return Ref(not_implemented());
  Ref result = set_copy_of(a);
  set_update(result, b);
  return result;
}
static Ref set_and(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return Ref(not_implemented());
  return set_intersection(a, b);
}
static Ref set_sub(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return Ref(not_implemented());
  return set_difference(a, b);
}
static Ref set_xor(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return Ref(not_implemented());
  return set_symmetric_difference(a, b);
}

static Ref set_ior(Value a, Value b) {
  if (!is_anyset(b)) return Ref(not_implemented());
  set_update(a, b);
  return Ref(a);
}
static Ref set_iand(Value a, Value b) {
  if (!is_anyset(b)) return Ref(not_implemented());
  set_intersection_update(a, b);
  return Ref(a);
}
static Ref set_isub(Value a, Value b) {
  if (!is_anyset(b)) return Ref(not_implemented());
  set_difference_update(a, b);
  return Ref(a);
}
static Ref set_ixor(Value a, Value b) {
  if (!is_anyset(b)) return Ref(not_implemented());
  set_symmetric_difference_update(a, b);
  return Ref(a);
}

static Ref set_new(Type* type, CallArgs args) {
  if (type == &set_type) check_no_kwargs("set", args);
  return alloc_set(type);
}

static void set_init(Value self, CallArgs args) {
  if (type_of(self) == &set_type) check_no_kwargs("set", args);
  check_arg_range("set", args, 0, 1);
  if (set_size(self)) set_clear(self);
  if (args.nargs) set_update(self, args.args[0]);
}

static Ref frozenset_new(Type* type, CallArgs args) {
  if (type == &frozenset_type) check_no_kwargs("frozenset", args);
  check_arg_range("frozenset", args, 0, 1);
  Value src = args.nargs ? args.args[0] : Value();
  if (type == &frozenset_type && !src.is_null() && type_of(src) == &frozenset_type) return Ref(src);
  return new_set_of(type, src);
}

static void set_dealloc(Object* o) {
  auto* s = static_cast<SetObject*>(o);
  std::vector<SetEntry> table = std::move(s->table);
  Type* type = o->type;
  s->~SetObject();
  free_object(o, type, sizeof(SetObject));
  for (auto& e : table)
    if (is_live(e)) decref(e.key);
}

// ---------------------------------------------------------------- iterator

struct SetIterObject : Object {
  Ref set;  // null once exhausted
  int64_t pos = 0;
  int64_t expected_used = 0;
  int64_t remaining = 0;
};

static Ref set_iter(Value self) {
  auto* it = new_object<SetIterObject>(&set_iterator_type);
  it->set = Ref(self);
  it->expected_used = it->remaining = set_size(self);
  return Ref::steal(it);
}

static Ref set_iter_next(Value self) {
  auto* it = self.as<SetIterObject>();
  if (it->set.is_null()) return Ref();
  SetObject* s = as_set(it->set);
  if (it->expected_used != s->used) {
    it->expected_used = -1;
    raise(&exc::RuntimeError, "Set changed size during iteration");
  }
  Value key;
  if (!set_next(it->set, it->pos, key)) {
    it->set.reset();
    return Ref();
  }
  it->remaining--;
  return Ref(key);
}

static Ref set_iter_length_hint(Value self, CallArgs args) {
  check_exact_args("__length_hint__", args, 0);
  auto* it = self.as<SetIterObject>();
  bool live = !it->set.is_null() && it->expected_used == set_size(it->set);
  return Ref(Value::small_int(live ? std::max<int64_t>(0, it->remaining) : 0));
}

// ---------------------------------------------------------------- methods

static Ref none() { return Ref(Value::none()); }

// Method names as CPython prints them: "set.add" or "frozenset.copy".
static std::string qualified(Value self, const char* name) {
  return base_set_type(type_of(self))->name + "." + name;
}

static Ref m_add(Value self, CallArgs args) {
  check_exact_args("set.add", args, 1);
  set_add(self, args.args[0]);
  return none();
}

static Ref m_remove(Value self, CallArgs args) {
  check_exact_args("set.remove", args, 1);
  if (!set_discard(self, args.args[0])) raise_key_error(args.args[0]);
  return none();
}

static Ref m_discard(Value self, CallArgs args) {
  check_exact_args("set.discard", args, 1);
  set_discard(self, args.args[0]);
  return none();
}

static Ref m_pop(Value self, CallArgs args) {
  check_exact_args("set.pop", args, 0);
  SetObject* s = as_set(self);
  if (s->used == 0) raise_key_error(new_str("pop from an empty set"));
  size_t mask = s->table.size() - 1;
  size_t i = static_cast<size_t>(s->finger) & mask;
  while (!is_live(s->table[i])) i = (i + 1) & mask;
  Ref key = Ref::steal(s->table[i].key);
  s->table[i] = SetEntry{dummy(), -1};
  s->used--;
  s->finger = static_cast<int64_t>(i + 1);
  return key;
}

static Ref m_clear(Value self, CallArgs args) {
  check_exact_args("set.clear", args, 0);
  set_clear(self);
  return none();
}

static Ref m_copy(Value self, CallArgs args) {
  check_exact_args(qualified(self, "copy").c_str(), args, 0);
  if (type_of(self) == &frozenset_type) return Ref(self);
  return set_copy_of(self);
}

static Ref m_update(Value self, CallArgs args) {
  check_no_kwargs("set.update", args);
  for (size_t i = 0; i < args.nargs; i++) set_update(self, args.args[i]);
  return none();
}

static Ref m_union(Value self, CallArgs args) {
  check_no_kwargs(qualified(self, "union").c_str(), args);
  Ref result = set_copy_of(self);
  for (size_t i = 0; i < args.nargs; i++)
    if (!args.args[i].is(self)) set_update(result, args.args[i]);
  return result;
}

static Ref m_intersection(Value self, CallArgs args) {
  check_no_kwargs(qualified(self, "intersection").c_str(), args);
  if (args.nargs == 0) return set_copy_of(self);
  Ref result(self);
  for (size_t i = 0; i < args.nargs; i++) result = set_intersection(result, args.args[i]);
  return result;
}

static Ref m_intersection_update(Value self, CallArgs args) {
  check_no_kwargs("set.intersection_update", args);
  for (size_t i = 0; i < args.nargs; i++) set_intersection_update(self, args.args[i]);
  return none();
}

static Ref m_difference(Value self, CallArgs args) {
  check_no_kwargs(qualified(self, "difference").c_str(), args);
  if (args.nargs == 0) return set_copy_of(self);
  Ref result = set_difference(self, args.args[0]);
  for (size_t i = 1; i < args.nargs; i++) set_difference_update(result, args.args[i]);
  return result;
}

static Ref m_difference_update(Value self, CallArgs args) {
  check_no_kwargs("set.difference_update", args);
  for (size_t i = 0; i < args.nargs; i++) set_difference_update(self, args.args[i]);
  return none();
}

static Ref m_symmetric_difference(Value self, CallArgs args) {
  check_exact_args(qualified(self, "symmetric_difference").c_str(), args, 1);
  return set_symmetric_difference(self, args.args[0]);
}

static Ref m_symmetric_difference_update(Value self, CallArgs args) {
  check_exact_args("set.symmetric_difference_update", args, 1);
  set_symmetric_difference_update(self, args.args[0]);
  return none();
}

static Ref m_issubset(Value self, CallArgs args) {
  check_exact_args(qualified(self, "issubset").c_str(), args, 1);
  Value other = args.args[0];
  if (is_anyset(other)) return bool_ref(set_issubset(self, other));
  Ref tmp = new_set_of(&set_type, other);
  return bool_ref(set_issubset(self, tmp));
}

static Ref m_issuperset(Value self, CallArgs args) {
  check_exact_args(qualified(self, "issuperset").c_str(), args, 1);
  Value other = args.args[0];
  if (is_anyset(other)) return bool_ref(set_issubset(other, self));
  bool all = true;
  for_each_item(other, [&](Value key) {
    if (all && !set_contains(self, key)) all = false;
  });
  return bool_ref(all);
}

static Ref m_isdisjoint(Value self, CallArgs args) {
  check_exact_args(qualified(self, "isdisjoint").c_str(), args, 1);
  Value other = args.args[0];
  if (other.is(self)) return bool_ref(set_size(self) == 0);
  bool disjoint = true;
  if (is_anyset(other)) {
    Value big = self, small = other;
    if (set_size(other) > set_size(self)) std::swap(big, small);
    for (auto& [key, hash] : entries_of(as_set(small)))
      if (set_lookup(as_set(big), key, hash) >= 0) return bool_ref(false);
    return bool_ref(true);
  }
  for_each_item(other, [&](Value key) {
    if (disjoint && set_lookup(as_set(self), key, key_hash(key)) >= 0) disjoint = false;
  });
  return bool_ref(disjoint);
}

static Ref m_sizeof(Value self, CallArgs args) {
  check_exact_args("__sizeof__", args, 0);
  auto* s = self.as<SetObject>();
  return int_from_int64(static_cast<int64_t>(sizeof(SetObject) + s->table.capacity() * sizeof(SetEntry)));
}

// (type(s), (list(s),), s.__dict__ or None): how sets pickle and copy.
static Ref m_reduce(Value self, CallArgs args) {
  check_exact_args("__reduce__", args, 0);
  Ref state = type_of(self)->instance_dict ? try_get_attr(self, GILT_NAME("__dict__")) : Ref();
  if (state.is_null() || !truthy(state)) state = Ref(Value::none());
  return make_tuple({Value::object(type_of(self)), make_tuple({list_from_iterable(self)}), state});
}

static void init_common(Type& t) {
  t.getattr = generic_getattr;
  t.repr = set_repr;
  t.compare = set_compare;
  t.len = set_len;
  t.truthy = set_truthy;
  t.contains = set_contains_slot;
  t.iter = set_iter;
  t.binary[int(BinaryOp::Or)] = set_or;
  t.binary[int(BinaryOp::And)] = set_and;
  t.binary[int(BinaryOp::Sub)] = set_sub;
  t.binary[int(BinaryOp::Xor)] = set_xor;
  add_method(t, "copy", m_copy);
  add_method(t, "union", m_union);
  add_method(t, "intersection", m_intersection);
  add_method(t, "difference", m_difference);
  add_method(t, "symmetric_difference", m_symmetric_difference);
  add_method(t, "issubset", m_issubset);
  add_method(t, "issuperset", m_issuperset);
  add_method(t, "isdisjoint", m_isdisjoint);
  add_method(t, "__sizeof__", m_sizeof);
  add_method(t, "__reduce__", m_reduce);
  add_class_method(t, "__class_getitem__", class_getitem_generic_alias);
}

// ---------------------------------------------------------------- collector slots

static void set_traverse(Object* o, const Visitor& visit) {
  for (const SetEntry& e : static_cast<SetObject*>(o)->table)
    if (is_live(e)) visit(e.key);
}

static void set_clear_refs(Object* o) { set_clear(Value::object(o)); }

static void set_iter_traverse(Object* o, const Visitor& visit) { visit(static_cast<SetIterObject*>(o)->set); }
static void set_iter_clear(Object* o) { static_cast<SetIterObject*>(o)->set.reset(); }

void init_set_type() {
  set_gc_slots(set_type, set_traverse, set_clear_refs);
  set_gc_slots(frozenset_type, set_traverse, set_clear_refs);
  set_gc_slots(set_iterator_type, set_iter_traverse, set_iter_clear);
  init_static_type(set_type, "set", sizeof(SetObject), set_dealloc);
  init_common(set_type);
  set_type.hash = nullptr;
  set_type.inplace[int(BinaryOp::Or)] = set_ior;
  set_type.inplace[int(BinaryOp::And)] = set_iand;
  set_type.inplace[int(BinaryOp::Sub)] = set_isub;
  set_type.inplace[int(BinaryOp::Xor)] = set_ixor;
  set_type.new_instance = set_new;
  set_type.init = set_init;
  add_method(set_type, "add", m_add);
  add_method(set_type, "remove", m_remove);
  add_method(set_type, "discard", m_discard);
  add_method(set_type, "pop", m_pop);
  add_method(set_type, "clear", m_clear);
  add_method(set_type, "update", m_update);
  add_method(set_type, "intersection_update", m_intersection_update);
  add_method(set_type, "difference_update", m_difference_update);
  add_method(set_type, "symmetric_difference_update", m_symmetric_difference_update);

  init_static_type(frozenset_type, "frozenset", sizeof(SetObject), set_dealloc);
  init_common(frozenset_type);
  frozenset_type.hash = frozenset_hash;
  frozenset_type.new_instance = frozenset_new;

  init_static_type(set_iterator_type, "set_iterator", sizeof(SetIterObject), dealloc_object<SetIterObject>);
  set_iterator_type.flags &= ~kTypeBaseType;
  set_iterator_type.getattr = generic_getattr;
  set_iterator_type.iter = iter_self;
  set_iterator_type.hash = identity_hash;
  set_iterator_type.next = set_iter_next;
  add_method(set_iterator_type, "__length_hint__", set_iter_length_hint);
}

}  // namespace gilt
