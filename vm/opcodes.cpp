// Opcode metadata generated from the GILT_OPCODES table in opcodes.h.
#include "vm/opcodes.h"

namespace gilt {

namespace {

constexpr OpcodeInfo kOpcodeInfo[] = {
#define GILT_OPCODE_INFO(name, kind, words, effect, jump_effect) {#name, ArgKind::kind, words},
    GILT_OPCODES(GILT_OPCODE_INFO)
#undef GILT_OPCODE_INFO
};

}  // namespace

const OpcodeInfo& opcode_info(Op op) { return kOpcodeInfo[static_cast<int>(op)]; }

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
