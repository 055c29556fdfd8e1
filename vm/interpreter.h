// The bytecode interpreter.
#pragma once

#include "runtime/type.h"
#include "vm/code.h"
#include "vm/thread_state.h"

namespace gilt {

// Runs `code` in a fresh frame whose unoptimized-name lookups go to `locals`
// (module code: the globals dict itself; class bodies: the class namespace).
// `closure` (a tuple of cells) supplies free variables, or is null.
Ref run_code(Value code, Value globals, Value locals, Value closure = Value());

// The call slot of Python functions: binds the arguments and runs the body.
Ref call_function(Value func, CallArgs args);

// Runs the parked generator frame `f`: with `sent` as the value of its
// yield, or with `thrown` raised where it is parked. Returns what it yields
// or returns (YIELD_VALUE marks the generator suspended).
Ref resume_frame(ThreadState* ts, Frame* f, Value sent, Value thrown);

// Adds a traceback entry for `frame` at its current instruction to `exc`.
void add_traceback_entry(Value exc, Frame* frame);

// Sets exc.__context__ to the exception being handled, as raising does.
void chain_exception_context(ThreadState* ts, Value exc);

}  // namespace gilt
