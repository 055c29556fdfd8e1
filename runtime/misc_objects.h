// The small built-in types: NoneType, NotImplementedType, ellipsis, range, slice, cell.
#pragma once

#include "runtime/bigint.h"
#include "runtime/type.h"

namespace gilt {

// NotImplemented and Ellipsis are immortal static objects.
extern Object not_implemented_object, ellipsis_object;
inline Value not_implemented() { return Value::object(&not_implemented_object); }
inline bool is_not_implemented(Value v) { return v.is(not_implemented()); }
inline Value ellipsis() { return Value::object(&ellipsis_object); }

// range (range_object.cpp): int64 arithmetic when the bounds and length fit
// int64, BigInt ("long") arithmetic otherwise.
struct RangeObject : Object {
  Ref start, stop, step;  // ints
  int64_t length = 0;     // -1 when the length exceeds int64 (len() fails)
  bool is_long = false;   // bounds or length beyond int64
  BigInt long_length;     // the length, when is_long
};

// iter(range): the loop reads it directly (FOR_ITER), so it is public.
struct RangeIterObject : Object {
  int64_t next = 0, step = 1, remaining = 0;
};
extern Type range_iterator_type;

struct SliceObject : Object {
  Ref start, stop, step;  // any values; None when omitted
};
Ref new_slice(Value start, Value stop, Value step);
// slice.indices(length): clamp to [start, stop) with step; returns the item count.
// ValueError "slice step cannot be zero".
int64_t slice_indices(SliceObject* s, int64_t length, int64_t& start, int64_t& stop, int64_t& step);

struct CellObject : Object {
  Ref contents;  // null when empty
};
Ref new_cell(Value contents);

void init_misc_types();
void init_range_types();  // range_object.cpp

}  // namespace gilt
