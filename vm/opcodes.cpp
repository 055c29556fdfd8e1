// Opcode metadata generated from the GILT_OPCODES table in opcodes.h.
#include "vm/opcodes.h"

#include "runtime/type.h"

namespace gilt {

namespace {

constexpr OpcodeInfo kOpcodeInfo[] = {
#define GILT_OPCODE_INFO(name, kind, words, effect, jump_effect) {#name, ArgKind::kind, words},
    GILT_OPCODES(GILT_OPCODE_INFO)
#undef GILT_OPCODE_INFO
};

}  // namespace

const OpcodeInfo& opcode_info(Op op) { return kOpcodeInfo[static_cast<int>(op)]; }

namespace {

struct Specialization {
  Op general;
  BinaryOp op;
  Op special;
};
constexpr Specialization kSpecializations[] = {
    {Op::BINARY_OP, BinaryOp::Add, Op::BINARY_ADD},
    {Op::BINARY_OP, BinaryOp::Sub, Op::BINARY_SUB},
    {Op::INPLACE_OP, BinaryOp::Add, Op::INPLACE_ADD},
    {Op::INPLACE_OP, BinaryOp::Sub, Op::INPLACE_SUB},
};

}  // namespace

Op specialized_op(Op op, uint32_t arg) {
  for (const Specialization& s : kSpecializations)
    if (s.general == op && static_cast<uint32_t>(s.op) == arg) return s.special;
  return op;
}

Op general_op(Op op) {
  for (const Specialization& s : kSpecializations)
    if (s.special == op) return s.general;
  return op;
}

int stack_effect(Op op, int arg, bool jump) {
  // Some entries ignore `arg`; the cast keeps -Wunused quiet for them.
  static_cast<void>(arg);
  switch (op) {
#define GILT_OPCODE_EFFECT(name, kind, words, effect, jump_effect) \
  case Op::name:                                                  \
    return jump ? (jump_effect) : (effect);
    GILT_OPCODES(GILT_OPCODE_EFFECT)
#undef GILT_OPCODE_EFFECT
  }
  return 0;
}

}  // namespace gilt
