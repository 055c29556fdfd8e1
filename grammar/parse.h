// The parse driver: source text in, an AST or a SyntaxError description out.
//
// The lexer (lexer.re, re2c) turns bytes into tokens, inserting NEWLINE,
// INDENT and DEDENT; the parser (parser.y, Lemon) builds the tree. Neither
// knows about the runtime: a syntax error is reported as plain data, and the
// VM turns it into a SyntaxError object.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "grammar/ast.h"

namespace gilt {

// What CPython puts in a SyntaxError: its class name ("SyntaxError",
// "IndentationError" or "TabError"), msg, filename, lineno, offset (1-based
// column of the first offending character), end_lineno, end_offset, and the
// text of the offending line (without its newline).
struct SyntaxErrorInfo {
  std::string type = "SyntaxError";
  std::string message;
  std::string filename;
  int line = 0, col = 0, end_line = 0, end_col = 0;
  std::string text;
};

enum class ParseMode {
  File,         // a module: any statements
  Interactive,  // one REPL input: a simple statement or one compound statement
  Eval,         // a single expression (for eval()); the body holds one ExprStmt
};

struct ParseResult {
  std::unique_ptr<ast::Module> module;  // null on error
  std::optional<SyntaxErrorInfo> error;
  // Interactive mode only: the input ended inside a block, an open bracket or a
  // triple-quoted string, so the REPL should read another line.
  bool incomplete = false;
};

ParseResult parse(std::string_view source, std::string_view filename, ParseMode mode = ParseMode::File);

}  // namespace gilt
