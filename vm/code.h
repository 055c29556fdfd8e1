// CodeObject: the compiled form of one scope (module, class body, function,
// lambda or comprehension), as CPython's code objects.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "runtime/object.h"
#include "runtime/type.h"

namespace gilt {

enum CodeFlags : uint32_t {
  kCodeOptimized = 1 << 0,    // locals are fast slots (functions); else a locals mapping
  kCodeNewLocals = 1 << 1,    // a fresh locals mapping per call (class bodies)
  kCodeVarargs = 1 << 2,      // has *args
  kCodeVarkeywords = 1 << 3,  // has **kwargs
  kCodeNested = 1 << 4,
  kCodeGenerator = 1 << 5,
  kCodeCoroutine = 1 << 6,
  kCodeAsyncGenerator = 1 << 7,
};

// Source range of one instruction word, as CPython's co_positions(): lines are
// 1-based, columns 0-based UTF-8 byte offsets, -1 when unknown.
struct SourcePos {
  int line = -1, end_line = -1, col = -1, end_col = -1;
};

// Zero-cost exception handling: when an instruction in [start, end) raises,
// the stack is cut to `depth` items, the exception is pushed and execution
// continues at `handler`. The innermost (first matching) entry wins; the
// compiler emits inner ranges before outer ones.
struct ExceptionTableEntry {
  uint32_t start, end, handler;
  uint32_t depth;
};

// The state of one cached instruction, found through the instruction's
// second word. Everything cached is borrowed and valid only while the
// versions recorded beside it still match.
struct InlineCache {
  // LOAD_GLOBAL: the dicts' versions when filled (builtins 0: found in globals).
  uint64_t globals_version = 0;
  uint64_t builtins_version = 0;
  // LOAD_ATTR / LOAD_METHOD: the receiver's type and the class epoch
  // (type_epoch()) when filled.
  const Type* type = nullptr;
  uint64_t type_epoch = 0;
  Value value;  // the global's value, or the method found on the type
  uint32_t entry_hint = 0;  // LOAD_ATTR / STORE_ATTR: the instance dict entry of the last hit
};

struct CodeObject : Object {
  std::vector<uint32_t> code;
  std::vector<SourcePos> positions;  // one per word of `code`
  std::vector<ExceptionTableEntry> exception_table;
  std::vector<Ref> consts;    // any immutable values, CodeObjects, kwnames tuples
  std::vector<Ref> names;     // interned strs: globals, attributes, imports
  std::vector<Ref> varnames;  // interned strs: locals, parameters first
  std::vector<Ref> cellvars;  // interned strs: locals captured by inner scopes
  std::vector<Ref> freevars;  // interned strs: variables of enclosing scopes
  // For each cellvar, the index of the parameter it starts as, or -1.
  std::vector<int> cell2arg;
  int argcount = 0;         // positional parameters, including positional-only
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  uint32_t flags = 0;
  int stacksize = 0;   // maximum value-stack depth
  int ncaches = 0;     // number of inline cache entries (arg2 of cached instructions)
  int firstlineno = 1;
  std::string name;      // co_name
  std::string qualname;  // co_qualname
  std::string filename;  // co_filename
  Ref docstring;         // a str, or null when the body does not start with one
  // The source text, kept so tracebacks can show lines of files that have
  // since changed and of `-c` strings. Shared by every code object of a module.
  std::shared_ptr<const std::string> source;
  std::unique_ptr<InlineCache[]> caches;  // ncaches entries, created on first use

 private:
  int nlocals_ = 0, ncells_ = 0, nfrees_ = 0;
  int fast_argcount_ = -1;
 public:

  // Slot counts, cached by finish() because frames use them on every call.
  int nlocals() const { return nlocals_; }
  int ncells() const { return ncells_; }
  int nfrees() const { return nfrees_; }
  int frame_slots() const { return nlocals_ + ncells_ + nfrees_; }
  // The number of positional arguments that a call can bind by copying them
  // into the first slots; -1 when every call needs bind_arguments (the code
  // has *args, **kwargs or keyword-only parameters).
  int fast_argcount() const { return fast_argcount_; }
  // Call once the tables are filled in.
  void finish() {
    nlocals_ = static_cast<int>(varnames.size());
    ncells_ = static_cast<int>(cellvars.size());
    nfrees_ = static_cast<int>(freevars.size());
    bool simple = !(flags & (kCodeVarargs | kCodeVarkeywords)) && kwonlyargcount == 0;
    fast_argcount_ = simple ? argcount : -1;
    if (ncaches) caches = std::make_unique<InlineCache[]>(ncaches);
  }
  int line_at(size_t word_index) const {
    return word_index < positions.size() ? positions[word_index].line : firstlineno;
  }
};

extern Type code_type;
void init_code_type();

Ref new_code();

// Human-readable bytecode, recursing into nested code objects.
std::string disassemble(const CodeObject& code);

}  // namespace gilt
