// Frames: one activation of a code object.
//
// Frames live on the thread's data stack (DataStack below), not on the C
// stack: calling a Python function from Python pushes a frame there and the
// interpreter loop simply continues with it. A frame's memory holds, after
// the header, `localsplus()`: the fast locals, then the cells, then the free
// variables (cells too), then the value stack.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "runtime/gc.h"
#include "runtime/object.h"
#include "vm/code.h"
#include "vm/function.h"

namespace gilt {

struct DictObject;

struct Frame {
  FunctionObject* func = nullptr;  // owned: keeps code and globals alive
  CodeObject* code = nullptr;
  DictObject* globals = nullptr;
  DictObject* builtins = nullptr;
  Value locals;                    // owned mapping for unoptimized code; null in functions
  Frame* previous = nullptr;
  const uint32_t* ip = nullptr;    // the instruction being executed
  Value* sp = nullptr;             // one past the top of the value stack
  bool is_entry = false;           // returning from it leaves the interpreter loop
  bool in_generator = false;       // lives inside a GeneratorObject, not on the data stack
  // Owned. Set when the loop runs `C(args)` by calling C.__init__ itself: the
  // new instance, which the call produces instead of __init__'s None.
  Value init_self;

  // The slots that follow the header in memory: locals, cells, frees, stack.
  Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
  Value* stack_base() { return localsplus() + code->frame_slots(); }
  size_t lasti() const { return static_cast<size_t>(ip - code->code.data()); }
  int line() const { return code->line_at(lasti()); }

  static size_t size_for(const CodeObject* code) {
    size_t n = code->frame_slots() + code->stacksize;
    return sizeof(Frame) + n * sizeof(Value);
  }
};

// The references a frame that is not running owns (its function, its locals
// mapping, and the slots below sp: locals, cells, free variables, the value
// stack), for the cycle collector. A frame without a function (finished, or
// not set up yet) owns nothing. A running frame's sp is not up to date: never
// traverse one.
void traverse_frame(Frame* f, const Visitor& visit);
// Releases what traverse_frame visits; the frame is then empty, as a finished one.
void clear_frame(Frame* f);

// A thread's frame memory: chunks used as a stack (frames are freed in LIFO
// order), so pushing a frame is a pointer bump and popping one a pointer
// store in the common case.
class DataStack {
 public:
  void* push(size_t size) {
    size = (size + 15) & ~size_t(15);
    if (static_cast<size_t>(limit_ - top_) >= size) {
      void* p = top_;
      top_ += size;
      return p;
    }
    return push_slow(size);
  }
  // Frees `p` (the most recent push) and everything above it.
  void pop(void* p) {
    if (p == base_)
      pop_chunk();
    else
      top_ = static_cast<char*>(p);
  }

 private:
  void* push_slow(size_t size);
  void pop_chunk();
  struct Chunk {
    std::unique_ptr<char[]> memory;
    size_t size = 0;
    char* saved_top = nullptr;  // the top when the next chunk was entered
  };
  std::vector<Chunk> chunks_;
  size_t current_ = 0;  // chunks_[current_] holds top_, when chunks_ is not empty
  char* base_ = nullptr;
  char* top_ = nullptr;
  char* limit_ = nullptr;
};

}  // namespace gilt
