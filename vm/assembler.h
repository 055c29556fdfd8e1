// The assembler: turns the compiler's instruction list (with symbolic jump
// labels and exception-handler regions) into a CodeObject's final form.
//
// The compiler emits instructions in order. Jumps name a Label, bound later to
// an instruction. Exception handling is described with a handler stack: every
// instruction is covered by the handler on top of the stack when it was
// emitted (or none). `setup_handler` also marks the point whose stack depth
// the handler restores (the stack is cut to that depth before the exception is
// pushed), as CPython's SETUP_FINALLY/SETUP_CLEANUP pseudo-instructions do.
//
// assemble() then
//   1. computes the stack depth before every instruction by following all
//      paths (handler entries start at the setup depth + 1, the exception),
//      which gives `stacksize` and drops unreachable instructions;
//   2. lays out the words, resolving labels to absolute word offsets and
//      numbering the inline caches;
//   3. builds the exception table from runs of instructions sharing a handler
//      (each instruction's innermost handler, so the ranges never overlap).
#pragma once

#include <cstdint>
#include <vector>

#include "vm/code.h"
#include "vm/opcodes.h"

namespace gilt {

struct Label {
  int id = -1;
};

class Assembler {
 public:
  Label new_label();
  // The next instruction emitted is the label's target.
  void bind(Label label);
  bool is_bound(Label label) const { return label_targets_[label.id] >= 0; }

  void emit(Op op, uint32_t arg, const SourcePos& pos);
  // For two-word instructions whose second word is an operand (CALL_KW).
  void emit2(Op op, uint32_t arg, uint32_t arg2, const SourcePos& pos);
  void emit_jump(Op op, Label target, const SourcePos& pos);

  // Exception handler regions. new_handler makes a handler that jumps to
  // `target`; setup_handler marks the depth point and starts covering
  // instructions with it; pop_handler stops covering. push_handler resumes
  // covering with an already set-up handler (the depth is unchanged).
  int new_handler(Label target);
  // `depth_adjust` shifts the restored depth relative to the setup point
  // (a with statement covers its target store, one item below the setup depth).
  void setup_handler(int handler, int depth_adjust = 0);
  void push_handler(int handler) { handler_stack_.push_back(handler); }
  void pop_handler() { handler_stack_.pop_back(); }
  const std::vector<int>& handler_stack() const { return handler_stack_; }
  void set_handler_stack(std::vector<int> stack) { handler_stack_ = std::move(stack); }

  // True when the last emitted instruction never falls through (a return,
  // raise or unconditional jump) and no label is bound after it.
  bool at_dead_end() const;

  // Fills code, positions, exception_table, stacksize and ncaches.
  void assemble(CodeObject& code) const;

 private:
  struct Instr {
    Op op = Op::NOP;
    uint32_t arg = 0;
    uint32_t arg2 = 0;
    int target = -1;         // label id for jumps
    int handler = -1;        // covering handler, -1 for none
    int setup = -1;          // >= 0: a pseudo-instruction marking this handler's depth point
    int depth_adjust = 0;
    SourcePos pos;
  };
  struct Handler {
    Label target;
  };

  std::vector<Instr> instrs_;
  std::vector<int> label_targets_;  // label id -> instruction index
  std::vector<Handler> handlers_;
  std::vector<int> handler_stack_;

  void add(Instr instr);
};

// Whether an instruction's second word is an inline-cache index.
bool uses_inline_cache(Op op);
// Whether execution never continues with the next instruction.
bool is_terminator(Op op);

}  // namespace gilt
