// sys._getframe(depth=0): a snapshot of a running Python frame.
//
// gilt's frames live on the thread's data stack and are not objects, so this
// returns a read-only `frame` object copied from the live frame at the time of
// the call: f_globals, f_code, f_lineno (where the frame was then) and f_back
// (the caller's snapshot, made on demand from the copy of the chain taken then).
// That is what modules written in Python use it for (namedtuple's __module__,
// warnings' caller location).
#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/module_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "stdlib/builtins.h"
#include "vm/frame.h"
#include "vm/thread_state.h"

namespace gilt {

namespace {
struct FrameSnapshot : Object {
  Ref globals;
  Ref code;
  int lineno = 0;
  Ref back;  // FrameSnapshot or null
};
Type frame_snapshot_type;
}  // namespace

static Ref snapshot_getattr(Value self, StrObject* name) {
  auto* f = self.as<FrameSnapshot>();
  std::string_view n = name->view();
  if (n == "f_globals") return f->globals;
  if (n == "f_code") return f->code;
  if (n == "f_lineno") return int_from_int64(f->lineno);
  if (n == "f_back") return f->back.is_null() ? Ref(Value::none()) : f->back;
  return generic_getattr(self, name);
}

static Ref snapshot_repr(Value self) {
  auto* f = self.as<FrameSnapshot>();
  return new_str("<frame, file " + repr_string(get_attr(f->code, "co_filename")) + ", line " +
                 std::to_string(f->lineno) + ", code " + str_string(get_attr(f->code, "co_name")) + ">");
}

static Ref snapshot_chain(Frame* f) {
  Ref head;
  FrameSnapshot* last = nullptr;
  for (; f != nullptr; f = f->previous) {
    auto* s = new_object<FrameSnapshot>(&frame_snapshot_type);
    Ref snapshot = Ref::steal(Value::object(s));
    s->globals = Ref(Value::object(f->globals));
    s->code = Ref(Value::object(f->code));
    s->lineno = f->line();
    if (last) last->back = snapshot;
    else head = snapshot;
    last = s;
  }
  return head;
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
  static bool ready = false;
  if (!ready) {
    frame_snapshot_type.getattr = snapshot_getattr;
    frame_snapshot_type.repr = snapshot_repr;
    // No clear: a cycle through a snapshot passes through its globals.
    set_gc_slots(
        frame_snapshot_type,
        [](Object* o, const Visitor& visit) {
          auto* f = static_cast<FrameSnapshot*>(o);
          visit(f->globals);
          visit(f->code);
          visit(f->back);
        },
        nullptr);
    init_static_type(frame_snapshot_type, "frame", sizeof(FrameSnapshot), dealloc_object<FrameSnapshot>);
    frame_snapshot_type.flags &= ~kTypeBaseType;
    finish_static_types();
    ready = true;
  }
  module_set(sys_module, "_getframe", new_builtin_function("_getframe", sys_getframe, sys_module));
}

}  // namespace gilt
