// The methods bytes and bytearray share (CPython's bytes_methods.c): one
// implementation, registered on both types. A method's `self` is either; its
// results are of self's kind — bytes from bytes, bytearray from bytearray —
// and its messages name that kind ("bytearray.upper() takes no arguments").
// Text-like methods treat the data as ASCII: only A-Z/a-z change case and
// only ASCII whitespace, letters and digits are classified, as in CPython.
// Internal to runtime/.
#pragma once

#include <string>
#include <string_view>

#include "runtime/type.h"

namespace gilt {

// A new bytes or bytearray, as self is (always exact: subclasses give their base).
Ref new_bytes_like(Value self, std::string_view data);
// Self unchanged: itself for an exact bytes, else a copy of self's kind.
Ref same_bytes_like(Value self);
// "bytes" or "bytearray".
const char* bytes_kind(Value self);
// "bytes.name" or "bytearray.name", for argument-count messages.
std::string bytes_method_name(Value self, const char* name);
// A single byte given as an int: ValueError "byte must be in range(0, 256)".
unsigned char byte_value(Value v);
inline bool ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Registration (bytes_methods.cpp, bytes_text_methods.cpp, bytes_format.cpp).
void add_bytes_search_methods(Type& type);  // find, split, strip, replace, join, ...
void add_bytes_text_methods(Type& type);    // case, classes, padding, hex, decode, translate, ...
// b'%s' % args; self's kind decides the result's.
Ref bytes_percent_format(Value self, Value args);

}  // namespace gilt
