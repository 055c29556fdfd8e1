// The _thread module, with CPython 3.11's API: OS threads, locks (lock and
// RLock), thread identity and thread-local data. threading
// (stdlib/lib/threading.py) is built on it.
//
// A thread started here is a real OS thread with its own ThreadState. It runs
// Python code only while holding its VM's GIL (runtime/gil.h); waiting for a
// lock releases the GIL. Only the main thread takes Ctrl-C, so new threads
// start with signals blocked. How a thread waits for a lock (and deadlock
// detection) is in lock_wait.h.
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <memory>

#include "runtime/args.h"
#include "runtime/dict_object.h"
#include "runtime/eval_breaker.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/gil.h"
#include "runtime/int_object.h"
#include "runtime/module_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/text_stream.h"
#include "runtime/tuple_object.h"
#include "stdlib/lock_wait.h"
#include "stdlib/module_util.h"
#include "vm/eval_support.h"
#include "vm/interpreter_state.h"
#include "vm/thread_state.h"
#include "vm/traceback.h"

namespace gilt {

namespace {

// The largest timeout a wait accepts, in seconds (CPython's on Linux).
constexpr double kTimeoutMax = 9223372036.0;
// Linux's pthread_t is an address, below 2**63: an int64 holds it.
int64_t current_ident() { return static_cast<int64_t>(pthread_self()); }

// ------------------------------------------------------------------ lock

// acquire(blocking=True, timeout=-1)'s arguments as a timeout: -1 waits for
// ever, 0 does not wait.
double acquire_timeout(const char* fname, CallArgs args) {
  if (args.nargs == 0 && !args.kwnames) return -1.0;  // the common acquire()
  Value a[2];
  bind_args(fname, args, {"blocking", "timeout"}, 0, a);
  bool blocking = a[0].is_null() || truthy(a[0]);
  double timeout = a[1].is_null() ? -1.0 : to_double(a[1]);
  if (!blocking && timeout != -1.0) raise_value_error("can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout != -1.0) raise_value_error("timeout value must be positive");
  if (timeout > kTimeoutMax) raise_overflow_error("timestamp too large to convert to C _PyTime_t");
  return blocking ? timeout : 0.0;
}

std::string address_of(Value v) {
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(v.object()));
  return addr;
}

struct LockObject : Object {
  LockCore core;
};

Type lock_type;

LockCore& core_of(Value self) { return self.as<LockObject>()->core; }

Ref lock_new(Type* type, CallArgs args) {
  check_exact_args("lock", args, 0);
  return Ref::steal(alloc_instance<LockObject>(type));
}

Ref lock_acquire(Value self, CallArgs args) {
  double timeout = acquire_timeout("acquire", args);
  LockCore& core = core_of(self);
  return Ref(Value::boolean(try_take(core) || (timeout != 0 && take_waiting(core, timeout, self))));
}

Ref lock_release(Value self, CallArgs args) {
  check_arg_range("release", args, 0, 0);
  LockCore& core = core_of(self);
  if (!core.locked()) raise(&exc::RuntimeError, "release unlocked lock");
  release_core(core);
  return Ref(Value::none());
}

Ref lock_exit(Value self, CallArgs) { return lock_release(self, CallArgs{}); }

Ref lock_locked(Value self, CallArgs args) {
  check_exact_args("locked", args, 0);
  return Ref(Value::boolean(core_of(self).locked()));
}

Ref lock_at_fork_reinit(Value self, CallArgs) {
  core_of(self).state = LockCore::kFree;
  return Ref(Value::none());
}

Ref lock_repr(Value self) {
  bool locked = core_of(self).locked();
  return new_str(std::string("<") + (locked ? "locked" : "unlocked") + " _thread.lock object at " + address_of(self) +
                 ">");
}

// ------------------------------------------------------------------ RLock

// A lock its owner may take again; `owner` and `count` change only under
// the GIL, by the owner.
struct RLockObject : Object {
  LockCore core;
  int64_t owner = 0;
  uint64_t count = 0;
};

Type rlock_type;

RLockObject* as_rlock(Value v) { return v.as<RLockObject>(); }

Ref rlock_new(Type* type, CallArgs) { return Ref::steal(alloc_instance<RLockObject>(type)); }

Ref rlock_acquire(Value self, CallArgs args) {
  double timeout = acquire_timeout("acquire", args);
  RLockObject* r = as_rlock(self);
  int64_t me = current_ident();
  if (r->count > 0 && r->owner == me) {
    r->count++;
    return Ref(Value::true_());
  }
  if (!(timeout == 0 ? try_take(r->core) : take_waiting(r->core, timeout, self))) return Ref(Value::false_());
  r->owner = me;
  r->count = 1;
  return Ref(Value::true_());
}

void rlock_release_all(RLockObject* r) {
  r->owner = 0;
  r->count = 0;
  release_core(r->core);
}

void check_owned(RLockObject* r) {
  if (r->count == 0 || r->owner != current_ident()) raise(&exc::RuntimeError, "cannot release un-acquired lock");
}

Ref rlock_release(Value self, CallArgs args) {
  check_arg_range("release", args, 0, 0);
  RLockObject* r = as_rlock(self);
  check_owned(r);
  if (--r->count == 0) rlock_release_all(r);
  return Ref(Value::none());
}

Ref rlock_exit(Value self, CallArgs) { return rlock_release(self, CallArgs{}); }

Ref rlock_is_owned(Value self, CallArgs) {
  RLockObject* r = as_rlock(self);
  return Ref(Value::boolean(r->count > 0 && r->owner == current_ident()));
}

Ref rlock_recursion_count(Value self, CallArgs) {
  RLockObject* r = as_rlock(self);
  return int_from_int64(r->owner == current_ident() ? static_cast<int64_t>(r->count) : 0);
}

// Condition.wait() lets go of every level and takes them back afterwards.
Ref rlock_release_save(Value self, CallArgs) {
  RLockObject* r = as_rlock(self);
  if (r->count == 0) raise(&exc::RuntimeError, "cannot release un-acquired lock");
  Ref state = make_tuple({int_from_int64(static_cast<int64_t>(r->count)), int_from_int64(r->owner)});
  rlock_release_all(r);
  return state;
}

Ref rlock_acquire_restore(Value self, CallArgs args) {
  check_exact_args("_acquire_restore", args, 1);
  Value state = args.args[0];
  if (!is_tuple(state) || state.as<TupleObject>()->size != 2)
    raise_type_error("_acquire_restore() argument must be a (count, owner) tuple");
  RLockObject* r = as_rlock(self);
  take_waiting(r->core, -1, self);
  r->count = static_cast<uint64_t>(index_int64((*state.as<TupleObject>())[0]));
  r->owner = index_int64((*state.as<TupleObject>())[1]);
  return Ref(Value::none());
}

Ref rlock_at_fork_reinit(Value self, CallArgs) {
  RLockObject* r = as_rlock(self);
  r->core.state = LockCore::kFree;
  r->owner = 0;
  r->count = 0;
  return Ref(Value::none());
}

Ref rlock_repr(Value self) {
  RLockObject* r = as_rlock(self);
  return new_str(std::string("<") + (r->count ? "locked" : "unlocked") + " _thread.RLock object owner=" +
                 std::to_string(r->owner) + " count=" + std::to_string(r->count) + " at " + address_of(self) + ">");
}

// ------------------------------------------------------------------ _local

// Thread-local data: attribute lookups find the calling thread's own dict,
// which lives in its ThreadState (keyed by the object's serial number) and
// goes with the thread. A subclass's __init__ runs again, with the
// constructor's arguments, the first time each other thread uses the object.
struct LocalObject : Object {
  uint64_t serial;
  Ref args, kwargs;  // for __init__ in other threads
  InterpreterState* interp;
};

Type local_type;
uint64_t next_local_serial = 1;  // changed under the GIL

Ref local_new(Type* type, CallArgs args) {
  if (type == &local_type && (args.nargs || args.nkwargs())) raise_type_error("Initialization arguments are not supported");
  LocalObject* l = alloc_instance<LocalObject>(type);
  Ref self = Ref::steal(l);
  l->serial = next_local_serial++;
  l->interp = ThreadState::current()->interp;
  l->args = make_tuple(args.args, static_cast<int64_t>(args.nargs));
  Ref kwargs = new_dict();
  for (size_t i = 0; i < args.nkwargs(); i++)
    dict_set(kwargs.as<DictObject>(), (*args.kwnames)[static_cast<int64_t>(i)], args.kwarg(i));
  l->kwargs = kwargs;
  // The creating thread's dict exists from the start; __init__ runs as usual.
  ThreadState::current()->local_dicts[l->serial] = new_dict();
  return self;
}

Ref* local_dict(Object* o) {
  auto* l = static_cast<LocalObject*>(o);
  ThreadState* ts = ThreadState::current();
  auto it = ts->local_dicts.find(l->serial);
  if (it != ts->local_dicts.end()) return &it->second;
  Ref& dict = ts->local_dicts[l->serial];
  dict = new_dict();
  StrObject* init = intern("__init__");
  if (!type_lookup(l->type, init).is(type_lookup(&object_type, init)))
    call_with_collections(get_attr(Value::object(l), init), Value(), l->args, l->kwargs);
  return &ts->local_dicts.find(l->serial)->second;
}

void local_dealloc(Object* o) {
  auto* l = static_cast<LocalObject*>(o);
  for (ThreadState* ts : l->interp->threads) ts->local_dicts.erase(l->serial);
  dealloc_object<LocalObject>(o);
}

// ------------------------------------------------------------------ threads

size_t thread_stack_size = 0;  // 0: the system's default

struct ThreadStart {
  InterpreterState* interp;
  Ref function, args, kwargs;
};

void* thread_main(void* arg) {
  std::unique_ptr<ThreadStart> start(static_cast<ThreadStart*>(arg));
  InterpreterState* interp = start->interp;
  auto ts = std::make_unique<ThreadState>();
  ts->interp = interp;
  ts->stack_limit = c_stack_limit_of_this_thread();
  ts->ident = current_ident();
  ThreadState::set_current(ts.get());
  interp->gil.acquire(ts->gil_user);
  interp->threads.push_back(ts.get());
  try {
    call_with_collections(start->function, Value(), start->args, start->kwargs.is_null() ? Value() : start->kwargs.get());
  } catch (PyException& e) {
    if (!type_of(e.exception)->is_subtype_of(&exc::SystemExit))
      write_unraisable(e.exception, start->function, "Exception ignored in thread started by");
  }
  start.reset();
  ts->local_dicts.clear();
  ts->base_exc_state.handled.reset();
  std::erase(interp->threads, ts.get());
  interp->thread_count--;
  check_deadlock_after_exit();
  interp->gil.release_at_exit(ts->gil_user);
  ThreadState::set_current(nullptr);
  return nullptr;
}

Ref thread_start_new_thread(Value, CallArgs args) {
  check_arg_range("start_new_thread", args, 2, 3);
  Value function = args.args[0], targs = args.args[1];
  Value kwargs = args.nargs > 2 ? args.args[2] : Value();
  if (!is_callable(function)) raise_type_error("first arg must be callable");
  if (!is_tuple(targs)) raise_type_error("2nd arg must be a tuple");
  if (!kwargs.is_null() && !is_dict(kwargs)) raise_type_error("optional 3rd arg must be a dictionary");
  auto start = std::make_unique<ThreadStart>();
  start->interp = ThreadState::current()->interp;
  start->function = Ref(function);
  start->args = Ref(targs);
  if (!kwargs.is_null()) start->kwargs = Ref(kwargs);

  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  if (thread_stack_size) pthread_attr_setstacksize(&attr, thread_stack_size);
  // The new thread inherits a mask that blocks every signal: they go to the main thread.
  sigset_t all, saved;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &saved);
  start->interp->thread_count++;
  pthread_t id;
  int err = pthread_create(&id, &attr, thread_main, start.get());
  pthread_sigmask(SIG_SETMASK, &saved, nullptr);
  pthread_attr_destroy(&attr);
  if (err != 0) {
    start->interp->thread_count--;
    raise(&exc::RuntimeError, "can't start new thread");
  }
  start.release();  // the thread owns it now
  return int_from_int64(static_cast<int64_t>(id));
}

Ref thread_allocate_lock(Value, CallArgs args) {
  check_exact_args("allocate_lock", args, 0);
  return Ref::steal(alloc_instance<LockObject>(&lock_type));
}

Ref thread_get_ident(Value, CallArgs args) {
  check_exact_args("get_ident", args, 0);
  return int_from_int64(current_ident());
}

Ref thread_get_native_id(Value, CallArgs args) {
  check_exact_args("get_native_id", args, 0);
  return int_from_int64(static_cast<int64_t>(syscall(SYS_gettid)));
}

Ref thread_count(Value, CallArgs args) {
  check_exact_args("_count", args, 0);
  return int_from_int64(ThreadState::current()->interp->thread_count.load());
}

Ref thread_exit(Value, CallArgs args) {
  check_exact_args("exit", args, 0);
  raise(new_exception(&exc::SystemExit, make_tuple({})));
}

// Ctrl-C as if it had arrived: the main thread raises KeyboardInterrupt.
Ref thread_interrupt_main(Value, CallArgs args) {
  Value a[1];
  bind_args("interrupt_main", args, {"signum"}, 0, a);
  if (!a[0].is_null() && index_int64(a[0]) != SIGINT) raise_value_error("only SIGINT is supported by gilt");
  InterpreterState* interp = ThreadState::current()->interp;
  if (!interp->interrupt_pending.exchange(true)) eval_breaker_requests.fetch_add(1);
  return Ref(Value::none());
}

Ref thread_stack_size_fn(Value, CallArgs args) {
  check_arg_range("stack_size", args, 0, 1);
  size_t old = thread_stack_size;
  if (args.nargs) {
    int64_t size = index_int64(args.args[0]);
    if (size < 0) raise_value_error("size must be 0 or a positive value");
    if (size != 0 && size < PTHREAD_STACK_MIN) raise_value_error("size not valid: " + std::to_string(size) + " bytes");
    thread_stack_size = static_cast<size_t>(size);
  }
  return int_from_int64(static_cast<int64_t>(old));
}

void init_thread_types() {
  lock_type.new_instance = lock_new;
  lock_type.repr = lock_repr;
  init_static_type(lock_type, "lock", sizeof(LockObject), dealloc_object<LockObject>);
  set_type_module(lock_type, "_thread");
  static const FunctionDef lock_methods[] = {
      {"acquire", lock_acquire}, {"acquire_lock", lock_acquire}, {"__enter__", lock_acquire},
      {"release", lock_release}, {"release_lock", lock_release}, {"__exit__", lock_exit},
      {"locked", lock_locked},   {"locked_lock", lock_locked},   {"_at_fork_reinit", lock_at_fork_reinit},
  };
  for (const FunctionDef& d : lock_methods) add_method(lock_type, d.name, d.fn);

  rlock_type.new_instance = rlock_new;
  rlock_type.repr = rlock_repr;
  init_static_type(rlock_type, "RLock", sizeof(RLockObject), dealloc_object<RLockObject>);
  set_type_module(rlock_type, "_thread");
  static const FunctionDef rlock_methods[] = {
      {"acquire", rlock_acquire},
      {"__enter__", rlock_acquire},
      {"release", rlock_release},
      {"__exit__", rlock_exit},
      {"_is_owned", rlock_is_owned},
      {"_release_save", rlock_release_save},
      {"_acquire_restore", rlock_acquire_restore},
      {"_recursion_count", rlock_recursion_count},
      {"_at_fork_reinit", rlock_at_fork_reinit},
  };
  for (const FunctionDef& d : rlock_methods) add_method(rlock_type, d.name, d.fn);

  local_type.new_instance = local_new;
  init_static_type(local_type, "_local", sizeof(LocalObject), local_dealloc);
  local_type.instance_dict = local_dict;
  set_type_module(local_type, "_thread");
  finish_static_types();
}

}  // namespace

void after_fork_in_child() {
  ThreadState* ts = ThreadState::current();
  InterpreterState* interp = ts->interp;
  ts->ident = current_ident();
  interp->gil.reinit_after_fork(ts->gil_user);
  // The other threads' states belong to threads that do not exist here; their
  // frames and references are lost (as in CPython, the child leaks them).
  interp->threads = {ts};
  interp->main_thread = ts;
  interp->thread_count = 0;
  interp->blocked_threads = 0;
  for (const char* name : {"stdin", "stdout", "stderr"}) {
    Ref stream = try_get_attr(interp->sys, intern(name));
    if (!stream.is_null() && type_of(stream) == &text_stream_type) reinit_stream_locks(stream);
  }
}

Ref make_thread_module(InterpreterState*) {
  static std::once_flag once;
  std::call_once(once, init_thread_types);
  Ref m = new_module("_thread");
  add_functions(m, {
                       {"start_new_thread", thread_start_new_thread},
                       {"start_new", thread_start_new_thread},
                       {"allocate_lock", thread_allocate_lock},
                       {"allocate", thread_allocate_lock},
                       {"get_ident", thread_get_ident},
                       {"get_native_id", thread_get_native_id},
                       {"_count", thread_count},
                       {"exit", thread_exit},
                       {"exit_thread", thread_exit},
                       {"interrupt_main", thread_interrupt_main},
                       {"stack_size", thread_stack_size_fn},
                   });
  module_set(m, "LockType", Value::object(&lock_type));
  module_set(m, "RLock", Value::object(&rlock_type));
  module_set(m, "_local", Value::object(&local_type));
  module_set(m, "error", Value::object(&exc::RuntimeError));
  module_set(m, "TIMEOUT_MAX", new_float(kTimeoutMax));
  return m;
}

}  // namespace gilt
