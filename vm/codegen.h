// The code generator behind compile() (compiler.h). Internal to vm/: split
// across codegen.cpp (units, names, constants, functions, classes,
// comprehensions), codegen_stmt.cpp and codegen_expr.cpp.
//
// One CodeUnit per scope being compiled, stacked as the walk enters nested
// functions and classes. Each unit owns an Assembler (assembler.h) and the
// tables that become the CodeObject's consts/names/varnames.
//
// Control flow that leaves a block early (return, break, continue) must undo
// what the blocks it leaves set up; like CPython, the compiler keeps a stack
// of "frame blocks" (FBlock) describing them, innermost last.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "grammar/ast.h"
#include "grammar/parse.h"
#include "runtime/object.h"
#include "vm/assembler.h"
#include "vm/code.h"
#include "vm/symtable.h"

namespace gilt {

enum class UnitKind : uint8_t { Module, Class, Function, Lambda, Comprehension };

enum class FBlockKind : uint8_t {
  WhileLoop,
  ForLoop,          // the iterator sits on the stack
  TryExcept,        // the body of a try with except clauses
  FinallyTry,       // a body protected by `finally` (node: the Try)
  FinallyEnd,       // the finally body on the exception path: [prev_exc, exc] on the stack
  With,             // a with body: the bound __exit__ on the stack (node: the With)
  HandlerCleanup,   // an except clause body: prev_exc on the stack (name: the `as` name)
  ExceptionHandler, // between PUSH_EXC_INFO and the clause bodies
  PopValue,         // a value to drop (a return value waiting for a finally body)
  ExceptStarBody,   // an except* clause body: nothing may jump out of it
};

struct FBlock {
  FBlockKind kind;
  Label start;                  // loops: the `continue` target
  Label exit;                   // loops: the `break` target
  size_t handlers_before = 0;   // handler-stack size to restore when unwinding this block
  const ast::Stmt* node = nullptr;
  std::string name;
};

struct CodeUnit {
  UnitKind kind = UnitKind::Module;
  SymbolScope* scope = nullptr;
  std::string name, qualname;
  int firstlineno = 1;
  Assembler as;
  SourcePos loc;  // the position given to emitted instructions

  std::vector<Ref> consts;
  std::unordered_map<std::string, uint32_t> const_index;  // by const_key()
  std::vector<Ref> names;
  std::unordered_map<std::string, uint32_t> name_index;
  std::vector<std::string> varnames;
  std::unordered_map<std::string, uint32_t> varname_index;
  std::vector<std::string> cellvars, freevars;
  std::vector<FBlock> fblocks;
  Ref docstring;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  uint32_t flags = 0;
};

class CodeGenerator {
 public:
  CodeGenerator(const SymbolTable& symbols, std::string filename, ParseMode mode,
                std::shared_ptr<const std::string> source);
  Ref compile_module(const ast::Module& module);

 private:
  const SymbolTable& symbols_;
  std::string filename_;
  ParseMode mode_;
  std::shared_ptr<const std::string> source_;
  std::vector<std::unique_ptr<CodeUnit>> units_;
  int depth_ = 0;  // recursion guard for the AST walk
  int code_serial_ = 0;

  CodeUnit& u() { return *units_.back(); }
  Assembler& as() { return units_.back()->as; }

  // ---- units (codegen.cpp)
  void enter_unit(UnitKind kind, const std::string& name, const void* node, int firstlineno);
  Ref leave_unit();  // assembles the current unit into a CodeObject
  std::string qualname_for(UnitKind kind, const std::string& name) const;

  // ---- emission helpers (codegen.cpp)
  void emit(Op op, uint32_t arg = 0) { as().emit(op, arg, u().loc); }
  void emit_jump(Op op, Label target) { as().emit_jump(op, target, u().loc); }
  // An unconditional jump, forward or backward depending on whether `target` is bound yet.
  void jump(Label target);
  // [receiver, first value] -> [result]: the loop of `yield from` (and `await`).
  void yield_from_loop();
  Label new_label() { return as().new_label(); }
  void bind(Label label) { as().bind(label); }
  void set_loc(const ast::Pos& pos) { u().loc = to_source_pos(pos); }
  void set_no_loc() { u().loc = SourcePos{}; }
  static SourcePos to_source_pos(const ast::Pos& pos) { return SourcePos{pos.line, pos.end_line, pos.col, pos.end_col}; }

  uint32_t add_const(Ref value, const std::string& key);
  void load_const(Ref value, const std::string& key) { emit(Op::LOAD_CONST, add_const(std::move(value), key)); }
  void load_none();
  void load_int(int64_t v);
  void load_str(const std::string& s);
  uint32_t str_tuple_const(const std::vector<std::string>& items);
  uint32_t add_name(const std::string& name);
  uint32_t add_varname(const std::string& name);
  uint32_t deref_index(const std::string& name) const;
  std::string mangled(const std::string& name) const;
  void name_op(const std::string& name, ast::Ctx ctx);
  void emit_name(Op op, const std::string& name) { emit(op, add_name(name)); }

  // ---- constants and folding (codegen.cpp)
  // Whether `e` is a constant (or a tuple of constants, recursively) and its value/key.
  bool constant_value(const ast::Expr& e, Ref& value, std::string& key);

  // ---- functions, classes, comprehensions (codegen.cpp)
  void compile_function(const ast::FunctionDef& f);
  void compile_lambda(const ast::Lambda& l);
  void compile_class(const ast::ClassDef& c);
  void compile_comprehension(const ast::Expr& node, const std::vector<ast::Comprehension>& generators,
                             const ast::Expr* elt, const ast::Expr* value);
  void comprehension_loop(const std::vector<ast::Comprehension>& generators, size_t index, int depth,
                          const ast::Expr& node, const ast::Expr* elt, const ast::Expr* value);
  // Pushes defaults/kwdefaults/annotations; returns MAKE_FUNCTION flags so far.
  uint32_t function_prelude(const ast::Arguments& args, const ast::ExprPtr* returns);
  void set_parameters(const ast::Arguments& args);
  // Emits the closure tuple (if needed) and MAKE_FUNCTION for `code`.
  void make_closure(Ref code, uint32_t flags);
  void apply_decorators(const ast::ExprList& decorators);
  void compile_body_with_docstring(const ast::StmtList& body, bool store_doc);
  static bool has_annotations(const ast::StmtList& body);

  // ---- statements (codegen_stmt.cpp)
  void compile_stmts(const ast::StmtList& body);
  void compile_stmt(const ast::Stmt& s);
  void compile_return(const ast::Return& s);
  void compile_break(const ast::Stmt& s);
  void compile_continue(const ast::Stmt& s);
  void compile_if(const ast::If& s);
  void compile_while(const ast::While& s);
  void compile_for(const ast::For& s);
  void compile_try(const ast::Try& s);
  void compile_try_except(const ast::Try& s);
  void compile_try_finally(const ast::Try& s);
  void compile_try_star(const ast::Try& s);
  // SyntaxError for return/break/continue leaving an except* clause body.
  void check_not_leaving_except_star(const ast::Pos& pos, bool stop_at_loop);
  void compile_with(const ast::With& s, size_t item);
  void call_exit_none();
  void compile_assign(const ast::Assign& s);
  void compile_aug_assign(const ast::AugAssign& s);
  void compile_ann_assign(const ast::AnnAssign& s);
  void compile_delete(const ast::Expr& target);
  void compile_import(const ast::Import& s);
  void compile_import_from(const ast::ImportFrom& s);
  void compile_assert(const ast::Assert& s);
  void compile_raise(const ast::Raise& s);
  void compile_expr_stmt(const ast::ExprStmt& s);

  // fblock stack and unwinding (codegen_stmt.cpp)
  void push_fblock(FBlockKind kind, Label start, Label exit, size_t handlers_before,
                   const ast::Stmt* node = nullptr, std::string name = {});
  void pop_fblock() { u().fblocks.pop_back(); }
  void unwind_fblock(const FBlock& block, bool preserve_tos);
  // Unwinds every block up to (not including) the innermost loop when
  // `stop_at_loop`; returns that loop's index or -1.
  int unwind_fblock_stack(bool preserve_tos, bool stop_at_loop);

  // ---- expressions (codegen_expr.cpp)
  void compile_expr(const ast::Expr& e);
  void compile_store(const ast::Expr& target);
  void compile_unpack_store(const ast::ExprList& elts, const ast::Expr& node);
  void compile_call(const ast::Call& c);
  // Emits the call of a callable (and self-or-null) already on the stack with
  // `pushed` positional arguments already pushed, plus `args`/`keywords`.
  void call_helper(int pushed, const ast::ExprList& args, const std::vector<ast::Keyword>& keywords);
  void check_keywords(const std::vector<ast::Keyword>& keywords);
  void star_args_helper(int pushed, const ast::ExprList& args);
  void kwargs_dict_helper(const std::vector<ast::Keyword>& keywords);
  void compile_sequence(const ast::ExprList& elts, Op build, Op add, Op extend, bool to_tuple);
  void compile_dict(const ast::Dict& d);
  void compile_compare(const ast::Compare& c);
  void compare_op(ast::CmpOpKind op);
  void compile_bool_op(const ast::BoolOp& b);
  void compile_subscript_key(const ast::Expr& slice);
  void compile_joined_str(const ast::JoinedStr& j);
  void compile_formatted_value(const ast::FormattedValue& f);
  // Evaluates `e` and jumps to `target` if its truth equals `jump_if`.
  void compile_jump_if(const ast::Expr& e, Label target, bool jump_if);
};

}  // namespace gilt
