// Code generation for statements, including the frame-block stack that lets
// return/break/continue leave loops, handlers, finally and with blocks.
#include "vm/codegen.h"

#include "runtime/str_object.h"
#include "vm/compile_error.h"

namespace gilt {

void CodeGenerator::compile_stmts(const ast::StmtList& body) {
  for (const auto& s : body) compile_stmt(*s);
}

void CodeGenerator::compile_stmt(const ast::Stmt& s) {
  NestingGuard guard(depth_, s.pos);
  set_loc(s.pos);
  using K = ast::StmtKind;
  switch (s.kind) {
    case K::FunctionDef:
      compile_function(static_cast<const ast::FunctionDef&>(s));
      break;
    case K::ClassDef:
      compile_class(static_cast<const ast::ClassDef&>(s));
      break;
    case K::Return:
      compile_return(static_cast<const ast::Return&>(s));
      break;
    case K::Delete:
      for (const auto& t : static_cast<const ast::Delete&>(s).targets) compile_delete(*t);
      break;
    case K::Assign:
      compile_assign(static_cast<const ast::Assign&>(s));
      break;
    case K::AugAssign:
      compile_aug_assign(static_cast<const ast::AugAssign&>(s));
      break;
    case K::AnnAssign:
      compile_ann_assign(static_cast<const ast::AnnAssign&>(s));
      break;
    case K::For:
      compile_for(static_cast<const ast::For&>(s));
      break;
    case K::While:
      compile_while(static_cast<const ast::While&>(s));
      break;
    case K::If:
      compile_if(static_cast<const ast::If&>(s));
      break;
    case K::With: {
      const auto& w = static_cast<const ast::With&>(s);
      if (w.is_async) throw_syntax_error("'async with' is not supported yet", s.pos);
      compile_with(w, 0);
      break;
    }
    case K::Raise:
      compile_raise(static_cast<const ast::Raise&>(s));
      break;
    case K::Try:
      compile_try(static_cast<const ast::Try&>(s));
      break;
    case K::Assert:
      compile_assert(static_cast<const ast::Assert&>(s));
      break;
    case K::Import:
      compile_import(static_cast<const ast::Import&>(s));
      break;
    case K::ImportFrom:
      compile_import_from(static_cast<const ast::ImportFrom&>(s));
      break;
    case K::Global:
    case K::Nonlocal:
    case K::Pass:
      break;
    case K::Expr:
      compile_expr_stmt(static_cast<const ast::ExprStmt&>(s));
      break;
    case K::Break:
      compile_break(s);
      break;
    case K::Continue:
      compile_continue(s);
      break;
  }
}

// ------------------------------------------------------------------ frame blocks

void CodeGenerator::push_fblock(FBlockKind kind, Label start, Label exit, size_t handlers_before,
                                const ast::Stmt* node, std::string name) {
  u().fblocks.push_back(FBlock{kind, start, exit, handlers_before, node, std::move(name)});
}

// Emits what leaving `block` early requires. With `preserve_tos`, a value (the
// return value) stays on top of the stack throughout.
void CodeGenerator::unwind_fblock(const FBlock& block, bool preserve_tos) {
  // Code emitted while leaving a block is not covered by that block's handler.
  std::vector<int> handlers = as().handler_stack();
  if (handlers.size() > block.handlers_before) {
    handlers.resize(block.handlers_before);
    as().set_handler_stack(handlers);
  }
  switch (block.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::ExceptionHandler:
    case FBlockKind::TryExcept:
    case FBlockKind::ExceptStarBody:  // rejected by check_not_leaving_except_star
      break;
    case FBlockKind::ForLoop:
    case FBlockKind::PopValue:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      break;
    case FBlockKind::FinallyTry: {
      // Run the finally body inline; the waiting return value is dropped if
      // the finally body itself leaves (e.g. returns).
      if (preserve_tos) push_fblock(FBlockKind::PopValue, Label{}, Label{}, as().handler_stack().size());
      compile_stmts(static_cast<const ast::Try&>(*block.node).finalbody);
      if (preserve_tos) pop_fblock();
      set_no_loc();
      break;
    }
    case FBlockKind::FinallyEnd:
      // [prev_exc, exc]: drop the exception being handled, restore the previous one.
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_EXCEPT);
      break;
    case FBlockKind::With:
      set_loc(block.node->pos);
      if (preserve_tos) emit(Op::SWAP, 2);
      call_exit_none();
      emit(Op::POP_TOP);
      break;
    case FBlockKind::HandlerCleanup:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_EXCEPT);
      if (!block.name.empty()) {
        load_none();
        name_op(block.name, ast::Ctx::Store);
        name_op(block.name, ast::Ctx::Del);
      }
      break;
  }
}

int CodeGenerator::unwind_fblock_stack(bool preserve_tos, bool stop_at_loop) {
  auto& blocks = u().fblocks;
  if (blocks.empty()) return -1;
  const FBlock& top = blocks.back();
  if (stop_at_loop && (top.kind == FBlockKind::WhileLoop || top.kind == FBlockKind::ForLoop))
    return static_cast<int>(blocks.size()) - 1;
  // The finally body emitted while unwinding must not see its own block.
  FBlock copy = top;
  blocks.pop_back();
  unwind_fblock(copy, preserve_tos);
  int loop = unwind_fblock_stack(preserve_tos, stop_at_loop);
  u().fblocks.push_back(std::move(copy));
  return loop;
}

void CodeGenerator::check_not_leaving_except_star(const ast::Pos& pos, bool stop_at_loop) {
  for (auto it = u().fblocks.rbegin(); it != u().fblocks.rend(); ++it) {
    if (stop_at_loop && (it->kind == FBlockKind::WhileLoop || it->kind == FBlockKind::ForLoop)) return;
    if (it->kind == FBlockKind::ExceptStarBody)
      throw_syntax_error("'break', 'continue' and 'return' cannot appear in an except* block", pos);
  }
}

void CodeGenerator::compile_return(const ast::Return& s) {
  if (u().kind == UnitKind::Module || u().kind == UnitKind::Class)
    throw_syntax_error("'return' outside function", s.pos);
  check_not_leaving_except_star(s.value ? s.value->pos : s.pos, false);
  // A constant return value need not wait on the stack while blocks unwind.
  bool preserve_tos = s.value && s.value->kind != ast::ExprKind::Constant;
  if (preserve_tos) compile_expr(*s.value);
  std::vector<int> handlers = as().handler_stack();
  unwind_fblock_stack(preserve_tos, false);
  set_loc(s.pos);
  if (!s.value)
    load_none();
  else if (!preserve_tos)
    compile_expr(*s.value);
  set_loc(s.pos);
  emit(Op::RETURN_VALUE);
  as().set_handler_stack(handlers);
}

void CodeGenerator::compile_break(const ast::Stmt& s) {
  check_not_leaving_except_star(s.pos, true);
  std::vector<int> handlers = as().handler_stack();
  int loop = unwind_fblock_stack(false, true);
  if (loop < 0) throw_syntax_error("'break' outside loop", s.pos);
  FBlock block = u().fblocks[loop];
  set_loc(s.pos);
  unwind_fblock(block, false);
  set_loc(s.pos);
  jump(block.exit);
  as().set_handler_stack(handlers);
}

void CodeGenerator::compile_continue(const ast::Stmt& s) {
  check_not_leaving_except_star(s.pos, true);
  std::vector<int> handlers = as().handler_stack();
  int loop = unwind_fblock_stack(false, true);
  if (loop < 0) throw_syntax_error("'continue' not properly in loop", s.pos);
  set_loc(s.pos);
  jump(u().fblocks[loop].start);
  as().set_handler_stack(handlers);
}

// ------------------------------------------------------------------ control flow

namespace {

// -1 when `e` is not a constant, else its truth value.
int constant_truth(const ast::Expr& e) {
  if (e.kind != ast::ExprKind::Constant) return -1;
  const auto& c = static_cast<const ast::Constant&>(e);
  using T = ast::Constant::Type;
  switch (c.type) {
    case T::None:
    case T::False:
      return 0;
    case T::True:
    case T::Ellipsis:
      return 1;
    case T::Int:
      return c.int_text.find_first_not_of("0xob_") != std::string::npos;
    case T::Float:
    case T::Imaginary:
      return c.number != 0;
    case T::Str:
    case T::Bytes:
      return !c.str.empty();
  }
  return -1;
}

}  // namespace

void CodeGenerator::compile_if(const ast::If& s) {
  int truth = constant_truth(*s.test);
  if (truth == 1) {
    compile_stmts(s.body);
    return;
  }
  if (truth == 0) {
    compile_stmts(s.orelse);
    return;
  }
  Label end = new_label();
  Label next = s.orelse.empty() ? end : new_label();
  compile_jump_if(*s.test, next, false);
  compile_stmts(s.body);
  if (!s.orelse.empty()) {
    set_no_loc();
    jump(end);
    bind(next);
    compile_stmts(s.orelse);
  }
  bind(end);
}

void CodeGenerator::compile_while(const ast::While& s) {
  int truth = constant_truth(*s.test);
  if (truth == 0) {  // `while 0:` never runs its body
    compile_stmts(s.orelse);
    return;
  }
  Label loop = new_label(), orelse = new_label(), end = new_label();
  bind(loop);
  push_fblock(FBlockKind::WhileLoop, loop, end, as().handler_stack().size(), &s);
  if (truth != 1) compile_jump_if(*s.test, orelse, false);
  compile_stmts(s.body);
  set_loc(s.test->pos);
  jump(loop);
  pop_fblock();
  bind(orelse);
  compile_stmts(s.orelse);
  bind(end);
}

void CodeGenerator::compile_for(const ast::For& s) {
  if (s.is_async) throw_syntax_error("'async for' is not supported yet", s.pos);
  Label start = new_label(), cleanup = new_label(), end = new_label();
  compile_expr(*s.iter);
  set_loc(s.pos);
  emit(Op::GET_ITER);
  bind(start);
  push_fblock(FBlockKind::ForLoop, start, end, as().handler_stack().size(), &s);
  set_loc(s.pos);
  emit_jump(Op::FOR_ITER, cleanup);
  compile_store(*s.target);
  compile_stmts(s.body);
  set_no_loc();
  jump(start);
  bind(cleanup);
  pop_fblock();
  compile_stmts(s.orelse);
  bind(end);
}

// ------------------------------------------------------------------ exceptions

void CodeGenerator::compile_try(const ast::Try& s) {
  if (!s.finalbody.empty())
    compile_try_finally(s);
  else if (s.is_star)
    compile_try_star(s);
  else
    compile_try_except(s);
}

// try: body finally: final — see the layout in opcodes.h's contract.
void CodeGenerator::compile_try_finally(const ast::Try& s) {
  Label handler_label = new_label(), exit = new_label(), cleanup_label = new_label();
  size_t outer = as().handler_stack().size();
  int handler = as().new_handler(handler_label);
  as().setup_handler(handler);
  push_fblock(FBlockKind::FinallyTry, Label{}, Label{}, outer, &s);
  if (s.is_star)
    compile_try_star(s);
  else if (!s.handlers.empty())
    compile_try_except(s);
  else
    compile_stmts(s.body);
  pop_fblock();
  as().pop_handler();
  compile_stmts(s.finalbody);  // the normal path runs it inline
  set_no_loc();
  jump(exit);

  // The exceptional path: [exc] -> run the finally body -> re-raise.
  bind(handler_label);
  set_no_loc();
  int cleanup = as().new_handler(cleanup_label);
  as().setup_handler(cleanup);
  emit(Op::PUSH_EXC_INFO);
  push_fblock(FBlockKind::FinallyEnd, Label{}, Label{}, outer);
  compile_stmts(s.finalbody);
  pop_fblock();
  as().pop_handler();
  set_no_loc();
  emit(Op::SWAP, 2);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE);
  bind(cleanup_label);
  emit(Op::SWAP, 2);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE);
  bind(exit);
}

void CodeGenerator::compile_try_except(const ast::Try& s) {
  Label except_label = new_label(), end = new_label(), cleanup_label = new_label();
  Label orelse = s.orelse.empty() ? end : new_label();
  size_t outer = as().handler_stack().size();
  int body_handler = as().new_handler(except_label);
  as().setup_handler(body_handler);
  push_fblock(FBlockKind::TryExcept, Label{}, Label{}, outer, &s);
  compile_stmts(s.body);
  pop_fblock();
  as().pop_handler();
  set_no_loc();
  jump(orelse);

  // Handlers: [exc] on entry; everything up to the final RERAISE is covered by CLEANUP.
  bind(except_label);
  int cleanup = as().new_handler(cleanup_label);
  as().setup_handler(cleanup);
  emit(Op::PUSH_EXC_INFO);
  push_fblock(FBlockKind::ExceptionHandler, Label{}, Label{}, outer);
  for (size_t i = 0; i < s.handlers.size(); ++i) {
    const ast::ExceptHandler& h = s.handlers[i];
    set_loc(h.pos);
    if (!h.type && i + 1 < s.handlers.size()) throw_syntax_error("default 'except:' must be last", h.pos);
    Label next = new_label();
    if (h.type) {
      // CHECK_EXC_MATCH keeps the exception: [exc, type] -> [exc, matched].
      compile_expr(*h.type);
      set_loc(h.pos);
      emit(Op::CHECK_EXC_MATCH);
      emit_jump(Op::POP_JUMP_IF_FALSE, next);
    }
    if (!h.name.empty()) {
      name_op(h.name, ast::Ctx::Store);
      // try: body finally: name = None; del name
      Label named_cleanup_label = new_label();
      int named_cleanup = as().new_handler(named_cleanup_label);
      as().setup_handler(named_cleanup);
      push_fblock(FBlockKind::HandlerCleanup, Label{}, Label{}, outer, nullptr, h.name);
      compile_stmts(h.body);
      pop_fblock();
      as().pop_handler();
      as().pop_handler();  // CLEANUP: the normal exit is not covered
      set_no_loc();
      emit(Op::POP_EXCEPT);
      load_none();
      name_op(h.name, ast::Ctx::Store);
      name_op(h.name, ast::Ctx::Del);
      jump(end);
      as().push_handler(cleanup);
      bind(named_cleanup_label);
      load_none();
      name_op(h.name, ast::Ctx::Store);
      name_op(h.name, ast::Ctx::Del);
      emit(Op::RERAISE);
    } else {
      emit(Op::POP_TOP);
      push_fblock(FBlockKind::HandlerCleanup, Label{}, Label{}, outer);
      compile_stmts(h.body);
      pop_fblock();
      as().pop_handler();
      set_no_loc();
      emit(Op::POP_EXCEPT);
      jump(end);
      as().push_handler(cleanup);
    }
    bind(next);
  }
  set_no_loc();
  pop_fblock();
  emit(Op::RERAISE);  // no clause matched
  as().pop_handler();
  bind(cleanup_label);
  emit(Op::SWAP, 2);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE);
  if (!s.orelse.empty()) {
    bind(orelse);
    compile_stmts(s.orelse);
  }
  bind(end);
}

// [exit] -> [exit(None, None, None)], as an ordinary call, so that an
// __exit__ written in Python runs in the interpreter loop.
void CodeGenerator::call_exit_none() {
  emit(Op::PUSH_NULL);
  for (int i = 0; i < 3; i++) load_none();
  emit(Op::CALL, 3);
}

// with a as x, b as y: body — one nesting level per item.
void CodeGenerator::compile_with(const ast::With& s, size_t item) {
  const ast::WithItem& w = s.items[item];
  Label final_label = new_label(), exit = new_label(), cleanup_label = new_label(), suppress = new_label();
  size_t outer = as().handler_stack().size();
  compile_expr(*w.context_expr);
  set_loc(s.pos);
  emit(Op::BEFORE_WITH);
  emit(Op::CALL, 0);  // __enter__()
  // [exit, value]: the handler keeps `exit` (one below the setup depth).
  int handler = as().new_handler(final_label);
  as().setup_handler(handler, -1);
  push_fblock(FBlockKind::With, Label{}, Label{}, outer, &s);
  if (w.optional_vars)
    compile_store(*w.optional_vars);
  else
    emit(Op::POP_TOP);
  if (item + 1 == s.items.size())
    compile_stmts(s.body);
  else
    compile_with(s, item + 1);
  pop_fblock();
  as().pop_handler();
  set_loc(s.pos);
  call_exit_none();
  emit(Op::POP_TOP);
  jump(exit);

  // [exit, exc]: call exit(type, exc, tb); a true result swallows the exception.
  bind(final_label);
  int cleanup = as().new_handler(cleanup_label);
  as().setup_handler(cleanup);
  emit(Op::PUSH_EXC_INFO);
  emit(Op::WITH_EXCEPT_START);
  emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
  emit(Op::RERAISE);
  bind(suppress);
  emit(Op::POP_TOP);
  as().pop_handler();
  emit(Op::POP_EXCEPT);
  emit(Op::POP_TOP);  // the __exit__ method
  jump(exit);
  bind(cleanup_label);
  set_no_loc();
  emit(Op::SWAP, 2);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE);
  bind(exit);
}

void CodeGenerator::compile_raise(const ast::Raise& s) {
  uint32_t n = 0;
  if (s.exc) {
    compile_expr(*s.exc);
    ++n;
    if (s.cause) {
      compile_expr(*s.cause);
      ++n;
    }
  }
  set_loc(s.pos);
  emit(Op::RAISE_VARARGS, n);
}

void CodeGenerator::compile_assert(const ast::Assert& s) {
  Label ok = new_label();
  compile_jump_if(*s.test, ok, true);
  set_loc(s.test->pos);  // CPython reports a failed assert at its test
  emit(Op::LOAD_ASSERTION_ERROR);
  if (s.msg) {
    emit(Op::PUSH_NULL);
    compile_expr(*s.msg);
    set_loc(s.test->pos);
    emit(Op::CALL, 1);
  }
  emit(Op::RAISE_VARARGS, 1);
  bind(ok);
}

// ------------------------------------------------------------------ assignments

void CodeGenerator::compile_assign(const ast::Assign& s) {
  compile_expr(*s.value);
  for (size_t i = 0; i < s.targets.size(); ++i) {
    if (i + 1 < s.targets.size()) {
      set_loc(s.pos);
      emit(Op::COPY, 1);
    }
    compile_store(*s.targets[i]);
  }
}

void CodeGenerator::compile_aug_assign(const ast::AugAssign& s) {
  const ast::Expr& target = *s.target;
  set_loc(target.pos);
  switch (target.kind) {
    case ast::ExprKind::Attribute: {
      const auto& a = static_cast<const ast::Attribute&>(target);
      compile_expr(*a.value);
      set_loc(target.pos);
      emit(Op::COPY, 1);
      emit_name(Op::LOAD_ATTR, mangled(a.attr));
      break;
    }
    case ast::ExprKind::Subscript: {
      const auto& sub = static_cast<const ast::Subscript&>(target);
      compile_expr(*sub.value);
      compile_subscript_key(*sub.slice);
      set_loc(target.pos);
      emit(Op::COPY, 2);
      emit(Op::COPY, 2);
      emit(Op::BINARY_SUBSCR);
      break;
    }
    case ast::ExprKind::Name:
      name_op(static_cast<const ast::Name&>(target).id, ast::Ctx::Load);
      break;
    default:
      throw_syntax_error("illegal expression for augmented assignment", target.pos);
  }
  compile_expr(*s.value);
  set_loc(s.pos);
  emit(Op::INPLACE_OP, static_cast<uint32_t>(s.op));
  set_loc(target.pos);
  switch (target.kind) {
    case ast::ExprKind::Attribute:
      emit(Op::SWAP, 2);
      emit_name(Op::STORE_ATTR, mangled(static_cast<const ast::Attribute&>(target).attr));
      break;
    case ast::ExprKind::Subscript:
      emit(Op::SWAP, 3);
      emit(Op::SWAP, 2);
      emit(Op::STORE_SUBSCR);
      break;
    default:
      name_op(static_cast<const ast::Name&>(target).id, ast::Ctx::Store);
      break;
  }
}

void CodeGenerator::compile_ann_assign(const ast::AnnAssign& s) {
  if (s.value) {
    compile_expr(*s.value);
    compile_store(*s.target);
  }
  // Annotations are evaluated and recorded only in modules and class bodies.
  bool recorded_scope = u().kind == UnitKind::Module || u().kind == UnitKind::Class;
  const ast::Expr& target = *s.target;
  if (target.kind == ast::ExprKind::Name) {
    if (s.simple && recorded_scope) {
      compile_expr(*s.annotation);
      set_loc(s.pos);
      name_op("__annotations__", ast::Ctx::Load);
      load_str(mangled(static_cast<const ast::Name&>(target).id));
      emit(Op::STORE_SUBSCR);
      return;
    }
  } else if (!s.value) {
    // `a.b: int` and `a[i]: int` still evaluate the object (and the index).
    if (target.kind == ast::ExprKind::Attribute) {
      compile_expr(*static_cast<const ast::Attribute&>(target).value);
      emit(Op::POP_TOP);
    } else if (target.kind == ast::ExprKind::Subscript) {
      const auto& sub = static_cast<const ast::Subscript&>(target);
      compile_expr(*sub.value);
      emit(Op::POP_TOP);
      compile_subscript_key(*sub.slice);
      emit(Op::POP_TOP);
    }
  }
  if (recorded_scope) {
    compile_expr(*s.annotation);
    emit(Op::POP_TOP);
  }
}

void CodeGenerator::compile_delete(const ast::Expr& target) {
  set_loc(target.pos);
  switch (target.kind) {
    case ast::ExprKind::Name:
      name_op(static_cast<const ast::Name&>(target).id, ast::Ctx::Del);
      break;
    case ast::ExprKind::Attribute: {
      const auto& a = static_cast<const ast::Attribute&>(target);
      compile_expr(*a.value);
      set_loc(target.pos);
      emit_name(Op::DELETE_ATTR, mangled(a.attr));
      break;
    }
    case ast::ExprKind::Subscript: {
      const auto& sub = static_cast<const ast::Subscript&>(target);
      compile_expr(*sub.value);
      compile_subscript_key(*sub.slice);
      set_loc(target.pos);
      emit(Op::DELETE_SUBSCR);
      break;
    }
    case ast::ExprKind::Tuple:
      for (const auto& e : static_cast<const ast::Tuple&>(target).elts) compile_delete(*e);
      break;
    case ast::ExprKind::List:
      for (const auto& e : static_cast<const ast::List&>(target).elts) compile_delete(*e);
      break;
    case ast::ExprKind::Starred:
      throw_syntax_error("cannot delete starred", target.pos);
    default:
      throw_syntax_error("cannot delete expression", target.pos);
  }
}

// ------------------------------------------------------------------ imports

void CodeGenerator::compile_import(const ast::Import& s) {
  for (const ast::Alias& alias : s.names) {
    set_loc(s.pos);
    load_int(0);
    load_none();
    emit_name(Op::IMPORT_NAME, alias.name);
    size_t dot = alias.name.find('.');
    if (alias.asname.empty()) {
      name_op(alias.name.substr(0, dot), ast::Ctx::Store);  // binds the top-level package
      continue;
    }
    if (dot == std::string::npos) {
      name_op(alias.asname, ast::Ctx::Store);
      continue;
    }
    // import a.b.c as d: walk down to c with IMPORT_FROM.
    while (true) {
      size_t next = alias.name.find('.', dot + 1);
      emit_name(Op::IMPORT_FROM, alias.name.substr(dot + 1, next == std::string::npos ? next : next - dot - 1));
      if (next == std::string::npos) break;
      emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      dot = next;
    }
    name_op(alias.asname, ast::Ctx::Store);
    emit(Op::POP_TOP);
  }
}

void CodeGenerator::compile_import_from(const ast::ImportFrom& s) {
  std::vector<std::string> names;
  for (const auto& alias : s.names) names.push_back(alias.name);
  load_int(s.level);
  emit(Op::LOAD_CONST, str_tuple_const(names));
  emit_name(Op::IMPORT_NAME, s.module);
  for (const auto& alias : s.names) {
    if (alias.name == "*") {
      emit(Op::IMPORT_STAR);
      return;
    }
    emit_name(Op::IMPORT_FROM, alias.name);
    name_op(alias.asname.empty() ? alias.name : alias.asname, ast::Ctx::Store);
  }
  emit(Op::POP_TOP);
}

void CodeGenerator::compile_expr_stmt(const ast::ExprStmt& s) {
  const ast::Expr& value = *s.value;
  if (mode_ == ParseMode::Interactive && u().kind == UnitKind::Module) {
    compile_expr(value);
    set_loc(s.pos);
    emit(Op::PRINT_EXPR);
    return;
  }
  if (value.kind == ast::ExprKind::Constant) return;  // e.g. a docstring-like string
  compile_expr(value);
  set_loc(s.pos);
  emit(Op::POP_TOP);
}

// try: body except* T as name: handler ... else: orelse
//
// The handlers see [prev_exc, orig, raised, rest]: the exception caught, the
// list of what the clauses raise or re-raise, and what no clause has matched
// yet. Each clause splits `rest` (CHECK_EG_MATCH); an exception escaping a
// clause body is appended to `raised`; at the end `rest` joins them and
// PREP_RERAISE_STAR decides what, if anything, propagates.
void CodeGenerator::compile_try_star(const ast::Try& s) {
  Label except_label = new_label(), end = new_label(), cleanup_label = new_label(), reraise = new_label();
  Label orelse = s.orelse.empty() ? end : new_label();
  size_t outer = as().handler_stack().size();
  int body_handler = as().new_handler(except_label);
  as().setup_handler(body_handler);
  push_fblock(FBlockKind::TryExcept, Label{}, Label{}, outer, &s);
  compile_stmts(s.body);
  pop_fblock();
  as().pop_handler();
  set_no_loc();
  jump(orelse);

  bind(except_label);
  int cleanup = as().new_handler(cleanup_label);
  as().setup_handler(cleanup);
  emit(Op::PUSH_EXC_INFO);       // [prev, exc]
  emit(Op::COPY, 1);             // [prev, orig, exc]
  emit(Op::BUILD_LIST, 0);       // [prev, orig, exc, raised]
  emit(Op::SWAP, 2);             // [prev, orig, raised, rest]
  push_fblock(FBlockKind::ExceptionHandler, Label{}, Label{}, outer);
  for (const ast::ExceptHandler& h : s.handlers) {
    Label no_match = new_label(), next = new_label(), body_failed = new_label();
    set_loc(h.pos);
    compile_expr(*h.type);
    set_loc(h.pos);
    emit(Op::CHECK_EG_MATCH);    // [prev, orig, raised, rest, match or None]
    emit(Op::COPY, 1);
    emit_jump(Op::POP_JUMP_IF_NONE, no_match);
    if (!h.name.empty())
      name_op(h.name, ast::Ctx::Store);
    else
      emit(Op::POP_TOP);         // [prev, orig, raised, rest]
    int body_guard = as().new_handler(body_failed);
    as().setup_handler(body_guard);
    push_fblock(FBlockKind::ExceptStarBody, Label{}, Label{}, outer);
    compile_stmts(h.body);
    pop_fblock();
    as().pop_handler();
    set_no_loc();
    if (!h.name.empty()) {
      load_none();
      name_op(h.name, ast::Ctx::Store);
      name_op(h.name, ast::Ctx::Del);
    }
    jump(next);
    bind(body_failed);           // [prev, orig, raised, rest, exc]
    if (!h.name.empty()) {
      load_none();
      name_op(h.name, ast::Ctx::Store);
      name_op(h.name, ast::Ctx::Del);
    }
    emit(Op::LIST_APPEND, 2);    // raised.append(exc)
    jump(next);
    bind(no_match);              // [prev, orig, raised, rest, None]
    emit(Op::POP_TOP);
    bind(next);
  }
  pop_fblock();
  set_no_loc();
  emit(Op::LIST_APPEND, 1);      // raised.append(rest): [prev, orig, raised]
  emit(Op::PREP_RERAISE_STAR);   // [prev, exc or None]
  emit(Op::COPY, 1);
  emit_jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
  emit(Op::POP_TOP);
  emit(Op::POP_EXCEPT);
  jump(end);
  bind(reraise);                 // [prev, exc]: the cleanup below restores prev
  emit(Op::RERAISE);
  as().pop_handler();
  bind(cleanup_label);
  emit(Op::SWAP, 2);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE);
  if (!s.orelse.empty()) {
    bind(orelse);
    compile_stmts(s.orelse);
  }
  bind(end);
}

}  // namespace gilt
