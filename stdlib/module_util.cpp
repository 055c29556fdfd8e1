// The out-of-line helpers of module_util.h.
#include "stdlib/module_util.h"

#include "vm/eval_support.h"
#include "vm/thread_state.h"

namespace gilt {

void check_interrupts() { check_eval_breaker(ThreadState::current()); }

}  // namespace gilt
