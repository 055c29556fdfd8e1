// types.GenericAlias: what `list[int]` makes — a parameterized view of a
// class for type hints. It forwards attribute access and calls to its
// origin, and cannot be used with isinstance(), as in CPython.
#pragma once

#include <string>

#include "runtime/type.h"

namespace gilt {

struct GenericAliasObject : Object {
  Ref origin;  // the class subscripted
  Ref args;    // a tuple
};

extern Type generic_alias_type;

inline bool is_generic_alias(Value v) { return v.is_object() && v.object()->type == &generic_alias_type; }
Ref new_generic_alias(Value origin, Value args);
// The `__class_getitem__` of list, tuple, dict, set, ...: cls[item].
Ref class_getitem_generic_alias(Value cls, CallArgs args);
// How an item of a type hint prints: `int`, `collections.OrderedDict`, `...`.
std::string type_hint_repr(Value v);

void init_generic_alias_type();

}  // namespace gilt
