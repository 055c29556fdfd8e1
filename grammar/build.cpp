// Tree building for the parser actions: node construction, positions, the
// checks CPython's grammar makes on targets, arguments and parameters, and
// its error messages for them.

#include "grammar/build.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace gilt::grammar {

using namespace ast;

// ------------------------------------------------------------------ plumbing

void ParseCtx::fail_at(std::string msg, int line, int col1, int end_line, int end_col1, const char* type) {
  if (error) return;
  SyntaxErrorInfo e;
  e.type = type;
  e.message = std::move(msg);
  e.line = line;
  e.col = col1;
  e.end_line = end_line;
  e.end_col = end_col1;
  error = std::move(e);
}

void ParseCtx::fail(std::string msg, Pos where, const char* type) {
  fail_at(std::move(msg), where.line, where.col + 1, where.end_line, where.end_col + 1, type);
}

Seq::~Seq() {
  for (EV& v : items) delete v.e;
}

void free_arg(ArgItem& a) {
  delete a.value.e;
  delete a.key.e;
  delete a.generators;
}

ArgList::~ArgList() {
  for (ArgItem& a : items) free_arg(a);
}

void free_param(ParamItem& p) {
  delete p.arg;
  delete p.def.e;
}

ParamList::~ParamList() {
  for (ParamItem& p : items) free_param(p);
}

DictList::~DictList() {
  for (DictItem& d : items) {
    delete d.key.e;
    delete d.value.e;
  }
}

void free_ev(EV v) { delete v.e; }

EV ev(ParseCtx* ctx, Expr* e, Pos span, int depth) {
  e->pos = span;
  if (depth > kMaxDepth) ctx->fail("too complex", span, "MemoryError");  // as CPython's parser reports it
  return EV{e, span, depth, false};
}

Seq* seq1(EV a) {
  Seq* s = new Seq;
  s->items.push_back(a);
  s->span = a.span;
  return s;
}

Seq* seq_push(Seq* s, EV a) {
  s->items.push_back(a);
  s->span = join(s->span, a.span);
  return s;
}

Seq* seq_comma(Seq* s, const Token& comma) {
  s->comma = true;
  s->span = join(s->span, tp(comma));
  return s;
}

namespace {

template <class T>
T* take(Expr* e) {
  return static_cast<T*>(e);
}

ExprList take_all(Seq* s, int& depth) {
  ExprList out;
  depth = 0;
  if (!s) return out;
  out.reserve(s->items.size());
  for (EV& v : s->items) {
    out.emplace_back(v.e);
    if (v.depth > depth) depth = v.depth;
    v.e = nullptr;
  }
  delete s;
  return out;
}

bool parenthesized(const EV& v) {
  return v.span.line != v.e->pos.line || v.span.col != v.e->pos.col || v.span.end_line != v.e->pos.end_line ||
         v.span.end_col != v.e->pos.end_col;
}

Pos end_of(const StmtList& body) { return body.back()->pos; }

// CPython's _PyPegen_get_expr_name: how error messages name an expression.
const char* expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
      switch (static_cast<const Constant*>(e)->type) {
        case Constant::Type::None: return "None";
        case Constant::Type::True: return "True";
        case Constant::Type::False: return "False";
        case Constant::Type::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

enum class TargetKind { Assign, Del, For };

// CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot
// be a target, or null.
const Expr* invalid_target(const Expr* e, TargetKind kind) {
  switch (e->kind) {
    case ExprKind::List:
      for (const ExprPtr& x : static_cast<const List*>(e)->elts)
        if (const Expr* bad = invalid_target(x.get(), kind)) return bad;
      return nullptr;
    case ExprKind::Tuple:
      for (const ExprPtr& x : static_cast<const Tuple*>(e)->elts)
        if (const Expr* bad = invalid_target(x.get(), kind)) return bad;
      return nullptr;
    case ExprKind::Starred:
      if (kind == TargetKind::Del) return e;
      return invalid_target(static_cast<const Starred*>(e)->value.get(), kind);
    case ExprKind::Compare: {
      // `for x in y in z` parses as a comparison; blame its left side.
      auto* c = static_cast<const Compare*>(e);
      if (kind == TargetKind::For && c->ops[0] == CmpOpKind::In) return invalid_target(c->left.get(), kind);
      return e;
    }
    case ExprKind::Name: case ExprKind::Subscript: case ExprKind::Attribute: return nullptr;
    default: return e;
  }
}

void set_ctx(Expr* e, Ctx c) {
  switch (e->kind) {
    case ExprKind::Name: take<Name>(e)->ctx = c; break;
    case ExprKind::Attribute: take<Attribute>(e)->ctx = c; break;
    case ExprKind::Subscript: take<Subscript>(e)->ctx = c; break;
    case ExprKind::Starred:
      take<Starred>(e)->ctx = c;
      set_ctx(take<Starred>(e)->value.get(), c);
      break;
    case ExprKind::List:
      take<List>(e)->ctx = c;
      for (ExprPtr& x : take<List>(e)->elts) set_ctx(x.get(), c);
      break;
    case ExprKind::Tuple:
      take<Tuple>(e)->ctx = c;
      for (ExprPtr& x : take<Tuple>(e)->elts) set_ctx(x.get(), c);
      break;
    default: break;
  }
}

// Checks a target and gives it Store/Del context; reports CPython's message
// for an invalid one.
void make_target(ParseCtx* ctx, Expr* e, TargetKind kind) {
  if (const Expr* bad = invalid_target(e, kind)) {
    ctx->fail(std::string(kind == TargetKind::Del ? "cannot delete " : "cannot assign to ") + expr_name(bad), bad->pos);
    return;
  }
  set_ctx(e, kind == TargetKind::Del ? Ctx::Del : Ctx::Store);
}

// Whether an expression is at CPython's bitwise_or level (so that
// `target = value` reads like a mistyped comparison).
bool bitwise_level(const EV& v) {
  if (parenthesized(v)) return true;
  switch (v.e->kind) {
    case ExprKind::BoolOp: case ExprKind::Compare: case ExprKind::IfExp: case ExprKind::Lambda:
    case ExprKind::NamedExpr: case ExprKind::Yield: case ExprKind::YieldFrom: case ExprKind::Starred:
      return false;
    case ExprKind::UnaryOp: return take<UnaryOp>(v.e)->op != UnaryOpKind::Not;
    default: return true;
  }
}

// Whether the value of `target = value` begins with a bitwise_or operand.
bool starts_bitwise(const Expr* e, bool paren) {
  if (paren) return true;
  switch (e->kind) {
    case ExprKind::Tuple: {
      auto* t = static_cast<const Tuple*>(e);
      return !t->elts.empty() && starts_bitwise(t->elts[0].get(), false);
    }
    case ExprKind::Compare: return true;
    case ExprKind::BoolOp: return starts_bitwise(static_cast<const BoolOp*>(e)->values[0].get(), false);
    case ExprKind::IfExp: return starts_bitwise(static_cast<const IfExp*>(e)->body.get(), false);
    case ExprKind::Lambda: case ExprKind::Yield: case ExprKind::YieldFrom: case ExprKind::Starred:
    case ExprKind::NamedExpr:
      return false;
    case ExprKind::UnaryOp: return static_cast<const UnaryOp*>(e)->op != UnaryOpKind::Not;
    default: return true;
  }
}

bool is_keyword_constant(const Expr* e) {
  if (e->kind != ExprKind::Constant) return false;
  auto t = static_cast<const Constant*>(e)->type;
  return t == Constant::Type::None || t == Constant::Type::True || t == Constant::Type::False;
}

Arguments build_arguments(ParseCtx* ctx, ParamList* list, bool is_lambda) {
  Arguments a;
  if (!list) return a;
  bool seen_slash = false, seen_star = false, seen_kwarg = false, seen_default = false;
  const ParamItem* bare_star = nullptr;
  for (ParamItem& p : list->items) {
    if (seen_kwarg) {
      ctx->fail("arguments cannot follow var-keyword argument", p.span);
      break;
    }
    switch (p.kind) {
      case ParamItem::Plain:
        if (!seen_star) {
          if (p.def.e) {
            a.defaults.emplace_back(p.def.e);
            seen_default = true;
          } else if (seen_default) {
            ctx->fail("non-default argument follows default argument", p.span);
          }
          a.args.push_back(std::move(*p.arg));
        } else {
          a.kwonlyargs.push_back(std::move(*p.arg));
          a.kw_defaults.emplace_back(p.def.e);
          bare_star = nullptr;
        }
        p.def.e = nullptr;
        break;
      case ParamItem::Slash:
        if (seen_slash) ctx->fail("/ may appear only once", p.span);
        else if (seen_star) ctx->fail("/ must be ahead of *", p.span);
        else if (a.args.empty()) ctx->fail("at least one argument must precede /", p.span);
        seen_slash = true;
        a.posonlyargs = std::move(a.args);
        a.args.clear();
        break;
      case ParamItem::Star:
      case ParamItem::StarArg:
        if (seen_star) ctx->fail("* argument may appear only once", p.span);
        seen_star = true;
        if (p.kind == ParamItem::Star) bare_star = &p;
        else a.vararg = std::make_unique<Arg>(std::move(*p.arg));
        break;
      case ParamItem::DoubleStarArg:
        seen_kwarg = true;
        if (bare_star) ctx->fail("named arguments must follow bare *", bare_star->span);
        bare_star = nullptr;
        a.kwarg = std::make_unique<Arg>(std::move(*p.arg));
        break;
    }
  }
  if (bare_star) {
    // A lambda's message points past the `*` (at the `:`).
    Span at = bare_star->span;
    if (is_lambda) at = Span(Pos{at.line, at.col + 1, at.line, at.end_col + 1});
    ctx->fail("named arguments must follow bare *", at);
  }
  delete list;
  return a;
}

}  // namespace

// --------------------------------------------------------------- expressions

EV name(ParseCtx* ctx, const Token& t) {
  auto* n = new Name;
  n->id = std::string(ctx->text(t));
  return ev(ctx, n, tp(t), 1);
}

EV number(ParseCtx* ctx, const Token& t) {
  auto* c = new Constant;
  std::string text;
  for (char ch : ctx->text(t))
    if (ch != '_') text += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
  enum { kDec, kHex, kOct, kBin, kFloat, kImag };
  if (t.aux == kFloat || t.aux == kImag) {
    if (t.aux == kImag) text.pop_back();
    c->type = t.aux == kImag ? Constant::Type::Imaginary : Constant::Type::Float;
    double d = 0;
    auto r = std::from_chars(text.data(), text.data() + text.size(), d);
    if (r.ec == std::errc::result_out_of_range) {
      // from_chars reports overflow and underflow alike; tell them apart.
      bool tiny = false;
      size_t e = text.find('e');
      if (e != std::string::npos) tiny = text[e + 1] == '-';
      d = tiny ? 0.0 : HUGE_VAL;
    }
    c->number = d;
  } else {
    c->type = Constant::Type::Int;
    if (t.aux == kDec) {
      size_t nz = text.find_first_not_of('0');
      text = nz == std::string::npos ? "0" : text.substr(nz);
    }
    c->int_text = std::move(text);
  }
  return ev(ctx, c, tp(t), 1);
}

EV constant(ParseCtx* ctx, const Token& t, Constant::Type type) {
  auto* c = new Constant;
  c->type = type;
  return ev(ctx, c, tp(t), 1);
}

EV binop(ParseCtx* ctx, EV l, BinOpKind op, EV r) {
  auto* b = new BinOp;
  b->left.reset(l.e);
  b->op = op;
  b->right.reset(r.e);
  return ev(ctx, b, join(l.span, r.span), dmax(l, r) + 1);
}

EV unary(ParseCtx* ctx, const Token& op, UnaryOpKind kind, EV v) {
  auto* u = new UnaryOp;
  u->op = kind;
  u->operand.reset(v.e);
  return ev(ctx, u, join(tp(op), v.span), v.depth + 1);
}

EV boolop(ParseCtx* ctx, BoolOpKind op, Seq* values) {
  auto* b = new BoolOp;
  b->op = op;
  Pos span = values->span;
  int depth = 0;
  b->values = take_all(values, depth);
  return ev(ctx, b, span, depth + 1);
}

EV compare(ParseCtx* ctx, EV l, int op, EV r) {
  auto* c = new Compare;
  c->left.reset(l.e);
  c->ops.push_back(static_cast<CmpOpKind>(op));
  c->comparators.emplace_back(r.e);
  return ev(ctx, c, join(l.span, r.span), dmax(l, r) + 1);
}

EV compare_more(ParseCtx* ctx, EV c, int op, EV r) {
  auto* cmp = take<Compare>(c.e);
  cmp->ops.push_back(static_cast<CmpOpKind>(op));
  cmp->comparators.emplace_back(r.e);
  return ev(ctx, cmp, join(c.span, r.span), dmax(c, r) + 1);
}

EV ifexp(ParseCtx* ctx, EV body, EV test, EV orelse) {
  auto* i = new IfExp;
  i->body.reset(body.e);
  i->test.reset(test.e);
  i->orelse.reset(orelse.e);
  return ev(ctx, i, join(body.span, orelse.span), std::max(dmax(body, test), orelse.depth) + 1);
}

EV namedexpr(ParseCtx* ctx, EV target, EV value) {
  auto* n = new NamedExpr;
  if (target.e->kind != ExprKind::Name)
    ctx->fail(std::string("cannot use assignment expressions with ") + expr_name(target.e), target.e->pos);
  else
    take<Name>(target.e)->ctx = Ctx::Store;
  n->target.reset(target.e);
  n->value.reset(value.e);
  return ev(ctx, n, join(target.span, value.span), dmax(target, value) + 1);
}

EV lambda(ParseCtx* ctx, const Token& kw, ParamList* params, EV body) {
  auto* l = new Lambda;
  l->args = build_arguments(ctx, params, true);
  l->body.reset(body.e);
  return ev(ctx, l, join(tp(kw), body.span), body.depth + 1);
}

EV attribute(ParseCtx* ctx, EV v, const Token& attr) {
  auto* a = new Attribute;
  a->value.reset(v.e);
  a->attr = std::string(ctx->text(attr));
  return ev(ctx, a, join(v.span, tp(attr)), v.depth + 1);
}

EV call(ParseCtx* ctx, EV f, const Token& lpar, ArgList* args, const Token& rpar) {
  auto* c = new Call;
  c->func.reset(f.e);
  int depth = f.depth;
  if (args) {
    bool seen_keyword = false, seen_kw_unpack = false;
    size_t n = args->items.size();
    for (size_t k = 0; k < n; ++k) {
      ArgItem& a = args->items[k];
      if (a.value.depth > depth) depth = a.value.depth;
      // CPython reports misplaced positional arguments at the token after them.
      Span after = k + 1 == n && !args->trailing_comma
                       ? tp(rpar)
                       : Span(Pos{a.span.end_line, a.span.end_col, a.span.end_line, a.span.end_col + 1});
      switch (a.kind) {
        case ArgItem::Generator: {
          if (n > 1 || args->trailing_comma) ctx->fail("Generator expression must be parenthesized", a.span);
          auto* g = new GeneratorExp;
          g->elt.reset(a.value.e);
          g->generators = std::move(*a.generators);
          g->pos = join(tp(lpar), tp(rpar));
          c->args.emplace_back(g);
          break;
        }
        case ArgItem::Positional:
          if (seen_kw_unpack) ctx->fail("positional argument follows keyword argument unpacking", after);
          else if (seen_keyword) ctx->fail("positional argument follows keyword argument", after);
          c->args.emplace_back(a.value.e);
          break;
        case ArgItem::Star:
          if (seen_kw_unpack)
            ctx->fail("iterable argument unpacking follows keyword argument unpacking",
                      Pos{a.span.line, a.span.col, a.span.line, a.span.col + 1});
          c->args.emplace_back(a.value.e);
          break;
        case ArgItem::Keyword:
          seen_keyword = true;
          c->keywords.push_back(Keyword{take<Name>(a.key.e)->id, ExprPtr(a.value.e), a.span});
          break;
        case ArgItem::DoubleStar:
          seen_kw_unpack = true;
          c->keywords.push_back(Keyword{std::string(), ExprPtr(a.value.e), a.span});
          break;
      }
      a.value.e = nullptr;
    }
    delete args;
  }
  return ev(ctx, c, join(f.span, tp(rpar)), depth + 1);
}

EV subscript(ParseCtx* ctx, EV v, EV slice, const Token& rsqb) {
  auto* s = new Subscript;
  s->value.reset(v.e);
  s->slice.reset(slice.e);
  return ev(ctx, s, join(v.span, tp(rsqb)), dmax(v, slice) + 1);
}

EV slices(ParseCtx* ctx, Seq* s) {
  if (!s->comma && s->items[0].e->kind != ExprKind::Starred) {
    EV only = s->items[0];
    s->items.clear();
    delete s;
    return only;
  }
  auto* t = new Tuple;
  Pos span = s->span;
  int depth = 0;
  t->elts = take_all(s, depth);
  return ev(ctx, t, span, depth + 1);
}

EV slice(ParseCtx* ctx, EV lo, const Token& c1, EV up, const Token* c2, EV step) {
  auto* s = new Slice;
  s->lower.reset(lo.e);
  s->upper.reset(up.e);
  s->step.reset(step.e);
  Span start = lo.e ? lo.span : tp(c1);
  Span end = step.e ? step.span : c2 ? tp(*c2) : up.e ? up.span : tp(c1);
  int depth = std::max({lo.e ? lo.depth : 0, up.e ? up.depth : 0, step.e ? step.depth : 0});
  return ev(ctx, s, join(start, end), depth + 1);
}

EV starred(ParseCtx* ctx, const Token& star, EV v) {
  auto* s = new Starred;
  s->value.reset(v.e);
  return ev(ctx, s, join(tp(star), v.span), v.depth + 1);
}

EV await_(ParseCtx* ctx, const Token& kw, EV v) {
  auto* a = new Await;
  a->value.reset(v.e);
  return ev(ctx, a, join(tp(kw), v.span), v.depth + 1);
}

EV yield_(ParseCtx* ctx, const Token& kw, EV v) {
  auto* y = new Yield;
  y->value.reset(v.e);
  return ev(ctx, y, v.e ? join(tp(kw), v.span) : tp(kw), v.e ? v.depth + 1 : 1);
}

EV yield_from(ParseCtx* ctx, const Token& kw, EV v) {
  auto* y = new YieldFrom;
  y->value.reset(v.e);
  return ev(ctx, y, join(tp(kw), v.span), v.depth + 1);
}

EV regroup(EV inner, const Token& l, const Token& r) {
  inner.span = join(tp(l), tp(r));
  inner.bare_tuple = false;
  return inner;
}

EV paren(ParseCtx* ctx, const Token& l, Seq* s, const Token& r) {
  if (!s->comma && s->items.size() == 1) {
    EV only = s->items[0];
    s->items.clear();
    delete s;
    if (only.e->kind == ExprKind::Starred) ctx->fail("cannot use starred expression here", only.e->pos);
    return regroup(only, l, r);
  }
  auto* t = new Tuple;
  int depth = 0;
  t->elts = take_all(s, depth);
  return ev(ctx, t, join(tp(l), tp(r)), depth + 1);
}

EV empty_tuple(ParseCtx* ctx, const Token& l, const Token& r) { return ev(ctx, new Tuple, join(tp(l), tp(r)), 1); }

EV tuple_or_single(ParseCtx* ctx, Seq* s) {
  if (!s->comma && s->items.size() == 1) {
    EV only = s->items[0];
    s->items.clear();
    delete s;
    return only;
  }
  auto* t = new Tuple;
  Pos span = s->span;
  int depth = 0;
  t->elts = take_all(s, depth);
  EV v = ev(ctx, t, span, depth + 1);
  v.bare_tuple = true;
  return v;
}

EV list_display(ParseCtx* ctx, const Token& l, Seq* s, const Token& r) {
  auto* list = new List;
  int depth = 0;
  list->elts = take_all(s, depth);
  return ev(ctx, list, join(tp(l), tp(r)), depth + 1);
}

EV set_display(ParseCtx* ctx, const Token& l, Seq* s, const Token& r) {
  auto* set = new Set;
  int depth = 0;
  set->elts = take_all(s, depth);
  return ev(ctx, set, join(tp(l), tp(r)), depth + 1);
}

DictList* dict_push(DictList* d, DictItem item) {
  if (!d) d = new DictList;
  d->items.push_back(item);
  return d;
}

EV dict_display(ParseCtx* ctx, const Token& l, DictList* d, const Token& r) {
  auto* dict = new Dict;
  int depth = 0;
  if (d) {
    for (DictItem& item : d->items) {
      dict->keys.emplace_back(item.key.e);
      dict->values.emplace_back(item.value.e);
      depth = std::max({depth, item.key.e ? item.key.depth : 0, item.value.depth});
      item.key.e = item.value.e = nullptr;
    }
    delete d;
  }
  return ev(ctx, dict, join(tp(l), tp(r)), depth + 1);
}

EV comprehension(ParseCtx* ctx, ExprKind kind, const Token& l, EV elt, EV value, CompList* gens, const Token& r) {
  if (elt.e->kind == ExprKind::Starred && !parenthesized(elt))
    ctx->fail("iterable unpacking cannot be used in comprehension", elt.e->pos);
  Expr* e = nullptr;
  switch (kind) {
    case ExprKind::ListComp: {
      auto* c = new ListComp;
      c->elt.reset(elt.e);
      c->generators = std::move(*gens);
      e = c;
      break;
    }
    case ExprKind::SetComp: {
      auto* c = new SetComp;
      c->elt.reset(elt.e);
      c->generators = std::move(*gens);
      e = c;
      break;
    }
    case ExprKind::DictComp: {
      auto* c = new DictComp;
      c->key.reset(elt.e);
      c->value.reset(value.e);
      c->generators = std::move(*gens);
      e = c;
      break;
    }
    default: {
      auto* c = new GeneratorExp;
      c->elt.reset(elt.e);
      c->generators = std::move(*gens);
      e = c;
      break;
    }
  }
  delete gens;
  return ev(ctx, e, join(tp(l), tp(r)), elt.depth + 2);
}

EV dict_comprehension(ParseCtx* ctx, const Token& l, DictItem item, CompList* gens, const Token& r) {
  if (!item.key.e) {
    ctx->fail("dict unpacking cannot be used in dict comprehension",
              Pos{item.span.line, item.span.col, item.span.line, item.span.col + 2});
    item.key = ev(ctx, new Name, item.span, 1);
  }
  return comprehension(ctx, ExprKind::DictComp, l, item.key, item.value, gens, r);
}

Comprehension* comp_for(ParseCtx* ctx, Seq* targets, EV iter, Seq* ifs, bool is_async) {
  auto* c = new Comprehension;
  EV target = tuple_or_single(ctx, targets);
  make_target(ctx, target.e, TargetKind::For);
  c->target.reset(target.e);
  c->iter.reset(iter.e);
  int depth = 0;
  if (ifs) c->ifs = take_all(ifs, depth);
  c->is_async = is_async;
  return c;
}

ArgItem arg_item(ArgItem::Kind kind, EV v, Pos span) {
  return ArgItem{kind, v, EV{nullptr, {}, 0, false}, nullptr, span};
}

ArgItem keyword_arg(ParseCtx* ctx, EV name, const Token& eq, EV value) {
  if (is_keyword_constant(name.e) && !parenthesized(name))
    ctx->fail(std::string("cannot assign to ") + expr_name(name.e), join(name.span, tp(eq)));
  else if (name.e->kind != ExprKind::Name || parenthesized(name))
    ctx->fail("expression cannot contain assignment, perhaps you meant \"==\"?", join(name.span, tp(eq)));
  return ArgItem{ArgItem::Keyword, value, name, nullptr, join(name.span, value.span)};
}

ArgItem generator_arg(EV elt, CompList* gens) {
  Pos end = elt.span;
  const Comprehension& last = gens->back();
  end = last.ifs.empty() ? last.iter->pos : last.ifs.back()->pos;
  return ArgItem{ArgItem::Generator, elt, EV{nullptr, {}, 0, false}, gens, join(elt.span, end)};
}

Arg* make_arg(ParseCtx* ctx, const Token& name, EV annotation) {
  auto* a = new Arg;
  a->name = std::string(ctx->text(name));
  a->annotation.reset(annotation.e);
  a->pos = annotation.e ? join(tp(name), annotation.span) : tp(name);
  return a;
}

ParamItem param(ParseCtx*, ParamItem::Kind kind, Arg* arg, const Token& at, EV def) {
  Span span = kind == ParamItem::Plain ? Span(arg->pos) : tp(at);
  return ParamItem{kind, arg, def, span};
}

ParamList* params_push(ParamList* list, ParamItem p) {
  if (!list) list = new ParamList;
  list->items.push_back(p);
  return list;
}

// ---------------------------------------------------------------- statements

StmtList* stmts1(Stmt* s) {
  auto* l = new StmtList;
  l->emplace_back(s);
  return l;
}

StmtList* stmts_append(StmtList* a, StmtList* b) {
  for (StmtPtr& s : *b) a->push_back(std::move(s));
  delete b;
  return a;
}

Stmt* expr_stmt(ParseCtx*, EV v) {
  auto* s = new ExprStmt;
  s->value.reset(v.e);
  s->pos = v.span;
  return s;
}

Stmt* assign(ParseCtx* ctx, Seq* chain) {
  auto* a = new Assign;
  a->pos = chain->span;
  size_t n = chain->items.size();
  for (size_t i = 0; i + 1 < n; ++i) {
    EV t = chain->items[i];
    if (ctx->error) break;
    if (t.e->kind == ExprKind::Yield || t.e->kind == ExprKind::YieldFrom) {
      if (!parenthesized(t)) {
        ctx->fail("assignment to yield expression not possible", t.e->pos);
        break;
      }
    }
    const Expr* bad = invalid_target(t.e, TargetKind::Assign);
    if (bad && i == 0 && n == 2) {
      // CPython words `f() = 1` as a mistyped comparison when the bad part
      // is what stands right before the `=` and the value starts like an
      // operand.
      EV cand = t;
      bool direct = bad == t.e;
      if (!direct && t.e->kind == ExprKind::Tuple && t.bare_tuple) {
        auto* tup = take<Tuple>(t.e);
        if (tup->elts.back().get() == bad) {
          direct = true;
          cand = EV{tup->elts.back().get(), bad->pos, 0, false};
        }
      }
      EV value = chain->items[1];
      bool excluded = cand.e->kind == ExprKind::Tuple || cand.e->kind == ExprKind::List ||
                      cand.e->kind == ExprKind::GeneratorExp || (is_keyword_constant(cand.e) && !parenthesized(cand));
      if (direct && !excluded && bitwise_level(cand) && starts_bitwise(value.e, parenthesized(value))) {
        ctx->fail(std::string("cannot assign to ") + expr_name(bad) + " here. Maybe you meant '==' instead of '='?",
                  bad->pos);
        break;
      }
    }
    make_target(ctx, t.e, TargetKind::Assign);
  }
  for (size_t i = 0; i + 1 < n; ++i) a->targets.emplace_back(chain->items[i].e);
  a->value.reset(chain->items[n - 1].e);
  chain->items.clear();
  delete chain;
  return a;
}

Stmt* aug_assign(ParseCtx* ctx, EV target, const Token& op, EV value) {
  auto* a = new AugAssign;
  switch (target.e->kind) {
    case ExprKind::Name: case ExprKind::Attribute: case ExprKind::Subscript:
      set_ctx(target.e, Ctx::Store);
      break;
    default:
      ctx->fail(std::string("'") + expr_name(target.e) + "' is an illegal expression for augmented assignment",
                target.e->pos);
  }
  a->target.reset(target.e);
  a->op = static_cast<BinOpKind>(op.aux);
  a->value.reset(value.e);
  a->pos = join(target.span, value.span);
  return a;
}

Stmt* ann_assign(ParseCtx* ctx, EV target, EV annotation, EV value) {
  auto* a = new AnnAssign;
  a->pos = join(target.span, value.e ? value.span : annotation.span);
  switch (target.e->kind) {
    case ExprKind::Name:
      a->simple = !parenthesized(target);
      set_ctx(target.e, Ctx::Store);
      break;
    case ExprKind::Attribute: case ExprKind::Subscript:
      set_ctx(target.e, Ctx::Store);
      break;
    case ExprKind::Tuple:
      ctx->fail("only single target (not tuple) can be annotated", target.span);
      break;
    case ExprKind::List:
      ctx->fail("only single target (not list) can be annotated", target.span);
      break;
    default:
      ctx->fail("illegal target for annotation", target.span);
  }
  a->target.reset(target.e);
  a->annotation.reset(annotation.e);
  a->value.reset(value.e);
  return a;
}

Stmt* keyword_stmt(ParseCtx*, const Token& kw, StmtKind kind) {
  Stmt* s = kind == StmtKind::Pass ? static_cast<Stmt*>(new Pass)
            : kind == StmtKind::Break ? static_cast<Stmt*>(new Break)
                                      : static_cast<Stmt*>(new Continue);
  s->pos = tp(kw);
  return s;
}

Stmt* del_stmt(ParseCtx* ctx, const Token& kw, Seq* targets) {
  auto* d = new Delete;
  d->pos = join(tp(kw), targets->span);
  for (EV& t : targets->items) make_target(ctx, t.e, TargetKind::Del);
  int depth = 0;
  d->targets = take_all(targets, depth);
  return d;
}

Stmt* return_stmt(ParseCtx*, const Token& kw, EV value) {
  auto* r = new Return;
  r->value.reset(value.e);
  r->pos = value.e ? join(tp(kw), value.span) : tp(kw);
  return r;
}

Stmt* raise_stmt(ParseCtx*, const Token& kw, EV exc, EV cause) {
  auto* r = new Raise;
  r->exc.reset(exc.e);
  r->cause.reset(cause.e);
  r->pos = cause.e ? join(tp(kw), cause.span) : exc.e ? join(tp(kw), exc.span) : tp(kw);
  return r;
}

NameList* names_push(ParseCtx* ctx, NameList* list, const Token& name) {
  if (!list) list = new NameList;
  list->names.emplace_back(ctx->text(name));
  list->end = tp(name);
  return list;
}

Stmt* names_stmt(ParseCtx*, const Token& kw, NameList* names, bool global) {
  Stmt* s;
  if (global) {
    auto* g = new Global;
    g->names = std::move(names->names);
    s = g;
  } else {
    auto* n = new Nonlocal;
    n->names = std::move(names->names);
    s = n;
  }
  s->pos = join(tp(kw), names->end);
  delete names;
  return s;
}

Stmt* assert_stmt(ParseCtx*, const Token& kw, EV test, EV msg) {
  auto* a = new Assert;
  a->test.reset(test.e);
  a->msg.reset(msg.e);
  a->pos = join(tp(kw), msg.e ? msg.span : test.span);
  return a;
}

Dotted* dotted_push(ParseCtx* ctx, Dotted* d, const Token& name) {
  if (!d) {
    d = new Dotted;
    d->name = std::string(ctx->text(name));
    d->span = tp(name);
    return d;
  }
  d->name += '.';
  d->name += ctx->text(name);
  d->span = join(d->span, tp(name));
  return d;
}

AliasList* alias_push(ParseCtx* ctx, AliasList* list, Dotted* name, const Token* asname) {
  if (!list) list = new AliasList;
  Alias a;
  a.name = std::move(name->name);
  a.pos = name->span;
  if (asname) {
    a.asname = std::string(ctx->text(*asname));
    a.pos = join(a.pos, tp(*asname));
  }
  list->end = a.pos;
  list->names.push_back(std::move(a));
  delete name;
  return list;
}

Stmt* import_stmt(ParseCtx*, const Token& kw, AliasList* names) {
  auto* i = new Import;
  i->pos = join(tp(kw), names->end);
  i->names = std::move(names->names);
  delete names;
  return i;
}

Stmt* import_from(ParseCtx*, const Token& kw, Dotted* module, AliasList* names) {
  auto* i = new ImportFrom;
  i->module = std::move(module->name);
  i->level = module->level;
  i->pos = join(tp(kw), names->end);
  i->names = std::move(names->names);
  delete module;
  delete names;
  return i;
}

namespace {

void take_body(StmtList& to, StmtList* from) {
  if (!from) return;
  to = std::move(*from);
  delete from;
}

}  // namespace

Stmt* if_stmt(ParseCtx*, const Token& kw, EV test, StmtList* body, StmtList* orelse) {
  auto* s = new If;
  s->test.reset(test.e);
  take_body(s->body, body);
  take_body(s->orelse, orelse);
  s->pos = join(tp(kw), end_of(s->orelse.empty() ? s->body : s->orelse));
  return s;
}

Stmt* while_stmt(ParseCtx*, const Token& kw, EV test, StmtList* body, StmtList* orelse) {
  auto* s = new While;
  s->test.reset(test.e);
  take_body(s->body, body);
  take_body(s->orelse, orelse);
  s->pos = join(tp(kw), end_of(s->orelse.empty() ? s->body : s->orelse));
  return s;
}

Stmt* for_stmt(ParseCtx* ctx, const Token& kw, Seq* targets, EV iter, StmtList* body, StmtList* orelse) {
  auto* s = new For;
  EV target = tuple_or_single(ctx, targets);
  make_target(ctx, target.e, TargetKind::For);
  s->target.reset(target.e);
  s->iter.reset(iter.e);
  take_body(s->body, body);
  take_body(s->orelse, orelse);
  s->pos = join(tp(kw), end_of(s->orelse.empty() ? s->body : s->orelse));
  return s;
}

HandlerV handler(ParseCtx* ctx, const Token& kw, EV type, const Token* name, StmtList* body, bool star) {
  auto* h = new ExceptHandler;
  h->type.reset(type.e);
  if (name) h->name = std::string(ctx->text(*name));
  take_body(h->body, body);
  h->pos = join(tp(kw), end_of(h->body));
  return HandlerV{h, star};
}

HandlerList* handlers_push(ParseCtx* ctx, HandlerList* list, HandlerV h) {
  if (!list) list = new HandlerList;
  (h.star ? list->star : list->plain)++;
  if (list->star && list->plain)
    ctx->fail("cannot have both 'except' and 'except*' on the same 'try'",
              Pos{h.h->pos.line, h.h->pos.col, h.h->pos.line, h.h->pos.col + (h.star ? 7 : 6)});
  if (h.star && !h.h->type) ctx->fail("expected one or more exception types", h.h->pos);
  list->handlers.push_back(std::move(*h.h));
  delete h.h;
  return list;
}

Stmt* try_stmt(ParseCtx*, const Token& kw, StmtList* body, HandlerList* handlers, StmtList* orelse,
               StmtList* finalbody) {
  auto* s = new Try;
  take_body(s->body, body);
  if (handlers) {
    s->handlers = std::move(handlers->handlers);
    s->is_star = handlers->star > 0;
    delete handlers;
  }
  take_body(s->orelse, orelse);
  take_body(s->finalbody, finalbody);
  Pos end = !s->finalbody.empty() ? end_of(s->finalbody)
            : !s->orelse.empty()  ? end_of(s->orelse)
            : !s->handlers.empty() ? s->handlers.back().pos
                                   : end_of(s->body);
  s->pos = join(tp(kw), end);
  return s;
}

WithList* with_push(ParseCtx* ctx, WithList* list, EV expr, EV target) {
  if (!list) list = new WithList;
  WithItem item;
  item.context_expr.reset(expr.e);
  if (target.e) make_target(ctx, target.e, TargetKind::Assign);
  item.optional_vars.reset(target.e);
  list->items.push_back(std::move(item));
  return list;
}

Stmt* with_stmt(ParseCtx*, const Token& kw, WithList* items, StmtList* body) {
  auto* s = new With;
  s->items = std::move(items->items);
  delete items;
  take_body(s->body, body);
  s->pos = join(tp(kw), end_of(s->body));
  return s;
}

Stmt* funcdef(ParseCtx* ctx, const Token& kw, const Token& name, ParamList* params, EV returns, StmtList* body) {
  auto* f = new FunctionDef;
  f->name = std::string(ctx->text(name));
  f->args = build_arguments(ctx, params, false);
  f->returns.reset(returns.e);
  take_body(f->body, body);
  f->pos = join(tp(kw), end_of(f->body));
  return f;
}

Stmt* classdef(ParseCtx* ctx, const Token& kw, const Token& name, ArgList* args, StmtList* body) {
  auto* c = new ClassDef;
  c->name = std::string(ctx->text(name));
  take_body(c->body, body);
  c->pos = join(tp(kw), end_of(c->body));
  if (args) {
    for (const ArgItem& a : args->items)
      if (a.kind == ArgItem::Generator) ctx->fail("invalid syntax", a.span);
    // Reuse the argument checks of a call, then take its arguments.
    auto* placeholder = new Name;
    EV built = call(ctx, EV{placeholder, tp(name), 1, false}, name, args, name);
    auto* call_node = take<Call>(built.e);
    c->bases = std::move(call_node->args);
    c->keywords = std::move(call_node->keywords);
    delete call_node;
  }
  return c;
}

Stmt* decorate(ParseCtx*, Seq* decorators, Stmt* def) {
  int depth = 0;
  ExprList list = take_all(decorators, depth);
  if (def->kind == StmtKind::FunctionDef) static_cast<FunctionDef*>(def)->decorator_list = std::move(list);
  else static_cast<ClassDef*>(def)->decorator_list = std::move(list);
  return def;
}

Stmt* make_async(ParseCtx*, const Token& kw, Stmt* s) {
  switch (s->kind) {
    case StmtKind::FunctionDef: static_cast<FunctionDef*>(s)->is_async = true; break;
    case StmtKind::For: static_cast<For*>(s)->is_async = true; break;
    case StmtKind::With: static_cast<With*>(s)->is_async = true; break;
    default: break;
  }
  s->pos = join(tp(kw), s->pos);
  return s;
}

}  // namespace gilt::grammar
