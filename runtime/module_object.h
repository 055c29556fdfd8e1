// Modules: a namespace dict with a name.
#pragma once

#include <string>

#include "runtime/type.h"

namespace gilt {

struct ModuleObject : Object {
  Ref dict;  // the module's globals
  // Set to false when the module is freed, if set: how interpreter teardown
  // learns which modules outlived a collection (gilt has no weakrefs).
  bool* alive = nullptr;
};

// A module whose __name__ is `name`, with an empty namespace (plus __name__, __doc__).
Ref new_module(const std::string& name);
inline ModuleObject* as_module(Value v) { return v.as<ModuleObject>(); }
void module_set(Value module, const char* name, Value value);

void init_module_type();

}  // namespace gilt
