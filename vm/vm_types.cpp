#include "vm/vm_types.h"

#include <mutex>

#include "runtime/class_object.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/str_object.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/frame_object.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/thread_state.h"
#include "vm/traceback.h"

namespace gilt {

// The running frame's module name, for three-argument type() (class_object.h).
static Ref current_module_name() {
  ThreadState* ts = ThreadState::current();
  if (!ts || !ts->frame || !ts->frame->globals) return Ref();
  Value name = dict_get_str(ts->frame->globals, GILT_NAME("__name__"));
  return name.is_null() ? Ref() : Ref(name);
}

void init_vm_types() {
  static std::once_flag once;
  std::call_once(once, [] {
    running_module_name = current_module_name;
    init_code_type();
    init_function_type();
    init_generator_type();
    init_frame_type();
    init_traceback_type();
    set_unraisable_writer(write_unraisable);
    finish_static_types();
  });
}

}  // namespace gilt
