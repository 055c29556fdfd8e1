// See assembler.h.
#include "vm/assembler.h"

#include <algorithm>
#include <cassert>

#include "vm/compile_error.h"

namespace gilt {

bool uses_inline_cache(Op op) { return opcode_info(op).words == 2 && op != Op::CALL_KW; }

bool is_terminator(Op op) {
  switch (op) {
    case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD:
    case Op::RETURN_VALUE:
    case Op::RAISE_VARARGS:
    case Op::RERAISE:
      return true;
    default:
      return false;
  }
}

Label Assembler::new_label() {
  label_targets_.push_back(-1);
  return Label{static_cast<int>(label_targets_.size()) - 1};
}

void Assembler::bind(Label label) { label_targets_[label.id] = static_cast<int>(instrs_.size()); }

void Assembler::add(Instr instr) {
  instr.handler = handler_stack_.empty() ? -1 : handler_stack_.back();
  instrs_.push_back(instr);
}

void Assembler::emit(Op op, uint32_t arg, const SourcePos& pos) {
  assert(arg <= kMaxArg);
  add(Instr{op, arg, 0, -1, -1, -1, 0, pos});
}

void Assembler::emit2(Op op, uint32_t arg, uint32_t arg2, const SourcePos& pos) {
  add(Instr{op, arg, arg2, -1, -1, -1, 0, pos});
}

void Assembler::emit_jump(Op op, Label target, const SourcePos& pos) {
  add(Instr{op, 0, 0, target.id, -1, -1, 0, pos});
}

int Assembler::new_handler(Label target) {
  handlers_.push_back(Handler{target});
  return static_cast<int>(handlers_.size()) - 1;
}

void Assembler::setup_handler(int handler, int depth_adjust) {
  Instr marker;
  marker.setup = handler;
  marker.depth_adjust = depth_adjust;
  add(marker);
  handler_stack_.push_back(handler);
}

bool Assembler::at_dead_end() const {
  for (auto it = instrs_.rbegin(); it != instrs_.rend(); ++it) {
    if (it->setup >= 0) return false;
    int index = static_cast<int>(it.base() - instrs_.begin());  // one past *it
    if (std::find(label_targets_.begin(), label_targets_.end(), index) != label_targets_.end()) return false;
    return is_terminator(it->op);
  }
  return false;
}

void Assembler::assemble(CodeObject& code) const {
  const int n = static_cast<int>(instrs_.size());
  // 1. Stack depths along every path.
  std::vector<int> depth(n + 1, -1);
  std::vector<int> handler_depth(handlers_.size(), 0);
  std::vector<int> worklist;
  int max_depth = 0;
  auto reach = [&](int index, int d) {
    if (d < 0) throw CompileError{"SystemError", "compiler bug: negative stack depth", {}};
    if (index >= n || depth[index] >= 0) return;  // already visited (depths agree on valid code)
    depth[index] = d;
    max_depth = std::max(max_depth, d);
    worklist.push_back(index);
  };
  reach(0, 0);
  while (!worklist.empty()) {
    int i = worklist.back();
    worklist.pop_back();
    const Instr& in = instrs_[i];
    int d = depth[i];
    if (in.setup >= 0) {
      handler_depth[in.setup] = d + in.depth_adjust;
      reach(label_targets_[handlers_[in.setup].target.id], d + in.depth_adjust + 1);
      reach(i + 1, d);
      continue;
    }
    int arg = static_cast<int>(in.arg);
    if (in.target >= 0) reach(label_targets_[in.target], d + stack_effect(in.op, arg, true));
    int after = d + stack_effect(in.op, arg, false);
    max_depth = std::max(max_depth, after);
    if (!is_terminator(in.op)) reach(i + 1, after);
  }

  // 2. Layout: word offsets of the reachable instructions.
  std::vector<uint32_t> offset(n + 1, 0);
  uint32_t words = 0;
  for (int i = 0; i < n; ++i) {
    offset[i] = words;
    if (depth[i] >= 0 && instrs_[i].setup < 0) words += opcode_info(instrs_[i].op).words;
  }
  offset[n] = words;
  auto label_offset = [&](int label) { return offset[label_targets_[label]]; };

  code.code.clear();
  code.positions.clear();
  code.exception_table.clear();
  int caches = 0;
  for (int i = 0; i < n; ++i) {
    const Instr& in = instrs_[i];
    if (depth[i] < 0 || in.setup >= 0) continue;
    uint32_t arg = in.target >= 0 ? label_offset(in.target) : in.arg;
    code.code.push_back(encode(specialized_op(in.op, arg), arg));
    code.positions.push_back(in.pos);
    if (opcode_info(in.op).words == 2) {
      code.code.push_back(uses_inline_cache(in.op) ? static_cast<uint32_t>(caches++) : in.arg2);
      code.positions.push_back(in.pos);
    }
  }

  // 3. Exception table: one entry per maximal run of words with the same handler.
  for (int i = 0; i < n;) {
    const Instr& in = instrs_[i];
    if (depth[i] < 0 || in.setup >= 0 || in.handler < 0) {
      ++i;
      continue;
    }
    int handler = in.handler;
    uint32_t start = offset[i];
    int j = i + 1;
    while (j < n && (depth[j] < 0 || instrs_[j].setup >= 0 || instrs_[j].handler == handler)) ++j;
    // Trailing skipped instructions occupy no words, so offset[j] ends the run.
    code.exception_table.push_back(ExceptionTableEntry{start, offset[j],
                                                       label_offset(handlers_[handler].target.id),
                                                       static_cast<uint32_t>(handler_depth[handler])});
    i = j;
  }
  code.stacksize = max_depth;
  code.ncaches = caches;
}

}  // namespace gilt
