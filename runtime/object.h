// Heap objects and their reference counts.
//
// Every heap value starts with an Object header: a reference count and a
// pointer to its Type. Reference counting is the primary memory manager: an
// object is destroyed the moment its count reaches zero, which is what makes
// destruction deterministic (a file closes, a generator runs its `finally`)
// exactly where CPython's does.
//
// Ownership rules, used everywhere:
//   - `Value` is a borrowed reference: copying it does nothing.
//   - `Ref` is an owned reference: it increments on copy, decrements on
//     destruction. A function that returns a new object returns a Ref.
//   - Function parameters are borrowed (`Value`) unless named `steal`/`adopt`.
//   - Containers own their elements: storing a Value in one takes a reference.
//
// Objects that must never die (static types, interned constants of the
// runtime) start with kImmortal so their count never reaches zero.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>

#include "runtime/value.h"

namespace gilt {

struct Type;

struct Object {
  intptr_t refcount = 1;
  Type* type = nullptr;
};

inline constexpr intptr_t kImmortal = intptr_t(1) << 60;

// Runs the type's destructor and frees the memory. Called when a count hits 0.
void destroy(Object* o);

inline void incref(Value v) {
  if (v.is_object()) ++v.object()->refcount;
}
inline void decref(Value v) {
  if (v.is_object() && --v.object()->refcount == 0) destroy(v.object());
}

// An owned reference. Constructing from a Value takes a new reference;
// Ref::steal adopts one the caller already owns.
class Ref {
 public:
  Ref() = default;
  Ref(Value v) : v_(v) { incref(v_); }  // NOLINT: implicit on purpose
  Ref(const Ref& o) : v_(o.v_) { incref(v_); }
  Ref(Ref&& o) noexcept : v_(o.v_) { o.v_ = Value(); }
  ~Ref() { decref(v_); }
  Ref& operator=(const Ref& o) {
    Value old = v_;
    v_ = o.v_;
    incref(v_);
    decref(old);
    return *this;
  }
  Ref& operator=(Ref&& o) noexcept {
    if (this != &o) {
      Value old = v_;
      v_ = o.v_;
      o.v_ = Value();
      decref(old);
    }
    return *this;
  }

  static Ref steal(Value v) {
    Ref r;
    r.v_ = v;
    return r;
  }
  static Ref steal(Object* o) { return steal(Value::object(o)); }

  Value get() const { return v_; }
  operator Value() const { return v_; }  // NOLINT: borrowing is implicit
  bool is_null() const { return v_.is_null(); }
  Object* object() const { return v_.object(); }
  template <class T>
  T* as() const {
    return v_.as<T>();
  }
  // Gives up ownership without decrementing.
  Value release() {
    Value v = v_;
    v_ = Value();
    return v;
  }
  void reset() { *this = Ref(); }

 private:
  Value v_;
};

// Raw memory for objects; see new_object() in type.h.
void* allocate_object_memory(size_t size);
void free_object_memory(void* p, size_t size);

// A std allocator over the same memory, for the small arrays objects own
// (a dict's tables): they come and go with their objects, as often.
template <class T>
struct ObjectAllocator {
  using value_type = T;
  ObjectAllocator() = default;
  template <class U>
  ObjectAllocator(const ObjectAllocator<U>&) {}  // NOLINT: converting, as allocators must
  T* allocate(size_t n) { return static_cast<T*>(allocate_object_memory(n * sizeof(T))); }
  void deallocate(T* p, size_t n) { free_object_memory(p, n * sizeof(T)); }
  template <class U>
  bool operator==(const ObjectAllocator<U>&) const { return true; }
};

}  // namespace gilt
