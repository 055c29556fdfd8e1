// Scope analysis (see symtable.h). Pass 1 (SymbolTableBuilder) walks the AST
// and records per-scope symbol flags; pass 2 (Analyzer) resolves each name's
// NameScope, as CPython's analyze_block/analyze_name do.
#include "vm/symtable.h"

#include <algorithm>
#include <set>

#include "vm/compile_error.h"

namespace gilt {

std::string mangle(const std::string& private_name, const std::string& name) {
  if (private_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  // Dunder names and dotted (import) names are left alone.
  if ((name.size() >= 4 && name.ends_with("__")) || name.find('.') != std::string::npos) return name;
  size_t skip = private_name.find_first_not_of('_');
  if (skip == std::string::npos) return name;  // the class name is all underscores
  return "_" + private_name.substr(skip) + name;
}

NameScope SymbolScope::scope_of(const std::string& mangled) const {
  auto it = symbols.find(mangled);
  return it == symbols.end() ? NameScope::GlobalImplicit : it->second.scope;
}

uint32_t SymbolScope::flags_of(const std::string& mangled) const {
  auto it = symbols.find(mangled);
  return it == symbols.end() ? 0 : it->second.flags;
}

std::vector<std::string> SymbolScope::cellvars() const {
  std::vector<std::string> out;
  for (const auto& [symbol, sym] : symbols)
    if (sym.scope == NameScope::Cell) out.push_back(symbol);
  if (needs_class_closure) out.push_back("__class__");
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> SymbolScope::freevars() const {
  std::vector<std::string> out;
  for (const auto& [symbol, sym] : symbols)
    if (sym.scope == NameScope::Free || (sym.flags & kDefFreeClass)) out.push_back(symbol);
  std::sort(out.begin(), out.end());
  return out;
}

SymbolScope* SymbolTable::scope_for(const void* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

// ------------------------------------------------------------------ pass 1

class SymbolTableBuilder {
 public:
  explicit SymbolTableBuilder(SymbolTable& table) : table_(table) {}

  void build(const ast::Module& module) {
    enter(ScopeKind::Module, "top", nullptr);
    for (const auto& s : module.body) visit(*s);
    leave();
  }

  // The position of the first global/nonlocal statement naming a symbol, for errors.
  std::unordered_map<const SymbolScope*, std::unordered_map<std::string, ast::Pos>> directives;

 private:
  SymbolTable& table_;
  std::vector<SymbolScope*> stack_;
  int depth_ = 0;
  bool in_comp_iter_target_ = false;
  int comp_iter_expr_ = 0;  // > 0 while visiting a comprehension's iterable

  SymbolScope* cur() { return stack_.back(); }

  void enter(ScopeKind kind, std::string name, const void* node) {
    auto scope = std::make_unique<SymbolScope>();
    scope->kind = kind;
    scope->name = std::move(name);
    if (!stack_.empty()) {
      SymbolScope* parent = cur();
      scope->nested = parent->nested || parent->kind == ScopeKind::Function;
      scope->private_name = parent->private_name;
      parent->children.push_back(scope.get());
    }
    stack_.push_back(scope.get());
    if (node) table_.by_node_[node] = scope.get();
    table_.scopes_.push_back(std::move(scope));
  }
  void leave() { stack_.pop_back(); }

  void add_def(const std::string& raw, uint32_t flag, const ast::Pos& pos) { add_def_in(cur(), raw, flag, pos); }

  void add_def_in(SymbolScope* scope, const std::string& raw, uint32_t flag, const ast::Pos& pos) {
    std::string name = mangle(scope->private_name, raw);
    auto [it, inserted] = scope->symbols.try_emplace(name);
    if (inserted) scope->symbol_order.push_back(name);
    Symbol& sym = it->second;
    if ((flag & kDefParam) && (sym.flags & kDefParam))
      throw_syntax_error("duplicate argument '" + name + "' in function definition", pos);
    if (flag & kDefParam) scope->params.push_back(name);
    if ((flag & kDefLocal) && in_comp_iter_target_) flag |= kDefCompIter;
    sym.flags |= flag;
  }

  void visit_body(const ast::StmtList& body) {
    for (const auto& s : body) visit(*s);
  }
  void visit_exprs(const ast::ExprList& list) {
    for (const auto& e : list)
      if (e) visit(*e);
  }
  void visit_opt(const ast::ExprPtr& e) {
    if (e) visit(*e);
  }

  void visit_defaults(const ast::Arguments& args) {
    visit_exprs(args.defaults);
    visit_exprs(args.kw_defaults);
  }
  void visit_annotations(const ast::Arguments& args, const ast::ExprPtr& returns) {
    auto each = [&](const ast::Arg& a) { visit_opt(a.annotation); };
    for (const auto& a : args.posonlyargs) each(a);
    for (const auto& a : args.args) each(a);
    if (args.vararg) each(*args.vararg);
    for (const auto& a : args.kwonlyargs) each(a);
    if (args.kwarg) each(*args.kwarg);
    visit_opt(returns);
  }
  void visit_params(const ast::Arguments& args) {
    for (const auto& a : args.posonlyargs) add_def(a.name, kDefParam, a.pos);
    for (const auto& a : args.args) add_def(a.name, kDefParam, a.pos);
    for (const auto& a : args.kwonlyargs) add_def(a.name, kDefParam, a.pos);
    if (args.vararg) add_def(args.vararg->name, kDefParam, args.vararg->pos);
    if (args.kwarg) add_def(args.kwarg->name, kDefParam, args.kwarg->pos);
  }

  void declare(const std::string& raw, bool global, const ast::Stmt& s) {
    std::string name = mangle(cur()->private_name, raw);
    uint32_t flags = cur()->flags_of(name);
    const char* what = global ? "global" : "nonlocal";
    if (flags & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
      std::string msg;
      if (flags & kDefParam)
        msg = "name '" + name + "' is parameter and " + what;
      else if (flags & kUse)
        msg = "name '" + name + "' is used prior to " + what + " declaration";
      else if (flags & kDefAnnot)
        msg = "annotated name '" + name + "' can't be " + what;
      else
        msg = "name '" + name + "' is assigned to before " + what + " declaration";
      throw_syntax_error(msg, s.pos);
    }
    add_def(raw, global ? kDefGlobal : kDefNonlocal, s.pos);
    directives[cur()].try_emplace(name, s.pos);
  }

  void visit(const ast::Stmt& s) {
    NestingGuard guard(depth_, s.pos);
    using K = ast::StmtKind;
    switch (s.kind) {
      case K::FunctionDef: {
        const auto& f = static_cast<const ast::FunctionDef&>(s);
        add_def(f.name, kDefLocal, f.pos);
        visit_defaults(f.args);
        visit_annotations(f.args, f.returns);
        visit_exprs(f.decorator_list);
        enter(ScopeKind::Function, f.name, &f);
        cur()->coroutine = f.is_async;
        visit_params(f.args);
        visit_body(f.body);
        leave();
        break;
      }
      case K::ClassDef: {
        const auto& c = static_cast<const ast::ClassDef&>(s);
        add_def(c.name, kDefLocal, c.pos);
        visit_exprs(c.bases);
        for (const auto& k : c.keywords) visit(*k.value);
        visit_exprs(c.decorator_list);
        enter(ScopeKind::Class, c.name, &c);
        cur()->private_name = c.name;
        visit_body(c.body);
        leave();
        break;
      }
      case K::Return:
        visit_opt(static_cast<const ast::Return&>(s).value);
        break;
      case K::Delete:
        visit_exprs(static_cast<const ast::Delete&>(s).targets);
        break;
      case K::Assign: {
        const auto& a = static_cast<const ast::Assign&>(s);
        visit_exprs(a.targets);
        visit(*a.value);
        break;
      }
      case K::AugAssign: {
        const auto& a = static_cast<const ast::AugAssign&>(s);
        visit(*a.target);
        visit(*a.value);
        break;
      }
      case K::AnnAssign: {
        const auto& a = static_cast<const ast::AnnAssign&>(s);
        if (a.target->kind == ast::ExprKind::Name) {
          const auto& target = static_cast<const ast::Name&>(*a.target);
          std::string name = mangle(cur()->private_name, target.id);
          uint32_t flags = cur()->flags_of(name);
          if ((flags & (kDefGlobal | kDefNonlocal)) && cur()->kind != ScopeKind::Module) {
            throw_syntax_error("annotated name '" + name + "' can't be " +
                                   ((flags & kDefGlobal) ? "global" : "nonlocal"),
                               s.pos);
          }
          if (a.simple)
            add_def(target.id, kDefAnnot | kDefLocal, target.pos);
          else if (a.value)
            add_def(target.id, kDefLocal, target.pos);
        } else {
          visit(*a.target);
        }
        visit(*a.annotation);
        visit_opt(a.value);
        break;
      }
      case K::For: {
        const auto& f = static_cast<const ast::For&>(s);
        visit(*f.target);
        visit(*f.iter);
        visit_body(f.body);
        visit_body(f.orelse);
        break;
      }
      case K::While: {
        const auto& w = static_cast<const ast::While&>(s);
        visit(*w.test);
        visit_body(w.body);
        visit_body(w.orelse);
        break;
      }
      case K::If: {
        const auto& i = static_cast<const ast::If&>(s);
        visit(*i.test);
        visit_body(i.body);
        visit_body(i.orelse);
        break;
      }
      case K::With: {
        const auto& w = static_cast<const ast::With&>(s);
        for (const auto& item : w.items) {
          visit(*item.context_expr);
          visit_opt(item.optional_vars);
        }
        visit_body(w.body);
        break;
      }
      case K::Raise: {
        const auto& r = static_cast<const ast::Raise&>(s);
        visit_opt(r.exc);
        visit_opt(r.cause);
        break;
      }
      case K::Try: {
        const auto& t = static_cast<const ast::Try&>(s);
        visit_body(t.body);
        for (const auto& h : t.handlers) {
          visit_opt(h.type);
          if (!h.name.empty()) add_def(h.name, kDefLocal, h.pos);
          visit_body(h.body);
        }
        visit_body(t.orelse);
        visit_body(t.finalbody);
        break;
      }
      case K::Assert: {
        const auto& a = static_cast<const ast::Assert&>(s);
        visit(*a.test);
        visit_opt(a.msg);
        break;
      }
      case K::Import:
        for (const auto& alias : static_cast<const ast::Import&>(s).names) {
          // `import a.b` binds `a`.
          std::string bound = alias.asname.empty() ? alias.name.substr(0, alias.name.find('.')) : alias.asname;
          add_def(bound, kDefImport, alias.pos);
        }
        break;
      case K::ImportFrom:
        for (const auto& alias : static_cast<const ast::ImportFrom&>(s).names) {
          if (alias.name == "*") {
            if (cur()->kind != ScopeKind::Module) throw_syntax_error("import * only allowed at module level", alias.pos);
            continue;
          }
          add_def(alias.asname.empty() ? alias.name : alias.asname, kDefImport, alias.pos);
        }
        break;
      case K::Global:
        for (const auto& name : static_cast<const ast::Global&>(s).names) declare(name, true, s);
        break;
      case K::Nonlocal:
        for (const auto& name : static_cast<const ast::Nonlocal&>(s).names) declare(name, false, s);
        break;
      case K::Expr:
        visit(*static_cast<const ast::ExprStmt&>(s).value);
        break;
      case K::Pass:
      case K::Break:
      case K::Continue:
        break;
    }
  }

  void visit_comprehension(const ast::Expr& node, const char* scope_name, const char* description,
                           const std::vector<ast::Comprehension>& generators, const ast::Expr* elt,
                           const ast::Expr* value) {
    // The outermost iterable is evaluated in the enclosing scope.
    ++comp_iter_expr_;
    visit(*generators[0].iter);
    --comp_iter_expr_;
    enter(ScopeKind::Function, scope_name, &node);
    SymbolScope* scope = cur();
    scope->comprehension = true;
    scope->generator = node.kind == ast::ExprKind::GeneratorExp;
    comprehension_kinds_[scope] = description;
    add_def(".0", kDefParam, node.pos);
    for (size_t i = 0; i < generators.size(); ++i) {
      const ast::Comprehension& gen = generators[i];
      in_comp_iter_target_ = true;
      visit(*gen.target);
      in_comp_iter_target_ = false;
      if (i > 0) {
        ++comp_iter_expr_;
        visit(*gen.iter);
        --comp_iter_expr_;
      }
      visit_exprs(gen.ifs);
    }
    if (value) visit(*value);
    if (elt) visit(*elt);
    leave();
  }

  // `target := value` inside a comprehension binds in the nearest enclosing
  // function (or module) scope.
  void visit_named_expr_target(const ast::NamedExpr& e) {
    const auto& target = static_cast<const ast::Name&>(*e.target);
    if (comp_iter_expr_ > 0)
      throw_syntax_error("assignment expression cannot be used in a comprehension iterable expression", e.pos);
    if (!cur()->comprehension) {
      visit(*e.target);
      return;
    }
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      SymbolScope* scope = *it;
      if (scope->comprehension) {
        if (scope->flags_of(target.id) & kDefCompIter)
          throw_syntax_error(
              "assignment expression cannot rebind comprehension iteration variable '" + target.id + "'",
              target.pos);
        continue;
      }
      if (scope->kind == ScopeKind::Function) {
        add_def(target.id, (scope->flags_of(target.id) & kDefGlobal) ? kDefGlobal : kDefNonlocal, target.pos);
        add_def_in(scope, target.id, kDefLocal, target.pos);
        return;
      }
      if (scope->kind == ScopeKind::Module) {
        add_def(target.id, kDefGlobal, target.pos);
        add_def_in(scope, target.id, kDefGlobal, target.pos);
        return;
      }
      throw_syntax_error("assignment expression within a comprehension cannot be used in a class body", target.pos);
    }
  }

  void check_not_comprehension(const char* what, const ast::Expr& e) {
    auto it = comprehension_kinds_.find(cur());
    if (it != comprehension_kinds_.end()) throw_syntax_error(std::string("'") + what + "' inside " + it->second, e.pos);
  }

  void visit(const ast::Expr& e) {
    NestingGuard guard(depth_, e.pos);
    using K = ast::ExprKind;
    switch (e.kind) {
      case K::Name: {
        const auto& n = static_cast<const ast::Name&>(e);
        add_def(n.id, n.ctx == ast::Ctx::Load ? kUse : kDefLocal, n.pos);
        // super() needs the implicit __class__ cell of the enclosing class.
        if (n.ctx == ast::Ctx::Load && n.id == "super" && cur()->kind == ScopeKind::Function)
          add_def("__class__", kUse, n.pos);
        break;
      }
      case K::Constant:
        break;
      case K::JoinedStr:
        visit_exprs(static_cast<const ast::JoinedStr&>(e).values);
        break;
      case K::FormattedValue: {
        const auto& f = static_cast<const ast::FormattedValue&>(e);
        visit(*f.value);
        visit_opt(f.format_spec);
        break;
      }
      case K::BinOp: {
        const auto& b = static_cast<const ast::BinOp&>(e);
        visit(*b.left);
        visit(*b.right);
        break;
      }
      case K::UnaryOp:
        visit(*static_cast<const ast::UnaryOp&>(e).operand);
        break;
      case K::BoolOp:
        visit_exprs(static_cast<const ast::BoolOp&>(e).values);
        break;
      case K::Compare: {
        const auto& c = static_cast<const ast::Compare&>(e);
        visit(*c.left);
        visit_exprs(c.comparators);
        break;
      }
      case K::Call: {
        const auto& c = static_cast<const ast::Call&>(e);
        visit(*c.func);
        visit_exprs(c.args);
        for (const auto& k : c.keywords) visit(*k.value);
        break;
      }
      case K::Attribute:
        visit(*static_cast<const ast::Attribute&>(e).value);
        break;
      case K::Subscript: {
        const auto& s = static_cast<const ast::Subscript&>(e);
        visit(*s.value);
        visit(*s.slice);
        break;
      }
      case K::Slice: {
        const auto& s = static_cast<const ast::Slice&>(e);
        visit_opt(s.lower);
        visit_opt(s.upper);
        visit_opt(s.step);
        break;
      }
      case K::Starred:
        visit(*static_cast<const ast::Starred&>(e).value);
        break;
      case K::List:
        visit_exprs(static_cast<const ast::List&>(e).elts);
        break;
      case K::Tuple:
        visit_exprs(static_cast<const ast::Tuple&>(e).elts);
        break;
      case K::Set:
        visit_exprs(static_cast<const ast::Set&>(e).elts);
        break;
      case K::Dict: {
        const auto& d = static_cast<const ast::Dict&>(e);
        visit_exprs(d.keys);
        visit_exprs(d.values);
        break;
      }
      case K::ListComp: {
        const auto& c = static_cast<const ast::ListComp&>(e);
        visit_comprehension(e, "listcomp", "list comprehension", c.generators, c.elt.get(), nullptr);
        break;
      }
      case K::SetComp: {
        const auto& c = static_cast<const ast::SetComp&>(e);
        visit_comprehension(e, "setcomp", "set comprehension", c.generators, c.elt.get(), nullptr);
        break;
      }
      case K::DictComp: {
        const auto& c = static_cast<const ast::DictComp&>(e);
        visit_comprehension(e, "dictcomp", "dict comprehension", c.generators, c.key.get(), c.value.get());
        break;
      }
      case K::GeneratorExp: {
        const auto& c = static_cast<const ast::GeneratorExp&>(e);
        visit_comprehension(e, "genexpr", "generator expression", c.generators, c.elt.get(), nullptr);
        break;
      }
      case K::Lambda: {
        const auto& l = static_cast<const ast::Lambda&>(e);
        visit_defaults(l.args);
        enter(ScopeKind::Function, "lambda", &l);
        visit_params(l.args);
        visit(*l.body);
        leave();
        break;
      }
      case K::IfExp: {
        const auto& i = static_cast<const ast::IfExp&>(e);
        visit(*i.test);
        visit(*i.body);
        visit(*i.orelse);
        break;
      }
      case K::NamedExpr: {
        const auto& n = static_cast<const ast::NamedExpr&>(e);
        visit(*n.value);
        visit_named_expr_target(n);
        break;
      }
      case K::Yield:
        check_not_comprehension("yield", e);
        cur()->generator = true;
        visit_opt(static_cast<const ast::Yield&>(e).value);
        break;
      case K::YieldFrom:
        check_not_comprehension("yield", e);
        cur()->generator = true;
        visit(*static_cast<const ast::YieldFrom&>(e).value);
        break;
      case K::Await:
        visit(*static_cast<const ast::Await&>(e).value);
        break;
    }
  }

  std::unordered_map<const SymbolScope*, const char*> comprehension_kinds_;
};

// ------------------------------------------------------------------ pass 2

using NameSet = std::set<std::string>;

class Analyzer {
 public:
  explicit Analyzer(const SymbolTableBuilder& builder) : builder_(builder) {}

  // `bound` is null for the module scope (CPython's convention).
  void analyze(SymbolScope& scope, const NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local, new_bound, new_global, new_free;
    if (scope.kind == ScopeKind::Class) {
      new_global = global;
      if (bound) new_bound = *bound;
    }
    for (const std::string& name : scope.symbol_order) analyze_name(scope, name, bound, local, free, global);
    if (scope.kind != ScopeKind::Class) {
      if (scope.kind == ScopeKind::Function) new_bound.insert(local.begin(), local.end());
      if (bound) new_bound.insert(bound->begin(), bound->end());
      new_global.insert(global.begin(), global.end());
    } else {
      new_bound.insert("__class__");
    }
    NameSet all_free;
    for (SymbolScope* child : scope.children) {
      NameSet child_bound = new_bound, child_global = new_global, child_free;
      analyze(*child, &child_bound, child_free, child_global);
      all_free.insert(child_free.begin(), child_free.end());
      if (child->has_free || child->child_free) scope.child_free = true;
    }
    new_free.insert(all_free.begin(), all_free.end());
    if (scope.kind == ScopeKind::Function) {
      // Locals captured by children become cells.
      for (auto& [name, sym] : scope.symbols) {
        if (sym.scope == NameScope::Local && new_free.erase(name)) sym.scope = NameScope::Cell;
      }
    } else if (scope.kind == ScopeKind::Class && new_free.erase("__class__")) {
      scope.needs_class_closure = true;
    }
    record_child_frees(scope, bound, new_free);
    free.insert(new_free.begin(), new_free.end());
  }

 private:
  const SymbolTableBuilder& builder_;

  const ast::Pos& directive_pos(const SymbolScope& scope, const std::string& name) {
    static const ast::Pos kNone{};
    auto s = builder_.directives.find(&scope);
    if (s == builder_.directives.end()) return kNone;
    auto it = s->second.find(name);
    return it == s->second.end() ? kNone : it->second;
  }

  void analyze_name(SymbolScope& scope, const std::string& name, const NameSet* bound, NameSet& local,
                    NameSet& free, NameSet& global) {
    Symbol& sym = scope.symbols[name];
    if (sym.flags & kDefGlobal) {
      if (sym.flags & kDefNonlocal)
        throw_syntax_error("name '" + name + "' is nonlocal and global", directive_pos(scope, name));
      sym.scope = NameScope::GlobalExplicit;
      global.insert(name);
      return;
    }
    if (sym.flags & kDefNonlocal) {
      if (!bound) throw_syntax_error("nonlocal declaration not allowed at module level", directive_pos(scope, name));
      if (!bound->count(name))
        throw_syntax_error("no binding for nonlocal '" + name + "' found", directive_pos(scope, name));
      sym.scope = NameScope::Free;
      scope.has_free = true;
      free.insert(name);
      return;
    }
    if (sym.flags & kDefBound) {
      sym.scope = NameScope::Local;
      local.insert(name);
      global.erase(name);
      return;
    }
    if (bound && bound->count(name)) {
      sym.scope = NameScope::Free;
      scope.has_free = true;
      free.insert(name);
      return;
    }
    sym.scope = NameScope::GlobalImplicit;
  }

  // Free names of the children that this scope does not define itself pass
  // through it (as free variables) on their way to the defining function.
  static void record_child_frees(SymbolScope& scope, const NameSet* bound, const NameSet& free) {
    for (const std::string& name : free) {
      auto it = scope.symbols.find(name);
      if (it != scope.symbols.end()) {
        if (scope.kind == ScopeKind::Class && (it->second.flags & (kDefBound | kDefGlobal)))
          it->second.flags |= kDefFreeClass;
        continue;  // a cell, or already free here
      }
      if (bound && !bound->count(name)) continue;  // a global
      scope.symbols[name] = Symbol{0, NameScope::Free};
      scope.symbol_order.push_back(name);
    }
  }
};

std::unique_ptr<SymbolTable> SymbolTable::build(const ast::Module& module) {
  auto table = std::make_unique<SymbolTable>();
  SymbolTableBuilder builder(*table);
  builder.build(module);
  NameSet free, global;
  Analyzer(builder).analyze(*table->module_scope(), nullptr, free, global);
  return table;
}

}  // namespace gilt
