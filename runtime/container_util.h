// Helpers shared by the container types (tuple, list, dict, set, range):
// recursion-safe repr, sequence indexing and comparison, iteration over any
// iterable, and allocating instances of built-in types or their subclasses.
// Internal to runtime/: nothing outside the container files should need it.
#pragma once

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/error.h"
#include "runtime/int_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"

namespace gilt {

// Objects whose repr is being computed on this thread, so a container that
// contains itself prints `[...]` / `{...}` instead of recursing forever.
inline std::vector<Object*>& repr_in_progress() {
  thread_local std::vector<Object*> active;
  return active;
}

// RAII: entered() is false when `o` is already being repr'd on this thread.
class ReprGuard {
 public:
  explicit ReprGuard(Object* o) : o_(o) {
    auto& active = repr_in_progress();
    entered_ = std::find(active.begin(), active.end(), o) == active.end();
    if (entered_) active.push_back(o);
  }
  ~ReprGuard() {
    if (!entered_) return;
    auto& active = repr_in_progress();
    auto it = std::find(active.begin(), active.end(), o_);
    if (it != active.end()) active.erase(it);
  }
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  bool entered() const { return entered_; }

 private:
  Object* o_;
  bool entered_;
};

// An instance of a built-in container type or of a subclass of it (whose
// instances may be larger; the extra bytes are zeroed). Instances of a class
// defined in Python own a reference to it (released by destroy()).
template <class T>
T* alloc_instance(Type* t) {
  size_t size = std::max(t->instance_size, sizeof(T));
  void* mem = allocate_object(t, size);
  std::memset(mem, 0, size);
  T* obj = new (mem) T();
  obj->type = t;
  if (t->flags & kTypeHeap) incref(Value::object(t));
  return obj;
}

// True when `v` can be used as an index (int, bool, or has __index__).
inline bool has_index(Value v) {
  if (is_int(v)) return true;
  return !type_lookup(type_of(v), intern("__index__")).is_null();
}

// Normalises a sequence index (negative counts from the end). Returns -1 when
// out of range; the caller raises its own IndexError.
inline int64_t normalize_index(Value key, int64_t size) {
  int64_t i = key.is_small_int() ? key.small_int() : index_int64(key);
  if (i < 0) i += size;
  if (i < 0 || i >= size) return -1;
  return i;
}

// Calls f(Value item) for every item `iterable` yields.
template <class F>
void for_each_item(Value iterable, F&& f) {
  Ref it = get_iter(iterable);
  for (;;) {
    Ref item = iter_next(it);
    if (item.is_null()) break;
    f(item.get());
  }
}

// Fast < for the common cases, then the full protocol.
inline bool less_than(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return a.small_int() < b.small_int();
  return compare_bool(a, b, CompareOp::Lt);
}

// Joins reprs of `n` items as "a, b, c".
template <class Get>
std::string join_reprs(int64_t n, Get get) {
  std::string out;
  for (int64_t i = 0; i < n; i++) {
    Ref item = get(i);
    if (item.is_null()) break;
    if (i) out += ", ";
    out += repr_string(item);
  }
  return out;
}

inline Ref bool_ref(bool b) { return Ref(Value::boolean(b)); }

// The result of comparing sequence lengths (or any two int64s) under `op`.
inline bool compare_int64(int64_t a, int64_t b, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return a < b;
    case CompareOp::Le: return a <= b;
    case CompareOp::Eq: return a == b;
    case CompareOp::Ne: return a != b;
    case CompareOp::Gt: return a > b;
    case CompareOp::Ge: return a >= b;
  }
  return false;
}

// Lexicographic rich comparison, as list and tuple do. `len_a()`/`len_b()`
// and `at_a(i)`/`at_b(i)` (returning a Ref) are re-read after every item
// comparison, because comparing may run Python code that mutates a list.
template <class LenA, class AtA, class LenB, class AtB>
Ref compare_sequences(LenA len_a, AtA at_a, LenB len_b, AtB at_b, CompareOp op) {
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && len_a() != len_b()) return bool_ref(op == CompareOp::Ne);
  int64_t i = 0;
  for (; i < len_a() && i < len_b(); i++) {
    Ref x = at_a(i), y = at_b(i);
    if (x.get().is(y.get()) || equals(x, y)) continue;
    // The first differing items decide.
    if (op == CompareOp::Eq) return bool_ref(false);
    if (op == CompareOp::Ne) return bool_ref(true);
    return compare(x, y, op);
  }
  return bool_ref(compare_int64(len_a(), len_b(), op));
}

// `seq * n` and `n * seq` (the Mul slot sees both orders): finds the sequence
// and the count. Returns false with `not_impl` set when the other operand is a
// Python class that should get its turn; raises CPython's TypeError for a
// non-integer count. (tuple_object.cpp)
bool sequence_repeat_operands(Value a, Value b, bool (*is_seq)(Value), Value& seq, int64_t& count,
                              Ref& not_impl);

// A start/stop argument of index(): an index clamped like a slice bound
// (negative counts from the end, floored at 0). (tuple_object.cpp)
int64_t clamp_slice_arg(Value v, int64_t size);

// object.__hash__: by identity (iterators and other objects without ==).
inline int64_t identity_hash(Value v) {
  auto h = static_cast<int64_t>(v.bits() >> 4);
  return h == -1 ? -2 : h;
}

// Iterator objects: `iter(it)` is `it` itself.
inline Ref iter_self(Value self) { return Ref(self); }

}  // namespace gilt
