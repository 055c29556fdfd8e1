// list: a mutable array of values.
#pragma once

#include <vector>

#include "runtime/type.h"

namespace gilt {

struct ListObject : Object {
  std::vector<Ref> items;
};

Ref new_list(int64_t reserve = 0);
Ref make_list(const Value* items, int64_t n);
inline bool is_list(Value v) { return v.is_object() && v.object()->type->is_subtype_of(&list_type); }
inline ListObject* as_list(Value v) { return v.as<ListObject>(); }
void list_append(Value list, Value item);
void list_extend(Value list, Value iterable);
// list.sort(key=key, reverse=reverse); key may be null. Stable.
void list_sort(Value list, Value key, bool reverse);
// A list of everything `iterable` yields (list(iterable)).
Ref list_from_iterable(Value iterable);

void init_list_type();

}  // namespace gilt
