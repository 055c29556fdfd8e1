// Importing modules and compiling source text.
#pragma once

#include <string>

#include "grammar/parse.h"
#include "runtime/object.h"

namespace gilt {

struct InterpreterState;

// The module `name` (dotted names import each package along the way):
// sys.modules, then built-in modules, then `name.py` along sys.path.
Ref import_module(InterpreterState* interp, const std::string& name);

// Parses and compiles; raises SyntaxError (or RecursionError for sources
// nested too deeply).
Ref compile_source(const std::string& source, const std::string& filename, ParseMode mode);

// The SyntaxError/IndentationError/TabError instance for a parse or compile error.
Ref syntax_error_from(const SyntaxErrorInfo& info);

}  // namespace gilt
