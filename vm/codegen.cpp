// Code generation: units, name resolution, constants, and the scopes that
// produce nested code objects (functions, lambdas, classes, comprehensions).
#include "vm/codegen.h"

#include <algorithm>
#include <bit>
#include <cstdio>

#include "runtime/bytes_object.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "vm/compile_error.h"

namespace gilt {

CodeGenerator::CodeGenerator(const SymbolTable& symbols, std::string filename, ParseMode mode,
                             std::shared_ptr<const std::string> source)
    : symbols_(symbols), filename_(std::move(filename)), mode_(mode), source_(std::move(source)) {}

// ------------------------------------------------------------------ units

void CodeGenerator::enter_unit(UnitKind kind, const std::string& name, const void* node, int firstlineno) {
  auto unit = std::make_unique<CodeUnit>();
  unit->kind = kind;
  unit->scope = node ? symbols_.scope_for(node) : symbols_.module_scope();
  unit->name = name;
  unit->qualname = units_.empty() ? name : qualname_for(kind, name);
  unit->firstlineno = firstlineno;
  unit->loc = SourcePos{firstlineno, firstlineno, -1, -1};
  for (const std::string& p : unit->scope->params) {
    unit->varname_index.emplace(p, static_cast<uint32_t>(unit->varnames.size()));
    unit->varnames.push_back(p);
  }
  unit->cellvars = unit->scope->cellvars();
  unit->freevars = unit->scope->freevars();
  if (kind == UnitKind::Function || kind == UnitKind::Lambda || kind == UnitKind::Comprehension)
    unit->flags |= kCodeOptimized | kCodeNewLocals;
  if (kind == UnitKind::Class) unit->flags |= kCodeNewLocals;
  if (unit->scope->nested) unit->flags |= kCodeNested;
  if (unit->scope->generator) unit->flags |= kCodeGenerator;
  units_.push_back(std::move(unit));
  if (u().flags & kCodeGenerator) {
    // A generator's frame is created, then parked before running any code
    // (at the `def` line, where an exception thrown in before it starts is
    // reported).
    u().loc = SourcePos{firstlineno, firstlineno, -1, -1};
    emit(Op::RETURN_GENERATOR);
    emit(Op::POP_TOP);  // the value of the first resume (None)
  }
}

// CPython's __qualname__ rules: names inside functions get ".<locals>";
// a function or class declared `global` is named from the top.
std::string CodeGenerator::qualname_for(UnitKind kind, const std::string& name) const {
  const CodeUnit& parent = *units_.back();
  if (parent.kind == UnitKind::Module) return name;
  if (kind == UnitKind::Function || kind == UnitKind::Class) {
    if (parent.scope->scope_of(mangled(name)) == NameScope::GlobalExplicit) return name;
  }
  if (parent.kind == UnitKind::Function || parent.kind == UnitKind::Lambda)
    return parent.qualname + ".<locals>." + name;
  return parent.qualname + "." + name;
}

Ref CodeGenerator::leave_unit() {
  CodeUnit& unit = u();
  Ref ref = new_code();
  auto* code = ref.as<CodeObject>();
  unit.as.assemble(*code);
  code->consts = std::move(unit.consts);
  code->names = std::move(unit.names);
  for (const auto& v : unit.varnames) code->varnames.push_back(Value::object(intern(v)));
  for (const auto& c : unit.cellvars) {
    code->cellvars.push_back(Value::object(intern(c)));
    auto it = unit.varname_index.find(c);
    bool is_param = it != unit.varname_index.end() && it->second < unit.scope->params.size();
    code->cell2arg.push_back(is_param ? static_cast<int>(it->second) : -1);
  }
  for (const auto& f : unit.freevars) code->freevars.push_back(Value::object(intern(f)));
  code->argcount = unit.argcount;
  code->posonlyargcount = unit.posonlyargcount;
  code->kwonlyargcount = unit.kwonlyargcount;
  code->flags = unit.flags;
  code->firstlineno = unit.firstlineno;
  code->name = unit.name;
  code->qualname = unit.qualname;
  code->filename = filename_;
  code->docstring = unit.docstring;
  code->source = source_;
  code->finish();
  units_.pop_back();
  return ref;
}

// ------------------------------------------------------------------ emission helpers

void CodeGenerator::jump(Label target) {
  emit_jump(as().is_bound(target) ? Op::JUMP_BACKWARD : Op::JUMP_FORWARD, target);
}

void CodeGenerator::yield_from_loop() {
  Label send = new_label(), exit = new_label();
  bind(send);
  emit_jump(Op::SEND, exit);
  emit(Op::YIELD_VALUE, 1);
  emit_jump(Op::JUMP_BACKWARD, send);
  bind(exit);
}

uint32_t CodeGenerator::add_const(Ref value, const std::string& key) {
  auto [it, inserted] = u().const_index.try_emplace(key, static_cast<uint32_t>(u().consts.size()));
  if (inserted) u().consts.push_back(std::move(value));
  return it->second;
}

void CodeGenerator::load_none() { load_const(Value::none(), "N"); }

void CodeGenerator::load_int(int64_t v) { load_const(Value::small_int(v), "i" + std::to_string(v)); }

void CodeGenerator::load_str(const std::string& s) { load_const(new_str(s), "s" + s); }

uint32_t CodeGenerator::str_tuple_const(const std::vector<std::string>& items) {
  Ref tuple = new_tuple(static_cast<int64_t>(items.size()));
  std::string key = "t(";
  for (size_t i = 0; i < items.size(); ++i) {
    tuple_init_item(tuple, static_cast<int64_t>(i), Value::object(intern(items[i])));
    key += "s" + std::to_string(items[i].size()) + ":" + items[i];
  }
  key += ")";
  return add_const(std::move(tuple), key);
}

uint32_t CodeGenerator::add_name(const std::string& name) {
  auto [it, inserted] = u().name_index.try_emplace(name, static_cast<uint32_t>(u().names.size()));
  if (inserted) u().names.push_back(Value::object(intern(name)));
  return it->second;
}

uint32_t CodeGenerator::add_varname(const std::string& name) {
  auto [it, inserted] = u().varname_index.try_emplace(name, static_cast<uint32_t>(u().varnames.size()));
  if (inserted) u().varnames.push_back(name);
  return it->second;
}

uint32_t CodeGenerator::deref_index(const std::string& name) const {
  const CodeUnit& unit = *units_.back();
  auto cell = std::find(unit.cellvars.begin(), unit.cellvars.end(), name);
  if (cell != unit.cellvars.end()) return static_cast<uint32_t>(cell - unit.cellvars.begin());
  auto free = std::find(unit.freevars.begin(), unit.freevars.end(), name);
  return static_cast<uint32_t>(unit.cellvars.size() + (free - unit.freevars.begin()));
}

std::string CodeGenerator::mangled(const std::string& name) const {
  return mangle(units_.back()->scope->private_name, name);
}

// Picks the load/store/delete instruction for a name from its scope.
void CodeGenerator::name_op(const std::string& raw, ast::Ctx ctx) {
  std::string name = mangled(raw);
  NameScope scope = u().scope->scope_of(name);
  enum { Fast, Deref, Global, ByName } kind = ByName;
  switch (u().kind) {
    case UnitKind::Module:
      // Module locals are its globals, except for eval(), whose locals may differ.
      kind = mode_ == ParseMode::Eval ? ByName : Global;
      break;
    case UnitKind::Class:
      if (scope == NameScope::Free || scope == NameScope::Cell)
        kind = Deref;
      else if (scope == NameScope::GlobalExplicit)
        kind = Global;
      break;
    default:
      if (scope == NameScope::Local)
        kind = Fast;
      else if (scope == NameScope::Free || scope == NameScope::Cell)
        kind = Deref;
      else
        kind = Global;
      break;
  }
  static constexpr Op kOps[4][3] = {
      {Op::LOAD_FAST, Op::STORE_FAST, Op::DELETE_FAST},
      {Op::LOAD_DEREF, Op::STORE_DEREF, Op::DELETE_DEREF},
      {Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL},
      {Op::LOAD_NAME, Op::STORE_NAME, Op::DELETE_NAME},
  };
  Op op = kOps[kind][static_cast<int>(ctx)];
  switch (kind) {
    case Fast:
      emit(op, add_varname(name));
      break;
    case Deref:
      if (op == Op::LOAD_DEREF && u().kind == UnitKind::Class) op = Op::LOAD_CLASSDEREF;
      emit(op, deref_index(name));
      break;
    case Global:
    case ByName:
      emit(op, add_name(name));
      break;
  }
}

// ------------------------------------------------------------------ constants

namespace {

std::string float_key(double d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "f%016llx", static_cast<unsigned long long>(std::bit_cast<uint64_t>(d)));
  return buf;
}

}  // namespace

bool CodeGenerator::constant_value(const ast::Expr& e, Ref& value, std::string& key) {
  if (e.kind == ast::ExprKind::Tuple) {
    const auto& t = static_cast<const ast::Tuple&>(e);
    std::vector<Ref> items(t.elts.size());
    std::string keys = "t(";
    for (size_t i = 0; i < t.elts.size(); ++i) {
      std::string item_key;
      if (!constant_value(*t.elts[i], items[i], item_key)) return false;
      keys += item_key + ",";
    }
    value = new_tuple(static_cast<int64_t>(items.size()));
    for (size_t i = 0; i < items.size(); ++i) tuple_init_item(value, static_cast<int64_t>(i), std::move(items[i]));
    key = keys + ")";
    return true;
  }
  if (e.kind != ast::ExprKind::Constant) return false;
  const auto& c = static_cast<const ast::Constant&>(e);
  using T = ast::Constant::Type;
  switch (c.type) {
    case T::None:
      value = Value::none();
      key = "N";
      return true;
    case T::True:
      value = Value::true_();
      key = "T";
      return true;
    case T::False:
      value = Value::false_();
      key = "F";
      return true;
    case T::Ellipsis:
      value = ellipsis();
      key = "E";
      return true;
    case T::Int:
      value = int_from_literal(c.int_text);
      key = value.get().is_small_int() ? "i" + std::to_string(value.get().small_int()) : "I" + c.int_text;
      return true;
    case T::Float:
      value = new_float(c.number);
      key = float_key(c.number);
      return true;
    case T::Imaginary:
      throw_syntax_error("complex numbers are not supported", c.pos);
    case T::Str:
      value = new_str(c.str);
      key = "s" + std::to_string(c.str.size()) + ":" + c.str;
      return true;
    case T::Bytes:
      value = new_bytes(c.str);
      key = "b" + std::to_string(c.str.size()) + ":" + c.str;
      return true;
  }
  return false;
}

// ------------------------------------------------------------------ module

bool CodeGenerator::has_annotations(const ast::StmtList& body) {
  using K = ast::StmtKind;
  for (const auto& s : body) {
    switch (s->kind) {
      case K::AnnAssign:
        return true;
      case K::For: {
        const auto& f = static_cast<const ast::For&>(*s);
        if (has_annotations(f.body) || has_annotations(f.orelse)) return true;
        break;
      }
      case K::While: {
        const auto& w = static_cast<const ast::While&>(*s);
        if (has_annotations(w.body) || has_annotations(w.orelse)) return true;
        break;
      }
      case K::If: {
        const auto& i = static_cast<const ast::If&>(*s);
        if (has_annotations(i.body) || has_annotations(i.orelse)) return true;
        break;
      }
      case K::With:
        if (has_annotations(static_cast<const ast::With&>(*s).body)) return true;
        break;
      case K::Try: {
        const auto& t = static_cast<const ast::Try&>(*s);
        if (has_annotations(t.body) || has_annotations(t.orelse) || has_annotations(t.finalbody)) return true;
        for (const auto& h : t.handlers)
          if (has_annotations(h.body)) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

namespace {

const ast::Constant* docstring_of(const ast::StmtList& body) {
  if (body.empty() || body[0]->kind != ast::StmtKind::Expr) return nullptr;
  const ast::Expr& e = *static_cast<const ast::ExprStmt&>(*body[0]).value;
  if (e.kind != ast::ExprKind::Constant) return nullptr;
  const auto& c = static_cast<const ast::Constant&>(e);
  return c.type == ast::Constant::Type::Str ? &c : nullptr;
}

}  // namespace

// Module and class bodies: SETUP_ANNOTATIONS if needed, the docstring stored
// as __doc__, then the statements.
void CodeGenerator::compile_body_with_docstring(const ast::StmtList& body, bool store_doc) {
  if (has_annotations(body)) {
    set_no_loc();
    emit(Op::SETUP_ANNOTATIONS);
  }
  size_t first = 0;
  if (store_doc) {
    if (const ast::Constant* doc = docstring_of(body)) {
      set_loc(body[0]->pos);
      load_str(doc->str);
      name_op("__doc__", ast::Ctx::Store);
      if (u().kind == UnitKind::Class) u().docstring = new_str(doc->str);
      first = 1;
    }
  }
  for (size_t i = first; i < body.size(); ++i) compile_stmt(*body[i]);
}

Ref CodeGenerator::compile_module(const ast::Module& module) {
  enter_unit(UnitKind::Module, "<module>", nullptr, 1);
  if (mode_ == ParseMode::Eval) {
    const auto& stmt = static_cast<const ast::ExprStmt&>(*module.body.at(0));
    compile_expr(*stmt.value);
    emit(Op::RETURN_VALUE);
  } else {
    if (!module.body.empty()) u().loc = to_source_pos(module.body[0]->pos);
    compile_body_with_docstring(module.body, mode_ == ParseMode::File);
    load_none();
    emit(Op::RETURN_VALUE);
  }
  return leave_unit();
}

// ------------------------------------------------------------------ functions

// Defaults tuple, kw-only defaults dict and annotations dict, in the order
// MAKE_FUNCTION pops them.
uint32_t CodeGenerator::function_prelude(const ast::Arguments& args, const ast::ExprPtr* returns) {
  uint32_t flags = 0;
  if (!args.defaults.empty()) {
    Ref folded = new_tuple(static_cast<int64_t>(args.defaults.size()));
    std::string key = "t(";
    bool constant = true;
    for (size_t i = 0; i < args.defaults.size() && constant; ++i) {
      Ref item;
      std::string item_key;
      constant = constant_value(*args.defaults[i], item, item_key);
      if (constant) tuple_init_item(folded, static_cast<int64_t>(i), std::move(item));
      key += item_key + ",";
    }
    if (constant)
      load_const(std::move(folded), key + ")");
    else
      compile_sequence(args.defaults, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
    flags |= 1;
  }
  int nkw = 0;
  for (size_t i = 0; i < args.kwonlyargs.size(); ++i) {
    if (i >= args.kw_defaults.size() || !args.kw_defaults[i]) continue;
    load_str(mangled(args.kwonlyargs[i].name));
    compile_expr(*args.kw_defaults[i]);
    ++nkw;
  }
  if (nkw) {
    emit(Op::BUILD_MAP, nkw);
    flags |= 2;
  }
  if (returns) {  // lambdas have no annotations
    int nann = 0;
    auto annotate = [&](const ast::Arg& a) {
      if (!a.annotation) return;
      load_str(mangled(a.name));
      compile_expr(*a.annotation);
      ++nann;
    };
    // CPython's order: args, posonlyargs, *args, kwonlyargs, **kwargs, return.
    for (const auto& a : args.args) annotate(a);
    for (const auto& a : args.posonlyargs) annotate(a);
    if (args.vararg) annotate(*args.vararg);
    for (const auto& a : args.kwonlyargs) annotate(a);
    if (args.kwarg) annotate(*args.kwarg);
    if (*returns) {
      load_str("return");
      compile_expr(**returns);
      ++nann;
    }
    if (nann) {
      emit(Op::BUILD_MAP, nann);
      flags |= 4;
    }
  }
  return flags;
}

void CodeGenerator::set_parameters(const ast::Arguments& args) {
  u().posonlyargcount = static_cast<int>(args.posonlyargs.size());
  u().argcount = static_cast<int>(args.posonlyargs.size() + args.args.size());
  u().kwonlyargcount = static_cast<int>(args.kwonlyargs.size());
  if (args.vararg) u().flags |= kCodeVarargs;
  if (args.kwarg) u().flags |= kCodeVarkeywords;
}

void CodeGenerator::make_closure(Ref code, uint32_t flags) {
  const auto* co = code.as<CodeObject>();
  if (!co->freevars.empty()) {
    for (const Ref& free : co->freevars) emit(Op::LOAD_CLOSURE, deref_index(std::string(str_view(free))));
    emit(Op::BUILD_TUPLE, static_cast<uint32_t>(co->freevars.size()));
    flags |= 8;
  }
  load_const(std::move(code), "c" + std::to_string(code_serial_++));
  emit(Op::MAKE_FUNCTION, flags);
}

// Decorators were evaluated (each followed by PUSH_NULL) before the function
// was made; call them innermost first, each at its own position.
void CodeGenerator::apply_decorators(const ast::ExprList& decorators) {
  for (auto it = decorators.rbegin(); it != decorators.rend(); ++it) {
    set_loc((*it)->pos);
    emit(Op::CALL, 1);
  }
}

void CodeGenerator::compile_function(const ast::FunctionDef& f) {
  if (f.is_async) throw_syntax_error("async functions are not supported yet", f.pos);
  for (const auto& d : f.decorator_list) {
    compile_expr(*d);
    set_loc(d->pos);
    emit(Op::PUSH_NULL);
  }
  set_loc(f.pos);
  uint32_t flags = function_prelude(f.args, &f.returns);
  int firstlineno = f.decorator_list.empty() ? f.pos.line : f.decorator_list[0]->pos.line;
  enter_unit(UnitKind::Function, f.name, &f, firstlineno);
  set_parameters(f.args);
  size_t first = 0;
  if (const ast::Constant* doc = docstring_of(f.body)) {
    u().docstring = new_str(doc->str);
    first = 1;
  }
  for (size_t i = first; i < f.body.size(); ++i) compile_stmt(*f.body[i]);
  load_none();
  emit(Op::RETURN_VALUE);
  Ref code = leave_unit();
  set_loc(f.pos);
  make_closure(std::move(code), flags);
  apply_decorators(f.decorator_list);
  set_loc(f.pos);
  name_op(f.name, ast::Ctx::Store);
}

void CodeGenerator::compile_lambda(const ast::Lambda& l) {
  uint32_t flags = function_prelude(l.args, nullptr);
  enter_unit(UnitKind::Lambda, "<lambda>", &l, l.pos.line);
  set_parameters(l.args);
  compile_expr(*l.body);
  set_loc(l.body->pos);
  emit(Op::RETURN_VALUE);
  Ref code = leave_unit();
  set_loc(l.pos);
  make_closure(std::move(code), flags);
}

void CodeGenerator::compile_class(const ast::ClassDef& c) {
  for (const auto& d : c.decorator_list) {
    compile_expr(*d);
    set_loc(d->pos);
    emit(Op::PUSH_NULL);
  }
  int firstlineno = c.decorator_list.empty() ? c.pos.line : c.decorator_list[0]->pos.line;
  enter_unit(UnitKind::Class, c.name, &c, firstlineno);
  set_loc(c.pos);
  emit_name(Op::LOAD_NAME, "__name__");
  emit_name(Op::STORE_NAME, "__module__");
  load_str(u().qualname);
  emit_name(Op::STORE_NAME, "__qualname__");
  compile_body_with_docstring(c.body, true);
  set_no_loc();
  if (u().scope->needs_class_closure) {
    // Hand the __class__ cell to type.__new__, which fills it with the new class.
    emit(Op::LOAD_CLOSURE, deref_index("__class__"));
    emit(Op::COPY, 1);
    emit_name(Op::STORE_NAME, "__classcell__");
  } else {
    load_none();
  }
  emit(Op::RETURN_VALUE);
  Ref code = leave_unit();

  set_loc(c.pos);
  emit(Op::LOAD_BUILD_CLASS);
  emit(Op::PUSH_NULL);
  make_closure(std::move(code), 0);
  load_str(c.name);
  call_helper(2, c.bases, c.keywords);
  apply_decorators(c.decorator_list);
  set_loc(c.pos);
  name_op(c.name, ast::Ctx::Store);
}

// ------------------------------------------------------------------ comprehensions

void CodeGenerator::compile_comprehension(const ast::Expr& node, const std::vector<ast::Comprehension>& generators,
                                          const ast::Expr* elt, const ast::Expr* value) {
  static const char* const kNames[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
  using K = ast::ExprKind;
  int which = node.kind == K::ListComp ? 0 : node.kind == K::SetComp ? 1 : node.kind == K::DictComp ? 2 : 3;
  for (const auto& gen : generators)
    if (gen.is_async) throw_syntax_error("asynchronous comprehensions are not supported yet", node.pos);
  enter_unit(UnitKind::Comprehension, kNames[which], &node, node.pos.line);
  u().argcount = 1;
  set_loc(node.pos);
  static constexpr Op kBuild[] = {Op::BUILD_LIST, Op::BUILD_SET, Op::BUILD_MAP};
  if (which < 3) emit(kBuild[which], 0);
  comprehension_loop(generators, 0, 0, node, elt, value);
  set_loc(node.pos);
  if (which < 3) {
    emit(Op::RETURN_VALUE);
  } else {
    load_none();
    emit(Op::RETURN_VALUE);
  }
  Ref code = leave_unit();
  set_loc(node.pos);
  make_closure(std::move(code), 0);
  emit(Op::PUSH_NULL);
  compile_expr(*generators[0].iter);
  set_loc(node.pos);
  emit(Op::GET_ITER);
  emit(Op::CALL, 1);
}

// One `for ... in ... if ...` level; the innermost level adds the element.
// `depth` counts the iterators on the stack above the result container.
void CodeGenerator::comprehension_loop(const std::vector<ast::Comprehension>& generators, size_t index, int depth,
                                       const ast::Expr& node, const ast::Expr* elt, const ast::Expr* value) {
  const ast::Comprehension& gen = generators[index];
  Label start = new_label(), cleanup = new_label(), anchor = new_label();
  if (index == 0) {
    emit(Op::LOAD_FAST, 0);  // the implicit `.0` argument: the outermost iterator
  } else {
    compile_expr(*gen.iter);
    set_loc(node.pos);
    emit(Op::GET_ITER);
  }
  ++depth;
  bind(start);
  set_loc(node.pos);
  emit_jump(Op::FOR_ITER, anchor);
  compile_store(*gen.target);
  for (const auto& cond : gen.ifs) compile_jump_if(*cond, cleanup, false);
  if (index + 1 < generators.size()) {
    comprehension_loop(generators, index + 1, depth, node, elt, value);
  } else {
    switch (node.kind) {
      case ast::ExprKind::GeneratorExp:
        compile_expr(*elt);
        set_loc(elt->pos);
        emit(Op::YIELD_VALUE, 0);
        emit(Op::POP_TOP);
        break;
      case ast::ExprKind::ListComp:
        compile_expr(*elt);
        set_loc(node.pos);
        emit(Op::LIST_APPEND, depth + 1);
        break;
      case ast::ExprKind::SetComp:
        compile_expr(*elt);
        set_loc(node.pos);
        emit(Op::SET_ADD, depth + 1);
        break;
      default:  // DictComp: the key is evaluated before the value
        compile_expr(*elt);
        compile_expr(*value);
        set_loc(node.pos);
        emit(Op::MAP_ADD, depth + 1);
        break;
    }
  }
  bind(cleanup);
  set_loc(node.pos);
  jump(start);
  bind(anchor);
}

}  // namespace gilt
