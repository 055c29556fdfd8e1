// Value: how gilt represents a Python value in one machine word.
//
// Every slot that holds a Python value — a local variable, a stack entry, a
// list element, a dict value — is a `Value`: 64 bits whose low two bits say
// what the rest means.
//
//   ...xxxxxxx1   a small int: the upper 63 bits are the two's-complement value
//   ...00000010   None        (0x2)
//   ...00000110   False       (0x6)
//   ...00001010   True        (0xA)
//   ...xxxxxx00   a pointer to a heap Object (never 0 for a real value)
//   0             "no value": an empty slot, an unbound local, a missing result
//
// Why: integer arithmetic and truth tests are the interpreter's hottest paths.
// Keeping small ints, bools and None out of the heap means `i + 1` allocates
// nothing and touches no reference count — which also means no cache line is
// shared between threads when gilt runs without the GIL. Ints that do not fit
// 63 bits are heap objects (IntObject, holding a BigInt); the arithmetic
// promotes and demotes transparently, so Python code never sees the seam.
//
// Python's `is` compares Values bit for bit: small ints with equal values are
// identical (CPython caches only -5..256; gilt's cache is effectively all of
// them, a documented difference that only `is` on ints can observe).
//
// Everything else — floats, strings, containers, functions — is a pointer to a
// refcounted Object (see object.h).
#pragma once

#include <cstdint>

namespace gilt {

struct Object;

class Value {
 public:
  static constexpr int64_t kMaxSmallInt = (int64_t(1) << 62) - 1;
  static constexpr int64_t kMinSmallInt = -(int64_t(1) << 62);

  constexpr Value() = default;

  static Value object(const Object* o) { return Value(reinterpret_cast<uintptr_t>(o)); }
  static constexpr bool fits_small_int(int64_t i) { return i >= kMinSmallInt && i <= kMaxSmallInt; }
  // Precondition: fits_small_int(i). Use int_from_int64() (int_object.h) otherwise.
  static constexpr Value small_int(int64_t i) { return Value((static_cast<uintptr_t>(i) << 1) | 1); }
  static constexpr Value none() { return Value(0x2); }
  static constexpr Value false_() { return Value(0x6); }
  static constexpr Value true_() { return Value(0xA); }
  static constexpr Value boolean(bool b) { return b ? true_() : false_(); }
  static constexpr Value from_bits(uintptr_t bits) { return Value(bits); }

  constexpr uintptr_t bits() const { return bits_; }
  constexpr bool is_null() const { return bits_ == 0; }
  constexpr bool is_small_int() const { return bits_ & 1; }
  constexpr bool is_object() const { return (bits_ & 3) == 0 && bits_ != 0; }
  constexpr bool is_none() const { return bits_ == 0x2; }
  constexpr bool is_bool() const { return bits_ == 0x6 || bits_ == 0xA; }
  constexpr bool is_true() const { return bits_ == 0xA; }
  constexpr bool is_false() const { return bits_ == 0x6; }

  constexpr int64_t small_int() const { return static_cast<int64_t>(bits_) >> 1; }
  Object* object() const { return reinterpret_cast<Object*>(bits_); }
  template <class T>
  T* as() const {
    return static_cast<T*>(object());
  }

  // Python's `is`.
  constexpr bool is(Value other) const { return bits_ == other.bits_; }

 private:
  constexpr explicit Value(uintptr_t bits) : bits_(bits) {}
  uintptr_t bits_ = 0;
};

}  // namespace gilt
