// Helpers behind object's and type's methods, shared with the builtins.
#pragma once

#include "runtime/type.h"

namespace gilt {

struct DictObject;

// Adds the names in the dicts of `t` and its MRO to `names` (a dict used as
// an ordered set): what type.__dir__ lists.
void add_class_names(DictObject* names, Type* t);
// The keys of `names` as a list.
Ref dict_keys_list(DictObject* names);
// The __format__ method of int, float and bool: format() by the built-in rules.
Ref native_format_method(Value self, CallArgs args);

void init_object_methods();  // object_methods.cpp
void init_type_methods();    // type_methods.cpp

}  // namespace gilt
