// int: arbitrary precision. Values in [-2^62, 2^62) are tagged immediates
// (see value.h); larger ones are IntObjects holding a BigInt. Every function
// here returns the small form whenever the value fits, so a Value that holds
// an IntObject is never small-int sized: equal ints have equal representations
// in kind, which keeps comparisons and hashing simple.
#pragma once

#include <string_view>

#include "runtime/bigint.h"
#include "runtime/type.h"

namespace gilt {

struct IntObject : Object {
  BigInt value;
};

Ref int_from_int64(int64_t v);
Ref int_from_bigint(BigInt v);
// int(d): truncates toward zero. OverflowError for infinities, ValueError for NaN.
Ref int_from_double(double d);
// An integer literal's text as the lexer leaves it: "123", "0x1f", "0o17", "0b101".
Ref int_from_literal(std::string_view text);

// True for int, bool and subclasses of int.
inline bool is_int(Value v) {
  return v.is_small_int() || v.is_bool() || (v.is_object() && (v.object()->type->flags & kTypeIntSubclass));
}
// Precondition: is_int(v).
BigInt int_to_bigint(Value v);
// Precondition: is_int(v). False when the value does not fit an int64_t.
bool int_to_int64(Value v, int64_t& out);
// v.__index__() as an int64, saturated at INT64_MIN/INT64_MAX (CPython's
// PyNumber_AsSsize_t(v, NULL), as round() uses for ndigits).
int64_t index_saturated(Value v);

void init_int_type();
void init_bool_type();

}  // namespace gilt
