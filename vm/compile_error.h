// How the compiler reports a SyntaxError (or a RecursionError for too-deep
// nesting) while it works.
//
// The symbol table pass and code generation are deep recursive walks; an error
// anywhere abandons the whole compilation. They throw CompileError, which
// never leaves the compiler: compile() catches it and returns it as a
// SyntaxErrorInfo (see compiler.h). Runtime code never sees this type.
#pragma once

#include <string>
#include <utility>

#include "grammar/ast.h"

namespace gilt {

struct CompileError {
  std::string type;  // "SyntaxError" or "RecursionError"
  std::string message;
  ast::Pos pos;
};

[[noreturn]] inline void throw_syntax_error(std::string message, const ast::Pos& pos) {
  throw CompileError{"SyntaxError", std::move(message), pos};
}

// Bounds the depth of the compiler's recursive walks so that absurdly nested
// source reports an error instead of overflowing the C++ stack.
class NestingGuard {
 public:
  static constexpr int kMaxDepth = 1000;
  NestingGuard(int& depth, const ast::Pos& pos) : depth_(depth) {
    if (++depth_ > kMaxDepth) {
      --depth_;
      throw CompileError{"RecursionError", "maximum recursion depth exceeded during compilation", pos};
    }
  }
  ~NestingGuard() { --depth_; }
  NestingGuard(const NestingGuard&) = delete;
  NestingGuard& operator=(const NestingGuard&) = delete;

 private:
  int& depth_;
};

}  // namespace gilt
