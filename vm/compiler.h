// The bytecode compiler: AST in, CodeObject out.
//
// compile() runs scope analysis (symtable.h), then generates code for the
// module and, recursively, every function, class body, lambda and
// comprehension in it (each becomes its own CodeObject, stored as a constant
// of the enclosing code). The bytecode follows the contract documented in
// vm/opcodes.h; the shapes of the emitted sequences mirror CPython 3.11's
// compiler so that its semantics (evaluation order, exception handling,
// positions for tracebacks) carry over.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "grammar/ast.h"
#include "grammar/parse.h"
#include "runtime/object.h"

namespace gilt {

struct CompileResult {
  Ref code;  // a CodeObject; null on error
  std::optional<SyntaxErrorInfo> error;
};

// mode: File (a module), Interactive (a REPL input: top-level expression
// statements print their value through PRINT_EXPR), Eval (the single
// expression's value is returned). Errors are reported as CPython does: type
// "SyntaxError" with its message and position, or "RecursionError" when the
// source nests too deeply to compile.
CompileResult compile(const ast::Module& module, const std::string& filename, ParseMode mode,
                      std::shared_ptr<const std::string> source);

}  // namespace gilt
