// tuple: an immutable, fixed-size array of values, stored inline.
#pragma once

#include <initializer_list>

#include "runtime/type.h"

namespace gilt {

struct TupleObject : Object {
  int64_t size = 0;
  Value* items() { return reinterpret_cast<Value*>(this + 1); }
  const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
  Value operator[](int64_t i) const { return items()[i]; }
};

// A tuple of n empty slots; fill each with tuple_init_item before use.
Ref new_tuple(int64_t n);
inline void tuple_init_item(Value tuple, int64_t i, Ref item) { tuple.as<TupleObject>()->items()[i] = item.release(); }
Ref make_tuple(std::initializer_list<Value> items);
Ref make_tuple(const Value* items, int64_t n);
inline bool is_tuple(Value v) { return v.is_object() && v.object()->type->is_subtype_of(&tuple_type); }

void init_tuple_type();

}  // namespace gilt
