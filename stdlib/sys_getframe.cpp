// sys._getframe(depth=0): a snapshot of a running Python frame.
//
// gilt's frames live on the thread's data stack and are not objects, so this
// returns a `frame` object copied from the live frame at the time of the
// call (vm/frame_object.h): f_globals, f_code, f_lineno and f_locals as they
// were then, and f_back, the caller's snapshot taken at the same moment.
// That is what modules written in Python use it for (namedtuple's
// __module__, warnings' caller location).
#include <vector>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/error.h"
#include "runtime/module_object.h"
#include "runtime/ops.h"
#include "stdlib/builtins.h"
#include "vm/frame.h"
#include "vm/frame_object.h"
#include "vm/thread_state.h"

namespace gilt {

// Snapshots f and its callers, outermost first so each can name its f_back.
static Ref snapshot_chain(Frame* f) {
  std::vector<Frame*> chain;
  for (; f != nullptr; f = f->previous) chain.push_back(f);
  Ref snapshot;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) snapshot = new_frame_snapshot(*it, true, snapshot);
  return snapshot;
}

static Ref sys_getframe(Value, CallArgs args) {
  check_arg_range("_getframe", args, 0, 1);
  int64_t depth = args.nargs ? index_int64(args.args[0]) : 0;
  Frame* f = ThreadState::current()->frame;
  for (; f != nullptr && depth > 0; depth--) f = f->previous;
  if (f == nullptr) raise_value_error("call stack is not deep enough");
  return snapshot_chain(f);
}

void add_frame_functions(Value sys_module) {
  module_set(sys_module, "_getframe", new_builtin_function("_getframe", sys_getframe, sys_module));
}

}  // namespace gilt
