// String literal decoding and f-string parsing, used by the parser actions.
#pragma once

#include <string>
#include <string_view>

#include "grammar/build.h"

namespace gilt::grammar {

// Decodes the backslash escapes of a non-raw literal body into `out` (UTF-8 for
// str, raw bytes for bytes). On a malformed escape returns false and sets
// `error` to CPython's "(unicode error) ..." / "(value error) ..." message.
bool decode_escapes(std::string_view body, bool bytes, std::string& out, std::string& error);

// Parses the f-string replacement field text ctx->src[begin, end) (inside the
// STRING token `tok`) as an expression, positioned where it sits in the file.
// Returns null after recording an error in ctx. Defined in parse.cpp.
ast::Expr* parse_fstring_expr(ParseCtx* ctx, size_t begin, size_t end, const Token& tok);

}  // namespace gilt::grammar
