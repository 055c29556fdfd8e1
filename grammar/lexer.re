// The tokenizer (re2c). See tokenizer.h for what it produces.
//
// The structure is hand-written (line starts, indentation, brackets, string
// bodies); re2c recognises the lexemes themselves: operators, names and
// keywords, numbers and string openings. Errors use CPython 3.11's messages and
// positions. Columns are UTF-8 byte offsets; the driver turns the offsets in an
// error into character offsets as CPython reports them.

#include <string>

#include "grammar/tokenizer.h"
#include "grammar/parser.h"
#include "runtime/unicode_tables.h"

namespace gilt::grammar {

using unicode::in_ranges;
using unicode::kIdentContinue;
using unicode::kIdentStart;
using unicode::kNonPrintable;

int32_t decode_utf8(const unsigned char* p, const unsigned char* end, int& len) {
  unsigned c = p[0];
  int need;
  uint32_t cp, min;
  if (c < 0x80) { len = 1; return static_cast<int32_t>(c); }
  if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; min = 0x10000; }
  else return -1;
  if (end - p <= need) return -1;
  for (int i = 1; i <= need; ++i) {
    if ((p[i] & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  len = need + 1;
  return static_cast<int32_t>(cp);
}

namespace {

using uchar = unsigned char;

// Results of the re2c matcher besides real token codes.
enum : int {
  kScanName = -1,         // an identifier (maybe a prefix of a longer Unicode one)
  kScanString = -2,       // a string opening: prefix and quote(s) consumed
  kScanBadChar = -3,      // a character that starts no token
  kScanNumber = -4,       // a number (its kind in `aux`, see NumberKind)
  kScanEnd = -5,          // the terminating NUL
};

enum NumberKind : int { kDec, kHex, kOct, kBin, kFloat, kImag, kLeadingZeros };

// Matches one lexeme at `cur`; returns a TK_* code or a kScan* value. For
// operators, `aux` gets the comparison or augmented-assignment operator.
int scan(const uchar*& cur, int& aux) {
  const uchar* mar = cur;
  /*!re2c
    re2c:define:YYCTYPE = uchar;
    re2c:define:YYCURSOR = cur;
    re2c:define:YYMARKER = mar;
    re2c:yyfill:enable = 0;
    re2c:indent:string = "  ";

    digits = [0-9] ("_"? [0-9])*;
    exponent = [eE] [+-]? digits;
    pointfloat = digits? "." digits | digits ".";
    float = pointfloat exponent? | digits exponent;
    prefix = [rRuUfFbB] | [fF][rR] | [rR][fF] | [bB][rR] | [rR][bB];

    "\x00" { return kScanEnd; }

    "(" { return TK_LPAR; }   ")" { return TK_RPAR; }
    "[" { return TK_LSQB; }   "]" { return TK_RSQB; }
    "{" { return TK_LBRACE; } "}" { return TK_RBRACE; }
    ":" { return TK_COLON; }  ":=" { return TK_COLONEQUAL; }
    "," { return TK_COMMA; }  ";" { return TK_SEMI; }
    "." { return TK_DOT; }    "..." { return TK_ELLIPSIS; }
    "+" { return TK_PLUS; }   "-" { return TK_MINUS; }
    "*" { return TK_STAR; }   "**" { return TK_DOUBLESTAR; }
    "/" { return TK_SLASH; }  "//" { return TK_DOUBLESLASH; }
    "%" { return TK_PERCENT; } "@" { return TK_AT; }
    "|" { return TK_VBAR; }   "&" { return TK_AMPER; }
    "^" { return TK_CIRCUMFLEX; } "~" { return TK_TILDE; }
    "<<" { return TK_LEFTSHIFT; } ">>" { return TK_RIGHTSHIFT; }
    "->" { return TK_RARROW; } "=" { return TK_EQUAL; }

    "==" { aux = int(ast::CmpOpKind::Eq); return TK_CMPOP; }
    "!=" { aux = int(ast::CmpOpKind::NotEq); return TK_CMPOP; }
    "<"  { aux = int(ast::CmpOpKind::Lt); return TK_CMPOP; }
    "<=" { aux = int(ast::CmpOpKind::LtE); return TK_CMPOP; }
    ">"  { aux = int(ast::CmpOpKind::Gt); return TK_CMPOP; }
    ">=" { aux = int(ast::CmpOpKind::GtE); return TK_CMPOP; }

    "+="  { aux = int(ast::BinOpKind::Add); return TK_AUGASSIGN; }
    "-="  { aux = int(ast::BinOpKind::Sub); return TK_AUGASSIGN; }
    "*="  { aux = int(ast::BinOpKind::Mult); return TK_AUGASSIGN; }
    "@="  { aux = int(ast::BinOpKind::MatMult); return TK_AUGASSIGN; }
    "/="  { aux = int(ast::BinOpKind::Div); return TK_AUGASSIGN; }
    "%="  { aux = int(ast::BinOpKind::Mod); return TK_AUGASSIGN; }
    "**=" { aux = int(ast::BinOpKind::Pow); return TK_AUGASSIGN; }
    "<<=" { aux = int(ast::BinOpKind::LShift); return TK_AUGASSIGN; }
    ">>=" { aux = int(ast::BinOpKind::RShift); return TK_AUGASSIGN; }
    "|="  { aux = int(ast::BinOpKind::BitOr); return TK_AUGASSIGN; }
    "^="  { aux = int(ast::BinOpKind::BitXor); return TK_AUGASSIGN; }
    "&="  { aux = int(ast::BinOpKind::BitAnd); return TK_AUGASSIGN; }
    "//=" { aux = int(ast::BinOpKind::FloorDiv); return TK_AUGASSIGN; }

    "False" { return TK_FALSE; }     "None" { return TK_NONE; }
    "True" { return TK_TRUE; }       "and" { return TK_AND; }
    "as" { return TK_AS; }           "assert" { return TK_ASSERT; }
    "async" { return TK_ASYNC; }     "await" { return TK_AWAIT; }
    "break" { return TK_BREAK; }     "class" { return TK_CLASS; }
    "continue" { return TK_CONTINUE; } "def" { return TK_DEF; }
    "del" { return TK_DEL; }         "elif" { return TK_ELIF; }
    "else" { return TK_ELSE; }       "except" { return TK_EXCEPT; }
    "finally" { return TK_FINALLY; } "for" { return TK_FOR; }
    "from" { return TK_FROM; }       "global" { return TK_GLOBAL; }
    "if" { return TK_IF; }           "import" { return TK_IMPORT; }
    "in" { return TK_IN; }           "is" { return TK_IS; }
    "lambda" { return TK_LAMBDA; }   "nonlocal" { return TK_NONLOCAL; }
    "not" { return TK_NOT; }         "or" { return TK_OR; }
    "pass" { return TK_PASS; }       "raise" { return TK_RAISE; }
    "return" { return TK_RETURN; }   "try" { return TK_TRY; }
    "while" { return TK_WHILE; }     "with" { return TK_WITH; }
    "yield" { return TK_YIELD; }

    [a-zA-Z_][a-zA-Z0-9_]* { return kScanName; }
    [\x80-\xff] { return kScanName; }
    prefix? ["'] { return kScanString; }

    [1-9] ("_"? [0-9])* { aux = kDec; return kScanNumber; }
    "0"+ ("_"? "0")* { aux = kDec; return kScanNumber; }
    "0"+ ("_"? "0")* ("_"? [0-9])+ { aux = kLeadingZeros; return kScanNumber; }
    "0" [xX] ("_"? [0-9a-fA-F])+ { aux = kHex; return kScanNumber; }
    "0" [oO] ("_"? [0-7])+ { aux = kOct; return kScanNumber; }
    "0" [bB] ("_"? [01])+ { aux = kBin; return kScanNumber; }
    "0" [xX] { aux = kHex; return kScanNumber; }
    "0" [oO] { aux = kOct; return kScanNumber; }
    "0" [bB] { aux = kBin; return kScanNumber; }
    float { aux = kFloat; return kScanNumber; }
    (float | digits) [jJ] { aux = kImag; return kScanNumber; }

    * { return kScanBadChar; }
  */
}

bool is_ascii_ident_char(uchar c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::string hex_code(uint32_t cp) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string s;
  for (int shift = cp > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4) s += kDigits[(cp >> shift) & 0xF];
  if (cp > 0xFFFF && s[0] == '0') s.erase(0, 1);
  return s;
}

class Lexer {
 public:
  Lexer(std::string_view src, const LexOptions& opt)
      : begin_(reinterpret_cast<const uchar*>(src.data())), end_(begin_ + src.size()), cur_(begin_),
        line_start_(begin_), line_(opt.first_line), first_line_(opt.first_line),
        first_col_(opt.first_col), fstring_(opt.fstring_expr) {}

  LexResult run();

 private:
  int col_of(const uchar* p) const {
    return static_cast<int>(p - line_start_) + (line_ == first_line_ ? first_col_ : 0);
  }
  void new_line(const uchar* after_newline) { ++line_; line_start_ = after_newline; }
  Token& emit(int type, const uchar* from, const uchar* to, int aux = 0);
  void emit_at(int type, const uchar* at) { emit(type, at, at); }
  bool error(std::string msg, int line, int col, int end_line, int end_col, const char* type = "SyntaxError");
  bool indentation();
  bool number(const uchar* start, int kind);
  bool string(const uchar* start);
  bool name(const uchar* start);
  bool bad_character(const uchar* at);
  bool open_bracket(const uchar* at, uchar c);
  bool close_bracket(const uchar* at, uchar c);
  bool at_eof();

  struct Bracket {
    uchar c;
    int line, col;
  };

  const uchar* begin_;
  const uchar* end_;
  const uchar* cur_;
  const uchar* line_start_;
  int line_;
  int first_line_, first_col_;
  bool fstring_;
  bool at_line_start_ = true;
  std::vector<int> indents_{0}, alt_indents_{0};
  std::vector<Bracket> brackets_;
  LexResult out_;
};

Token& Lexer::emit(int type, const uchar* from, const uchar* to, int aux) {
  Token t{};
  t.type = type;
  t.aux = aux;
  t.line = t.end_line = line_;
  t.col = col_of(from);
  t.end_col = col_of(to);
  t.begin = static_cast<uint32_t>(from - begin_);
  t.end = static_cast<uint32_t>(to - begin_);
  t.index = static_cast<int>(out_.tokens.size());
  out_.tokens.push_back(t);
  return out_.tokens.back();
}

// Records the error (offsets 1-based, as SyntaxError wants) and returns false.
bool Lexer::error(std::string msg, int line, int col, int end_line, int end_col, const char* type) {
  if (std::string_view(type) != "SyntaxError") out_.error_kind = LexResult::Kind::Indentation;
  SyntaxErrorInfo e;
  e.type = type;
  e.message = std::move(msg);
  e.line = line;
  e.col = col;
  e.end_line = end_line;
  e.end_col = end_col;
  out_.error = std::move(e);
  return false;
}

// At the start of a logical line: measure the indentation, skip the line if it
// is blank or a comment, otherwise emit INDENT or DEDENTs.
bool Lexer::indentation() {
  for (;;) {
    int col = 0, alt = 0;
    const uchar* p = cur_;
    for (;; ++p) {
      if (*p == ' ') { ++col; ++alt; }
      else if (*p == '\t') { col = (col / 8 + 1) * 8; ++alt; }
      else if (*p == '\f') { col = alt = 0; }
      else break;
    }
    cur_ = p;
    if (*p == '#') {
      while (*cur_ != '\n' && cur_ < end_) ++cur_;
      p = cur_;
    }
    if (*p == '\n') { cur_ = p + 1; new_line(cur_); continue; }
    if (p >= end_) return true;  // trailing blank lines: at_eof() finishes
    int line_len = 0;
    while (p[line_len] != '\n' && p + line_len < end_) ++line_len;
    int text_end_col = col_of(p + line_len) + 1;
    if (col == indents_.back()) {
      if (alt != alt_indents_.back())
        return error("inconsistent use of tabs and spaces in indentation", line_, 1, line_, 0, "TabError");
    } else if (col > indents_.back()) {
      if (indents_.size() >= 100)
        return error("too many levels of indentation", line_, col_of(p) + 1, line_, -1, "IndentationError");
      if (alt <= alt_indents_.back())
        return error("inconsistent use of tabs and spaces in indentation", line_, 1, line_, 0, "TabError");
      indents_.push_back(col);
      alt_indents_.push_back(alt);
      emit_at(TK_INDENT, p);
    } else {
      while (indents_.size() > 1 && col < indents_.back()) {
        indents_.pop_back();
        alt_indents_.pop_back();
        emit_at(TK_DEDENT, p);
      }
      if (col != indents_.back())
        return error("unindent does not match any outer indentation level", line_, text_end_col, line_, -1,
                     "IndentationError");
      if (alt != alt_indents_.back())
        return error("inconsistent use of tabs and spaces in indentation", line_, 1, line_, 0, "TabError");
    }
    return true;
  }
}

bool Lexer::open_bracket(const uchar* at, uchar c) {
  if (brackets_.size() >= 200) return error("too many nested parentheses", line_, col_of(at) + 1, line_, col_of(at) + 1);
  brackets_.push_back({c, line_, col_of(at)});
  return true;
}

bool Lexer::close_bracket(const uchar* at, uchar c) {
  int col = col_of(at) + 1;
  if (brackets_.empty()) return error(std::string("unmatched '") + char(c) + "'", line_, col, line_, col);
  Bracket open = brackets_.back();
  uchar want = open.c == '(' ? ')' : open.c == '[' ? ']' : '}';
  if (c != want) {
    std::string msg = std::string("closing parenthesis '") + char(c) + "' does not match opening parenthesis '" +
                      char(open.c) + "'";
    if (open.line != line_) msg += " on line " + std::to_string(open.line);
    return error(msg, line_, col, line_, col);
  }
  brackets_.pop_back();
  return true;
}

// Checks what follows a number (CPython allows a keyword such as `1if`), and
// reports malformed literals with CPython's messages and positions.
bool Lexer::number(const uchar* start, int kind) {
  const uchar* p = cur_;
  int start_col = col_of(start);
  if (kind == kLeadingZeros) {
    const uchar* z = start;
    while (*z == '0' || *z == '_') ++z;
    return error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                 line_, start_col + 1, line_, col_of(z) + 1);
  }
  const char* kind_name = kind == kHex ? "hexadecimal" : kind == kOct ? "octal" : kind == kBin ? "binary"
                          : kind == kImag ? "imaginary" : "decimal";
  if (kind == kHex || kind == kOct || kind == kBin) {
    if (p - start == 2) {  // just the prefix
      if (*p == '_') ++p;
      if (kind != kHex && *p >= '0' && *p <= '9')
        return error(std::string("invalid digit '") + char(*p) + "' in " + kind_name + " literal", line_,
                     col_of(p + 1), line_, col_of(p + 1));
      return error(std::string("invalid ") + kind_name + " literal", line_, col_of(p), line_, col_of(p));
    }
    if (kind != kHex && *p >= '0' && *p <= '9')
      return error(std::string("invalid digit '") + char(*p) + "' in " + kind_name + " literal", line_,
                   col_of(p + 1), line_, col_of(p + 1));
  }
  if (*p == '_') return error(std::string("invalid ") + kind_name + " literal", line_, col_of(p + 1), line_, col_of(p + 1));
  if ((kind == kDec || kind == kFloat) && (*p == 'e' || *p == 'E')) {
    // An exponent without digits, e.g. `1e` or `1e+`.
    const uchar* q = p + 1;
    bool sign = *q == '+' || *q == '-';
    if (sign) ++q;
    if (sign && !(*q >= '0' && *q <= '9')) return error("invalid decimal literal", line_, col_of(q), line_, col_of(q));
    if (!sign && !(*q >= '0' && *q <= '9') && !is_ascii_ident_char(*q) && *q < 0x80)
      return error("invalid decimal literal", line_, col_of(p), line_, col_of(p));
  }
  if (is_ascii_ident_char(*p) || *p >= 0x80) {
    static constexpr std::string_view kAllowed[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (std::string_view kw : kAllowed) {
      if (static_cast<size_t>(end_ - p) >= kw.size() &&
          std::string_view(reinterpret_cast<const char*>(p), kw.size()) == kw)
        return true;
    }
    return error(std::string("invalid ") + kind_name + " literal", line_, col_of(p), line_, col_of(p));
  }
  return true;
}

// Scans a string body after its opening (prefix and quote already consumed).
// The token covers prefix through closing quote; the parser decodes it.
bool Lexer::string(const uchar* start) {
  const uchar* q = cur_ - 1;
  uchar quote = *q;
  int start_line = line_, start_col = col_of(start);
  const uchar* start_line_start = line_start_;
  bool triple = cur_[0] == quote && cur_[1] == quote;
  if (triple) cur_ += 2;
  for (;;) {
    uchar c = *cur_;
    if (cur_ >= end_) {
      out_.eof_incomplete = triple;
      int last_line = cur_ > begin_ && cur_[-1] == '\n' ? line_ - 1 : line_;
      line_ = start_line;
      line_start_ = start_line_start;
      if (triple)
        return error("unterminated triple-quoted string literal (detected at line " + std::to_string(last_line) + ")",
                     start_line, start_col + 1, start_line, start_col + 1);
      return error("unterminated string literal (detected at line " + std::to_string(last_line) + ")", start_line,
                   start_col + 1, start_line, start_col + 1);
    }
    if (c == '\\') {
      if (cur_[1] == '\n') { cur_ += 2; new_line(cur_); continue; }
      if (cur_ + 1 < end_) { cur_ += 2; continue; }
      ++cur_;
      continue;
    }
    if (c == '\n') {
      if (!triple)
        return error("unterminated string literal (detected at line " + std::to_string(line_) + ")", start_line,
                     start_col + 1, start_line, start_col + 1);
      ++cur_;
      new_line(cur_);
      continue;
    }
    if (c == quote) {
      if (!triple) { ++cur_; break; }
      if (cur_[1] == quote && cur_[2] == quote) { cur_ += 3; break; }
    }
    ++cur_;
  }
  Token& t = emit(TK_STRING, start, cur_);
  t.line = start_line;
  t.col = start_col;
  return true;
}

// An identifier, possibly with non-ASCII letters (re2c matched its ASCII
// prefix, or nothing when it starts with a non-ASCII byte).
bool Lexer::name(const uchar* start) {
  for (;;) {
    if (*cur_ < 0x80) {
      if (!is_ascii_ident_char(*cur_)) break;
      ++cur_;
      continue;
    }
    int len = 0;
    int32_t cp = decode_utf8(cur_, end_, len);
    if (cp < 0) return bad_character(cur_);
    bool ok = cur_ == start ? in_ranges(kIdentStart, static_cast<uint32_t>(cp)) : in_ranges(kIdentContinue, static_cast<uint32_t>(cp));
    if (!ok) return bad_character(cur_);
    cur_ += len;
  }
  emit(TK_NAME, start, cur_);
  return true;
}

bool Lexer::bad_character(const uchar* at) {
  int col = col_of(at) + 1;
  int len = 1;
  int32_t cp = decode_utf8(at, end_, len);
  if (cp < 0) cp = *at;
  if (cp < 0x80) {
    if (cp < 0x20 || cp == 0x7f)
      return error("invalid non-printable character U+" + hex_code(static_cast<uint32_t>(cp)), line_, col, line_, col);
    // `$`, `?`, `!` and the backtick are tokens CPython's grammar never accepts:
    // the parser reports them as plain invalid syntax.
    emit(TK_ERRORTOKEN, at, at + 1);
    cur_ = at + 1;
    return true;
  }
  if (in_ranges(kNonPrintable, static_cast<uint32_t>(cp)))
    return error("invalid non-printable character U+" + hex_code(static_cast<uint32_t>(cp)), line_, col, line_, col);
  return error("invalid character '" + std::string(reinterpret_cast<const char*>(at), static_cast<size_t>(len)) +
                   "' (U+" + hex_code(static_cast<uint32_t>(cp)) + ")",
               line_, col, line_, col);
}

// End of input: close the logical line and the open blocks, or complain
// about an open bracket.
bool Lexer::at_eof() {
  if (!brackets_.empty()) {
    out_.eof_incomplete = true;
    if (fstring_) return true;
    const Bracket& b = brackets_.back();
    line_ = b.line;
    out_.error_kind = LexResult::Kind::UnclosedBracket;
    return error(std::string("'") + char(b.c) + "' was never closed", b.line, b.col + 1, b.line, 0);
  }
  if (!fstring_) {
    if (!out_.tokens.empty() && out_.tokens.back().type != TK_NEWLINE && out_.tokens.back().type != TK_DEDENT &&
        out_.tokens.back().type != TK_INDENT)
      emit_at(TK_NEWLINE, cur_);
    // DEDENTs and the end marker sit where the last NEWLINE is, which is
    // where CPython reports errors found at the end of the input.
    const uchar* at = cur_;
    Token anchor{};
    bool have_anchor = !out_.tokens.empty();
    if (have_anchor) anchor = out_.tokens.back();
    for (size_t i = 1; i < indents_.size(); ++i) {
      Token& t = emit(TK_DEDENT, at, at);
      if (have_anchor) {
        t.line = t.end_line = anchor.line;
        t.col = t.end_col = anchor.col;
      }
    }
  }
  const Token* last = out_.tokens.empty() ? nullptr : &out_.tokens.back();
  Token end{};
  if (last) {
    end = *last;
    end.type = 0;
    end.col = end.end_col = last->type == TK_NEWLINE ? last->col : last->end_col;
    end.line = end.end_line;
    end.begin = end.end = static_cast<uint32_t>(end_ - begin_);
  } else {
    end.line = end.end_line = line_;
    end.col = end.end_col = col_of(cur_);
    end.begin = end.end = static_cast<uint32_t>(cur_ - begin_);
  }
  end.index = static_cast<int>(out_.tokens.size());
  out_.tokens.push_back(end);
  return true;
}

LexResult Lexer::run() {
  if (fstring_) at_line_start_ = false;
  for (;;) {
    if (at_line_start_ && brackets_.empty()) {
      if (!indentation()) return std::move(out_);
      at_line_start_ = false;
    }
    while (*cur_ == ' ' || *cur_ == '\t' || *cur_ == '\f') ++cur_;
    const uchar* start = cur_;
    uchar c = *cur_;
    if (cur_ >= end_) {
      at_eof();
      return std::move(out_);
    }
    if (c == '#') {
      while (*cur_ != '\n' && cur_ < end_) ++cur_;
      continue;
    }
    if (c == '\n') {
      if (brackets_.empty() && !fstring_) {
        emit_at(TK_NEWLINE, cur_);
        at_line_start_ = true;
      }
      ++cur_;
      new_line(cur_);
      continue;
    }
    if (c == '\\') {
      if (cur_[1] == '\n') {
        int col = col_of(cur_) + 2;
        cur_ += 2;
        new_line(cur_);
        if (cur_ >= end_) {
          out_.eof_incomplete = true;
          error("unexpected EOF while parsing", line_ - 1, col, line_ - 1, -1);
          return std::move(out_);
        }
        continue;
      }
      if (cur_ + 1 >= end_) {
        out_.eof_incomplete = true;
        error("unexpected EOF while parsing", line_, col_of(cur_) + 2, line_, -1);
        return std::move(out_);
      }
      error("unexpected character after line continuation character", line_, col_of(cur_) + 2, line_, 0);
      return std::move(out_);
    }
    int aux = 0;
    int type = scan(cur_, aux);
    bool ok = true;
    switch (type) {
      case kScanEnd: cur_ = end_; continue;
      case kScanName:
        if (*start >= 0x80) cur_ = start;
        ok = name(start);
        break;
      case kScanString: ok = string(start); break;
      case kScanNumber:
        ok = number(start, aux);
        if (ok) emit(TK_NUMBER, start, cur_, aux);
        break;
      case kScanBadChar: ok = bad_character(start); break;
      case TK_LPAR: case TK_LSQB: case TK_LBRACE:
        ok = open_bracket(start, c);
        if (ok) emit(type, start, cur_);
        break;
      case TK_RPAR: case TK_RSQB: case TK_RBRACE:
        ok = close_bracket(start, c);
        if (ok) emit(type, start, cur_);
        break;
      default:
        // A keyword directly followed by a non-ASCII letter is a longer name.
        if (*cur_ >= 0x80 && is_ascii_ident_char(*start)) { ok = name(start); break; }
        emit(type, start, cur_, aux);
        break;
    }
    if (!ok) return std::move(out_);
  }
}

}  // namespace

const char* token_name(int type) {
  switch (type) {
    case 0: return "ENDMARKER";
    case TK_NAME: return "NAME";
    case TK_NUMBER: return "NUMBER";
    case TK_STRING: return "STRING";
    case TK_NEWLINE: return "NEWLINE";
    case TK_INDENT: return "INDENT";
    case TK_DEDENT: return "DEDENT";
    case TK_ERRORTOKEN: return "ERRORTOKEN";
    case TK_MODE_FILE: return "MODE_FILE";
    case TK_MODE_EVAL: return "MODE_EVAL";
    case TK_MODE_FSTRING: return "MODE_FSTRING";
    case TK_WITH_LPAR: return "WITH_LPAR";
    case TK_LPAR: return "LPAR";
    case TK_RPAR: return "RPAR";
    case TK_LSQB: return "LSQB";
    case TK_RSQB: return "RSQB";
    case TK_LBRACE: return "LBRACE";
    case TK_RBRACE: return "RBRACE";
    case TK_COLON: return "COLON";
    case TK_COLONEQUAL: return "COLONEQUAL";
    case TK_COMMA: return "COMMA";
    case TK_SEMI: return "SEMI";
    case TK_DOT: return "DOT";
    case TK_ELLIPSIS: return "ELLIPSIS";
    case TK_PLUS: return "PLUS";
    case TK_MINUS: return "MINUS";
    case TK_STAR: return "STAR";
    case TK_DOUBLESTAR: return "DOUBLESTAR";
    case TK_SLASH: return "SLASH";
    case TK_DOUBLESLASH: return "DOUBLESLASH";
    case TK_PERCENT: return "PERCENT";
    case TK_AT: return "AT";
    case TK_VBAR: return "VBAR";
    case TK_AMPER: return "AMPER";
    case TK_CIRCUMFLEX: return "CIRCUMFLEX";
    case TK_TILDE: return "TILDE";
    case TK_LEFTSHIFT: return "LEFTSHIFT";
    case TK_RIGHTSHIFT: return "RIGHTSHIFT";
    case TK_RARROW: return "RARROW";
    case TK_EQUAL: return "EQUAL";
    case TK_CMPOP: return "CMPOP";
    case TK_AUGASSIGN: return "AUGASSIGN";
    case TK_FALSE: return "FALSE";
    case TK_NONE: return "NONE";
    case TK_TRUE: return "TRUE";
    case TK_AND: return "AND";
    case TK_AS: return "AS";
    case TK_ASSERT: return "ASSERT";
    case TK_ASYNC: return "ASYNC";
    case TK_AWAIT: return "AWAIT";
    case TK_BREAK: return "BREAK";
    case TK_CLASS: return "CLASS";
    case TK_CONTINUE: return "CONTINUE";
    case TK_DEF: return "DEF";
    case TK_DEL: return "DEL";
    case TK_ELIF: return "ELIF";
    case TK_ELSE: return "ELSE";
    case TK_EXCEPT: return "EXCEPT";
    case TK_FINALLY: return "FINALLY";
    case TK_FOR: return "FOR";
    case TK_FROM: return "FROM";
    case TK_GLOBAL: return "GLOBAL";
    case TK_IF: return "IF";
    case TK_IMPORT: return "IMPORT";
    case TK_IN: return "IN";
    case TK_IS: return "IS";
    case TK_LAMBDA: return "LAMBDA";
    case TK_NONLOCAL: return "NONLOCAL";
    case TK_NOT: return "NOT";
    case TK_OR: return "OR";
    case TK_PASS: return "PASS";
    case TK_RAISE: return "RAISE";
    case TK_RETURN: return "RETURN";
    case TK_TRY: return "TRY";
    case TK_WHILE: return "WHILE";
    case TK_WITH: return "WITH";
    case TK_YIELD: return "YIELD";
    default: return "?";
  }
}

LexResult tokenize(std::string_view source, const LexOptions& options) {
  Lexer lexer(source, options);
  return lexer.run();
}

}  // namespace gilt::grammar
