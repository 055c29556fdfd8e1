// types.UnionType: what `int | str` makes. isinstance() and issubclass()
// accept it like a tuple of its members.
#pragma once

#include "runtime/type.h"

namespace gilt {

struct UnionObject : Object {
  Ref args;  // a tuple of the members, flattened and without duplicates
};

extern Type union_type;

inline bool is_union(Value v) { return v.is_object() && v.object()->type == &union_type; }
// The `|` of type, GenericAlias and UnionType: a union of a and b, or
// NotImplemented when either is not a class, an alias, a union or None.
Ref union_or(Value a, Value b);

void init_union_type();

}  // namespace gilt
