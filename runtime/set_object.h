// set and frozenset: open-addressed hash tables of keys.
//
// The table layout and probing follow CPython's setobject.c (linear probes of
// up to 9 slots, then the perturbed recurrence; resize at 3/5 full), because
// a set iterates in table order: matching CPython's layout is what makes
// `print({3, 1, 2})` print `{1, 2, 3}` here too.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/type.h"

namespace gilt {

struct SetEntry {
  Value key;  // null: never used; the dummy object: deleted
  int64_t hash = 0;
};

struct SetObject : Object {
  std::vector<SetEntry> table;  // power-of-two size, at least 8
  int64_t fill = 0;             // live + dummy entries
  int64_t used = 0;             // live entries
  int64_t finger = 0;           // where pop() looks next
  int64_t hash = -1;            // frozenset: cached hash, -1 until computed
  ~SetObject();
};

// A new empty set (not frozenset).
Ref new_set();
// A new set or frozenset (`type` may be a subclass) of everything `iterable`
// yields; iterable may be null for an empty one.
Ref new_set_of(Type* type, Value iterable);
inline bool is_set(Value v) { return v.is_object() && v.object()->type->is_subtype_of(&set_type); }
inline bool is_frozenset(Value v) { return v.is_object() && v.object()->type->is_subtype_of(&frozenset_type); }
inline bool is_anyset(Value v) { return is_set(v) || is_frozenset(v); }
inline SetObject* as_set(Value v) { return v.as<SetObject>(); }
inline int64_t set_size(Value v) { return as_set(v)->used; }

// False when the key was already present. TypeError for unhashable keys.
bool set_add(Value set, Value key);
bool set_contains(Value set, Value key);
// False when the key was absent.
bool set_discard(Value set, Value key);
void set_clear(Value set);
// Iteration in table order: start with pos = 0; returns false at the end.
bool set_next(Value set, int64_t& pos, Value& key);

// The in-place operations (`set |= x` and friends) for any iterable `other`.
void set_update(Value set, Value other);
void set_difference_update(Value set, Value other);
void set_symmetric_difference_update(Value set, Value other);
// set & other (a new set of set's base type).
Ref set_intersection(Value set, Value other);

void init_set_type();

}  // namespace gilt
