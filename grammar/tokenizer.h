// The tokenizer: bytes in, a complete token vector out (lexer.re, re2c).
//
// It follows CPython's tokenizer: NEWLINE ends a logical line, INDENT/DEDENT
// come from the indentation stack (tabs advance to multiples of 8 and must be
// used consistently), blank and comment-only lines produce nothing, and newlines
// inside (), [] and {} or after a backslash are ignored. Strings and numbers are
// only delimited and checked here; their values are decoded by the parser
// actions (see literals.h), as CPython does.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "grammar/parse.h"
#include "grammar/token.h"

namespace gilt::grammar {

struct LexOptions {
  int first_line = 1;         // line number of the first byte
  int first_col = 0;          // column of the first byte (first line only)
  bool fstring_expr = false;  // an f-string replacement field: lexed as if inside brackets
};

struct LexResult {
  std::vector<Token> tokens;  // always ends with an end-of-input token (type 0) unless error
  // A tokenizer error; `tokens` then holds everything before it. The text and
  // filename are left for the caller to fill in; columns are byte based.
  std::optional<SyntaxErrorInfo> error;
  // The input ended inside brackets, a triple-quoted string, or right after a
  // line continuation: the interactive prompt should ask for more.
  bool eof_incomplete = false;
  // How CPython's parser treats the error when it has already found a plain
  // "invalid syntax" earlier: most tokenizer errors replace it; indentation
  // errors do not; an unclosed bracket does when the bracket is still open at
  // the syntax error.
  enum class Kind { Plain, Indentation, UnclosedBracket } error_kind = Kind::Plain;
};

// `source` must be followed by a NUL byte (a std::string's data() is) and must
// not contain NUL itself; the driver checks both.
LexResult tokenize(std::string_view source, const LexOptions& options);

// The grammar's name for a token type ("NAME", "INDENT", "LPAR", ...; 0 is
// "ENDMARKER"), for tests and debugging.
const char* token_name(int type);

// Decodes one UTF-8 sequence at p (within [p, end)); returns the code point and
// sets `len`, or returns -1 for an invalid sequence.
int32_t decode_utf8(const unsigned char* p, const unsigned char* end, int& len);

}  // namespace gilt::grammar
