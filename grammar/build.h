// Tree building for the parser actions in parser.y.
//
// Lemon keeps semantic values in a union, so every value here is either plain
// data or a raw owning pointer to a heap object; parser.y names a %destructor
// for each so that nothing leaks when a parse is abandoned. An expression value
// (EV) carries, besides its node, the extent of the syntax that produced it:
// `(a)` yields the Name node positioned at `a` but spanning the parentheses,
// because CPython positions the enclosing nodes (a call `(a)(b)`, a binary
// operation) from the outer extent while keeping the inner node's own
// position. `depth` bounds the nesting of the tree (see kMaxDepth).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/ast.h"
#include "grammar/parse.h"
#include "grammar/token.h"

namespace gilt::grammar {

using ast::Pos;

// Deeper trees are refused with "too complex": destroying, dumping and
// compiling a tree recurses over it.
inline constexpr int kMaxDepth = 2500;

// ast::Pos has default member initializers, which a union member may not
// have; semantic values carry this trivial twin instead.
struct Span {
  int line, col, end_line, end_col;
  Span() = default;
  Span(const Pos& p) : line(p.line), col(p.col), end_line(p.end_line), end_col(p.end_col) {}
  operator Pos() const { return Pos{line, col, end_line, end_col}; }
};

struct EV {
  ast::Expr* e;
  Span span;
  int depth;
  bool bare_tuple;  // a tuple written without parentheses (`a, b = c`)
};

// A comma-separated run of expressions; `comma` tells whether any comma
// (including a trailing one) was seen, which makes a tuple.
struct Seq {
  std::vector<EV> items;
  bool comma = false;
  Span span{};
  Seq() = default;
  Seq(const Seq&) = delete;
  Seq& operator=(const Seq&) = delete;
  ~Seq();
};

struct ArgItem {
  enum Kind : uint8_t { Positional, Star, Keyword, DoubleStar, Generator } kind;
  EV value;
  EV key;                                        // Keyword: the name (a Name node)
  std::vector<ast::Comprehension>* generators;   // Generator: its for/if clauses
  Span span;
};
struct ArgList {
  std::vector<ArgItem> items;
  bool trailing_comma = false;
  ArgList() = default;
  ArgList(const ArgList&) = delete;
  ArgList& operator=(const ArgList&) = delete;
  ~ArgList();
};
void free_arg(ArgItem& a);

struct ParamItem {
  enum Kind : uint8_t { Plain, Slash, Star, StarArg, DoubleStarArg } kind;
  ast::Arg* arg;  // null for Slash and Star
  EV def;         // default value; e may be null
  Span span;
};
struct ParamList {
  std::vector<ParamItem> items;
  ParamList() = default;
  ParamList(const ParamList&) = delete;
  ParamList& operator=(const ParamList&) = delete;
  ~ParamList();
};
void free_param(ParamItem& p);

struct DictItem {
  EV key;  // e is null for **mapping
  EV value;
  Span span;
};
struct DictList {
  std::vector<DictItem> items;
  DictList() = default;
  DictList(const DictList&) = delete;
  DictList& operator=(const DictList&) = delete;
  ~DictList();
};

struct HandlerV {
  ast::ExceptHandler* h;
  bool star;
};
struct HandlerList {
  std::vector<ast::ExceptHandler> handlers;
  int star = 0, plain = 0;
};

struct WithList {
  std::vector<ast::WithItem> items;
};

struct Dotted {
  std::string name;
  Pos span;
  int level = 0;
};

struct AliasList {
  std::vector<ast::Alias> names;
  Pos end;
};

struct NameList {
  std::vector<std::string> names;
  Pos end;
};

using CompList = std::vector<ast::Comprehension>;

struct StrRange {
  int first, last;  // token indices of a run of adjacent STRING tokens
};

// The extra context of the Lemon parser: the input, the result, the first
// error, and what the driver needs to word a syntax error like CPython.
struct ParseCtx {
  std::string_view src;               // the text being parsed (NUL-terminated)
  const std::vector<Token>* tokens = nullptr;
  std::string_view root_src;          // the whole file, for error line texts
  ParseMode mode = ParseMode::File;
  ast::StmtList body;                 // File/Interactive result
  ast::ExprPtr expr;                  // Eval / f-string result
  std::optional<SyntaxErrorInfo> error;
  bool generic_error = false;         // error came from Lemon, not an action
  bool colon_expected = false;        // ... in a state where ':' would have been accepted
  bool except_expected = false;       // ... where only `except`/`finally` can follow
  bool else_expected = false;         // ... where `else` could follow
  bool lpar_expected = false;         // ... where '(' but no trailer could follow
  bool implicit_parens = false;       // an f-string field: CPython parses "(" + text + ")"
  Token error_token{};
  bool overflow = false;

  // Records the first error. Offsets are 1-based byte columns here; the driver
  // converts them to characters.
  void fail(std::string msg, Pos where, const char* type = "SyntaxError");
  void fail_at(std::string msg, int line, int col1, int end_line, int end_col1, const char* type = "SyntaxError");
  std::string_view text(const Token& t) const { return src.substr(t.begin, t.end - t.begin); }
};

inline Span tp(const Token& t) { return Span(t.pos()); }
inline Span join(Span a, Span b) {
  Span s = a;
  s.end_line = b.end_line;
  s.end_col = b.end_col;
  return s;
}
inline int dmax(EV a, EV b) { return a.depth > b.depth ? a.depth : b.depth; }

EV ev(ParseCtx* ctx, ast::Expr* e, Pos span, int depth);
void free_ev(EV v);
Seq* seq1(EV a);
Seq* seq_push(Seq* s, EV a);
Seq* seq_comma(Seq* s, const Token& comma);

// --- expressions
EV name(ParseCtx* ctx, const Token& t);
EV number(ParseCtx* ctx, const Token& t);
EV constant(ParseCtx* ctx, const Token& t, ast::Constant::Type type);
EV strings(ParseCtx* ctx, StrRange r);
EV binop(ParseCtx* ctx, EV l, ast::BinOpKind op, EV r);
EV unary(ParseCtx* ctx, const Token& op, ast::UnaryOpKind kind, EV v);
EV boolop(ParseCtx* ctx, ast::BoolOpKind op, Seq* values);
EV compare(ParseCtx* ctx, EV l, int op, EV r);
EV compare_more(ParseCtx* ctx, EV c, int op, EV r);
EV ifexp(ParseCtx* ctx, EV body, EV test, EV orelse);
EV namedexpr(ParseCtx* ctx, EV target, EV value);
EV lambda(ParseCtx* ctx, const Token& kw, ParamList* params, EV body);
EV attribute(ParseCtx* ctx, EV v, const Token& attr);
EV call(ParseCtx* ctx, EV f, const Token& lpar, ArgList* args, const Token& rpar);
EV subscript(ParseCtx* ctx, EV v, EV slice, const Token& rsqb);
EV slices(ParseCtx* ctx, Seq* s);
EV slice(ParseCtx* ctx, EV lo, const Token& c1, EV up, const Token* c2, EV step);
EV starred(ParseCtx* ctx, const Token& star, EV v);
EV await_(ParseCtx* ctx, const Token& kw, EV v);
EV yield_(ParseCtx* ctx, const Token& kw, EV v);
EV yield_from(ParseCtx* ctx, const Token& kw, EV v);
EV paren(ParseCtx* ctx, const Token& l, Seq* s, const Token& r);
EV regroup(EV inner, const Token& l, const Token& r);
EV empty_tuple(ParseCtx* ctx, const Token& l, const Token& r);
EV list_display(ParseCtx* ctx, const Token& l, Seq* s, const Token& r);
EV set_display(ParseCtx* ctx, const Token& l, Seq* s, const Token& r);
EV dict_display(ParseCtx* ctx, const Token& l, DictList* d, const Token& r);
EV comprehension(ParseCtx* ctx, ast::ExprKind kind, const Token& l, EV elt, EV value, CompList* gens, const Token& r);
EV tuple_or_single(ParseCtx* ctx, Seq* s);

EV dict_comprehension(ParseCtx* ctx, const Token& l, DictItem item, CompList* gens, const Token& r);
ast::Comprehension* comp_for(ParseCtx* ctx, Seq* targets, EV iter, Seq* ifs, bool is_async);
ArgItem arg_item(ArgItem::Kind kind, EV v, Pos span);
ArgItem keyword_arg(ParseCtx* ctx, EV name, const Token& eq, EV value);
ArgItem generator_arg(EV elt, CompList* gens);
ParamItem param(ParseCtx* ctx, ParamItem::Kind kind, ast::Arg* arg, const Token& at, EV def);
ast::Arg* make_arg(ParseCtx* ctx, const Token& name, EV annotation);
ParamList* params_push(ParamList* list, ParamItem p);
DictList* dict_push(DictList* d, DictItem item);

// --- statements
ast::StmtList* stmts1(ast::Stmt* s);
ast::StmtList* stmts_append(ast::StmtList* a, ast::StmtList* b);
ast::Stmt* expr_stmt(ParseCtx* ctx, EV v);
ast::Stmt* assign(ParseCtx* ctx, Seq* chain);
ast::Stmt* aug_assign(ParseCtx* ctx, EV target, const Token& op, EV value);
ast::Stmt* ann_assign(ParseCtx* ctx, EV target, EV annotation, EV value);
ast::Stmt* keyword_stmt(ParseCtx* ctx, const Token& kw, ast::StmtKind kind);
ast::Stmt* del_stmt(ParseCtx* ctx, const Token& kw, Seq* targets);
ast::Stmt* return_stmt(ParseCtx* ctx, const Token& kw, EV value);
ast::Stmt* raise_stmt(ParseCtx* ctx, const Token& kw, EV exc, EV cause);
ast::Stmt* names_stmt(ParseCtx* ctx, const Token& kw, NameList* names, bool global);
ast::Stmt* assert_stmt(ParseCtx* ctx, const Token& kw, EV test, EV msg);
ast::Stmt* import_stmt(ParseCtx* ctx, const Token& kw, AliasList* names);
ast::Stmt* import_from(ParseCtx* ctx, const Token& kw, Dotted* module, AliasList* names);
ast::Stmt* if_stmt(ParseCtx* ctx, const Token& kw, EV test, ast::StmtList* body, ast::StmtList* orelse);
ast::Stmt* while_stmt(ParseCtx* ctx, const Token& kw, EV test, ast::StmtList* body, ast::StmtList* orelse);
ast::Stmt* for_stmt(ParseCtx* ctx, const Token& kw, Seq* targets, EV iter, ast::StmtList* body, ast::StmtList* orelse);
ast::Stmt* try_stmt(ParseCtx* ctx, const Token& kw, ast::StmtList* body, HandlerList* handlers, ast::StmtList* orelse,
                    ast::StmtList* finalbody);
HandlerV handler(ParseCtx* ctx, const Token& kw, EV type, const Token* name, ast::StmtList* body, bool star);
HandlerList* handlers_push(ParseCtx* ctx, HandlerList* list, HandlerV h);
WithList* with_push(ParseCtx* ctx, WithList* list, EV expr, EV target);
ast::Stmt* with_stmt(ParseCtx* ctx, const Token& kw, WithList* items, ast::StmtList* body);
ast::Stmt* funcdef(ParseCtx* ctx, const Token& kw, const Token& name, ParamList* params, EV returns,
                   ast::StmtList* body);
ast::Stmt* classdef(ParseCtx* ctx, const Token& kw, const Token& name, ArgList* args, ast::StmtList* body);
ast::Stmt* decorate(ParseCtx* ctx, Seq* decorators, ast::Stmt* def);
ast::Stmt* make_async(ParseCtx* ctx, const Token& kw, ast::Stmt* s);
AliasList* alias_push(ParseCtx* ctx, AliasList* list, Dotted* name, const Token* asname);
Dotted* dotted_push(ParseCtx* ctx, Dotted* d, const Token& name);
NameList* names_push(ParseCtx* ctx, NameList* list, const Token& name);

}  // namespace gilt::grammar
