// Scope analysis: for every scope (module, class body, function, lambda,
// comprehension) and every name used in it, decide whether the name is a
// local, a global, a cell (a local captured by an inner scope) or a free
// variable (captured from an enclosing function).
//
// This follows CPython's Python/symtable.c: a first walk records how each
// name is used in each scope (bound, used, declared global/nonlocal, a
// parameter...), then an analysis pass resolves the scopes top-down, passing
// the names bound in enclosing functions to the children and the free names
// of the children back up. Class scopes are skipped by the name resolution of
// the functions they contain, except for the implicit `__class__` cell.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "grammar/ast.h"

namespace gilt {

enum class ScopeKind : uint8_t { Module, Class, Function };

// Where a name lives, as seen from one scope.
enum class NameScope : uint8_t { Local, GlobalExplicit, GlobalImplicit, Free, Cell };

// How a name is used in one scope (CPython's DEF_* flags).
enum SymbolFlag : uint32_t {
  kDefGlobal = 1 << 0,     // `global` declaration
  kDefLocal = 1 << 1,      // assigned, deleted, bound by for/with/except/def/class
  kDefParam = 1 << 2,      // a parameter
  kDefNonlocal = 1 << 3,   // `nonlocal` declaration
  kUse = 1 << 4,           // read
  kDefFreeClass = 1 << 5,  // class scope: also free for the methods (closure passthrough)
  kDefImport = 1 << 6,     // bound by import
  kDefAnnot = 1 << 7,      // annotated
  kDefCompIter = 1 << 8,   // a comprehension's iteration variable
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

struct Symbol {
  uint32_t flags = 0;
  NameScope scope = NameScope::GlobalImplicit;
};

struct SymbolScope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;                 // function/class name, "lambda", "listcomp", ...
  std::unordered_map<std::string, Symbol> symbols;  // keyed by the mangled name
  std::vector<std::string> symbol_order;            // names in first-seen order
  std::vector<std::string> params;  // co_varnames prefix, in order
  std::vector<SymbolScope*> children;
  // The class name used for private-name mangling inside this scope, or empty.
  std::string private_name;
  bool nested = false;         // inside a function (CO_NESTED)
  bool generator = false;      // contains yield (or is a generator expression)
  bool coroutine = false;      // async def
  bool comprehension = false;  // list/set/dict comprehension or generator expression
  bool needs_class_closure = false;  // class body whose methods use __class__/super
  bool has_free = false;             // uses a free variable
  bool child_free = false;           // some child scope uses free variables

  NameScope scope_of(const std::string& mangled) const;
  uint32_t flags_of(const std::string& mangled) const;
  // The analysed cell and free variable names, in CPython's (sorted) order.
  std::vector<std::string> cellvars() const;
  std::vector<std::string> freevars() const;
};

// The scopes of one module, owned here and found by the AST node that opens them.
class SymbolTable {
 public:
  // Builds and analyses the table. Throws CompileError.
  static std::unique_ptr<SymbolTable> build(const ast::Module& module);

  SymbolScope* module_scope() const { return scopes_.front().get(); }
  // The scope opened by a FunctionDef, ClassDef, Lambda or comprehension node.
  SymbolScope* scope_for(const void* node) const;

 private:
  friend class SymbolTableBuilder;
  std::vector<std::unique_ptr<SymbolScope>> scopes_;
  std::unordered_map<const void*, SymbolScope*> by_node_;
};

// Private name mangling: inside class `Cls`, `__x` becomes `_Cls__x`.
std::string mangle(const std::string& private_name, const std::string& name);

}  // namespace gilt
