// Functions and methods implemented in C++.
//
// A NativeFn receives `self` (the object a method is bound to, the module of a
// module-level function, or null) and the call's arguments. Methods of
// built-in types are registered in the type's dict as method descriptors;
// attribute lookup binds them to the instance, and the interpreter's
// LOAD_METHOD/CALL pair calls them without creating the bound object.
#pragma once

#include "runtime/type.h"

namespace gilt {

using NativeFn = Ref (*)(Value self, CallArgs args);

struct BuiltinFunctionObject : Object {
  const char* name = "";
  NativeFn fn = nullptr;
  Ref self;           // bound object, or null
  Type* owner = nullptr;  // for methods: the type that defines them (repr)
};

// An unbound method of a built-in type, living in the type's dict.
struct MethodDescriptorObject : Object {
  const char* name = "";
  NativeFn fn = nullptr;
  Type* owner = nullptr;
};

extern Type method_descriptor_type, classmethod_descriptor_type;

Ref new_builtin_function(const char* name, NativeFn fn, Value self = Value());
// Adds `name` to type.dict as a method (bound to instances).
void add_method(Type& type, const char* name, NativeFn fn);
// Adds a method bound to the class itself (like dict.fromkeys); self is the class.
void add_class_method(Type& type, const char* name, NativeFn fn);
// Adds a plain function (like str.maketrans): no binding at all.
void add_static_method(Type& type, const char* name, NativeFn fn);

void init_builtin_function_types();

}  // namespace gilt
