// Per-thread interpreter state.
#pragma once

#include <atomic>
#include <cstdint>
#include <unordered_map>

#include "runtime/gil.h"
#include "runtime/object.h"
#include "vm/frame.h"

namespace gilt {

struct InterpreterState;

// The exceptions being handled (what sys.exc_info() reports): the thread has
// one entry, and each running generator links its own on top while it runs,
// so an `except` block suspended at a yield keeps its exception to itself.
// An empty entry defers to the one below, as CPython's exc_info stack does.
struct ExcState {
  Ref handled;  // set by PUSH_EXC_INFO, restored by POP_EXCEPT; null: none
  ExcState* previous = nullptr;
};

struct ThreadState {
  InterpreterState* interp = nullptr;
  Frame* frame = nullptr;   // the innermost running frame
  int depth = 0;            // Python frames on this thread (for the recursion limit)
  ExcState base_exc_state;
  ExcState* exc_state = &base_exc_state;  // the innermost entry
  DataStack data_stack;
  const char* stack_limit = nullptr;  // below this C stack address, raise RecursionError
  GILUser gil_user;                   // whether this thread holds its VM's GIL, and its statistics
  int64_t ident = 0;                  // _thread.get_ident() of the OS thread
  Value waiting_on;                   // the lock it waits for without a timeout (borrowed), for deadlock reports
  // This thread's dicts of _thread._local objects, by the object's serial number.
  std::unordered_map<uint64_t, Ref> local_dicts;

  // The exception being handled (sys.exc_info()), or null.
  Value handled_exception() const {
    for (const ExcState* s = exc_state; s; s = s->previous)
      if (!s->handled.is_null()) return s->handled;
    return Value();
  }

  // The current thread's state (set while the thread runs the interpreter).
  static ThreadState* current();
  static void set_current(ThreadState* ts);
};

}  // namespace gilt
