// The special-method names behind the binary-operator slots, shared by the
// generic slots of Python classes (class_object.cpp) and the slot wrappers of
// built-in types (slot_wrappers.cpp).
#pragma once

#include "runtime/type.h"

namespace gilt {

struct BinaryDunders {
  const char* op;   // a + b
  const char* rop;  // reflected: b.__radd__(a)
  const char* iop;  // in place: a += b
};

// Indexed by BinaryOp.
inline constexpr BinaryDunders kBinaryDunders[kBinaryOpCount] = {
    {"__add__", "__radd__", "__iadd__"},
    {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"},
    {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"},
    {"__mod__", "__rmod__", "__imod__"},
    {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"},
    {"__rshift__", "__rrshift__", "__irshift__"},
    {"__or__", "__ror__", "__ior__"},
    {"__xor__", "__rxor__", "__ixor__"},
    {"__and__", "__rand__", "__iand__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
};

}  // namespace gilt
