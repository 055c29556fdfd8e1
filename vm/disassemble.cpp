// disassemble(): CPython `dis`-style listings of a CodeObject and, after it,
// of every code object among its constants.
//
//   <line> >> <offset> <OPNAME padded> <arg> (<meaning>)
//
// The line number appears when it changes (preceded by a blank line), `>>`
// marks jump targets, offsets are word indices. The exception table follows,
// one `start to end -> handler [depth]` line per entry, with [start, end) in
// words.
#include <cstdio>
#include <set>
#include <string>

#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/type.h"
#include "vm/code.h"
#include "vm/opcodes.h"

namespace gilt {

namespace {

bool is_code(Value v) { return v.is_object() && v.object()->type == &code_type; }

std::string code_label(const CodeObject& code) {
  return "<code object " + code.name + ", line " + std::to_string(code.firstlineno) + ">";
}

std::string const_repr(Value v) {
  if (is_code(v)) return code_label(*v.as<CodeObject>());
  return repr_string(v);
}

std::string name_at(const std::vector<Ref>& names, uint32_t i) {
  return i < names.size() ? std::string(str_view(names[i])) : "?";
}

std::string binary_op_symbol(uint32_t arg, bool inplace) {
  static const char* const kSymbols[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
  std::string s = arg < std::size(kSymbols) ? kSymbols[arg] : "?";
  return inplace ? s + "=" : s;
}

std::string compare_op_symbol(uint32_t arg) {
  static const char* const kSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
  return arg < std::size(kSymbols) ? kSymbols[arg] : "?";
}

std::string flags_repr(Op op, uint32_t arg) {
  std::string out;
  auto add = [&](const char* s) { out += out.empty() ? s : std::string(", ") + s; };
  if (op == Op::MAKE_FUNCTION) {
    if (arg & 1) add("defaults");
    if (arg & 2) add("kwdefaults");
    if (arg & 4) add("annotations");
    if (arg & 8) add("closure");
  } else if (op == Op::FORMAT_VALUE) {
    static const char* const kConversions[] = {nullptr, "str", "repr", "ascii"};
    if (arg & 3) add(kConversions[arg & 3]);
    if (arg & 4) add("with format");
  } else if (op == Op::IS_OP) {
    add(arg ? "is not" : "is");
  } else if (op == Op::CONTAINS_OP) {
    add(arg ? "not in" : "in");
  }
  return out;
}

std::string arg_repr(const CodeObject& code, Op op, uint32_t arg, uint32_t arg2) {
  switch (opcode_info(op).arg_kind) {
    case ArgKind::None:
    case ArgKind::Count:
      if (op == Op::CALL_KW && arg2 < code.consts.size()) return "kwnames=" + const_repr(code.consts[arg2]);
      return {};
    case ArgKind::Const:
      return arg < code.consts.size() ? const_repr(code.consts[arg]) : "?";
    case ArgKind::Name:
      return name_at(code.names, arg);
    case ArgKind::Local:
      return name_at(code.varnames, arg);
    case ArgKind::Deref:
      return arg < code.cellvars.size() ? name_at(code.cellvars, arg)
                                        : name_at(code.freevars, arg - static_cast<uint32_t>(code.cellvars.size()));
    case ArgKind::Jump:
      return "to " + std::to_string(arg);
    case ArgKind::BinOp:
      return binary_op_symbol(arg, op == Op::INPLACE_OP);
    case ArgKind::CmpOp:
      return compare_op_symbol(arg);
    case ArgKind::Flags:
      return flags_repr(op, arg);
  }
  return {};
}

void disassemble_one(const CodeObject& code, std::string& out) {
  std::set<uint32_t> targets;
  for (size_t i = 0; i < code.code.size(); i += opcode_info(decode_op(code.code[i])).words) {
    Op op = decode_op(code.code[i]);
    if (opcode_info(op).arg_kind == ArgKind::Jump) targets.insert(decode_arg(code.code[i]));
  }
  for (const auto& entry : code.exception_table) targets.insert(entry.handler);

  int last_line = -1;
  char buf[128];
  for (size_t i = 0; i < code.code.size();) {
    Op op = general_op(decode_op(code.code[i]));
    const OpcodeInfo& info = opcode_info(op);
    uint32_t arg = decode_arg(code.code[i]);
    uint32_t arg2 = info.words == 2 && i + 1 < code.code.size() ? code.code[i + 1] : 0;
    int line = i < code.positions.size() ? code.positions[i].line : -1;
    std::string line_field = "   ";
    if (line >= 0 && line != last_line) {
      if (last_line != -1) out += "\n";
      std::snprintf(buf, sizeof buf, "%3d", line);
      line_field = buf;
      last_line = line;
    }
    std::snprintf(buf, sizeof buf, "%s    %s %4zu %-20s", line_field.c_str(), targets.count(i) ? ">>" : "  ", i,
                  info.name);
    std::string row = buf;
    if (info.arg_kind != ArgKind::None) {
      std::snprintf(buf, sizeof buf, " %5u", arg);
      row += buf;
    }
    std::string meaning = arg_repr(code, op, arg, arg2);
    if (!meaning.empty()) row += " (" + meaning + ")";
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + "\n";
    i += info.words;
  }
  if (!code.exception_table.empty()) {
    out += "ExceptionTable:\n";
    for (const auto& e : code.exception_table) {
      std::snprintf(buf, sizeof buf, "  %u to %u -> %u [%u]\n", e.start, e.end, e.handler, e.depth);
      out += buf;
    }
  }
}

void disassemble_recursive(const CodeObject& code, std::string& out) {
  disassemble_one(code, out);
  for (const Ref& c : code.consts) {
    if (!is_code(c)) continue;
    const auto& inner = *c.as<CodeObject>();
    out += "\nDisassembly of " + code_label(inner) + ":\n";
    disassemble_recursive(inner, out);
  }
}

}  // namespace

std::string disassemble(const CodeObject& code) {
  std::string out;
  disassemble_recursive(code, out);
  return out;
}

}  // namespace gilt
