// Generators: function frames that park at `yield` and resume where they
// left off.
//
// Calling a generator function runs its first instruction, RETURN_GENERATOR:
// the frame just pushed on the thread's data stack moves into a new
// GeneratorObject (header and slots are copied once, the references move
// with them) and the generator is what the call returns. From then on the
// frame lives inside the generator, right after its header. Resuming links
// it on top of the resumer's frames and runs it in the interpreter loop;
// YIELD_VALUE unlinks it again, leaving ip on the yield and the value stack
// as it was. A resume allocates nothing.
//
// States: created (parked at RETURN_GENERATOR), suspended (parked at a
// YIELD_VALUE), running, closed (the frame's references are released).
//
// Each generator has its own "exception being handled" entry (ExcState),
// linked onto the thread's while it runs, so an `except` block suspended at
// a yield neither leaks its exception to the resumer nor sees the
// resumer's own.
#pragma once

#include "runtime/type.h"
#include "vm/frame.h"
#include "vm/thread_state.h"

namespace gilt {

struct GeneratorObject : Object {
  enum class State : uint8_t { Created, Suspended, Running, Closed };
  State state = State::Created;
  Ref name;      // __name__
  Ref qualname;  // __qualname__
  ExcState exc_state;
  size_t size = 0;  // bytes allocated, frame included

  // The frame follows the header in memory.
  Frame* frame() { return reinterpret_cast<Frame*>(this + 1); }
};

inline GeneratorObject* generator_of(Frame* f) { return reinterpret_cast<GeneratorObject*>(f) - 1; }

extern Type generator_type;

// A generator's frame starts or stops running: its exception state is
// linked onto the thread's / unlinked, and its state set.
inline void generator_enter(ThreadState* ts, GeneratorObject* gen) {
  gen->exc_state.previous = ts->exc_state;
  ts->exc_state = &gen->exc_state;
  gen->state = GeneratorObject::State::Running;
}
inline void generator_leave(ThreadState* ts, GeneratorObject* gen, GeneratorObject::State state) {
  ts->exc_state = gen->exc_state.previous;
  gen->exc_state.previous = nullptr;
  gen->state = state;
}

// `exc` escaped the generator's frame, which is closed now: the exception
// its resumer sees (PEP 479: a StopIteration becomes RuntimeError).
Ref generator_exception_escaped(Ref exc);

// A new generator for a call of `func`, its frame not set up yet.
GeneratorObject* allocate_generator(FunctionObject* func);

// RETURN_GENERATOR: moves the frame `f` (on the data stack, its slots up to
// f->sp live) into a new generator, leaving `f` empty for the caller to pop.
Ref make_generator(Frame* f);

// gen.send(v): what the generator yields; a null Ref when it returns, with
// its return value in `returned` (StopIteration's value).
Ref generator_send(GeneratorObject* gen, Value sent, Ref* returned = nullptr);

// The native functions after which the interpreter loop resumes a
// generator itself, without a nested loop: gen.send, and the builtin next(),
// which the builtins module registers here.
Ref generator_send_method(Value self, CallArgs args);
extern Ref (*builtin_next_function)(Value self, CallArgs args);

void init_generator_type();

}  // namespace gilt
