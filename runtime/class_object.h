// Classes defined in Python (the `class` statement, three-argument type()).
#pragma once

#include <string>

#include "runtime/type.h"

namespace gilt {

// Creates a class: computes its MRO (C3) and instance layout, copies `ns`
// into its namespace, points its slots at the special methods it defines,
// fills a __classcell__ and calls __set_name__ on the namespace's values.
Ref new_class(Type* meta, const std::string& name, Value bases_tuple, Value ns);

// For the interpreter's inlined construction of `C(args)`: a blank instance
// of C when C is a plain Python class — created by type() itself, default
// __new__, an __init__ defined in Python — so that running C.__init__ on it
// is all that constructing needs; null otherwise.
Ref new_instance_for_inline_init(Type* cls);

// Set by the VM: the __name__ of the module whose code is running (null when
// none is), which three-argument type() records as a new class's __module__.
extern Ref (*running_module_name)();

}  // namespace gilt
