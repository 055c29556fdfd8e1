// Code generation for expressions and assignment targets.
#include "vm/codegen.h"

#include <unordered_set>

#include "runtime/str_object.h"
#include "runtime/type.h"
#include "vm/compile_error.h"

namespace gilt {

namespace {

// Beyond this many items a display is built incrementally (BUILD_LIST 0 +
// LIST_APPEND...) rather than all on the stack, as CPython's guardrail.
constexpr size_t kStackUseGuardrail = 30;

bool is_starred(const ast::Expr& e) { return e.kind == ast::ExprKind::Starred; }

bool has_starred(const ast::ExprList& elts) {
  for (const auto& e : elts)
    if (is_starred(*e)) return true;
  return false;
}

}  // namespace

void CodeGenerator::compile_expr(const ast::Expr& e) {
  NestingGuard guard(depth_, e.pos);
  SourcePos saved = u().loc;
  set_loc(e.pos);
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::Name:
      name_op(static_cast<const ast::Name&>(e).id, ast::Ctx::Load);
      break;
    case K::Constant: {
      Ref value;
      std::string key;
      constant_value(e, value, key);
      load_const(std::move(value), key);
      break;
    }
    case K::JoinedStr:
      compile_joined_str(static_cast<const ast::JoinedStr&>(e));
      break;
    case K::FormattedValue:
      compile_formatted_value(static_cast<const ast::FormattedValue&>(e));
      break;
    case K::BinOp: {
      const auto& b = static_cast<const ast::BinOp&>(e);
      compile_expr(*b.left);
      compile_expr(*b.right);
      // ast::BinOpKind and BinaryOp share their order (see runtime/type.h).
      emit(Op::BINARY_OP, static_cast<uint32_t>(b.op));
      break;
    }
    case K::UnaryOp: {
      const auto& un = static_cast<const ast::UnaryOp&>(e);
      compile_expr(*un.operand);
      static constexpr Op kOps[] = {Op::UNARY_INVERT, Op::UNARY_NOT, Op::UNARY_POSITIVE, Op::UNARY_NEGATIVE};
      emit(kOps[static_cast<int>(un.op)]);
      break;
    }
    case K::BoolOp:
      compile_bool_op(static_cast<const ast::BoolOp&>(e));
      break;
    case K::Compare:
      compile_compare(static_cast<const ast::Compare&>(e));
      break;
    case K::Call:
      compile_call(static_cast<const ast::Call&>(e));
      break;
    case K::Attribute: {
      const auto& a = static_cast<const ast::Attribute&>(e);
      compile_expr(*a.value);
      emit_name(Op::LOAD_ATTR, mangled(a.attr));
      break;
    }
    case K::Subscript: {
      const auto& s = static_cast<const ast::Subscript&>(e);
      compile_expr(*s.value);
      compile_subscript_key(*s.slice);
      emit(Op::BINARY_SUBSCR);
      break;
    }
    case K::Slice:
      compile_subscript_key(e);
      break;
    case K::Starred:
      throw_syntax_error("can't use starred expression here", e.pos);
    case K::List:
      compile_sequence(static_cast<const ast::List&>(e).elts, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND,
                       false);
      break;
    case K::Tuple: {
      Ref value;
      std::string key;
      if (constant_value(e, value, key)) {  // constant folding
        load_const(std::move(value), key);
        break;
      }
      compile_sequence(static_cast<const ast::Tuple&>(e).elts, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND,
                       true);
      break;
    }
    case K::Set:
      compile_sequence(static_cast<const ast::Set&>(e).elts, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false);
      break;
    case K::Dict:
      compile_dict(static_cast<const ast::Dict&>(e));
      break;
    case K::ListComp: {
      const auto& c = static_cast<const ast::ListComp&>(e);
      compile_comprehension(e, c.generators, c.elt.get(), nullptr);
      break;
    }
    case K::SetComp: {
      const auto& c = static_cast<const ast::SetComp&>(e);
      compile_comprehension(e, c.generators, c.elt.get(), nullptr);
      break;
    }
    case K::DictComp: {
      const auto& c = static_cast<const ast::DictComp&>(e);
      compile_comprehension(e, c.generators, c.key.get(), c.value.get());
      break;
    }
    case K::GeneratorExp: {
      const auto& c = static_cast<const ast::GeneratorExp&>(e);
      compile_comprehension(e, c.generators, c.elt.get(), nullptr);
      break;
    }
    case K::Lambda:
      compile_lambda(static_cast<const ast::Lambda&>(e));
      break;
    case K::IfExp: {
      const auto& i = static_cast<const ast::IfExp&>(e);
      Label next = new_label(), end = new_label();
      compile_jump_if(*i.test, next, false);
      compile_expr(*i.body);
      jump(end);
      bind(next);
      compile_expr(*i.orelse);
      bind(end);
      break;
    }
    case K::NamedExpr: {
      const auto& n = static_cast<const ast::NamedExpr&>(e);
      compile_expr(*n.value);
      emit(Op::COPY, 1);
      compile_store(*n.target);
      break;
    }
    case K::Yield: {
      if (u().kind == UnitKind::Module || u().kind == UnitKind::Class)
        throw_syntax_error("'yield' outside function", e.pos);
      const auto& y = static_cast<const ast::Yield&>(e);
      if (y.value)
        compile_expr(*y.value);
      else
        load_none();
      emit(Op::YIELD_VALUE, 0);
      break;
    }
    case K::YieldFrom: {
      if (u().kind == UnitKind::Module || u().kind == UnitKind::Class)
        throw_syntax_error("'yield' outside function", e.pos);
      if (u().scope->coroutine) throw_syntax_error("'yield from' inside async function", e.pos);
      compile_expr(*static_cast<const ast::YieldFrom&>(e).value);
      emit(Op::GET_YIELD_FROM_ITER);
      load_none();
      yield_from_loop();
      break;
    }
    case K::Await:
      if (u().kind == UnitKind::Module || u().kind == UnitKind::Class)
        throw_syntax_error("'await' outside function", e.pos);
      if (u().kind != UnitKind::Comprehension && !u().scope->coroutine)
        throw_syntax_error("'await' outside async function", e.pos);
      throw_syntax_error("'await' is not supported yet", e.pos);
  }
  u().loc = saved;
}

// ------------------------------------------------------------------ targets

void CodeGenerator::compile_store(const ast::Expr& target) {
  NestingGuard guard(depth_, target.pos);
  SourcePos saved = u().loc;
  set_loc(target.pos);
  switch (target.kind) {
    case ast::ExprKind::Name:
      name_op(static_cast<const ast::Name&>(target).id, ast::Ctx::Store);
      break;
    case ast::ExprKind::Attribute: {
      const auto& a = static_cast<const ast::Attribute&>(target);
      compile_expr(*a.value);
      emit_name(Op::STORE_ATTR, mangled(a.attr));
      break;
    }
    case ast::ExprKind::Subscript: {
      const auto& s = static_cast<const ast::Subscript&>(target);
      compile_expr(*s.value);
      compile_subscript_key(*s.slice);
      emit(Op::STORE_SUBSCR);
      break;
    }
    case ast::ExprKind::Tuple:
      compile_unpack_store(static_cast<const ast::Tuple&>(target).elts, target);
      break;
    case ast::ExprKind::List:
      compile_unpack_store(static_cast<const ast::List&>(target).elts, target);
      break;
    case ast::ExprKind::Starred:
      throw_syntax_error("starred assignment target must be in a list or tuple", target.pos);
    default:
      throw_syntax_error("cannot assign to expression", target.pos);
  }
  u().loc = saved;
}

void CodeGenerator::compile_unpack_store(const ast::ExprList& elts, const ast::Expr& node) {
  bool seen_star = false;
  const size_t n = elts.size();
  for (size_t i = 0; i < n; ++i) {
    if (!is_starred(*elts[i])) continue;
    if (seen_star) throw_syntax_error("multiple starred expressions in assignment", node.pos);
    size_t after = n - i - 1;
    if (i >= (1u << 8) || after >= (1u << 16))
      throw_syntax_error("too many expressions in star-unpacking assignment", node.pos);
    emit(Op::UNPACK_EX, static_cast<uint32_t>(i | (after << 8)));
    seen_star = true;
  }
  if (!seen_star) emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(n));
  for (const auto& elt : elts) {
    if (is_starred(*elt))
      compile_store(*static_cast<const ast::Starred&>(*elt).value);
    else
      compile_store(*elt);
  }
}

// ------------------------------------------------------------------ displays

// Lists, tuples and sets (and positional call arguments): built on the stack
// when small and star-free, else incrementally into a list (or set).
void CodeGenerator::compile_sequence(const ast::ExprList& elts, Op build, Op add, Op extend, bool to_tuple) {
  const size_t n = elts.size();
  bool big = n > kStackUseGuardrail;
  if (!has_starred(elts) && !big) {
    for (const auto& e : elts) compile_expr(*e);
    emit(to_tuple ? Op::BUILD_TUPLE : build, static_cast<uint32_t>(n));
    return;
  }
  SourcePos here = u().loc;
  bool built = false;
  if (big) {
    emit(build, 0);
    built = true;
  }
  for (size_t i = 0; i < n; ++i) {
    const ast::Expr& e = *elts[i];
    if (is_starred(e)) {
      if (!built) {
        emit(build, static_cast<uint32_t>(i));
        built = true;
      }
      compile_expr(*static_cast<const ast::Starred&>(e).value);
      u().loc = here;
      emit(extend, 1);
    } else {
      compile_expr(e);
      u().loc = here;
      if (built) emit(add, 1);
    }
  }
  if (to_tuple) emit(Op::LIST_TO_TUPLE);
}

void CodeGenerator::compile_dict(const ast::Dict& d) {
  SourcePos here = u().loc;
  size_t pending = 0;  // key/value pairs on the stack not yet in a dict
  bool have_dict = false;
  auto flush = [&] {
    if (!pending) return;
    emit(Op::BUILD_MAP, static_cast<uint32_t>(pending));
    if (have_dict) emit(Op::DICT_UPDATE, 1);
    have_dict = true;
    pending = 0;
  };
  for (size_t i = 0; i < d.values.size(); ++i) {
    if (!d.keys[i]) {  // **mapping
      flush();
      if (!have_dict) {
        emit(Op::BUILD_MAP, 0);
        have_dict = true;
      }
      compile_expr(*d.values[i]);
      u().loc = here;
      emit(Op::DICT_UPDATE, 1);
      continue;
    }
    if (pending * 2 > kStackUseGuardrail) flush();
    compile_expr(*d.keys[i]);
    compile_expr(*d.values[i]);
    u().loc = here;
    ++pending;
  }
  flush();
  if (!have_dict) emit(Op::BUILD_MAP, 0);
}

void CodeGenerator::compile_subscript_key(const ast::Expr& slice) {
  if (slice.kind != ast::ExprKind::Slice) {
    compile_expr(slice);
    return;
  }
  const auto& s = static_cast<const ast::Slice&>(slice);
  SourcePos saved = u().loc;
  set_loc(slice.pos);
  for (const ast::ExprPtr* part : {&s.lower, &s.upper}) {
    if (*part)
      compile_expr(**part);
    else
      load_none();
  }
  uint32_t n = 2;
  if (s.step) {
    compile_expr(*s.step);
    n = 3;
  }
  emit(Op::BUILD_SLICE, n);
  u().loc = saved;
}

// ------------------------------------------------------------------ operators

void CodeGenerator::compare_op(ast::CmpOpKind op) {
  using C = ast::CmpOpKind;
  switch (op) {
    case C::Is:
      emit(Op::IS_OP, 0);
      return;
    case C::IsNot:
      emit(Op::IS_OP, 1);
      return;
    case C::In:
      emit(Op::CONTAINS_OP, 0);
      return;
    case C::NotIn:
      emit(Op::CONTAINS_OP, 1);
      return;
    case C::Eq:
      emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Eq));
      return;
    case C::NotEq:
      emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Ne));
      return;
    case C::Lt:
      emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Lt));
      return;
    case C::LtE:
      emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Le));
      return;
    case C::Gt:
      emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Gt));
      return;
    case C::GtE:
      emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Ge));
      return;
  }
}

// a < b < c: b is evaluated once (kept with COPY); a false link short-circuits
// with the false result, dropping the pending operand.
void CodeGenerator::compile_compare(const ast::Compare& c) {
  SourcePos here = u().loc;
  compile_expr(*c.left);
  const size_t n = c.ops.size();
  if (n == 1) {
    compile_expr(*c.comparators[0]);
    compare_op(c.ops[0]);
    return;
  }
  Label cleanup = new_label(), end = new_label();
  for (size_t i = 0; i + 1 < n; ++i) {
    compile_expr(*c.comparators[i]);
    u().loc = here;
    emit(Op::SWAP, 2);
    emit(Op::COPY, 2);
    compare_op(c.ops[i]);
    emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  compile_expr(*c.comparators[n - 1]);
  u().loc = here;
  compare_op(c.ops[n - 1]);
  jump(end);
  bind(cleanup);
  emit(Op::SWAP, 2);
  emit(Op::POP_TOP);
  bind(end);
}

void CodeGenerator::compile_bool_op(const ast::BoolOp& b) {
  SourcePos here = u().loc;
  Op op = b.op == ast::BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
  Label end = new_label();
  for (size_t i = 0; i + 1 < b.values.size(); ++i) {
    compile_expr(*b.values[i]);
    u().loc = here;
    emit_jump(op, end);
  }
  compile_expr(*b.values.back());
  bind(end);
}

// Conditions compile `not`, and/or and chained comparisons straight into jumps.
void CodeGenerator::compile_jump_if(const ast::Expr& e, Label target, bool jump_if) {
  NestingGuard guard(depth_, e.pos);
  SourcePos saved = u().loc;
  set_loc(e.pos);
  switch (e.kind) {
    case ast::ExprKind::UnaryOp: {
      const auto& un = static_cast<const ast::UnaryOp&>(e);
      if (un.op == ast::UnaryOpKind::Not) {
        compile_jump_if(*un.operand, target, !jump_if);
        u().loc = saved;
        return;
      }
      break;
    }
    case ast::ExprKind::BoolOp: {
      const auto& b = static_cast<const ast::BoolOp&>(e);
      // `a and b` jumps when false as soon as one value is false; else falls through.
      bool is_or = b.op == ast::BoolOpKind::Or;
      Label next = is_or == jump_if ? target : new_label();
      for (size_t i = 0; i + 1 < b.values.size(); ++i) compile_jump_if(*b.values[i], next, is_or);
      compile_jump_if(*b.values.back(), target, jump_if);
      if (is_or != jump_if) bind(next);
      u().loc = saved;
      return;
    }
    case ast::ExprKind::Compare: {
      const auto& c = static_cast<const ast::Compare&>(e);
      const size_t n = c.ops.size();
      if (n < 2) break;
      compile_expr(*c.left);
      Label cleanup = new_label();
      for (size_t i = 0; i + 1 < n; ++i) {
        compile_expr(*c.comparators[i]);
        set_loc(e.pos);
        emit(Op::SWAP, 2);
        emit(Op::COPY, 2);
        compare_op(c.ops[i]);
        emit_jump(Op::POP_JUMP_IF_FALSE, cleanup);
      }
      compile_expr(*c.comparators[n - 1]);
      set_loc(e.pos);
      compare_op(c.ops[n - 1]);
      emit_jump(jump_if ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
      Label end = new_label();
      jump(end);
      bind(cleanup);
      emit(Op::POP_TOP);
      if (!jump_if) jump(target);
      bind(end);
      u().loc = saved;
      return;
    }
    default:
      break;
  }
  compile_expr(e);
  set_loc(e.pos);
  emit_jump(jump_if ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
  u().loc = saved;
}

// ------------------------------------------------------------------ calls

void CodeGenerator::check_keywords(const std::vector<ast::Keyword>& keywords) {
  std::unordered_set<std::string> seen;
  for (const auto& k : keywords) {
    if (k.arg.empty()) continue;
    if (!seen.insert(k.arg).second) throw_syntax_error("keyword argument repeated: " + k.arg, k.pos);
  }
}

void CodeGenerator::compile_call(const ast::Call& c) {
  check_keywords(c.keywords);
  SourcePos here = u().loc;
  bool simple = c.func->kind == ast::ExprKind::Attribute && !has_starred(c.args);
  for (const auto& k : c.keywords) simple = simple && !k.arg.empty();
  if (simple) {
    // o.m(args): LOAD_METHOD pushes [method, self] or [attr, null].
    const auto& a = static_cast<const ast::Attribute&>(*c.func);
    compile_expr(*a.value);
    set_loc(a.pos);
    emit_name(Op::LOAD_METHOD, mangled(a.attr));
    u().loc = here;
    call_helper(0, c.args, c.keywords);
    return;
  }
  compile_expr(*c.func);
  emit(Op::PUSH_NULL);
  call_helper(0, c.args, c.keywords);
}

void CodeGenerator::call_helper(int pushed, const ast::ExprList& args, const std::vector<ast::Keyword>& keywords) {
  SourcePos here = u().loc;
  bool ex_call = has_starred(args) || args.size() + keywords.size() + pushed > kStackUseGuardrail;
  for (const auto& k : keywords) ex_call = ex_call || k.arg.empty();
  if (ex_call) {
    star_args_helper(pushed, args);
    if (!keywords.empty()) kwargs_dict_helper(keywords);
    u().loc = here;
    emit(Op::CALL_EX, keywords.empty() ? 0 : 1);
    return;
  }
  for (const auto& a : args) compile_expr(*a);
  uint32_t nargs = static_cast<uint32_t>(pushed + args.size() + keywords.size());
  if (keywords.empty()) {
    u().loc = here;
    emit(Op::CALL, nargs);
    return;
  }
  std::vector<std::string> names;
  for (const auto& k : keywords) {
    compile_expr(*k.value);
    names.push_back(k.arg);
  }
  u().loc = here;
  as().emit2(Op::CALL_KW, nargs, str_tuple_const(names), u().loc);
}

// The positional arguments of f(*args) as one tuple, including `pushed`
// arguments already on the stack: pushed on the stack up to the first star,
// then collected into a list.
void CodeGenerator::star_args_helper(int pushed, const ast::ExprList& args) {
  SourcePos here = u().loc;
  if (pushed == 0 && args.size() == 1 && is_starred(*args[0])) {
    // f(*x): CALL_EX converts x itself, so a bad x is reported as
    // "f() argument after * must be an iterable", as in CPython.
    compile_expr(*static_cast<const ast::Starred&>(*args[0]).value);
    u().loc = here;
    return;
  }
  bool built = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const ast::Expr& a = *args[i];
    if (is_starred(a)) {
      if (!built) {
        emit(Op::BUILD_LIST, static_cast<uint32_t>(pushed + i));
        built = true;
      }
      compile_expr(*static_cast<const ast::Starred&>(a).value);
      u().loc = here;
      emit(Op::LIST_EXTEND, 1);
    } else {
      compile_expr(a);
      u().loc = here;
      if (built) emit(Op::LIST_APPEND, 1);
    }
  }
  if (built)
    emit(Op::LIST_TO_TUPLE);
  else
    emit(Op::BUILD_TUPLE, static_cast<uint32_t>(pushed + args.size()));
}

// The keyword arguments of f(k=v, **m) as one dict.
void CodeGenerator::kwargs_dict_helper(const std::vector<ast::Keyword>& keywords) {
  SourcePos here = u().loc;
  bool have_dict = false;
  size_t pending = 0;
  auto flush = [&] {
    if (!pending) return;
    emit(Op::BUILD_MAP, static_cast<uint32_t>(pending));
    if (have_dict) emit(Op::DICT_MERGE, 1);
    have_dict = true;
    pending = 0;
  };
  for (const auto& k : keywords) {
    if (k.arg.empty()) {
      flush();
      if (!have_dict) {
        emit(Op::BUILD_MAP, 0);
        have_dict = true;
      }
      compile_expr(*k.value);
      u().loc = here;
      emit(Op::DICT_MERGE, 1);
    } else {
      load_str(k.arg);
      compile_expr(*k.value);
      u().loc = here;
      ++pending;
    }
  }
  flush();
}

// ------------------------------------------------------------------ f-strings

void CodeGenerator::compile_joined_str(const ast::JoinedStr& j) {
  SourcePos here = u().loc;
  for (const auto& v : j.values) compile_expr(*v);
  u().loc = here;
  if (j.values.size() != 1) emit(Op::BUILD_STRING, static_cast<uint32_t>(j.values.size()));
}

void CodeGenerator::compile_formatted_value(const ast::FormattedValue& f) {
  SourcePos here = u().loc;
  compile_expr(*f.value);
  uint32_t flags = 0;
  switch (f.conversion) {
    case 's':
      flags = 1;
      break;
    case 'r':
      flags = 2;
      break;
    case 'a':
      flags = 3;
      break;
    default:
      break;
  }
  if (f.format_spec) {
    compile_expr(*f.format_spec);
    flags |= 4;
  }
  u().loc = here;
  emit(Op::FORMAT_VALUE, flags);
}

}  // namespace gilt
