#include "vm/vm_types.h"

#include <mutex>

#include "runtime/error.h"
#include "vm/code.h"
#include "vm/frame_object.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/traceback.h"

namespace gilt {

void init_vm_types() {
  static std::once_flag once;
  std::call_once(once, [] {
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
