// Bound methods (`obj.method` for functions defined in Python), and the
// staticmethod / classmethod / property descriptors.
#pragma once

#include "runtime/type.h"

namespace gilt {

struct MethodObject : Object {
  Ref func;
  Ref self;
};

Ref new_method(Value func, Value self);
// func(self, *args, **kwargs), without a heap allocation for a handful of arguments.
Ref call_with_self(Value func, Value self, CallArgs args);

struct StaticMethodObject : Object {  // staticmethod and classmethod
  Ref callable;
};

struct PropertyObject : Object {
  Ref fget, fset, fdel, doc;
  Ref name;  // set by __set_name__; names the property in errors
};

void init_method_types();

}  // namespace gilt
