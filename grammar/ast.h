// The abstract syntax tree produced by the parser and consumed by the compiler.
//
// It mirrors CPython's `ast` module (Python/Python.asdl) so that questions of
// meaning can be settled by reading CPython's compiler: same node kinds, same
// field names. Every node owns its children through std::unique_ptr, so a tree
// is freed by dropping its root. Positions follow CPython too: lines are
// 1-based, columns are 0-based UTF-8 byte offsets, and the end is exclusive.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace gilt::ast {

struct Pos {
  int line = 0, col = 0, end_line = 0, end_col = 0;
};

// ---------------------------------------------------------------- expressions

enum class ExprKind : uint8_t {
  Name, Constant, JoinedStr, FormattedValue, BinOp, UnaryOp, BoolOp, Compare,
  Call, Attribute, Subscript, Slice, Starred, List, Tuple, Set, Dict,
  ListComp, SetComp, DictComp, GeneratorExp, Lambda, IfExp, NamedExpr,
  Yield, YieldFrom, Await,
};

// Where an expression sits decides what the compiler emits for it.
enum class Ctx : uint8_t { Load, Store, Del };

struct Expr {
  ExprKind kind;
  Pos pos;
  explicit Expr(ExprKind k) : kind(k) {}
  virtual ~Expr() = default;
};
using ExprPtr = std::unique_ptr<Expr>;
using ExprList = std::vector<ExprPtr>;

struct Name : Expr {
  std::string id;
  Ctx ctx = Ctx::Load;
  Name() : Expr(ExprKind::Name) {}
};

// A literal. `int_text` keeps an integer literal's digits (underscores removed,
// base prefix such as "0x" kept, lowercase) so that the runtime can build a
// small or big int from it; everything else is decoded by the lexer.
struct Constant : Expr {
  enum class Type : uint8_t { None, True, False, Ellipsis, Int, Float, Imaginary, Str, Bytes };
  Type type = Type::None;
  std::string int_text;  // Int
  double number = 0;     // Float, Imaginary (the imaginary part)
  std::string str;       // Str: UTF-8 text; Bytes: raw bytes
  bool kind_u = false;   // Str written with a u prefix (CPython's Constant.kind == 'u')
  Constant() : Expr(ExprKind::Constant) {}
};

// f"..." : the concatenation of `values`, each a Constant(Str) or a FormattedValue.
struct JoinedStr : Expr {
  ExprList values;
  JoinedStr() : Expr(ExprKind::JoinedStr) {}
};

// {value!conversion:format_spec} inside an f-string. conversion is -1 (none),
// 's', 'r' or 'a'; format_spec is a JoinedStr or null.
struct FormattedValue : Expr {
  ExprPtr value;
  int conversion = -1;
  ExprPtr format_spec;
  FormattedValue() : Expr(ExprKind::FormattedValue) {}
};

enum class BinOpKind : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
};

struct BinOp : Expr {
  ExprPtr left;
  BinOpKind op;
  ExprPtr right;
  BinOp() : Expr(ExprKind::BinOp) {}
};

enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };

struct UnaryOp : Expr {
  UnaryOpKind op;
  ExprPtr operand;
  UnaryOp() : Expr(ExprKind::UnaryOp) {}
};

enum class BoolOpKind : uint8_t { And, Or };

// `a and b and c` is one BoolOp with three values.
struct BoolOp : Expr {
  BoolOpKind op;
  ExprList values;
  BoolOp() : Expr(ExprKind::BoolOp) {}
};

enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// `a < b <= c` is Compare(left=a, ops=[Lt, LtE], comparators=[b, c]).
struct Compare : Expr {
  ExprPtr left;
  std::vector<CmpOpKind> ops;
  ExprList comparators;
  Compare() : Expr(ExprKind::Compare) {}
};

// `name=value`, or `**value` when arg is empty.
struct Keyword {
  std::string arg;
  ExprPtr value;
  Pos pos;
};

// f(a, *b, k=c, **d): `*b` is a Starred inside args; `**d` a Keyword with empty arg.
struct Call : Expr {
  ExprPtr func;
  ExprList args;
  std::vector<Keyword> keywords;
  Call() : Expr(ExprKind::Call) {}
};

struct Attribute : Expr {
  ExprPtr value;
  std::string attr;
  Ctx ctx = Ctx::Load;
  Attribute() : Expr(ExprKind::Attribute) {}
};

// value[slice]; `slice` is a Slice, a Tuple (for a[1:2, 3]) or any expression.
struct Subscript : Expr {
  ExprPtr value;
  ExprPtr slice;
  Ctx ctx = Ctx::Load;
  Subscript() : Expr(ExprKind::Subscript) {}
};

// lower:upper:step, each part possibly null.
struct Slice : Expr {
  ExprPtr lower, upper, step;
  Slice() : Expr(ExprKind::Slice) {}
};

struct Starred : Expr {
  ExprPtr value;
  Ctx ctx = Ctx::Load;
  Starred() : Expr(ExprKind::Starred) {}
};

struct List : Expr {
  ExprList elts;
  Ctx ctx = Ctx::Load;
  List() : Expr(ExprKind::List) {}
};

struct Tuple : Expr {
  ExprList elts;
  Ctx ctx = Ctx::Load;
  Tuple() : Expr(ExprKind::Tuple) {}
};

struct Set : Expr {
  ExprList elts;
  Set() : Expr(ExprKind::Set) {}
};

// {k: v, **m}: a `**m` entry has a null key and m as its value.
struct Dict : Expr {
  ExprList keys;
  ExprList values;
  Dict() : Expr(ExprKind::Dict) {}
};

// `for target in iter if cond1 if cond2`
struct Comprehension {
  ExprPtr target;
  ExprPtr iter;
  ExprList ifs;
  bool is_async = false;
};

struct ListComp : Expr {
  ExprPtr elt;
  std::vector<Comprehension> generators;
  ListComp() : Expr(ExprKind::ListComp) {}
};

struct SetComp : Expr {
  ExprPtr elt;
  std::vector<Comprehension> generators;
  SetComp() : Expr(ExprKind::SetComp) {}
};

struct DictComp : Expr {
  ExprPtr key, value;
  std::vector<Comprehension> generators;
  DictComp() : Expr(ExprKind::DictComp) {}
};

struct GeneratorExp : Expr {
  ExprPtr elt;
  std::vector<Comprehension> generators;
  GeneratorExp() : Expr(ExprKind::GeneratorExp) {}
};

struct Arg {
  std::string name;
  ExprPtr annotation;  // may be null
  Pos pos;
};

// A parameter list. `defaults` belong to the last len(defaults) of
// posonlyargs+args; `kw_defaults` has one entry per kwonlyarg, null when absent.
struct Arguments {
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  std::unique_ptr<Arg> vararg;  // *args, null when absent
  std::vector<Arg> kwonlyargs;
  ExprList kw_defaults;
  std::unique_ptr<Arg> kwarg;  // **kwargs, null when absent
  ExprList defaults;
};

struct Lambda : Expr {
  Arguments args;
  ExprPtr body;
  Lambda() : Expr(ExprKind::Lambda) {}
};

// body if test else orelse
struct IfExp : Expr {
  ExprPtr test, body, orelse;
  IfExp() : Expr(ExprKind::IfExp) {}
};

// target := value (target is always a Name)
struct NamedExpr : Expr {
  ExprPtr target, value;
  NamedExpr() : Expr(ExprKind::NamedExpr) {}
};

struct Yield : Expr {
  ExprPtr value;  // may be null
  Yield() : Expr(ExprKind::Yield) {}
};

struct YieldFrom : Expr {
  ExprPtr value;
  YieldFrom() : Expr(ExprKind::YieldFrom) {}
};

struct Await : Expr {
  ExprPtr value;
  Await() : Expr(ExprKind::Await) {}
};

// ----------------------------------------------------------------- statements

enum class StmtKind : uint8_t {
  FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, While,
  If, With, Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal, Expr, Pass,
  Break, Continue,
};

struct Stmt {
  StmtKind kind;
  Pos pos;
  explicit Stmt(StmtKind k) : kind(k) {}
  virtual ~Stmt() = default;
};
using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;

struct FunctionDef : Stmt {
  std::string name;
  Arguments args;
  StmtList body;
  ExprList decorator_list;
  ExprPtr returns;  // may be null
  bool is_async = false;
  FunctionDef() : Stmt(StmtKind::FunctionDef) {}
};

struct ClassDef : Stmt {
  std::string name;
  ExprList bases;
  std::vector<Keyword> keywords;
  StmtList body;
  ExprList decorator_list;
  ClassDef() : Stmt(StmtKind::ClassDef) {}
};

struct Return : Stmt {
  ExprPtr value;  // may be null
  Return() : Stmt(StmtKind::Return) {}
};

struct Delete : Stmt {
  ExprList targets;
  Delete() : Stmt(StmtKind::Delete) {}
};

// a = b = value: targets [a, b]. Targets carry Ctx::Store.
struct Assign : Stmt {
  ExprList targets;
  ExprPtr value;
  Assign() : Stmt(StmtKind::Assign) {}
};

struct AugAssign : Stmt {
  ExprPtr target;
  BinOpKind op;
  ExprPtr value;
  AugAssign() : Stmt(StmtKind::AugAssign) {}
};

// target: annotation = value. `simple` is true for a bare name not in parentheses.
struct AnnAssign : Stmt {
  ExprPtr target, annotation, value;  // value may be null
  bool simple = false;
  AnnAssign() : Stmt(StmtKind::AnnAssign) {}
};

struct For : Stmt {
  ExprPtr target, iter;
  StmtList body, orelse;
  bool is_async = false;
  For() : Stmt(StmtKind::For) {}
};

struct While : Stmt {
  ExprPtr test;
  StmtList body, orelse;
  While() : Stmt(StmtKind::While) {}
};

// elif chains become an If nested alone in orelse, as in CPython.
struct If : Stmt {
  ExprPtr test;
  StmtList body, orelse;
  If() : Stmt(StmtKind::If) {}
};

struct WithItem {
  ExprPtr context_expr;
  ExprPtr optional_vars;  // may be null
};

struct With : Stmt {
  std::vector<WithItem> items;
  StmtList body;
  bool is_async = false;
  With() : Stmt(StmtKind::With) {}
};

struct Raise : Stmt {
  ExprPtr exc, cause;  // both may be null
  Raise() : Stmt(StmtKind::Raise) {}
};

struct ExceptHandler {
  ExprPtr type;      // may be null (bare except)
  std::string name;  // empty when there is no `as`
  StmtList body;
  Pos pos;
};

// try/except/else/finally; is_star for `except*`.
struct Try : Stmt {
  StmtList body;
  std::vector<ExceptHandler> handlers;
  StmtList orelse, finalbody;
  bool is_star = false;
  Try() : Stmt(StmtKind::Try) {}
};

struct Assert : Stmt {
  ExprPtr test, msg;  // msg may be null
  Assert() : Stmt(StmtKind::Assert) {}
};

struct Alias {
  std::string name;    // dotted for `import a.b.c`; "*" for `from m import *`
  std::string asname;  // empty when absent
  Pos pos;
};

struct Import : Stmt {
  std::vector<Alias> names;
  Import() : Stmt(StmtKind::Import) {}
};

// from ..module import names: level counts the leading dots; module may be empty.
struct ImportFrom : Stmt {
  std::string module;
  std::vector<Alias> names;
  int level = 0;
  ImportFrom() : Stmt(StmtKind::ImportFrom) {}
};

struct Global : Stmt {
  std::vector<std::string> names;
  Global() : Stmt(StmtKind::Global) {}
};

struct Nonlocal : Stmt {
  std::vector<std::string> names;
  Nonlocal() : Stmt(StmtKind::Nonlocal) {}
};

struct ExprStmt : Stmt {
  ExprPtr value;
  ExprStmt() : Stmt(StmtKind::Expr) {}
};

struct Pass : Stmt {
  Pass() : Stmt(StmtKind::Pass) {}
};

struct Break : Stmt {
  Break() : Stmt(StmtKind::Break) {}
};

struct Continue : Stmt {
  Continue() : Stmt(StmtKind::Continue) {}
};

// A whole file (or one REPL input, or a -c string).
struct Module {
  StmtList body;
};

}  // namespace gilt::ast
