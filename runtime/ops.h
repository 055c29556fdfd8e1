// The abstract object protocol: what `a + b`, `repr(x)`, `x.attr`, `f(...)`,
// `iter(x)` and friends mean for any value. The interpreter loop and every
// builtin go through these functions, which dispatch on the type's slots and
// raise CPython's TypeError when a slot is missing.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "runtime/type.h"

namespace gilt {

// repr()/str(): return a StrObject.
Ref repr(Value v);
Ref str(Value v);
std::string repr_string(Value v);  // UTF-8 copy of repr(v)
std::string str_string(Value v);   // UTF-8 copy of str(v)

// The name CPython prints in messages: type(v).__name__.
const std::string& type_name(Value v);

int64_t hash(Value v);  // TypeError: unhashable type: 'list'
bool truthy(Value v);

// Rich comparison with reflected fallback; == and != fall back to identity.
Ref compare(Value a, Value b, CompareOp op);
bool compare_bool(Value a, Value b, CompareOp op);
bool equals(Value a, Value b);  // a == b, with the identity shortcut containers use

Ref binary_op(Value a, Value b, BinaryOp op);
Ref inplace_op(Value a, Value b, BinaryOp op);
Ref negative(Value v);
Ref positive(Value v);
Ref invert(Value v);
const char* binary_op_symbol(BinaryOp op);  // "+", "//", ...

// Attributes. get_attr raises AttributeError; try_get_attr returns null.
Ref get_attr(Value obj, StrObject* name);
Ref try_get_attr(Value obj, StrObject* name);
Ref get_attr(Value obj, std::string_view name);
void set_attr(Value obj, StrObject* name, Value value);
void del_attr(Value obj, StrObject* name);

// The default attribute protocol (object.__getattribute__ / __setattr__):
// data descriptors on the type, then the instance dict, then other class
// attributes (binding functions and descriptors).
Ref generic_getattr(Value obj, StrObject* name);
void generic_setattr(Value obj, StrObject* name, Value value);
// Look `name` up along type's MRO without binding; null Value when absent.
Value type_lookup(Type* type, StrObject* name);

Ref call(Value callable, CallArgs args);
Ref call(Value callable, std::initializer_list<Value> args = {});
bool is_callable(Value v);
// Call the special method `name` looked up on type(self); null if it is missing.
Ref call_method_if_present(Value self, StrObject* name, std::initializer_list<Value> args);

Ref get_iter(Value v);   // iter(v): TypeError: 'int' object is not iterable
Ref iter_next(Value it); // null when exhausted

Ref get_item(Value container, Value key);
void set_item(Value container, Value key, Value value);
void del_item(Value container, Value key);
bool contains(Value container, Value item);  // `item in container`
int64_t length(Value v);                     // len(v)

// __index__: an int (small or big) from an int-like value, or TypeError with
// "<what> must be integer" style messages left to the caller via `context`.
Ref index_value(Value v);
// Index as int64 (OverflowError "cannot fit 'int' into an index-sized integer").
int64_t index_int64(Value v);

}  // namespace gilt
