// str's methods and str() (str_methods.cpp). The codecs behind str.encode
// and str(b, encoding) are in codecs.h; formatting in format_value.h.
#pragma once

namespace gilt {

// Registers str's methods in str_type's dict and installs `%` (binary Mod).
void init_str_methods();

}  // namespace gilt
