// The parse driver: checks and normalizes the source, runs the lexer, feeds
// the tokens to the Lemon parser, and words syntax errors like CPython 3.11
// (the parts that need to look around the failing token: "expected ':'",
// "expected an indented block after ...", "unexpected indent", tokenizer
// errors that take precedence over a generic "invalid syntax", and the
// interactive prompt's decision that more input is needed).

#include "grammar/parse.h"

#include <cstdlib>
#include <string>

#include "grammar/build.h"
#include "grammar/tokenizer.h"
#include "grammar/literals.h"
#include "grammar/parser.h"

// The Lemon entry points (parser.y, %name gilt_parser).
void* gilt_parserAlloc(void* (*malloc_proc)(size_t), gilt::grammar::ParseCtx* ctx);
void gilt_parser(void* parser, int major, gilt::grammar::Token minor);
void gilt_parserFree(void* parser, void (*free_proc)(void*));

namespace gilt {
namespace grammar {
namespace {

// Feeds tokens [0, count) after the mode token, then the end of input when
// `finish` is set. Stops at the first error; returns the index of the token
// that was being fed when it occurred (or count).
size_t run_parser(ParseCtx& ctx, int mode_token, size_t count, bool finish) {
  void* parser = gilt_parserAlloc(malloc, &ctx);
  const std::vector<Token>& toks = *ctx.tokens;
  Token mode{};
  mode.type = mode_token;
  gilt_parser(parser, mode_token, mode);
  size_t i = 0;
  for (; i < count && !ctx.error; ++i) {
    const Token& t = toks[i];
    if (t.type == 0) break;
    gilt_parser(parser, t.type, t);
    if (ctx.error) break;
  }
  if (!ctx.error && finish) {
    Token end = toks.empty() ? Token{} : toks.back();
    end.type = 0;
    gilt_parser(parser, 0, end);
  }
  if (ctx.overflow && ctx.error && ctx.error->line == 0) {
    const Token& t = toks[i < toks.size() ? i : toks.size() - 1];
    ctx.error->line = ctx.error->end_line = t.line;
    ctx.error->col = t.col + 1;
    ctx.error->end_col = t.end_col + 1;
  }
  gilt_parserFree(parser, free);
  return i;
}

// The `(` of `with (a as b, c):` is handed to the parser as WITH_LPAR (see
// the note at the top of parser.y).
void mark_with_parens(std::vector<Token>& toks) {
  for (size_t i = 0; i + 1 < toks.size(); ++i) {
    if (toks[i].type != TK_WITH || toks[i + 1].type != TK_LPAR) continue;
    int depth = 0;
    bool as = false, comma = false, bad = false;
    size_t j = i + 1;
    for (; j < toks.size(); ++j) {
      int t = toks[j].type;
      if (t == TK_LPAR || t == TK_LSQB || t == TK_LBRACE) {
        ++depth;
        continue;
      }
      if (t == TK_RPAR || t == TK_RSQB || t == TK_RBRACE) {
        if (--depth == 0) break;
        continue;
      }
      if (depth != 1) continue;
      if (t == TK_AS) as = true;
      if (t == TK_COMMA) comma = true;
      if (t == TK_FOR || t == TK_YIELD) bad = true;
      if (t == TK_STAR && (toks[j - 1].type == TK_LPAR || toks[j - 1].type == TK_COMMA)) bad = true;
    }
    if (j + 1 < toks.size() && toks[j + 1].type == TK_COLON && (as || comma) && !bad) toks[i + 1].type = TK_WITH_LPAR;
  }
}

// What "expected an indented block after ..." calls the statement whose
// header ends at toks[colon].
std::string header_name(const std::vector<Token>& toks, size_t colon, int& line) {
  size_t i = colon;
  while (i > 0 && toks[i - 1].type != TK_NEWLINE && toks[i - 1].type != TK_INDENT && toks[i - 1].type != TK_DEDENT)
    --i;
  if (toks[i].type == TK_ASYNC && i + 1 < colon) ++i;
  line = toks[i].line;
  switch (toks[i].type) {
    case TK_IF: return "'if' statement";
    case TK_ELIF: return "'elif' statement";
    case TK_ELSE: return "'else' statement";
    case TK_WHILE: return "'while' statement";
    case TK_FOR: return "'for' statement";
    case TK_WITH: return "'with' statement";
    case TK_TRY: return "'try' statement";
    case TK_EXCEPT: return toks[i + 1].type == TK_STAR ? "'except*' statement" : "'except' statement";
    case TK_FINALLY: return "'finally' statement";
    case TK_DEF: return "function definition";
    case TK_CLASS: return "class definition";
    default: return "";
  }
}

bool starts_operand(int t) {
  switch (t) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case TK_LPAR: case TK_LSQB: case TK_LBRACE:
    case TK_NONE: case TK_TRUE: case TK_FALSE: case TK_ELLIPSIS: case TK_LAMBDA: case TK_NOT: case TK_TILDE:
      return true;
    default: return false;
  }
}

bool ends_operand(int t) {
  switch (t) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case TK_RPAR: case TK_RSQB: case TK_RBRACE:
    case TK_NONE: case TK_TRUE: case TK_FALSE: case TK_ELLIPSIS:
      return true;
    default: return false;
  }
}

// The index of the first token of the operand ending at toks[j] (a name or
// literal with attribute, call and subscript trailers); a heuristic used to
// place some error ranges where CPython's parser puts them.
size_t operand_start(const std::vector<Token>& toks, size_t j) {
  for (;;) {
    int t = toks[j].type;
    if (t == TK_RPAR || t == TK_RSQB || t == TK_RBRACE) {
      int depth = 0;
      for (;; --j) {
        int k = toks[j].type;
        if (k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE) ++depth;
        else if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE || k == TK_WITH_LPAR) --depth;
        if (depth == 0 || j == 0) break;
      }
      if (j > 0 && ends_operand(toks[j - 1].type)) {
        --j;
        continue;
      }
      return j;
    }
    if (j >= 2 && toks[j - 1].type == TK_DOT && ends_operand(toks[j - 2].type)) {
      j -= 2;
      continue;
    }
    return j;
  }
}

// Rewords a generic Lemon syntax error the way CPython's parser would.
void refine_generic_error(ParseCtx& ctx, size_t at) {
  const std::vector<Token>& toks = *ctx.tokens;
  const Token& t = ctx.error_token;
  size_t idx = static_cast<size_t>(t.index);
  if (t.type == 0 || idx >= toks.size()) idx = at < toks.size() ? at : toks.size() - 1;
  SyntaxErrorInfo& e = *ctx.error;
  bool at_end = t.type == 0 || (t.type == TK_DEDENT && t.begin >= ctx.src.size());
  if (t.type == TK_INDENT) {
    e.type = "IndentationError";
    e.message = "unexpected indent";
    e.col = t.col;
    e.end_col = -1;
    return;
  }
  if (idx >= 2 && toks[idx - 1].type == TK_NEWLINE && toks[idx - 2].type == TK_COLON) {
    int line = 0;
    std::string what = header_name(toks, idx - 2, line);
    if (!what.empty()) {
      e.type = "IndentationError";
      e.message = "expected an indented block after " + what + " on line " + std::to_string(line);
      if (at_end) {
        const Token& nl = toks[idx - 1];
        e.line = e.end_line = nl.line;
        e.col = nl.col + 1;
        e.end_col = -1;
      }
      return;
    }
  }
  if (t.type == TK_DEDENT) {
    e.type = "IndentationError";
    e.message = "unindent does not match any outer indentation level";
    return;
  }
  if (t.type == TK_NEWLINE && ctx.colon_expected) {
    int line = 0;
    if (!header_name(toks, idx, line).empty()) {
      e.message = "expected ':'";
      return;
    }
  }
  if (ctx.except_expected) {
    e.message = "expected 'except' or 'finally' block";
    if (at_end && idx >= 1) {
      size_t nl = idx;
      while (nl > 0 && toks[nl].type != TK_NEWLINE) --nl;
      e.line = e.end_line = toks[nl].line;
      e.col = toks[nl].col + 1;
      e.end_col = -1;
    }
    return;
  }
  if (ctx.else_expected && idx >= 1 && ends_operand(toks[idx - 1].type)) {
    size_t test = operand_start(toks, idx - 1);
    if (test >= 2 && toks[test - 1].type == TK_IF && ends_operand(toks[test - 2].type)) {
      const Token& a = toks[operand_start(toks, test - 2)];
      const Token& b = toks[idx - 1];
      e.message = "expected 'else' after 'if' expression";
      e.line = a.line;
      e.col = a.col + 1;
      e.end_line = b.end_line;
      e.end_col = b.end_col + 1;
      return;
    }
  }
  if (ctx.lpar_expected && idx >= 2 && toks[idx - 1].type == TK_NAME && toks[idx - 2].type == TK_DEF) {
    e.message = "expected '('";
    return;
  }
  if (t.type == TK_NEWLINE && idx >= 1 && toks[idx - 1].type == TK_COMMA) {
    size_t i = idx - 1;
    bool paren = false;
    while (i > 0 && toks[i - 1].type != TK_NEWLINE && toks[i - 1].type != TK_INDENT && toks[i - 1].type != TK_DEDENT) {
      if (toks[i].type == TK_LPAR) paren = true;
      --i;
    }
    if (toks[i].type == TK_FROM && !paren) {
      e.message = "trailing comma not allowed without surrounding parentheses";
      return;
    }
  }
  if (idx >= 1 && starts_operand(t.type) && ends_operand(toks[idx - 1].type) &&
      !(toks[idx - 1].type == TK_NAME && t.type == TK_STRING)) {
    int depth = ctx.implicit_parens ? 1 : 0;
    for (size_t i = 0; i < idx; ++i) {
      int k = toks[i].type;
      if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE || k == TK_WITH_LPAR) ++depth;
      else if (k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE) --depth;
    }
    if (depth > 0) {
      const Token& a = toks[operand_start(toks, idx - 1)];
      e.message = "invalid syntax. Perhaps you forgot a comma?";
      e.line = a.line;
      e.col = a.col + 1;
      e.end_line = t.end_line;
      e.end_col = t.end_col + 1;
    }
  }
}

std::string_view line_text(std::string_view src, int line) {
  size_t pos = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = src.find('\n', pos);
    if (nl == std::string_view::npos) return {};
    pos = nl + 1;
  }
  size_t nl = src.find('\n', pos);
  return src.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
}

// 1-based byte offset in `line` -> 1-based character offset.
int char_offset(std::string_view line, int byte_offset) {
  if (byte_offset <= 0) return byte_offset;
  int chars = 0;
  size_t limit = static_cast<size_t>(byte_offset - 1);
  size_t i = 0;
  for (; i < limit && i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++chars;
  return chars + static_cast<int>(limit - i) + 1;
}

void finish_error(SyntaxErrorInfo& e, std::string_view src, std::string_view filename) {
  e.filename = std::string(filename);
  std::string_view text = line_text(src, e.line);
  e.col = char_offset(text, e.col);
  std::string_view end_text = e.end_line == e.line ? text : line_text(src, e.end_line);
  e.end_col = char_offset(end_text, e.end_col);
  e.text = std::string(text);
}

// Whether the text ends with an empty (or whitespace-only) line.
bool ends_with_blank_line(std::string_view text) {
  if (text.empty() || text.back() != '\n') return false;
  size_t prev = text.find_last_of('\n', text.size() - 2);
  if (prev == std::string_view::npos) return false;
  std::string_view last = text.substr(prev + 1, text.size() - 2 - prev);
  return last.find_first_not_of(" \t\f") == std::string_view::npos;
}

bool is_compound_start(int t) {
  switch (t) {
    case TK_IF: case TK_WHILE: case TK_FOR: case TK_TRY: case TK_WITH: case TK_DEF: case TK_CLASS:
    case TK_ASYNC: case TK_AT:
      return true;
    default: return false;
  }
}

// Checks the raw bytes and returns the text the lexer sees: no BOM, "\n" line
// ends, NUL-terminated. Reports NUL bytes and invalid UTF-8 as CPython does.
bool prepare_source(std::string_view source, std::string_view filename, std::string& text,
                    std::optional<SyntaxErrorInfo>& error) {
  if (source.substr(0, 3) == "\xEF\xBB\xBF") source.remove_prefix(3);
  text.reserve(source.size() + 1);
  int line = 1;
  const auto* p = reinterpret_cast<const unsigned char*>(source.data());
  const auto* end = p + source.size();
  while (p < end) {
    unsigned char c = *p;
    if (c == 0) {
      SyntaxErrorInfo e;
      e.message = "source code cannot contain null bytes";
      e.line = e.end_line = line;
      error = std::move(e);
      return false;
    }
    if (c == '\r') {
      text += '\n';
      ++line;
      p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
      continue;
    }
    if (c < 0x80) {
      if (c == '\n') ++line;
      text += static_cast<char>(c);
      ++p;
      continue;
    }
    int len = 0;
    if (decode_utf8(p, end, len) < 0) {
      static constexpr char kHex[] = "0123456789abcdef";
      SyntaxErrorInfo e;
      e.message = std::string("Non-UTF-8 code starting with '\\x") + kHex[c >> 4] + kHex[c & 15] + "' in file " +
                  std::string(filename) + " on line " + std::to_string(line) +
                  ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
      // No location: the message names the line, and CPython prints no source line for it.
      e.line = e.end_line = 0;
      error = std::move(e);
      return false;
    }
    text.append(reinterpret_cast<const char*>(p), static_cast<size_t>(len));
    p += len;
  }
  return true;
}

}  // namespace

ast::Expr* parse_fstring_expr(ParseCtx* ctx, size_t begin, size_t end, const Token& tok) {
  // Where the field's text starts and ends in the file.
  auto locate = [&](size_t offset, int& line, int& col) {
    line = tok.line;
    col = tok.col;
    for (size_t i = tok.begin; i < offset; ++i) {
      if (ctx->src[i] == '\n') {
        ++line;
        col = 0;
      } else {
        ++col;
      }
    }
  };
  int line, col, end_line, end_col;
  locate(begin, line, col);
  locate(end, end_line, end_col);
  std::string text(ctx->src.substr(begin, end - begin));
  LexOptions options;
  options.first_line = line;
  options.first_col = col;
  options.fstring_expr = true;
  LexResult lexed = tokenize(text, options);
  ParseCtx sub;
  sub.src = text;
  sub.tokens = &lexed.tokens;
  sub.root_src = ctx->root_src;
  sub.mode = ParseMode::Eval;
  sub.implicit_parens = true;
  if (lexed.error) {
    sub.error = lexed.error;
  } else {
    size_t stop = run_parser(sub, TK_MODE_FSTRING, lexed.tokens.size(), true);
    if (sub.error && sub.generic_error) refine_generic_error(sub, stop);
  }
  if (sub.error) {
    // CPython 3.11 parses "(" + text + ")" and reports columns within that.
    SyntaxErrorInfo e = *sub.error;
    if (sub.generic_error && sub.error_token.type == 0) e.end_col = e.col + 1;  // the closing ')'
    int shift = col - 1;
    ctx->fail_at("f-string: " + e.message, line, e.line == line ? e.col - shift : e.col, line,
                 e.end_line == line ? e.end_col - shift : e.end_col);
    return nullptr;
  }
  ast::Expr* e = sub.expr.release();
  if (e && e->kind == ast::ExprKind::Tuple && e->pos.col == static_cast<int>(text.find_first_not_of(" \t\n\f")) + col &&
      e->pos.line == line) {
    // An unparenthesized tuple spans the implicit parentheses CPython adds.
    e->pos = ast::Pos{line, col - 1, end_line, end_col + 1};
  }
  return e;
}

}  // namespace grammar

ParseResult parse(std::string_view source, std::string_view filename, ParseMode mode) {
  using namespace grammar;
  ParseResult result;
  std::string text;
  if (!prepare_source(source, filename, text, result.error)) {
    finish_error(*result.error, text, filename);
    return result;
  }
  LexResult lexed = tokenize(text, LexOptions{});
  if (lexed.error && mode == ParseMode::Interactive && lexed.eof_incomplete) {
    result.incomplete = true;
    return result;
  }
  mark_with_parens(lexed.tokens);
  ParseCtx ctx;
  ctx.src = text;
  ctx.root_src = text;
  ctx.tokens = &lexed.tokens;
  ctx.mode = mode;
  int mode_token = mode == ParseMode::Eval ? TK_MODE_EVAL : TK_MODE_FILE;
  size_t stop = run_parser(ctx, mode_token, lexed.tokens.size(), !lexed.error);
  if (ctx.error && ctx.generic_error) {
    bool replace = false;
    if (lexed.error && ctx.error_token.type != TK_INDENT) {
      switch (lexed.error_kind) {
        case LexResult::Kind::Plain: replace = true; break;
        case LexResult::Kind::Indentation: break;
        case LexResult::Kind::UnclosedBracket: {
          // Still inside the bracket at the syntax error?
          const Token& t = ctx.error_token;
          int bl = lexed.error->line, bc = lexed.error->col - 1;
          // CPython also hits the end of input when it looks one token past
          // two adjacent operands.
          size_t idx = static_cast<size_t>(t.index);
          bool last = t.type == 0 || idx + 1 >= lexed.tokens.size();
          bool adjacent = idx >= 1 && idx < lexed.tokens.size() && starts_operand(t.type) &&
                          ends_operand(lexed.tokens[idx - 1].type);
          replace = t.type == 0 || t.line > bl || (last && adjacent && (t.line > bl || t.col > bc));
          break;
        }
      }
    }
    if (replace) ctx.error = lexed.error;  // the tokenizer's error wins over a generic one
    else refine_generic_error(ctx, stop);
  } else if (!ctx.error && lexed.error) {
    ctx.error = lexed.error;
  }
  if (mode == ParseMode::Interactive) {
    bool at_eof_error = ctx.error && ctx.generic_error && !lexed.error &&
                        (ctx.error_token.type == 0 || ctx.error_token.begin >= text.size());
    if (at_eof_error) {
      result.incomplete = true;
      return result;
    }
    if (!ctx.error && !lexed.tokens.empty() && is_compound_start(lexed.tokens[0].type) &&
        !ends_with_blank_line(text)) {
      result.incomplete = true;  // a compound statement goes on until an empty line
      return result;
    }
    if (!ctx.error && ctx.body.size() > 1 && ctx.body.back()->pos.line != ctx.body.front()->pos.line) {
      ctx.fail_at("multiple statements found while compiling a single statement", ctx.body[1]->pos.line,
                  ctx.body[1]->pos.col + 1, ctx.body[1]->pos.end_line, ctx.body[1]->pos.end_col + 1);
    }
  }
  if (ctx.error) {
    result.error = std::move(ctx.error);
    finish_error(*result.error, text, filename);
    return result;
  }
  result.module = std::make_unique<ast::Module>();
  if (mode == ParseMode::Eval) {
    auto stmt = std::make_unique<ast::ExprStmt>();
    if (ctx.expr) stmt->pos = ctx.expr->pos;
    stmt->value = std::move(ctx.expr);
    result.module->body.push_back(std::move(stmt));
  } else {
    result.module->body = std::move(ctx.body);
  }
  return result;
}

}  // namespace gilt
