// The interpreter loop.
//
// Rules for whoever edits this file:
//  1. Stack slots own their references. An instruction leaves its operands on
//     the stack until the operation has succeeded, and only then pops them:
//     if anything it calls raises (throws PyException), the stack is still
//     exactly what it was when the instruction started, and unwinding
//     releases it: the catch below stores the loop's `sp` into the frame.
//     `f->ip` is saved at every instruction start, for tracebacks and
//     handler lookup; `f->sp` of a frame is exact only while it is not the
//     running one (set when it calls, raises or returns).
//  2. Anything that calls out (a slot, an abstract operation, a native
//     function) may run arbitrary Python code, which may push and pop frames
//     on the same data stack and mutate any object. Never keep a raw pointer
//     into a container's storage across such a call.
//  3. Python-to-Python calls do not recurse in C: CALL pushes a frame and the
//     loop continues with it; RETURN_VALUE pops it. Only native-to-Python
//     calls (a __repr__ called by print, say) enter the loop recursively;
//     such an entry frame is marked `is_entry`, and returning from it (or an
//     exception escaping it) leaves this invocation of the loop.
//  4. The eval breaker (signals, later GIL drop requests) is checked only at
//     JUMP_BACKWARD and calls, so straight-line code pays nothing for it.
//  5. Python's `raise` never throws in C++: it jumps to `exception_unwind`
//     directly. C++ exceptions from native code are caught once per loop
//     invocation and join the same path.
//  6. An instruction's RAII locals (Ref, std::string, vectors) live inside its
//     braces and DISPATCH() comes after the closing brace: a computed goto
//     leaves a scope without running destructors.
#include "vm/interpreter.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/builtin_function.h"
#include "runtime/class_object.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exception_group.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/gc.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/method_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/set_object.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "vm/eval_support.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/interpreter_state.h"
#include "vm/opcodes.h"
#include "vm/traceback.h"

namespace gilt {

// ------------------------------------------------------------------ frames

// The current chunk is full: continue at the start of the next one, which
// is replaced by a larger one when it is too small. (Chunks above the
// current one are always empty: frames are freed in LIFO order.)
void* DataStack::push_slow(size_t size) {
  if (!chunks_.empty()) {
    chunks_[current_].saved_top = top_;
    current_++;
  }
  if (current_ == chunks_.size() || chunks_[current_].size < size) {
    size_t chunk_size = std::max<size_t>(size, 256 * 1024);
    Chunk c{std::make_unique<char[]>(chunk_size), chunk_size, nullptr};
    if (current_ < chunks_.size())
      chunks_[current_] = std::move(c);
    else
      chunks_.push_back(std::move(c));
  }
  base_ = chunks_[current_].memory.get();
  top_ = base_ + size;
  limit_ = base_ + chunks_[current_].size;
  return base_;
}

// The first frame of the current chunk is freed: go back to the previous
// chunk, where it left off (the first chunk just becomes empty).
void DataStack::pop_chunk() {
  if (current_ == 0) {
    top_ = base_;
    return;
  }
  current_--;
  Chunk& c = chunks_[current_];
  base_ = c.memory.get();
  top_ = c.saved_top;
  limit_ = base_ + c.size;
}

static thread_local ThreadState* current_thread_state = nullptr;
ThreadState* ThreadState::current() { return current_thread_state; }
void ThreadState::set_current(ThreadState* ts) {
  current_thread_state = ts;
  // Objects allocated from now on are tracked by this VM's collector.
  gc_set_current_state(ts && ts->interp ? &ts->interp->gc : nullptr);
  set_current_gil(ts && ts->interp ? &ts->interp->gil : nullptr, ts ? &ts->gil_user : nullptr);
}

// Sets up frame `f` for `func` (whose reference the frame takes over). The
// first `nargs` slots take over `args`' references; the rest start empty.
[[gnu::always_inline]] inline static void init_frame(Frame* f, FunctionObject* func, const Value* args,
                                                     size_t nargs) {
  CodeObject* code = func->code_object();
  f->func = func;
  f->code = code;
  f->globals = func->globals.as<DictObject>();
  f->builtins = func->builtins.as<DictObject>();
  f->locals = Value();
  f->ip = code->code.data();
  f->is_entry = false;
  f->in_generator = false;
  f->init_self = Value();
  Value* slots = f->localsplus();
  Value* stack = slots + code->frame_slots();
  for (size_t i = 0; i < nargs; i++) slots[i] = args[i];
  // Most frames have only a few more slots: clear them inline rather than
  // through a memset call.
  Value* rest = slots + nargs;
  switch (stack - rest) {
    case 3: rest[2] = Value(); [[fallthrough]];
    case 2: rest[1] = Value(); [[fallthrough]];
    case 1: rest[0] = Value(); [[fallthrough]];
    case 0: break;
    default: std::fill(rest, stack, Value());
  }
  f->sp = stack;
}

// A frame for `func` on the thread's data stack (see init_frame).
[[gnu::always_inline]] inline static Frame* push_frame(ThreadState* ts, FunctionObject* func,
                                                       const Value* args = nullptr, size_t nargs = 0) {
  auto* f = static_cast<Frame*>(ts->data_stack.push(Frame::size_for(func->code_object())));
  init_frame(f, func, args, nargs);
  f->previous = ts->frame;
  return f;
}

// Creates the frame's cells and copies in the closure's.
static void init_cells(Frame* f) {
  CodeObject* code = f->code;
  int nlocals = code->nlocals();
  for (int i = 0; i < code->ncells(); i++) {
    int arg = code->cell2arg.empty() ? -1 : code->cell2arg[i];
    Value initial;
    if (arg >= 0) {
      initial = f->localsplus()[arg];
      f->localsplus()[arg] = Value();
    }
    Ref cell = new_cell(initial);
    decref(initial);
    f->localsplus()[nlocals + i] = cell.release();
  }
  if (code->nfrees()) {
    auto* closure = f->func->closure.as<TupleObject>();
    for (int i = 0; i < code->nfrees(); i++) {
      Value c = closure->items()[i];
      incref(c);
      f->localsplus()[nlocals + code->ncells() + i] = c;
    }
  }
}

// Calling a generator function with exactly its positional parameters:
// the frame is built inside the new generator right away, parked at
// RETURN_GENERATOR as if that had run. Takes over the callable's and the
// arguments' references, like call_python's fast path.
static Ref call_generator_function(FunctionObject* func, const Value* args, size_t nargs) {
  GeneratorObject* gen = allocate_generator(func);
  Frame* g = gen->frame();
  init_frame(g, func, args, nargs);
  g->in_generator = true;
  g->previous = nullptr;
  if (func->code_object()->ncells() || func->code_object()->nfrees()) init_cells(g);
  return Ref::steal(gen);
}

// Releases everything the frame owns and frees its memory (a generator's
// frame stays in the generator, empty). The slots are released while the
// frame is still on the data stack: a __del__ they run pushes its frames
// above this one, so the stack stays LIFO.
[[gnu::always_inline]] inline static void pop_frame(ThreadState* ts, Frame* f) {
  ts->frame = f->previous;
  ts->depth--;
  for (Value* p = f->localsplus(); p < f->sp; p++) decref(*p);
  Value locals = f->locals;
  Value init_self = f->init_self;
  FunctionObject* func = f->func;
  if (f->in_generator) {
    f->sp = f->localsplus();
    f->locals = Value();
    f->func = nullptr;
  } else {
    ts->data_stack.pop(f);
  }
  decref(locals);
  decref(init_self);
  decref(Value::object(func));
}

// Binds the arguments and creates the cells: the fast path copies exactly
// matching positional arguments, everything else goes through bind_arguments.
static void enter_arguments(Frame* f, const Value* args, size_t nargs, TupleObject* kwnames) {
  CodeObject* code = f->code;
  if (!kwnames && static_cast<int64_t>(nargs) == code->fast_argcount()) {
    Value* locals = f->localsplus();
    for (size_t i = 0; i < nargs; i++) {
      incref(args[i]);
      locals[i] = args[i];
    }
  } else {
    bind_arguments(f, args, nargs, kwnames);
  }
  if (code->ncells() || code->nfrees()) init_cells(f);
}

// ------------------------------------------------------------------ the loop

// A call of anything but a Python function. Methods of built-in types
// reached through LOAD_METHOD (`lst.append(x)`) skip the generic call path.
static inline Ref call_native(Value callable, Value* args, size_t nargs, TupleObject* kwnames) {
  Type* t = type_of(callable);
  if (t == &method_descriptor_type && nargs > 0) {
    auto* d = callable.as<MethodDescriptorObject>();
    if (type_of(args[0]) == d->owner) return d->fn(args[0], CallArgs{args + 1, nargs - 1, kwnames});
  } else if (t == &builtin_function_type) {
    auto* fn = callable.as<BuiltinFunctionObject>();
    return fn->fn(fn->self, CallArgs{args, nargs, kwnames});
  }
  return call(callable, CallArgs{args, nargs, kwnames});
}

// The generator a call `next(gen)` or `gen.send(v)` resumes (sent: v), or
// null for any other call.
static GeneratorObject* generator_call(Value callable, const Value* args, size_t nargs, Value& sent) {
  if (nargs == 0 || type_of(args[0]) != &generator_type) return nullptr;
  Type* t = type_of(callable);
  if (nargs == 1 && t == &builtin_function_type && callable.as<BuiltinFunctionObject>()->fn == builtin_next_function)
    return args[0].as<GeneratorObject>();
  if (nargs == 2 && t == &method_descriptor_type && callable.as<MethodDescriptorObject>()->fn == generator_send_method) {
    sent = args[1];
    return args[0].as<GeneratorObject>();
  }
  return nullptr;
}

static InlineCache& inline_cache(CodeObject* code, uint32_t index) { return code->caches[index]; }

static Ref eval_frame(ThreadState* ts, Frame* entry, Value thrown = Value());

Ref call_function(Value callable, CallArgs args) {
  ThreadState* ts = ThreadState::current();
  auto* func = callable.as<FunctionObject>();
  check_c_stack(ts);
  if (ts->depth >= ts->interp->recursion_limit) raise(&exc::RecursionError, "maximum recursion depth exceeded");
  incref(callable);
  Frame* f = push_frame(ts, func);
  ts->frame = f;
  ts->depth++;
  f->is_entry = true;
  try {
    enter_arguments(f, args.args, args.nargs, args.kwnames);
  } catch (...) {
    pop_frame(ts, f);
    throw;
  }
  return eval_frame(ts, f);
}

Ref run_code(Value code, Value globals, Value locals, Value closure) {
  ThreadState* ts = ThreadState::current();
  check_c_stack(ts);
  if (ts->depth >= ts->interp->recursion_limit) raise(&exc::RecursionError, "maximum recursion depth exceeded");
  Ref fn = new_function(code, globals, ts->interp->builtins);
  if (!closure.is_null()) fn.as<FunctionObject>()->closure = Ref(closure);
  auto* func = fn.release().as<FunctionObject>();
  Frame* f = push_frame(ts, func);
  f->locals = locals;
  incref(locals);
  ts->frame = f;
  ts->depth++;
  f->is_entry = true;
  init_cells(f);
  return eval_frame(ts, f);
}

// Pushes a Python function call from the loop and returns the new frame.
// `base` is [callable, self_or_null, args...] on the caller's stack. On the
// fast path (exactly the positional parameters) the callee takes over the
// stack's references — the callable becomes the frame's function, the
// arguments its locals — so no count changes; otherwise it binds copies and
// the caller's operands are released. Either way the caller's stack ends at
// `base`. Nothing is consumed when it raises.
static Frame* call_python_binding(ThreadState* ts, Frame* caller, Value* base, Value* sp, Value* args,
                                  size_t nargs, TupleObject* kwnames) {
  incref(base[0]);
  Frame* f = push_frame(ts, base[0].as<FunctionObject>());
  ts->frame = f;
  ts->depth++;
  try {
    enter_arguments(f, args, nargs, kwnames);
  } catch (...) {
    pop_frame(ts, f);
    throw;
  }
  for (Value* p = sp; p > base;) decref(*--p);
  caller->sp = base;
  return f;
}

[[gnu::always_inline]] inline static Frame* call_python(ThreadState* ts, Frame* caller, Value* base, Value* sp,
                                                        Value* args, size_t nargs, TupleObject* kwnames) {
  if (ts->depth >= ts->interp->recursion_limit) raise(&exc::RecursionError, "maximum recursion depth exceeded");
  auto* func = base[0].as<FunctionObject>();
  CodeObject* code = func->code_object();
  int64_t missing = code->fast_argcount() - static_cast<int64_t>(nargs);
  const TupleObject* defaults = nullptr;
  if (kwnames || missing != 0) {
    // The other fast case: trailing parameters left out take their defaults.
    if (!kwnames && code->fast_argcount() >= 0 && missing > 0 && !func->defaults.is_null())
      defaults = func->defaults.as<TupleObject>();
    if (!defaults || missing > defaults->size) return call_python_binding(ts, caller, base, sp, args, nargs, kwnames);
  }
  Frame* f = push_frame(ts, func, args, nargs);
  if (defaults) {
    const Value* from = defaults->items() + (defaults->size - missing);
    Value* to = f->localsplus() + nargs;
    for (int64_t i = 0; i < missing; i++) {
      incref(from[i]);
      to[i] = from[i];
    }
  }
  ts->frame = f;
  ts->depth++;
  caller->sp = base;
  if (code->ncells() || code->nfrees()) init_cells(f);
  return f;
}

#define GILT_OP_INDEX(name, kind, words, effect, jump_effect) OPI_##name,
enum { GILT_OPCODES(GILT_OP_INDEX) };
#undef GILT_OP_INDEX

// Links the parked generator frame `g` on top of the thread's frames,
// ready to continue after its yield (or RETURN_GENERATOR) with `sent` (a
// reference it takes) as the yield's value, or to have `thrown` raised.
[[gnu::always_inline]] inline static void enter_generator_frame(ThreadState* ts, Frame* g, Value sent,
                                                                bool throwing) {
  if (ts->depth >= ts->interp->recursion_limit) {
    decref(sent);
    raise(&exc::RecursionError, "maximum recursion depth exceeded");
  }
  generator_enter(ts, generator_of(g));
  g->previous = ts->frame;
  ts->frame = g;
  ts->depth++;
  if (!throwing) {
    *g->sp++ = sent;
    g->ip++;
  }
}

Ref resume_frame(ThreadState* ts, Frame* f, Value sent, Value thrown) {
  check_c_stack(ts);
  incref(sent);
  enter_generator_frame(ts, f, sent, !thrown.is_null());
  f->is_entry = true;
  return eval_frame(ts, f, thrown);
}

// `thrown`, when set, is raised in `entry` where it is parked (gen.throw()).
static Ref eval_frame(ThreadState* ts, Frame* entry, Value thrown) {
  Frame* f = entry;
  const uint32_t* ip = f->ip;
  Value* sp = f->sp;
  Value* consts = reinterpret_cast<Value*>(f->code->consts.data());
  Ref exc;  // the exception being propagated, at exception_unwind
  size_t call_argc = 0;  // operands of CALL/CALL_KW, for do_call
  Value* call_base = nullptr;
  TupleObject* call_kwnames = nullptr;
  Value return_value;  // the operand of do_return

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<ptrdiff_t>(n)])
#define ARG() (word >> 8)
// The frame's slots, addressed from f: a separate pointer would not get a register.
#define LOCALS() (f->localsplus())
#define NEXT_WORD() (*ip++)
#define SKIP_CACHE() (void)(*ip++)  // the inline cache index word (caches come later)
#define LOAD_FRAME_STATE()                               \
  do {                                                   \
    ip = f->ip;                                          \
    sp = f->sp;                                          \
    consts = reinterpret_cast<Value*>(f->code->consts.data()); \
  } while (0)

#if GILT_COMPUTED_GOTO
#define GILT_OP_LABEL(name, kind, words, effect, jump_effect) &&op_##name,
  static const void* const dispatch_table[] = {GILT_OPCODES(GILT_OP_LABEL)};
#undef GILT_OP_LABEL
#define TARGET(name) op_##name:
#define DISPATCH()                         \
  do {                                     \
    f->ip = ip;                            \
    word = *ip++;                          \
    goto* dispatch_table[word & 0xFF];     \
  } while (0)
#else
#define TARGET(name) case OPI_##name:
#define DISPATCH() goto dispatch
#endif

  if (!thrown.is_null()) {
    exc = Ref(thrown);
    chain_exception_context(ts, exc);
    add_traceback_entry(exc, f);
    goto exception_unwind;
  }

  for (;;) {
    try {
      uint32_t word;
#if GILT_COMPUTED_GOTO
      DISPATCH();
#else
    dispatch:
      f->ip = ip;
      word = *ip++;
      switch (word & 0xFF) {
#endif

      TARGET(NOP) { DISPATCH(); }

      TARGET(POP_TOP) {
        decref(POP());
      }
      DISPATCH();

      TARGET(PUSH_NULL) {
        PUSH(Value());
      }
      DISPATCH();

      TARGET(COPY) {
        Value v = PEEK(ARG());
        incref(v);
        PUSH(v);
      }
      DISPATCH();

      TARGET(SWAP) {
        std::swap(sp[-1], sp[-static_cast<int>(ARG())]);
      }
      DISPATCH();

      TARGET(LOAD_CONST) {
        Value v = consts[ARG()];
        incref(v);
        PUSH(v);
      }
      DISPATCH();

      TARGET(LOAD_FAST) {
        Value v = LOCALS()[ARG()];
        if (v.is_null()) raise_unbound_local(f, ARG());
        incref(v);
        PUSH(v);
      }
      DISPATCH();

      TARGET(STORE_FAST) {
        Value old = LOCALS()[ARG()];
        LOCALS()[ARG()] = POP();
        decref(old);
      }
      DISPATCH();

      TARGET(DELETE_FAST) {
        Value old = LOCALS()[ARG()];
        if (old.is_null()) raise_unbound_local(f, ARG());
        LOCALS()[ARG()] = Value();
        decref(old);
      }
      DISPATCH();

      TARGET(LOAD_DEREF) {
        auto* cell = LOCALS()[f->code->nlocals() + ARG()].as<CellObject>();
        Value v = cell->contents;
        if (v.is_null()) raise_unbound_deref(f, ARG());
        incref(v);
        PUSH(v);
      }
      DISPATCH();

      TARGET(STORE_DEREF) {
        auto* cell = LOCALS()[f->code->nlocals() + ARG()].as<CellObject>();
        cell->contents = Ref::steal(POP());
      }
      DISPATCH();

      TARGET(DELETE_DEREF) {
        auto* cell = LOCALS()[f->code->nlocals() + ARG()].as<CellObject>();
        if (cell->contents.is_null()) raise_unbound_deref(f, ARG());
        cell->contents.reset();
      }
      DISPATCH();

      TARGET(LOAD_CLOSURE) {
        Value cell = LOCALS()[f->code->nlocals() + ARG()];
        incref(cell);
        PUSH(cell);
      }
      DISPATCH();

      TARGET(LOAD_CLASSDEREF) {
        size_t i = ARG();
        CodeObject* code = f->code;
        Value name = i < static_cast<size_t>(code->ncells()) ? Value(code->cellvars[i])
                                                             : Value(code->freevars[i - code->ncells()]);
        Ref v = mapping_lookup(f->locals, name);
        if (v.is_null()) {
          auto* cell = LOCALS()[code->nlocals() + i].as<CellObject>();
          if (cell->contents.is_null()) raise_unbound_deref(f, i);
          v = cell->contents;
        }
        PUSH(v.release());
      }
      DISPATCH();

      TARGET(LOAD_NAME) {
        Value name = f->code->names[ARG()];
        Ref v = mapping_lookup(f->locals, name);
        if (v.is_null()) v = Ref(dict_get_str(f->globals, name.as<StrObject>()));
        if (v.is_null()) v = Ref(dict_get_str(f->builtins, name.as<StrObject>()));
        if (v.is_null()) raise_name_error(f, name);
        PUSH(v.release());
      }
      DISPATCH();

      TARGET(STORE_NAME) {
        Value name = f->code->names[ARG()];
        if (f->locals.is_null()) raise(&exc::SystemError, "no locals found when storing " + repr_string(name));
        if (type_of(f->locals) == &dict_type)
          dict_set(f->locals.as<DictObject>(), name, TOP());
        else
          set_item(f->locals, name, TOP());
        decref(POP());
      }
      DISPATCH();

      TARGET(DELETE_NAME) {
        Value name = f->code->names[ARG()];
        if (type_of(f->locals) == &dict_type) {
          if (!dict_del(f->locals.as<DictObject>(), name)) raise_name_error(f, name);
        } else {
          del_item(f->locals, name);
        }
      }
      DISPATCH();

      TARGET(LOAD_GLOBAL) {
        Value name = f->code->names[ARG()];
        InlineCache& cache = inline_cache(f->code, NEXT_WORD());
        Value v;
        if (cache.globals_version == f->globals->version &&
            (cache.builtins_version == 0 || cache.builtins_version == f->builtins->version)) {
          v = cache.value;
        } else {
          v = dict_get_str(f->globals, name.as<StrObject>());
          cache.builtins_version = 0;
          if (v.is_null()) {
            v = dict_get_str(f->builtins, name.as<StrObject>());
            if (v.is_null()) raise_name_error(f, name);
            cache.builtins_version = f->builtins->version;
          }
          cache.globals_version = f->globals->version;
          cache.value = v;
        }
        incref(v);
        PUSH(v);
      }
      DISPATCH();

      TARGET(STORE_GLOBAL) {
        Value name = f->code->names[ARG()];
        dict_set(f->globals, name, TOP());
        decref(POP());
      }
      DISPATCH();

      TARGET(DELETE_GLOBAL) {
        Value name = f->code->names[ARG()];
        if (!dict_del(f->globals, name)) raise_name_error(f, name);
      }
      DISPATCH();

      TARGET(LOAD_ATTR) {
        Value name = f->code->names[ARG()];
        InlineCache& cache = inline_cache(f->code, NEXT_WORD());
        Value obj = TOP();
        Type* t = type_of(obj);
        // Cached: an instance attribute of a class with no attribute of that name.
        if (cache.type == t && cache.type_epoch == current_type_epoch()) {
          Ref* d = instance_dict_slot(t, obj.object());
          Value v = d->is_null() ? Value()
                                 : dict_get_str_hinted(d->as<DictObject>(), name, cache.entry_hint);
          if (!v.is_null()) {
            incref(v);
            decref(obj);
            TOP() = v;
            goto load_attr_done;
          }
        }
        {
          Ref v = get_attr(obj, name.as<StrObject>());
          if (t->getattr == generic_getattr && t->instance_dict && obj.is_object() &&
              type_lookup(t, name.as<StrObject>()).is_null()) {
            cache.type = t;
            cache.type_epoch = current_type_epoch();
          }
          decref(obj);
          TOP() = v.release();
        }
      load_attr_done:;
      }
      DISPATCH();

      TARGET(STORE_ATTR) {
        Value name = f->code->names[ARG()];
        InlineCache& cache = inline_cache(f->code, NEXT_WORD());
        Value obj = TOP();
        Type* t = type_of(obj);
        // Cached: the class has no attribute of that name, so the value goes
        // straight into the instance dict.
        if (cache.type == t && cache.type_epoch == current_type_epoch()) {
          Ref* slot = instance_dict_slot(t, obj.object());
          if (slot->is_null()) *slot = new_dict();
          auto* d = slot->as<DictObject>();
          uint32_t hint = cache.entry_hint;
          if (hint < d->entries.size() && d->entries[hint].key.is(name)) {
            // Replacing the value of an existing attribute: no hashing.
            Value old = d->entries[hint].value;
            dict_maintain_tracking(d, name, PEEK(2));
            d->entries[hint].value = PEEK(2);
            PEEK(2) = Value();
            d->version++;
            decref(old);
          } else {
            dict_set(d, name, PEEK(2));
            int64_t ix = dict_find_str(d, name.as<StrObject>());
            if (ix >= 0) cache.entry_hint = static_cast<uint32_t>(ix);
          }
        } else {
          set_attr(obj, name.as<StrObject>(), PEEK(2));
          if (t->setattr == generic_setattr && t->instance_dict && obj.is_object() &&
              type_lookup(t, name.as<StrObject>()).is_null()) {
            cache.type = t;
            cache.type_epoch = current_type_epoch();
          }
        }
        decref(POP());
        decref(POP());
      }
      DISPATCH();

      TARGET(DELETE_ATTR) {
        Value name = f->code->names[ARG()];
        del_attr(TOP(), name.as<StrObject>());
        decref(POP());
      }
      DISPATCH();

      TARGET(LOAD_METHOD) {
        Value name = f->code->names[ARG()];
        InlineCache& cache = inline_cache(f->code, NEXT_WORD());
        Value obj = TOP();
        Type* t = type_of(obj);
        Value method;
        if (cache.type == t && cache.type_epoch == current_type_epoch()) {
          method = cache.value;
          // An instance attribute of the same name shadows the method.
          if (t->instance_dict && obj.is_object()) {
            Ref* slot = instance_dict_slot(t, obj.object());
            if (!slot->is_null()) {
              auto* d = slot->as<DictObject>();
              StrObject* key = name.as<StrObject>();
              if ((d->key_filter & dict_filter_bit(str_hash(key))) && !dict_get_str(d, key).is_null())
                method = Value();
            }
          }
        } else {
          method = find_unbound_method(obj, name.as<StrObject>());
          if (!method.is_null()) {
            cache.type = t;
            cache.type_epoch = current_type_epoch();
            cache.value = method;
          }
        }
        if (!method.is_null()) {
          incref(method);
          TOP() = method;
          PUSH(obj);  // the reference moves from the old top to the self slot
        } else {
          Ref v = get_attr(obj, name.as<StrObject>());
          decref(obj);
          TOP() = v.release();
          PUSH(Value());
        }
      }
      DISPATCH();

      TARGET(CALL) {
        call_argc = ARG();
        call_base = sp - call_argc - 2;
        call_kwnames = nullptr;
        goto do_call;
      }

      TARGET(CALL_KW) {
        call_argc = ARG();
        call_base = sp - call_argc - 2;
        call_kwnames = consts[NEXT_WORD()].as<TupleObject>();
        call_argc -= call_kwnames->size;
        goto do_call;
      }

    do_call : {
      // [callable, self_or_null, args..., kwargs values...]; f->ip stays on
      // the call instruction so tracebacks and handlers see it.
      check_eval_breaker(ts);
      Value* base = call_base;
      Value callable = base[0];
      if (base[1].is_null() && type_of(callable) == &method_type) {
        auto* m = callable.as<MethodObject>();
        base[1] = m->self;
        incref(base[1]);
        base[0] = m->func;
        incref(base[0]);
        decref(callable);
        callable = base[0];
      }
      Value* args = base + 2;
      size_t nargs = call_argc;
      if (!base[1].is_null()) {
        args--;
        nargs++;
      }
      if (type_of(callable) == &function_type) {
        CodeObject* code = callable.as<FunctionObject>()->code_object();
        if ((code->flags & kCodeGenerator) && !call_kwnames &&
            static_cast<int64_t>(nargs) == code->fast_argcount()) {
          if (args != base + 1) decref(base[1]);  // an unused self slot (null)
          Value gen = call_generator_function(callable.as<FunctionObject>(), args, nargs).release();
          sp = base;
          PUSH(gen);
          DISPATCH();
        }
        f = call_python(ts, f, base, sp, args, nargs, call_kwnames);
        LOAD_FRAME_STATE();
        DISPATCH();
      }
      if (!call_kwnames) {
        // next(gen) and gen.send(v): run the generator's frame in this loop;
        // YIELD_VALUE and its return come back to this call.
        Value sent = Value::none();
        GeneratorObject* gen = generator_call(callable, args, nargs, sent);
        if (gen && (gen->state == GeneratorObject::State::Suspended ||
                    (gen->state == GeneratorObject::State::Created && sent.is_none()))) {
          if (nargs == 2) args[1] = Value();  // the sent value moves into the frame
          f->sp = sp;
          Frame* g = gen->frame();
          enter_generator_frame(ts, g, sent, false);
          g->is_entry = false;
          f = g;
          LOAD_FRAME_STATE();
          DISPATCH();
        }
      }
      if (type_of(callable) == &type_type && base[1].is_null() && (callable.as<Type>()->flags & kTypeHeap)) {
        // C(args) for a plain Python class: create the instance and run
        // C.__init__ as an ordinary frame, without re-entering the loop.
        Value init = type_lookup(callable.as<Type>(), GILT_NAME("__init__"));
        Value instance = is_function(init) ? new_instance_for_inline_init(callable.as<Type>()).release() : Value();
        if (!instance.is_null()) {
          incref(init);
          base[0] = init;
          decref(callable);  // the instance keeps its class alive
          base[1] = instance;  // the stack owns it from here
          f = call_python(ts, f, base, sp, base + 1, nargs + 1, call_kwnames);
          incref(instance);
          f->init_self = instance;
          LOAD_FRAME_STATE();
          DISPATCH();
        }
      }
      Ref result = call_native(callable, args, nargs, call_kwnames);
      for (Value* p = sp; p > base;) decref(*--p);
      sp = base;
      PUSH(result.release());
    }
    DISPATCH();

      TARGET(CALL_EX) {
        uint32_t flags = ARG();
        Value* base = sp - 3 - (flags & 1);
        Value callable = base[0];
        Value argtuple = base[2];
        Value kwargs = (flags & 1) ? base[3] : Value();
        check_eval_breaker(ts);
        Ref result = call_with_collections(callable, base[1], argtuple, kwargs);
        for (Value* p = sp; p > base;) decref(*--p);
        sp = base;
        PUSH(result.release());
      }
      DISPATCH();

      TARGET(RETURN_VALUE) {
        return_value = POP();
        goto do_return;
      }

    do_return : {
      // Leaves frame f with return_value (a reference it owns).
      Value rv = return_value;
      f->sp = sp;
      bool from_generator = f->in_generator;
      if (from_generator) generator_leave(ts, generator_of(f), GeneratorObject::State::Closed);
      if (f->is_entry) {
        pop_frame(ts, f);
        return Ref::steal(rv);
      }
      if (from_generator) {
        // Resumed inline by FOR_ITER (the loop ends) or SEND (its result).
        Frame* caller = f->previous;
        pop_frame(ts, f);
        f = caller;
        LOAD_FRAME_STATE();
        Op op = decode_op(*ip);
        if (op == Op::CALL) {
          // next()/send() of a generator that returned: StopIteration here.
          Ref value = Ref::steal(rv);
          exc = new_exception(&exc::StopIteration, value.get().is_none() ? make_tuple({}) : make_tuple({value.get()}));
          chain_exception_context(ts, exc);
          add_traceback_entry(exc, f);
          goto exception_unwind;
        }
        if (op == Op::FOR_ITER) {
          decref(rv);
          decref(POP());
        } else {
          decref(TOP());
          TOP() = rv;
        }
        ip = f->code->code.data() + decode_arg(*ip);
        DISPATCH();
      }
      Frame* caller = f->previous;
      Value init_self = f->init_self;
      f->init_self = Value();
      pop_frame(ts, f);
      f = caller;
      LOAD_FRAME_STATE();
      if (!init_self.is_null()) {
        // An inlined C(args): the call's value is the instance.
        Ref instance = Ref::steal(init_self);
        Ref returned = Ref::steal(rv);
        if (!returned.get().is_none())
          raise_type_error("__init__() should return None, not '" + type_name(returned) + "'");
        rv = instance.release();
      }
      ip += decode_op(*ip) == Op::CALL_KW ? 2 : 1;  // resume after the call instruction
      PUSH(rv);
    }
    DISPATCH();

// [a, b] -> [a op b]: the inline fast paths, else `generic` (binary_op or
// inplace_op). In the opcodes with a fixed operator fast_binary's switch folds away.
#define BINARY_OPERATION(op, generic)                       \
  do {                                                      \
    Value b = TOP();                                        \
    Value a = PEEK(2);                                      \
    Value r = fast_binary(a, b, static_cast<uint32_t>(op)); \
    if (r.is_null()) r = generic(a, b, op).release();       \
    decref(a);                                              \
    decref(b);                                              \
    sp--;                                                   \
    TOP() = r;                                              \
  } while (0)

      TARGET(BINARY_ADD) BINARY_OPERATION(BinaryOp::Add, binary_op);
      DISPATCH();
      TARGET(BINARY_SUB) BINARY_OPERATION(BinaryOp::Sub, binary_op);
      DISPATCH();
      TARGET(INPLACE_ADD) BINARY_OPERATION(BinaryOp::Add, inplace_op);
      DISPATCH();
      TARGET(INPLACE_SUB) BINARY_OPERATION(BinaryOp::Sub, inplace_op);
      DISPATCH();
      TARGET(BINARY_OP) BINARY_OPERATION(static_cast<BinaryOp>(ARG()), binary_op);
      DISPATCH();

      TARGET(INPLACE_OP) BINARY_OPERATION(static_cast<BinaryOp>(ARG()), inplace_op);
      DISPATCH();

      TARGET(UNARY_NEGATIVE) {
        Value v = TOP();
        Ref r = (v.is_small_int() && v.small_int() != Value::kMinSmallInt) ? Ref(Value::small_int(-v.small_int()))
                                                                           : negative(v);
        decref(v);
        TOP() = r.release();
      }
      DISPATCH();

      TARGET(UNARY_POSITIVE) {
        Ref r = positive(TOP());
        decref(TOP());
        TOP() = r.release();
      }
      DISPATCH();

      TARGET(UNARY_INVERT) {
        Ref r = invert(TOP());
        decref(TOP());
        TOP() = r.release();
      }
      DISPATCH();

      TARGET(UNARY_NOT) {
        bool t = truthy(TOP());
        decref(TOP());
        TOP() = Value::boolean(!t);
      }
      DISPATCH();

      TARGET(COMPARE_OP) {
        Value b = TOP();
        Value a = PEEK(2);
        if (a.is_small_int() && b.is_small_int()) {
          // Tagged ints order like their values.
          int64_t x = static_cast<int64_t>(a.bits()), y = static_cast<int64_t>(b.bits());
          bool r = false;
          switch (static_cast<CompareOp>(ARG())) {
            case CompareOp::Lt: r = x < y; break;
            case CompareOp::Le: r = x <= y; break;
            case CompareOp::Eq: r = x == y; break;
            case CompareOp::Ne: r = x != y; break;
            case CompareOp::Gt: r = x > y; break;
            case CompareOp::Ge: r = x >= y; break;
          }
          sp -= 2;
          // `if a < b:` — take the branch now instead of pushing a bool for
          // the next instruction to pop.
          uint32_t next = *ip;
          if (decode_op(next) == Op::POP_JUMP_IF_FALSE || decode_op(next) == Op::POP_JUMP_IF_TRUE) {
            ip++;
            if (r == (decode_op(next) == Op::POP_JUMP_IF_TRUE)) ip = f->code->code.data() + decode_arg(next);
          } else {
            PUSH(Value::boolean(r));
          }
        } else {
          Value r = compare(a, b, static_cast<CompareOp>(ARG())).release();
          decref(a);
          decref(b);
          sp--;
          TOP() = r;
        }
      }
      DISPATCH();

      TARGET(IS_OP) {
        bool r = PEEK(2).is(TOP()) != (ARG() == 1);
        decref(POP());
        decref(TOP());
        TOP() = Value::boolean(r);
      }
      DISPATCH();

      TARGET(CONTAINS_OP) {
        bool r = contains(TOP(), PEEK(2)) != (ARG() == 1);
        decref(POP());
        decref(TOP());
        TOP() = Value::boolean(r);
      }
      DISPATCH();

      TARGET(JUMP_FORWARD) {
        ip = f->code->code.data() + ARG();
      }
      DISPATCH();

      TARGET(JUMP_BACKWARD) {
        ip = f->code->code.data() + ARG();
        check_eval_breaker(ts);
      }
      DISPATCH();

      TARGET(POP_JUMP_IF_FALSE) {
        Value v = TOP();
        bool t = v.is_bool() ? v.is_true() : v.is_small_int() ? v.small_int() != 0 : truthy(v);
        decref(POP());
        if (!t) ip = f->code->code.data() + ARG();
      }
      DISPATCH();

      TARGET(POP_JUMP_IF_TRUE) {
        Value v = TOP();
        bool t = v.is_bool() ? v.is_true() : v.is_small_int() ? v.small_int() != 0 : truthy(v);
        decref(POP());
        if (t) ip = f->code->code.data() + ARG();
      }
      DISPATCH();

      TARGET(POP_JUMP_IF_NONE) {
        Value v = POP();
        if (v.is_none()) ip = f->code->code.data() + ARG();
        decref(v);
      }
      DISPATCH();

      TARGET(POP_JUMP_IF_NOT_NONE) {
        Value v = POP();
        if (!v.is_none()) ip = f->code->code.data() + ARG();
        decref(v);
      }
      DISPATCH();

      TARGET(JUMP_IF_FALSE_OR_POP) {
        if (!truthy(TOP()))
          ip = f->code->code.data() + ARG();
        else
          decref(POP());
      }
      DISPATCH();

      TARGET(JUMP_IF_TRUE_OR_POP) {
        if (truthy(TOP()))
          ip = f->code->code.data() + ARG();
        else
          decref(POP());
      }
      DISPATCH();

      TARGET(GET_ITER) {
        if (type_of(TOP()) == &generator_type) DISPATCH();  // its own iterator
        Ref it = get_iter(TOP());
        decref(TOP());
        TOP() = it.release();
      }
      DISPATCH();

      TARGET(FOR_ITER) {
        Value it = TOP();
        if (it.is_object() && it.object()->type == &range_iterator_type) {
          auto* r = it.as<RangeIterObject>();
          if (r->remaining > 0 && Value::fits_small_int(r->next)) {
            PUSH(Value::small_int(r->next));
            if (--r->remaining) r->next += r->step;
            DISPATCH();
          }
        }
        if (type_of(it) == &generator_type && it.as<GeneratorObject>()->state < GeneratorObject::State::Running) {
          // Run the generator's frame in this loop; YIELD_VALUE comes back here.
          Frame* g = it.as<GeneratorObject>()->frame();
          f->sp = sp;
          enter_generator_frame(ts, g, Value::none(), false);
          g->is_entry = false;
          f = g;
          LOAD_FRAME_STATE();
          DISPATCH();
        }
        Value next = fast_iter_next(it);
        if (next.is_null()) {
          decref(POP());
          ip = f->code->code.data() + ARG();
        } else {
          PUSH(next);
        }
      }
      DISPATCH();

      TARGET(BUILD_TUPLE) {
        size_t n = ARG();
        Ref t = make_tuple(sp - n, static_cast<int64_t>(n));
        for (size_t i = 0; i < n; i++) decref(POP());
        PUSH(t.release());
      }
      DISPATCH();

      TARGET(BUILD_LIST) {
        size_t n = ARG();
        Ref l = make_list(sp - n, static_cast<int64_t>(n));
        for (size_t i = 0; i < n; i++) decref(POP());
        PUSH(l.release());
      }
      DISPATCH();

      TARGET(BUILD_SET) {
        size_t n = ARG();
        Ref s = new_set();
        for (size_t i = n; i > 0; i--) set_add(s, PEEK(i));
        for (size_t i = 0; i < n; i++) decref(POP());
        PUSH(s.release());
      }
      DISPATCH();

      TARGET(BUILD_MAP) {
        size_t n = ARG();
        Ref d = new_dict();
        for (size_t i = 2 * n; i > 0; i -= 2) dict_set(d.as<DictObject>(), PEEK(i), PEEK(i - 1));
        for (size_t i = 0; i < 2 * n; i++) decref(POP());
        PUSH(d.release());
      }
      DISPATCH();

      TARGET(BUILD_STRING) {
        size_t n = ARG();
        std::string s;
        for (size_t i = n; i > 0; i--) s += str_view(PEEK(i));
        Ref r = new_str(s);
        for (size_t i = 0; i < n; i++) decref(POP());
        PUSH(r.release());
      }
      DISPATCH();

      TARGET(BUILD_SLICE) {
        size_t n = ARG();
        Ref s = new_slice(PEEK(n), PEEK(n - 1), n == 3 ? PEEK(1) : Value::none());
        for (size_t i = 0; i < n; i++) decref(POP());
        PUSH(s.release());
      }
      DISPATCH();

      TARGET(LIST_APPEND) {
        list_append(PEEK(ARG() + 1), TOP());
        decref(POP());
      }
      DISPATCH();

      TARGET(SET_ADD) {
        set_add(PEEK(ARG() + 1), TOP());
        decref(POP());
      }
      DISPATCH();

      TARGET(MAP_ADD) {
        dict_set(PEEK(ARG() + 2).as<DictObject>(), PEEK(2), TOP());
        decref(POP());
        decref(POP());
      }
      DISPATCH();

      TARGET(LIST_EXTEND) {
        Value iterable = TOP();
        if (!type_of(iterable)->iter && !type_of(iterable)->getitem)
          raise_type_error("Value after * must be an iterable, not " + type_name(iterable));
        list_extend(PEEK(ARG() + 1), iterable);
        decref(POP());
      }
      DISPATCH();

      TARGET(SET_UPDATE) {
        Ref it = get_iter(TOP());
        for (Ref x = iter_next(it); !x.is_null(); x = iter_next(it)) set_add(PEEK(ARG() + 1), x);
        decref(POP());
      }
      DISPATCH();

      TARGET(DICT_UPDATE) {
        Value m = TOP();
        if (!is_dict(m) && try_get_attr(m, GILT_NAME("keys")).is_null())
          raise_type_error("'" + type_name(m) + "' object is not a mapping");
        dict_update(PEEK(ARG() + 1).as<DictObject>(), m);
        decref(POP());
      }
      DISPATCH();

      TARGET(DICT_MERGE) {
        dict_merge_kwargs(PEEK(ARG() + 1).as<DictObject>(), TOP(), PEEK(ARG() + 4));
        decref(POP());
      }
      DISPATCH();

      TARGET(LIST_TO_TUPLE) {
        auto* l = TOP().as<ListObject>();
        std::vector<Value> items(l->items.begin(), l->items.end());
        Ref t = make_tuple(items.data(), static_cast<int64_t>(items.size()));
        decref(TOP());
        TOP() = t.release();
      }
      DISPATCH();

      TARGET(UNPACK_SEQUENCE) {
        size_t n = ARG();
        Value seq = TOP();
        std::vector<Ref> items = unpack_iterable(seq, n, -1);
        decref(POP());
        for (size_t i = n; i > 0; i--) PUSH(items[i - 1].release());
      }
      DISPATCH();

      TARGET(UNPACK_EX) {
        size_t before = ARG() & 0xFF, after = ARG() >> 8;
        Value seq = TOP();
        std::vector<Ref> items = unpack_iterable(seq, before, static_cast<int>(after));
        decref(POP());
        // items: before..., starred list, after...
        for (size_t i = items.size(); i > 0; i--) PUSH(items[i - 1].release());
      }
      DISPATCH();

      TARGET(BINARY_SUBSCR) {
        Value key = TOP();
        Value container = PEEK(2);
        Ref r = fast_subscript(container, key);
        if (r.is_null()) r = get_item(container, key);
        decref(key);
        decref(container);
        sp--;
        TOP() = r.release();
      }
      DISPATCH();

      TARGET(STORE_SUBSCR) {
        set_item(PEEK(2), TOP(), PEEK(3));
        decref(POP());
        decref(POP());
        decref(POP());
      }
      DISPATCH();

      TARGET(DELETE_SUBSCR) {
        del_item(PEEK(2), TOP());
        decref(POP());
        decref(POP());
      }
      DISPATCH();

      TARGET(FORMAT_VALUE) {
        uint32_t flags = ARG();
        bool has_spec = flags & 4;
        Value spec = has_spec ? TOP() : Value();
        Value v = has_spec ? PEEK(2) : TOP();
        Ref r = format_field(v, flags & 3, spec);
        if (has_spec) decref(POP());
        decref(TOP());
        TOP() = r.release();
      }
      DISPATCH();

      TARGET(MAKE_FUNCTION) {
        uint32_t flags = ARG();
        Ref fn = make_function_from_stack(f, sp, flags);
        int pops = 1 + (flags & 1) + ((flags >> 1) & 1) + ((flags >> 2) & 1) + ((flags >> 3) & 1);
        for (int i = 0; i < pops; i++) decref(POP());
        PUSH(fn.release());
      }
      DISPATCH();

      TARGET(LOAD_BUILD_CLASS) {
        Value bc = dict_get_str(f->builtins, GILT_NAME("__build_class__"));
        if (bc.is_null()) raise(&exc::NameError, "__build_class__ not found");
        incref(bc);
        PUSH(bc);
      }
      DISPATCH();

      TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(Value::object(&exc::AssertionError));
      }
      DISPATCH();

      TARGET(RAISE_VARARGS) {
        uint32_t n = ARG();
        if (n == 0) {
          if (ts->handled_exception().is_null()) raise(&exc::RuntimeError, "No active exception to reraise");
          exc = Ref(ts->handled_exception());
          goto exception_unwind;
        }
        Ref e = make_raisable(PEEK(n));
        if (n == 2) {
          Value cause = TOP();
          Ref c;
          if (cause.is_none()) {
          } else if ((type_of(cause)->flags & kTypeTypeSubclass) || is_exception(cause)) {
            c = make_raisable(cause);
          } else {
            raise_type_error("exception causes must derive from BaseException");
          }
          e.as<ExceptionObject>()->cause = c;
          e.as<ExceptionObject>()->suppress_context = true;
        }
        for (uint32_t i = 0; i < n; i++) decref(POP());
        f->sp = sp;
        exc = std::move(e);
        chain_exception_context(ts, exc);
        add_traceback_entry(exc, f);
        goto exception_unwind;
      }

      TARGET(RERAISE) {
        exc = Ref::steal(POP());
        f->sp = sp;
        goto exception_unwind;
      }

      TARGET(PUSH_EXC_INFO) {
        Value e = TOP();
        Ref& handled = ts->exc_state->handled;
        Value prev = handled.is_null() ? Value::none() : handled.release();
        handled = Ref(e);
        TOP() = prev;
        PUSH(e);
      }
      DISPATCH();

      TARGET(POP_EXCEPT) {
        Value prev = POP();  // None stands for "no exception"
        ts->exc_state->handled = prev.is_none() ? Ref() : Ref::steal(prev);
      }
      DISPATCH();

      TARGET(CHECK_EG_MATCH) {
        Value type = TOP();
        check_except_star_type(type);
        Ref match, rest;
        exception_group_match(PEEK(2), type, match, rest);
        decref(POP());
        if (match.is_null()) {
          PUSH(Value::none());
        } else {
          Value whole = TOP();
          TOP() = rest.is_null() ? Value::none() : rest.release();
          decref(whole);
          ts->exc_state->handled = match;
          PUSH(match.release());
        }
      }
      DISPATCH();

      TARGET(PREP_RERAISE_STAR) {
        Ref r = prepare_reraise_star(PEEK(2), TOP());
        decref(POP());
        decref(TOP());
        TOP() = r.is_null() ? Value::none() : r.release();
      }
      DISPATCH();

      TARGET(CHECK_EXC_MATCH) {
        Value type = TOP();
        check_except_type(type);
        bool match = exception_matches(PEEK(2), type);
        decref(TOP());
        TOP() = Value::boolean(match);
      }
      DISPATCH();

      TARGET(BEFORE_WITH) {
        Value mgr = TOP();
        Ref enter(special_method_unbound(mgr, GILT_NAME("__enter__")));
        Ref exit = special_method(mgr, GILT_NAME("__exit__"));
        TOP() = exit.release();
        Type* enter_type = type_of(enter);
        if (enter_type == &function_type || enter_type == &method_descriptor_type) {
          PUSH(enter.release());
          PUSH(mgr);  // the reference moves from the old top to the self slot
        } else {
          Ref bound = bind_special_method(enter, mgr);
          decref(mgr);
          PUSH(bound.release());
          PUSH(Value());
        }
      }
      DISPATCH();

      TARGET(WITH_EXCEPT_START) {
        Value e = TOP();
        Value exit = PEEK(3);
        Value tb = e.as<ExceptionObject>()->traceback;
        Ref r = call(exit, {Value::object(type_of(e)), e, tb.is_null() ? Value::none() : tb});
        PUSH(r.release());
      }
      DISPATCH();

      TARGET(PRINT_EXPR) {
        print_expression_result(ts, TOP());
        decref(POP());
      }
      DISPATCH();

      TARGET(IMPORT_NAME) {
        Value name = f->code->names[ARG()];
        Ref m = import_module_from(f, name, TOP(), PEEK(2));
        decref(POP());
        decref(TOP());
        TOP() = m.release();
      }
      DISPATCH();

      TARGET(IMPORT_FROM) {
        Value name = f->code->names[ARG()];
        Ref v = import_from(TOP(), name);
        PUSH(v.release());
      }
      DISPATCH();

      TARGET(IMPORT_STAR) {
        import_star(f, TOP());
        decref(POP());
      }
      DISPATCH();

      TARGET(SETUP_ANNOTATIONS) {
        setup_annotations(f);
      }
      DISPATCH();

      TARGET(RETURN_GENERATOR) {
        // The frame moves into a generator, which the call returns.
        f->sp = sp;
        return_value = make_generator(f).release();
        sp = f->sp;
        goto do_return;
      }

      TARGET(YIELD_VALUE) {
        // Park: f->ip stays on this instruction, the stack below v stays.
        Value v = POP();
        f->sp = sp;
        generator_leave(ts, generator_of(f), GeneratorObject::State::Suspended);
        ts->frame = f->previous;
        ts->depth--;
        if (f->is_entry) return Ref::steal(v);
        // Resumed by FOR_ITER, SEND or a call (next(), send()) in the frame
        // below: continue after it, with v as its result.
        f = f->previous;
        LOAD_FRAME_STATE();
        if (decode_op(*ip) == Op::CALL) {
          for (uint32_t n = decode_arg(*ip) + 2; n > 0; n--) decref(POP());
        }
        PUSH(v);
        ip++;
      }
      DISPATCH();

      TARGET(SEND) {
        Value receiver = PEEK(2);
        if (type_of(receiver) == &generator_type) {
          auto* gen = receiver.as<GeneratorObject>();
          bool can_send = gen->state == GeneratorObject::State::Suspended ||
                          (gen->state == GeneratorObject::State::Created && TOP().is_none());
          if (can_send) {
            // The sent value moves into the generator's frame, which runs in
            // this loop; YIELD_VALUE or its return come back here.
            Value sent = POP();
            f->sp = sp;
            Frame* g = gen->frame();
            enter_generator_frame(ts, g, sent, false);
            g->is_entry = false;
            f = g;
            LOAD_FRAME_STATE();
            DISPATCH();
          }
        }
        Ref yielded, returned;
        if (type_of(receiver) == &generator_type) {
          yielded = generator_send(receiver.as<GeneratorObject>(), TOP(), &returned);
        } else {
          yielded = send_to_iterator(receiver, TOP(), returned);
        }
        if (!yielded.is_null()) {
          decref(TOP());
          TOP() = yielded.release();
        } else {
          decref(POP());
          decref(TOP());
          TOP() = returned.release();
          ip = f->code->code.data() + ARG();
        }
      }
      DISPATCH();

      TARGET(GET_YIELD_FROM_ITER) {
        if (type_of(TOP()) != &generator_type) {
          Ref it = get_iter(TOP());
          decref(TOP());
          TOP() = it.release();
        }
      }
      DISPATCH();

#if !GILT_COMPUTED_GOTO
      default:
        raise(&exc::SystemError, "unknown opcode");
      }
#endif
    } catch (PyException& e) {
      exc = std::move(e.exception);
      chain_exception_context(ts, exc);
      add_traceback_entry(exc, f);
    }

  exception_unwind:
    // `exc` propagates: find a handler in this frame or leave it. By rule 1
    // the loop's `sp` is the running frame's stack as the instruction found it.
    f->sp = sp;
    for (;;) {
      const ExceptionTableEntry* h = find_handler(f->code, f->lasti());
      if (h) {
        Value* target = f->stack_base() + h->depth;
        sp = f->sp;
        while (sp > target) decref(*--sp);
        PUSH(exc.release());
        ip = f->code->code.data() + h->handler;
        consts = reinterpret_cast<Value*>(f->code->consts.data());
        break;
      }
      bool was_entry = f->is_entry;
      Frame* caller = f->previous;
      pop_frame(ts, f);
      if (f->in_generator) {
        generator_leave(ts, generator_of(f), GeneratorObject::State::Closed);
        exc = generator_exception_escaped(std::move(exc));
      }
      if (was_entry) throw PyException{std::move(exc)};
      f = caller;
      add_traceback_entry(exc, f);
    }
  }
}

}  // namespace gilt
