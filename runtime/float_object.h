// float: an IEEE double in a heap object, as CPython's.
#pragma once

#include "runtime/type.h"

namespace gilt {

struct FloatObject : Object {
  double value = 0;
};

Ref new_float(double v);
inline bool is_float(Value v) { return v.is_object() && v.object()->type->is_subtype_of(&float_type); }
inline double float_value(Value v) { return v.as<FloatObject>()->value; }
// float(v) for an int or float (OverflowError for ints too large); TypeError otherwise.
double to_double(Value v);

void init_float_type();

}  // namespace gilt
