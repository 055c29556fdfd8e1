// Functions defined in Python: a code object plus what the `def` statement
// evaluated (globals, defaults, closure cells, annotations).
#pragma once

#include "runtime/type.h"
#include "vm/code.h"

namespace gilt {

struct FunctionObject : Object {
  Ref code;        // CodeObject
  Ref globals;     // DictObject
  Ref builtins;    // DictObject
  Ref name;        // str
  Ref qualname;    // str
  Ref defaults;    // tuple or null
  Ref kwdefaults;  // dict or null
  Ref closure;     // tuple of cells or null
  Ref annotations; // dict or null
  Ref doc;         // docstring or None
  Ref module;      // __module__ (str or None)
  Ref dict;        // function attributes, created on demand

  CodeObject* code_object() const { return code.as<CodeObject>(); }
};

extern Type function_type;

Ref new_function(Value code, Value globals, Value builtins);
inline bool is_function(Value v) { return v.is_object() && v.object()->type == &function_type; }

void init_function_type();

}  // namespace gilt
