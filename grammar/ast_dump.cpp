// ast.dump() for gilt's tree; see ast_dump.h. Field order and the omission of
// None-valued optional fields follow Python/Python.asdl and Lib/ast.py.

#include "grammar/ast_dump.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <vector>

#include "grammar/tokenizer.h"
#include "runtime/unicode_tables.h"

namespace gilt::ast {

std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string sci(buf, r.ptr);  // e.g. "-1.2345e+02"
  bool neg = sci[0] == '-';
  if (neg) sci.erase(0, 1);
  size_t e = sci.find('e');
  std::string digits;
  for (size_t i = 0; i < e; ++i)
    if (sci[i] != '.') digits += sci[i];
  int exp = std::stoi(sci.substr(e + 1));
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out = neg ? "-" : "";
  if (exp < -4 || exp >= 16) {
    out += digits[0];
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += eb;
  } else if (exp < 0) {
    out += "0." + std::string(static_cast<size_t>(-exp - 1), '0') + digits;
  } else {
    size_t point = static_cast<size_t>(exp) + 1;
    if (digits.size() <= point) {
      out += digits + std::string(point - digits.size(), '0') + ".0";
    } else {
      out += digits.substr(0, point) + "." + digits.substr(point);
    }
  }
  return out;
}

std::string str_repr(const std::string& s, bool bytes) {
  bool has_single = s.find('\'') != std::string::npos;
  bool has_double = s.find('"') != std::string::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = bytes ? "b" : "";
  out += quote;
  static constexpr char kHex[] = "0123456789abcdef";
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    unsigned c = *p;
    if (c == '\\' || c == static_cast<unsigned char>(quote)) {
      out += '\\';
      out += static_cast<char>(c);
      ++p;
    } else if (c == '\t') { out += "\\t"; ++p; }
    else if (c == '\n') { out += "\\n"; ++p; }
    else if (c == '\r') { out += "\\r"; ++p; }
    else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
      ++p;
    } else if (c < 0x80) {
      out += static_cast<char>(c);
      ++p;
    } else {
      int len = 1;
      int32_t cp = gilt::grammar::decode_utf8(p, end, len);
      if (cp < 0) {  // not valid UTF-8 (e.g. a lone surrogate): show the byte
        out += "\\x";
        out += kHex[c >> 4];
        out += kHex[c & 15];
        ++p;
        continue;
      }
      auto u = static_cast<uint32_t>(cp);
      if (gilt::unicode::in_ranges(gilt::unicode::kNonPrintable, u)) {
        char buf[16];
        if (u < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", u);
        else if (u < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", u);
        else std::snprintf(buf, sizeof buf, "\\U%08x", u);
        out += buf;
      } else {
        out.append(reinterpret_cast<const char*>(p), static_cast<size_t>(len));
      }
      p += len;
    }
  }
  out += quote;
  return out;
}

std::string int_decimal(const std::string& text) {
  unsigned base = 10;
  size_t start = 0;
  if (text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o' || text[1] == 'b')) {
    base = text[1] == 'x' ? 16 : text[1] == 'o' ? 8 : 2;
    start = 2;
  }
  if (base == 10) {
    size_t nz = text.find_first_not_of('0');
    return nz == std::string::npos ? "0" : text.substr(nz);
  }
  std::vector<uint32_t> limbs{0};  // little-endian, base 1e9
  for (size_t i = start; i < text.size(); ++i) {
    char c = text[i];
    unsigned d = c <= '9' ? static_cast<unsigned>(c - '0') : static_cast<unsigned>(c - 'a' + 10);
    uint64_t carry = d;
    for (uint32_t& limb : limbs) {
      uint64_t v = static_cast<uint64_t>(limb) * base + carry;
      limb = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry) limbs.push_back(static_cast<uint32_t>(carry));
  }
  std::string out = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    out += std::string(9 - part.size(), '0') + part;
  }
  return out;
}

namespace {

const char* op_name(BinOpKind op) {
  static constexpr const char* kNames[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                           "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
  return kNames[static_cast<int>(op)];
}

const char* cmp_name(CmpOpKind op) {
  static constexpr const char* kNames[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return kNames[static_cast<int>(op)];
}

const char* ctx_name(Ctx c) { return c == Ctx::Load ? "Load()" : c == Ctx::Store ? "Store()" : "Del()"; }

class Dumper {
 public:
  explicit Dumper(bool positions) : positions_(positions) {}
  std::string out;

  void module(const Module& m) {
    out += "Module(body=";
    stmts(m.body);
    out += ", type_ignores=[])";
  }

  void expr(const Expr* e) {
    if (!e) {
      out += "None";
      return;
    }
    switch (e->kind) {
      case ExprKind::Name: {
        auto* n = static_cast<const Name*>(e);
        open("Name");
        field("id", repr(n->id));
        field("ctx", ctx_name(n->ctx));
        break;
      }
      case ExprKind::Constant: {
        auto* c = static_cast<const Constant*>(e);
        open("Constant");
        field("value", constant(*c));
        if (c->kind_u) field("kind", "'u'");
        break;
      }
      case ExprKind::JoinedStr:
        open("JoinedStr");
        list_field("values", static_cast<const JoinedStr*>(e)->values);
        break;
      case ExprKind::FormattedValue: {
        auto* f = static_cast<const FormattedValue*>(e);
        open("FormattedValue");
        expr_field("value", f->value.get());
        field("conversion", std::to_string(f->conversion));
        opt_expr_field("format_spec", f->format_spec.get());
        break;
      }
      case ExprKind::BinOp: {
        auto* b = static_cast<const BinOp*>(e);
        open("BinOp");
        expr_field("left", b->left.get());
        field("op", std::string(op_name(b->op)) + "()");
        expr_field("right", b->right.get());
        break;
      }
      case ExprKind::UnaryOp: {
        auto* u = static_cast<const UnaryOp*>(e);
        static constexpr const char* kNames[] = {"Invert()", "Not()", "UAdd()", "USub()"};
        open("UnaryOp");
        field("op", kNames[static_cast<int>(u->op)]);
        expr_field("operand", u->operand.get());
        break;
      }
      case ExprKind::BoolOp: {
        auto* b = static_cast<const BoolOp*>(e);
        open("BoolOp");
        field("op", b->op == BoolOpKind::And ? "And()" : "Or()");
        list_field("values", b->values);
        break;
      }
      case ExprKind::Compare: {
        auto* c = static_cast<const Compare*>(e);
        open("Compare");
        expr_field("left", c->left.get());
        sep();
        out += "ops=[";
        for (size_t i = 0; i < c->ops.size(); ++i) {
          if (i) out += ", ";
          out += cmp_name(c->ops[i]);
          out += "()";
        }
        out += "]";
        list_field("comparators", c->comparators);
        break;
      }
      case ExprKind::Call: {
        auto* c = static_cast<const Call*>(e);
        open("Call");
        expr_field("func", c->func.get());
        list_field("args", c->args);
        sep();
        out += "keywords=[";
        for (size_t i = 0; i < c->keywords.size(); ++i) {
          if (i) out += ", ";
          keyword(c->keywords[i]);
        }
        out += "]";
        break;
      }
      case ExprKind::Attribute: {
        auto* a = static_cast<const Attribute*>(e);
        open("Attribute");
        expr_field("value", a->value.get());
        field("attr", repr(a->attr));
        field("ctx", ctx_name(a->ctx));
        break;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<const Subscript*>(e);
        open("Subscript");
        expr_field("value", s->value.get());
        expr_field("slice", s->slice.get());
        field("ctx", ctx_name(s->ctx));
        break;
      }
      case ExprKind::Slice: {
        auto* s = static_cast<const Slice*>(e);
        open("Slice");
        opt_expr_field("lower", s->lower.get());
        opt_expr_field("upper", s->upper.get());
        opt_expr_field("step", s->step.get());
        break;
      }
      case ExprKind::Starred: {
        auto* s = static_cast<const Starred*>(e);
        open("Starred");
        expr_field("value", s->value.get());
        field("ctx", ctx_name(s->ctx));
        break;
      }
      case ExprKind::List: {
        auto* l = static_cast<const List*>(e);
        open("List");
        list_field("elts", l->elts);
        field("ctx", ctx_name(l->ctx));
        break;
      }
      case ExprKind::Tuple: {
        auto* t = static_cast<const Tuple*>(e);
        open("Tuple");
        list_field("elts", t->elts);
        field("ctx", ctx_name(t->ctx));
        break;
      }
      case ExprKind::Set:
        open("Set");
        list_field("elts", static_cast<const Set*>(e)->elts);
        break;
      case ExprKind::Dict: {
        auto* d = static_cast<const Dict*>(e);
        open("Dict");
        list_field("keys", d->keys);
        list_field("values", d->values);
        break;
      }
      case ExprKind::ListComp: {
        auto* c = static_cast<const ListComp*>(e);
        open("ListComp");
        expr_field("elt", c->elt.get());
        generators(c->generators);
        break;
      }
      case ExprKind::SetComp: {
        auto* c = static_cast<const SetComp*>(e);
        open("SetComp");
        expr_field("elt", c->elt.get());
        generators(c->generators);
        break;
      }
      case ExprKind::DictComp: {
        auto* c = static_cast<const DictComp*>(e);
        open("DictComp");
        expr_field("key", c->key.get());
        expr_field("value", c->value.get());
        generators(c->generators);
        break;
      }
      case ExprKind::GeneratorExp: {
        auto* c = static_cast<const GeneratorExp*>(e);
        open("GeneratorExp");
        expr_field("elt", c->elt.get());
        generators(c->generators);
        break;
      }
      case ExprKind::Lambda: {
        auto* l = static_cast<const Lambda*>(e);
        open("Lambda");
        sep();
        out += "args=";
        arguments(l->args);
        expr_field("body", l->body.get());
        break;
      }
      case ExprKind::IfExp: {
        auto* i = static_cast<const IfExp*>(e);
        open("IfExp");
        expr_field("test", i->test.get());
        expr_field("body", i->body.get());
        expr_field("orelse", i->orelse.get());
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        open("NamedExpr");
        expr_field("target", n->target.get());
        expr_field("value", n->value.get());
        break;
      }
      case ExprKind::Yield:
        open("Yield");
        opt_expr_field("value", static_cast<const Yield*>(e)->value.get());
        break;
      case ExprKind::YieldFrom:
        open("YieldFrom");
        expr_field("value", static_cast<const YieldFrom*>(e)->value.get());
        break;
      case ExprKind::Await:
        open("Await");
        expr_field("value", static_cast<const Await*>(e)->value.get());
        break;
    }
    close(e->pos);
  }

  void stmt(const Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef: {
        auto* f = static_cast<const FunctionDef*>(s);
        open(f->is_async ? "AsyncFunctionDef" : "FunctionDef");
        field("name", repr(f->name));
        sep();
        out += "args=";
        arguments(f->args);
        stmts_field("body", f->body);
        list_field("decorator_list", f->decorator_list);
        opt_expr_field("returns", f->returns.get());
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = static_cast<const ClassDef*>(s);
        open("ClassDef");
        field("name", repr(c->name));
        list_field("bases", c->bases);
        sep();
        out += "keywords=[";
        for (size_t i = 0; i < c->keywords.size(); ++i) {
          if (i) out += ", ";
          keyword(c->keywords[i]);
        }
        out += "]";
        stmts_field("body", c->body);
        list_field("decorator_list", c->decorator_list);
        break;
      }
      case StmtKind::Return:
        open("Return");
        opt_expr_field("value", static_cast<const Return*>(s)->value.get());
        break;
      case StmtKind::Delete:
        open("Delete");
        list_field("targets", static_cast<const Delete*>(s)->targets);
        break;
      case StmtKind::Assign: {
        auto* a = static_cast<const Assign*>(s);
        open("Assign");
        list_field("targets", a->targets);
        expr_field("value", a->value.get());
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = static_cast<const AugAssign*>(s);
        open("AugAssign");
        expr_field("target", a->target.get());
        field("op", std::string(op_name(a->op)) + "()");
        expr_field("value", a->value.get());
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = static_cast<const AnnAssign*>(s);
        open("AnnAssign");
        expr_field("target", a->target.get());
        expr_field("annotation", a->annotation.get());
        opt_expr_field("value", a->value.get());
        field("simple", a->simple ? "1" : "0");
        break;
      }
      case StmtKind::For: {
        auto* f = static_cast<const For*>(s);
        open(f->is_async ? "AsyncFor" : "For");
        expr_field("target", f->target.get());
        expr_field("iter", f->iter.get());
        stmts_field("body", f->body);
        stmts_field("orelse", f->orelse);
        break;
      }
      case StmtKind::While: {
        auto* w = static_cast<const While*>(s);
        open("While");
        expr_field("test", w->test.get());
        stmts_field("body", w->body);
        stmts_field("orelse", w->orelse);
        break;
      }
      case StmtKind::If: {
        auto* i = static_cast<const If*>(s);
        open("If");
        expr_field("test", i->test.get());
        stmts_field("body", i->body);
        stmts_field("orelse", i->orelse);
        break;
      }
      case StmtKind::With: {
        auto* w = static_cast<const With*>(s);
        open(w->is_async ? "AsyncWith" : "With");
        sep();
        out += "items=[";
        for (size_t i = 0; i < w->items.size(); ++i) {
          if (i) out += ", ";
          out += "withitem(context_expr=";
          expr(w->items[i].context_expr.get());
          if (w->items[i].optional_vars) {
            out += ", optional_vars=";
            expr(w->items[i].optional_vars.get());
          }
          out += ")";
        }
        out += "]";
        stmts_field("body", w->body);
        break;
      }
      case StmtKind::Raise: {
        auto* r = static_cast<const Raise*>(s);
        open("Raise");
        opt_expr_field("exc", r->exc.get());
        opt_expr_field("cause", r->cause.get());
        break;
      }
      case StmtKind::Try: {
        auto* t = static_cast<const Try*>(s);
        open(t->is_star ? "TryStar" : "Try");
        stmts_field("body", t->body);
        sep();
        out += "handlers=[";
        for (size_t i = 0; i < t->handlers.size(); ++i) {
          if (i) out += ", ";
          const ExceptHandler& h = t->handlers[i];
          Dumper sub(positions_);
          sub.open("ExceptHandler");
          sub.opt_expr_field("type", h.type.get());
          if (!h.name.empty()) sub.field("name", repr(h.name));
          sub.stmts_field("body", h.body);
          sub.close(h.pos);
          out += sub.out;
        }
        out += "]";
        stmts_field("orelse", t->orelse);
        stmts_field("finalbody", t->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* a = static_cast<const Assert*>(s);
        open("Assert");
        expr_field("test", a->test.get());
        opt_expr_field("msg", a->msg.get());
        break;
      }
      case StmtKind::Import:
        open("Import");
        aliases(static_cast<const Import*>(s)->names);
        break;
      case StmtKind::ImportFrom: {
        auto* i = static_cast<const ImportFrom*>(s);
        open("ImportFrom");
        if (!i->module.empty()) field("module", repr(i->module));
        aliases(i->names);
        field("level", std::to_string(i->level));
        break;
      }
      case StmtKind::Global:
      case StmtKind::Nonlocal: {
        const auto& names = s->kind == StmtKind::Global ? static_cast<const Global*>(s)->names
                                                        : static_cast<const Nonlocal*>(s)->names;
        open(s->kind == StmtKind::Global ? "Global" : "Nonlocal");
        sep();
        out += "names=[";
        for (size_t i = 0; i < names.size(); ++i) {
          if (i) out += ", ";
          out += repr(names[i]);
        }
        out += "]";
        break;
      }
      case StmtKind::Expr:
        open("Expr");
        expr_field("value", static_cast<const ExprStmt*>(s)->value.get());
        break;
      case StmtKind::Pass: open("Pass"); break;
      case StmtKind::Break: open("Break"); break;
      case StmtKind::Continue: open("Continue"); break;
    }
    close(s->pos);
  }

 private:
  static std::string repr(const std::string& s) { return str_repr(s, false); }

  static std::string constant(const Constant& c) {
    switch (c.type) {
      case Constant::Type::None: return "None";
      case Constant::Type::True: return "True";
      case Constant::Type::False: return "False";
      case Constant::Type::Ellipsis: return "Ellipsis";
      case Constant::Type::Int: return int_decimal(c.int_text);
      case Constant::Type::Float: return float_repr(c.number);
      case Constant::Type::Imaginary: {
        std::string r = float_repr(c.number);
        if (r.size() > 2 && r.compare(r.size() - 2, 2, ".0") == 0) r.resize(r.size() - 2);
        return r + "j";
      }
      case Constant::Type::Str: return str_repr(c.str, false);
      case Constant::Type::Bytes: return str_repr(c.str, true);
    }
    return "None";
  }

  void open(const char* name) {
    out += name;
    out += "(";
    first_.push_back(true);
  }
  void sep() {
    if (!first_.back()) out += ", ";
    first_.back() = false;
  }
  void close(const Pos& p) {
    if (positions_) {
      sep();
      out += "lineno=" + std::to_string(p.line) + ", col_offset=" + std::to_string(p.col) +
             ", end_lineno=" + std::to_string(p.end_line) + ", end_col_offset=" + std::to_string(p.end_col);
    }
    out += ")";
    first_.pop_back();
  }
  void field(const char* name, const std::string& value) {
    sep();
    out += name;
    out += "=";
    out += value;
  }
  void expr_field(const char* name, const Expr* e) {
    sep();
    out += name;
    out += "=";
    expr(e);
  }
  void opt_expr_field(const char* name, const Expr* e) {
    if (e) expr_field(name, e);
  }
  void list_field(const char* name, const ExprList& list) {
    sep();
    out += name;
    out += "=[";
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      expr(list[i].get());
    }
    out += "]";
  }
  void stmts(const StmtList& list) {
    out += "[";
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      stmt(list[i].get());
    }
    out += "]";
  }
  void stmts_field(const char* name, const StmtList& list) {
    sep();
    out += name;
    out += "=";
    stmts(list);
  }
  void keyword(const Keyword& k) {
    open("keyword");
    if (!k.arg.empty()) field("arg", repr(k.arg));
    expr_field("value", k.value.get());
    close(k.pos);
  }
  void arg(const Arg& a) {
    open("arg");
    field("arg", repr(a.name));
    opt_expr_field("annotation", a.annotation.get());
    close(a.pos);
  }
  void args_list(const char* name, const std::vector<Arg>& list) {
    sep();
    out += name;
    out += "=[";
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      arg(list[i]);
    }
    out += "]";
  }
  void arguments(const Arguments& a) {
    out += "arguments(";
    first_.push_back(true);
    args_list("posonlyargs", a.posonlyargs);
    args_list("args", a.args);
    if (a.vararg) {
      sep();
      out += "vararg=";
      arg(*a.vararg);
    }
    args_list("kwonlyargs", a.kwonlyargs);
    list_field("kw_defaults", a.kw_defaults);
    if (a.kwarg) {
      sep();
      out += "kwarg=";
      arg(*a.kwarg);
    }
    list_field("defaults", a.defaults);
    first_.pop_back();
    out += ")";
  }
  void generators(const std::vector<Comprehension>& gens) {
    sep();
    out += "generators=[";
    for (size_t i = 0; i < gens.size(); ++i) {
      if (i) out += ", ";
      out += "comprehension(";
      first_.push_back(true);
      expr_field("target", gens[i].target.get());
      expr_field("iter", gens[i].iter.get());
      list_field("ifs", gens[i].ifs);
      field("is_async", gens[i].is_async ? "1" : "0");
      first_.pop_back();
      out += ")";
    }
    out += "]";
  }
  void aliases(const std::vector<Alias>& names) {
    sep();
    out += "names=[";
    for (size_t i = 0; i < names.size(); ++i) {
      if (i) out += ", ";
      open("alias");
      field("name", repr(names[i].name));
      if (!names[i].asname.empty()) field("asname", repr(names[i].asname));
      close(names[i].pos);
    }
    out += "]";
  }

  bool positions_;
  std::vector<bool> first_;
};

}  // namespace

std::string dump(const Module& module) {
  Dumper d(false);
  d.module(module);
  return d.out;
}

std::string dump_with_positions(const Module& module) {
  Dumper d(true);
  d.module(module);
  return d.out;
}

std::string dump(const Expr& expr, bool positions) {
  Dumper d(positions);
  d.expr(&expr);
  return d.out;
}

}  // namespace gilt::ast
