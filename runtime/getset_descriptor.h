// Data attributes of built-in types (`int.real`, `range.start`,
// `object.__class__`) as descriptors in the type's dict, as CPython's
// getset_descriptor and member_descriptor: attribute lookup finds them like
// any class attribute, and dir() lists them.
#pragma once

#include "runtime/type.h"

namespace gilt {

using GetterFn = Ref (*)(Value self);
using SetterFn = void (*)(Value self, Value value);  // value null: delete

struct GetSetDescriptorObject : Object {
  const char* name = "";
  GetterFn get = nullptr;
  SetterFn set = nullptr;  // null: read-only
  Type* owner = nullptr;
};

extern Type getset_descriptor_type, member_descriptor_type;

// Adds a getset_descriptor `name` to type.dict. Without a setter, assigning
// raises "attribute 'name' of 'T' objects is not writable".
void add_getset(Type& type, const char* name, GetterFn get, SetterFn set = nullptr);
// Adds a read-only member_descriptor (CPython's T_OBJECT members, such as
// range.start): assigning raises "readonly attribute".
// A getset_descriptor not yet in any dict.
Ref new_getset(Type* owner, const char* name, GetterFn get, SetterFn set = nullptr);
void add_member(Type& type, const char* name, GetterFn get);

void init_getset_descriptor_types();

}  // namespace gilt
