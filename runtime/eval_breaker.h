// The eval breaker: how anything asks the interpreter loop for its attention.
//
// The loop checks this count at its safe points (backward jumps and calls,
// vm/eval_support.h); when it is non-zero, handle_eval_breaker() looks at
// what was requested: a Ctrl-C to raise as KeyboardInterrupt, a cycle
// collection that an allocation asked for (gc.h), and later GIL drop
// requests. Each requester adds one when it raises its flag and subtracts one
// when the request is served or withdrawn. It lives in runtime/ because the
// runtime (the collector) raises requests too.
#pragma once

#include <atomic>

namespace gilt {

extern std::atomic<int> eval_breaker_requests;  // non-zero: someone wants attention

}  // namespace gilt
