// dict: an insertion-ordered hash map, laid out as CPython's compact dict — a
// dense array of entries in insertion order plus a sparse index table of
// open-addressed slots pointing into it. Iteration walks the dense array, so
// order is insertion order and iteration is cache friendly.
//
// Lookups hash the key and compare candidates with `==`, which may run Python
// code (__eq__/__hash__) and raise. `version` changes on every mutation so
// inline caches (globals, attributes) can tell whether a dict is unchanged.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/type.h"

namespace gilt {

struct StrObject;

struct DictEntry {
  int64_t hash = 0;
  Value key;  // null for a deleted entry
  Value value;
};

using DictEntries = std::vector<DictEntry, ObjectAllocator<DictEntry>>;

struct DictObject : Object {
  DictEntries entries;  // dense, insertion order, with holes
  std::vector<int32_t, ObjectAllocator<int32_t>> index;  // sparse: -1 empty, -2 dummy, else entry index
  int64_t used = 0;                // live entries
  // Changes on every mutation. Each dict starts from its own range (see
  // DictObject()), so a version also identifies the dict: inline caches
  // compare one number.
  uint64_t version;
  // Bit (hash & 63) is set for the hash of every key inserted since the last
  // rebuild: a clear bit proves a key absent without probing (LOAD_METHOD
  // checks that an instance dict does not shadow a method this way).
  uint64_t key_filter = 0;
  DictObject();
  ~DictObject();
};

Ref new_dict();
// A dict (of exactly type dict) holding only atoms cannot be part of a cycle,
// so, as in CPython, it is not tracked by the collector until something that
// may be goes in: every store into a dict calls this.
inline void dict_maintain_tracking(DictObject* d, Value key, Value value) {
  if (!gc_is_tracked(d) && d->type == &dict_type && (may_be_tracked(value) || may_be_tracked(key)))
    gc_track(d);
}
inline bool is_dict(Value v) { return v.is_object() && v.object()->type->is_subtype_of(&dict_type); }
inline DictObject* as_dict(Value v) { return v.as<DictObject>(); }

// Borrowed value for key, or a null Value when absent.
Value dict_get(DictObject* d, Value key);
// Fast path for interned-string keys (attribute and global names).
Value dict_get_str(DictObject* d, StrObject* key);
// The entry position of an interned-string key, or -1.
int64_t dict_find_str(DictObject* d, StrObject* key);
inline uint64_t dict_filter_bit(int64_t hash) { return uint64_t(1) << (static_cast<uint64_t>(hash) & 63); }

// An attribute lookup that remembers where it found the key: `hint` is the
// entry position of the last hit, checked before hashing.
inline Value dict_get_str_hinted(DictObject* d, Value key, uint32_t& hint) {
  if (hint < d->entries.size() && d->entries[hint].key.is(key)) return d->entries[hint].value;
  int64_t ix = dict_find_str(d, key.as<StrObject>());
  if (ix < 0) return Value();
  hint = static_cast<uint32_t>(ix);
  return d->entries[ix].value;
}
void dict_set(DictObject* d, Value key, Value value);
// False when the key was absent.
bool dict_del(DictObject* d, Value key);
void dict_clear(DictObject* d);
inline int64_t dict_size(const DictObject* d) { return d->used; }
// Iteration: start with pos = 0; returns false at the end.
bool dict_next(const DictObject* d, int64_t& pos, Value& key, Value& value);
// dict.update(other) for a dict or any mapping with keys(); TypeError otherwise.
void dict_update(DictObject* d, Value other);

void init_dict_type();

}  // namespace gilt
