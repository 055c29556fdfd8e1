// Formatting values as text: the format() builtin and f-strings, ascii(),
// str.format / str.format_map, and printf-style `str % args`.
//
// All of them report errors the one gilt way (error.h), with CPython's
// exception types and messages; number_format.h does the digit work.
#pragma once

#include <string>
#include <string_view>

#include "runtime/type.h"

namespace gilt {

// format(v, spec): what f-strings and format() use. ints, bools, floats and
// strs format natively; a Python class's own __format__ is called (it must
// return a str); anything else gets object.__format__ (empty spec: str(v)).
Ref format_value(Value v, std::string_view spec);
// The built-in __format__ methods (int, float, str, object): format() without
// looking for a Python __format__.
Ref format_native(Value v, std::string_view spec);

// ascii(v): repr(v) with non-ASCII characters escaped (\xe9, \u20ac, \U0001f600).
Ref ascii_of(Value v);
std::string ascii_escape(std::string_view utf8);

// fmt.format(*args, **kwargs): `args` is the call's arguments after self.
Ref str_format(Value fmt, CallArgs args);
// fmt.format_map(mapping).
Ref str_format_mapping(Value fmt, Value mapping);
// fmt % args (args: a tuple, a single value, or a mapping for %(name)s).
Ref str_percent_format(Value fmt, Value args);

}  // namespace gilt
