// Data attributes of built-in types (`int.real`, `range.start`,
// `object.__class__`) as descriptors in the type's dict, as CPython's
// getset_descriptor and member_descriptor: attribute lookup finds them like
// any class attribute, and dir() lists them.
#pragma once

#include <string>

#include "runtime/type.h"

namespace gilt {

using GetterFn = Ref (*)(Value self);
using SetterFn = void (*)(Value self, Value value);  // value null: delete

struct GetSetDescriptorObject : Object {
  const char* name = "";
  GetterFn get = nullptr;
  SetterFn set = nullptr;  // null: read-only
  Type* owner = nullptr;
  // The class named in reprs when it is not `owner`: a class's __dict__ and
  // __weakref__ descriptors are checked against object (a class must not be
  // kept alive by its own namespace) but name the class.
  std::string owner_name;
};

extern Type getset_descriptor_type, member_descriptor_type;

// Adds a getset_descriptor `name` to type.dict. Without a setter, assigning
// raises "attribute 'name' of 'T' objects is not writable".
void add_getset(Type& type, const char* name, GetterFn get, SetterFn set = nullptr);
// Adds a read-only member_descriptor (CPython's T_OBJECT members, such as
// range.start): assigning raises "readonly attribute".
// A getset_descriptor not yet in any dict, for instances of any type,
// showing `owner_name` as its class.
Ref new_getset(const std::string& owner_name, const char* name, GetterFn get, SetterFn set = nullptr);
void add_member(Type& type, const char* name, GetterFn get);

void init_getset_descriptor_types();

}  // namespace gilt
