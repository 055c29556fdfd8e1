// Per-thread interpreter state.
#pragma once

#include <atomic>

#include "runtime/object.h"
#include "vm/frame.h"

namespace gilt {

struct InterpreterState;

struct ThreadState {
  InterpreterState* interp = nullptr;
  Frame* frame = nullptr;   // the innermost running frame
  int depth = 0;            // Python frames on this thread (for the recursion limit)
  Ref handled;              // the exception being handled (sys.exc_info()), or null
  DataStack data_stack;
  const char* stack_limit = nullptr;  // below this C stack address, raise RecursionError

  // The current thread's state (set while the thread runs the interpreter).
  static ThreadState* current();
  static void set_current(ThreadState* ts);
};

}  // namespace gilt
