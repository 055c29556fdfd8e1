// mappingproxy: a read-only view of a mapping — what `cls.__dict__` and a
// dict view's `.mapping` return, and types.MappingProxyType.
#pragma once

#include "runtime/type.h"

namespace gilt {

struct MappingProxyObject : Object {
  Ref mapping;
};

extern Type mappingproxy_type;

Ref new_mappingproxy(Value mapping);

void init_mappingproxy_type();

}  // namespace gilt
