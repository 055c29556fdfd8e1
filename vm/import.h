// Importing modules and compiling source text.
//
// The import rules follow CPython's importlib (see docs/language.md):
//   - sys.modules first; then natively registered modules (top-level names
//     only); then each directory on sys.path (the parent package's __path__
//     for a submodule), where NAME/__init__.py (a package) wins over NAME.py.
//   - The sys.path entry "@stdlib" (kBundledPathEntry) stands for the modules
//     written in Python that are compiled into the binary; their __file__ is
//     "@stdlib/NAME.py", and tracebacks show their source lines.
//   - A module is in sys.modules while its body runs (circular imports see it
//     partially initialised) and is removed again if the body raises.
#pragma once

#include <string>
#include <string_view>

#include "grammar/parse.h"
#include "runtime/object.h"

namespace gilt {

struct InterpreterState;
struct DictObject;

inline constexpr std::string_view kBundledPathEntry = "@stdlib";

// The absolute module `name`: `import a.b.c` imports a, a.b and a.b.c and
// returns a.b.c. Raises ModuleNotFoundError like CPython.
Ref import_module(InterpreterState* interp, const std::string& name);

// __import__(name, globals, locals, fromlist, level): what the import
// statement does. `globals` (a dict, or null) resolves relative names.
Ref import_module_level(const std::string& name, DictObject* globals, Value fromlist, int64_t level);

// Where the module `name` would be loaded from (importing its parent packages
// first), without running it. False if there is no such module.
struct ModuleSource {
  std::string path;  // __file__
  bool is_package = false;
  std::string source;
};
bool find_module_source(InterpreterState* interp, const std::string& name, ModuleSource& out);

// Parses and compiles; raises SyntaxError (or RecursionError for sources
// nested too deeply).
Ref compile_source(const std::string& source, const std::string& filename, ParseMode mode);

// The SyntaxError/IndentationError/TabError instance for a parse or compile error.
Ref syntax_error_from(const SyntaxErrorInfo& info);

}  // namespace gilt
