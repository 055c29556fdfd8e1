// Prints a tree exactly as CPython 3.11's ast.dump() does, so that parser
// tests can compare against python3's output.
#pragma once

#include <string>

#include "grammar/ast.h"

namespace gilt::ast {

// ast.dump(tree)
std::string dump(const Module& module);
// ast.dump(tree, include_attributes=True): also lineno, col_offset, end_lineno
// and end_col_offset of statements, expressions, args, keywords, aliases and
// except handlers.
std::string dump_with_positions(const Module& module);
// One expression, as ast.dump(expr) / ast.dump(expr, include_attributes=True).
std::string dump(const Expr& expr, bool positions = false);

// Python's repr() of a float (shortest round-trip form).
std::string float_repr(double d);
// Python's repr() of a str (UTF-8) or bytes value.
std::string str_repr(const std::string& s, bool bytes);
// Decimal digits of an integer literal's int_text ("0x1f" -> "31").
std::string int_decimal(const std::string& int_text);

}  // namespace gilt::ast
