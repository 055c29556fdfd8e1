// A token as the lexer hands it to the parser.
//
// Tokens are plain data (Lemon keeps them in a union): the kind, where the token
// sits in the source, and its byte range, from which the parser actions slice
// names, numbers and string bodies. Columns are 0-based UTF-8 byte offsets and
// the end is exclusive, exactly like the positions in ast.h.
#pragma once

#include <cstdint>

#include "grammar/ast.h"

namespace gilt::grammar {

// No default member initializers: Lemon keeps tokens in a union, which needs
// a trivial type. Write `Token{}` for a zeroed one.
struct Token {
  int type;  // a TK_* code from the generated grammar/parser.h; 0 is the end of input
  int aux;   // CMPOP: ast::CmpOpKind; AUGASSIGN: ast::BinOpKind
  int line, col, end_line, end_col;
  uint32_t begin, end;  // byte range in the source
  int index;            // position in the token vector

  ast::Pos pos() const { return {line, col, end_line, end_col}; }
};

}  // namespace gilt::grammar
