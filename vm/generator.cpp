// Generator objects: creation, send/throw/close, iteration, finalization
// (see generator.h).
#include "vm/generator.h"

#include <cstring>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "vm/eval_support.h"
#include "vm/frame_object.h"
#include "vm/function.h"
#include "vm/interpreter.h"
#include "vm/opcodes.h"
#include "vm/traceback.h"

namespace gilt {

Type generator_type;

using State = GeneratorObject::State;

static GeneratorObject* as_gen(Value v) { return v.as<GeneratorObject>(); }
static bool is_generator(Value v) { return type_of(v) == &generator_type; }

GeneratorObject* allocate_generator(FunctionObject* func) {
  size_t size = sizeof(GeneratorObject) + Frame::size_for(func->code_object());
  auto* gen = new (allocate_object(&generator_type, size)) GeneratorObject();
  gen->type = &generator_type;
  new (gen->frame()) Frame();  // owns nothing until set up (the collector may look)
  gen->size = size;
  gen->name = func->name;
  gen->qualname = func->qualname;
  return gen;
}

Ref make_generator(Frame* f) {
  GeneratorObject* gen = allocate_generator(f->func);
  Frame* g = new (gen->frame()) Frame(*f);
  g->in_generator = true;
  g->is_entry = false;
  g->previous = nullptr;
  g->init_self = Value();
  size_t live = static_cast<size_t>(f->sp - f->localsplus());
  std::memcpy(static_cast<void*>(g->localsplus()), f->localsplus(), live * sizeof(Value));
  g->sp = g->localsplus() + live;
  // The references moved into the generator: `f` owns nothing of them now.
  f->func = nullptr;
  f->locals = Value();
  f->sp = f->localsplus();
  return Ref::steal(gen);
}

// Releases what a parked frame owns (a finished frame owns nothing).
static void release_frame(GeneratorObject* gen) {
  gen->state = State::Closed;
  clear_frame(gen->frame());
}

// The delegate of a generator suspended in `yield from`, or null.
static Value yield_from_target(GeneratorObject* gen) {
  if (gen->state != State::Suspended) return Value();
  Frame* f = gen->frame();
  if (decode_op(*f->ip) != Op::YIELD_VALUE || decode_arg(*f->ip) != 1) return Value();
  return f->sp[-1];
}

Ref generator_exception_escaped(Ref exc) {
  if (!type_of(exc)->is_subtype_of(&exc::StopIteration)) return exc;
  Ref error = new_exception(&exc::RuntimeError, "generator raised StopIteration");
  auto* e = error.as<ExceptionObject>();
  e->cause = exc;
  e->context = exc;
  e->suppress_context = true;
  return error;
}

// Runs the generator from where it is parked, with `sent` pushed as the
// value of its yield, or with `thrown` raised there. Returns what it yields,
// or null when it returns (the value in *returned). Its frame's transitions
// (YIELD_VALUE, returning, an exception escaping) keep the state.
static Ref run(GeneratorObject* gen, Value sent, Value thrown, Ref* returned) {
  if (gen->state == State::Running) raise_value_error("generator already executing");
  if (gen->state == State::Closed) {
    if (!thrown.is_null()) raise(Ref(thrown));
    if (returned) *returned = Ref(Value::none());
    return Ref();
  }
  Ref result = resume_frame(ThreadState::current(), gen->frame(), sent, thrown);
  if (gen->state == State::Suspended) return result;
  if (returned) *returned = std::move(result);
  return Ref();
}

Ref generator_send(GeneratorObject* gen, Value sent, Ref* returned) {
  if (gen->state == State::Created && !sent.is_none())
    raise_type_error("can't send non-None value to a just-started generator");
  return run(gen, sent, Value(), returned);
}

// The value of a StopIteration, or None.
static Ref stop_iteration_value(Value exc) {
  Ref v = try_get_attr(exc, GILT_NAME("value"));
  return v.is_null() ? Ref(Value::none()) : v;
}

static bool is_instance_of(Value exc, Type* t) { return type_of(exc)->is_subtype_of(t); }

// The delegate of a `yield from` returned `value` while handling a throw:
// finish the loop as SEND would (drop the delegate, continue after the
// loop) and resume with the value.
static Ref finish_yield_from(GeneratorObject* gen, Value value, Ref* returned) {
  Frame* f = gen->frame();
  uint32_t send = f->ip[-1];  // YIELD_VALUE 1 follows its SEND
  decref(*--f->sp);
  f->ip = f->code->code.data() + decode_arg(send) - 1;  // resuming steps onto the target
  return run(gen, value, Value(), returned);
}

// Closes a `yield from` delegate: close() when it has one.
static void close_delegate(Value delegate);

// gen.throw(exc), delegated to the `yield from` target first, if any.
static Ref throw_into(GeneratorObject* gen, Ref exc, Ref* returned) {
  Value target = yield_from_target(gen);
  if (!target.is_null()) {
    Ref delegate(target);
    bool closing = is_instance_of(exc, &exc::GeneratorExit);
    gen->state = State::Running;  // gi_running while the delegate works
    try {
      if (closing) {
        close_delegate(delegate);
      } else if (is_generator(delegate)) {
        Ref delegate_returned;
        Ref r = throw_into(as_gen(delegate), exc, &delegate_returned);
        gen->state = State::Suspended;
        if (!r.is_null()) return r;
        return finish_yield_from(gen, delegate_returned, returned);
      } else {
        Ref method = try_get_attr(delegate, GILT_NAME("throw"));
        if (!method.is_null()) {
          Ref r = call(method, {exc.get()});
          gen->state = State::Suspended;
          return r;
        }
      }
    } catch (PyException& e) {
      gen->state = State::Suspended;
      if (!closing && is_instance_of(e.exception, &exc::StopIteration))
        return finish_yield_from(gen, stop_iteration_value(e.exception), returned);
      exc = std::move(e.exception);  // raised by the delegate: raise it here instead
    }
    gen->state = State::Suspended;
  }
  // A generator not started yet gets the exception at the top of its body.
  return run(gen, Value(), exc, returned);
}

static void close_generator(GeneratorObject* gen) {
  if (gen->state == State::Running) raise_value_error("generator already executing");
  if (gen->state != State::Suspended) {
    release_frame(gen);
    return;
  }
  // Parked outside any try block and not delegating: nothing could run.
  Frame* f = gen->frame();
  if (yield_from_target(gen).is_null() && !find_handler(f->code, f->lasti())) {
    release_frame(gen);
    return;
  }
  Ref yielded;
  try {
    yielded = throw_into(gen, new_exception(&exc::GeneratorExit, make_tuple({})), nullptr);
  } catch (PyException& e) {
    if (is_instance_of(e.exception, &exc::GeneratorExit) || is_instance_of(e.exception, &exc::StopIteration)) return;
    throw;
  }
  if (!yielded.is_null()) raise(&exc::RuntimeError, "generator ignored GeneratorExit");
}

static void close_delegate(Value delegate) {
  if (is_generator(delegate)) return close_generator(as_gen(delegate));
  Ref method = try_get_attr(delegate, GILT_NAME("close"));
  if (!method.is_null()) call(method, {});
}

[[noreturn]] static void raise_stop_iteration(Ref value) {
  Ref args = value.get().is_none() ? make_tuple({}) : make_tuple({value.get()});
  raise(new_exception(&exc::StopIteration, args));
}

// ------------------------------------------------------------------ methods


Ref (*builtin_next_function)(Value self, CallArgs args) = nullptr;

Ref generator_send_method(Value self, CallArgs args) {
  check_exact_args("send", args, 1);
  Ref returned;
  Ref r = generator_send(as_gen(self), args.args[0], &returned);
  if (r.is_null()) raise_stop_iteration(std::move(returned));
  return r;
}

// throw(value), throw(type[, value[, traceback]]): the exception `raise` would make.
static Ref exception_to_throw(CallArgs args) {
  check_arg_range("throw", args, 1, 3);
  Value typ = args.args[0];
  Value val = args.nargs > 1 ? args.args[1] : Value::none();
  Value tb = args.nargs > 2 ? args.args[2] : Value::none();
  if (!tb.is_none() && type_of(tb) != &traceback_type)
    raise_type_error("throw() third argument must be a traceback object");
  Ref exc;
  if ((type_of(typ)->flags & kTypeTypeSubclass) && is_exception_type(typ.as<Type>())) {
    if (!val.is_none() && type_of(val)->is_subtype_of(typ.as<Type>()))
      exc = Ref(val);
    else if (val.is_none())
      exc = call(typ, {});
    else if (type_of(val) == &tuple_type)
      exc = call(typ, CallArgs{val.as<TupleObject>()->items(), static_cast<size_t>(val.as<TupleObject>()->size), nullptr});
    else
      exc = call(typ, {val});
  } else if (is_exception(typ)) {
    if (!val.is_none()) raise_type_error("instance exception may not have a separate value");
    exc = Ref(typ);
  } else {
    raise_type_error("exceptions must be classes or instances deriving from BaseException, not " + type_name(typ));
  }
  if (!tb.is_none()) exc.as<ExceptionObject>()->traceback = Ref(tb);
  return exc;
}

static Ref gen_throw(Value self, CallArgs args) {
  Ref exc = exception_to_throw(args);
  Ref returned;
  Ref r = throw_into(as_gen(self), std::move(exc), &returned);
  if (r.is_null()) raise_stop_iteration(std::move(returned));
  return r;
}

static Ref gen_close(Value self, CallArgs args) {
  check_exact_args("close", args, 0);
  close_generator(as_gen(self));
  return Ref(Value::none());
}

static Ref gen_iter(Value self) { return Ref(self); }
// The next slot: null when exhausted (for loops, list(), ... need no value).
static Ref gen_next(Value self) { return generator_send(as_gen(self), Value::none()); }

// __next__ and next(): the return value travels in the StopIteration.
static Ref gen_next_method(Value self, CallArgs args) {
  check_exact_args("__next__", args, 0);
  Ref returned;
  Ref r = generator_send(as_gen(self), Value::none(), &returned);
  if (r.is_null()) raise_stop_iteration(std::move(returned));
  return r;
}

static Ref gen_repr(Value self) {
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(self.object()));
  return new_str("<generator object " + std::string(str_view(as_gen(self)->qualname)) + " at " + addr + ">");
}

static Ref gen_getattr(Value self, StrObject* name) {
  GeneratorObject* gen = as_gen(self);
  std::string_view n = name->view();
  if (n == "__name__") return gen->name;
  if (n == "__qualname__") return gen->qualname;
  if (n == "gi_running") return Ref(Value::boolean(gen->state == State::Running));
  if (n == "gi_suspended") return Ref(Value::boolean(gen->state == State::Suspended));
  if (n == "gi_frame")
    return gen->state == State::Closed ? Ref(Value::none()) : new_generator_frame_object(gen);
  if (n == "gi_code") return gen->frame()->func ? Ref(Value::object(gen->frame()->code)) : Ref(Value::none());
  if (n == "gi_yieldfrom") {
    Value target = yield_from_target(gen);
    return target.is_null() ? Ref(Value::none()) : Ref(target);
  }
  return generic_getattr(self, name);
}

static void gen_setattr(Value self, StrObject* name, Value value) {
  std::string_view n = name->view();
  if (n == "__name__" || n == "__qualname__") {
    if (value.is_null() || !is_str(value))
      raise_type_error(std::string(n) + " must be set to a string object");
    (n == "__name__" ? as_gen(self)->name : as_gen(self)->qualname) = Ref(value);
    return;
  }
  generic_setattr(self, name, value);
}

// The finalizer (PEP 442), called once: when the generator is dropped, or
// by the collector when it is garbage. A suspended generator is closed, so
// its `finally` blocks and `with` exits run, as in CPython. Errors are
// reported, not raised; a generator its cleanup stores somewhere lives on.
static void gen_finalize(Object* o) {
  auto* gen = static_cast<GeneratorObject*>(o);
  if (gen->state != State::Suspended) return;
  try {
    close_generator(gen);
  } catch (PyException& e) {
    report_unraisable(e.exception, Value::object(o));
  }
}

// A running generator's frame is in use by the interpreter loop (its sp is
// stale) and is referenced from the thread anyway: only a parked frame is
// traversed or cleared.
static void gen_traverse(Object* o, const Visitor& visit) {
  auto* gen = static_cast<GeneratorObject*>(o);
  visit(gen->name);
  visit(gen->qualname);
  visit(gen->exc_state.handled);
  if (gen->state != State::Running) traverse_frame(gen->frame(), visit);
}

static void gen_clear(Object* o) {
  auto* gen = static_cast<GeneratorObject*>(o);
  if (gen->state == State::Running) return;
  Ref handled = std::move(gen->exc_state.handled);
  release_frame(gen);
}

static void gen_dealloc(Object* o) {
  auto* gen = static_cast<GeneratorObject*>(o);
  release_frame(gen);
  size_t size = gen->size;
  gen->~GeneratorObject();
  free_object(o, &generator_type, size);
}

void init_generator_type() {
  generator_type.repr = gen_repr;
  generator_type.iter = gen_iter;
  generator_type.next = gen_next;
  generator_type.getattr = gen_getattr;
  generator_type.setattr = gen_setattr;
  generator_type.traverse = gen_traverse;
  generator_type.clear = gen_clear;
  generator_type.finalize = gen_finalize;
  init_static_type(generator_type, "generator", sizeof(GeneratorObject), gen_dealloc);
  generator_type.flags &= ~kTypeBaseType;
  generator_type.flags |= kTypeGetattrKeepsMethods;
  add_method(generator_type, "__next__", gen_next_method);
  add_method(generator_type, "send", generator_send_method);
  add_method(generator_type, "throw", gen_throw);
  add_method(generator_type, "close", gen_close);
}

}  // namespace gilt
