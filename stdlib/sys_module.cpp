// The sys module.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <climits>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/module_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/text_stream.h"
#include "runtime/tuple_object.h"
#include "stdlib/builtins.h"
#include "vm/interpreter_state.h"
#include "vm/thread_state.h"
#include "vm/traceback.h"

namespace gilt {

size_t get_int_max_str_digits();
void set_int_max_str_digits(size_t n);

static InterpreterState* interp() { return ThreadState::current()->interp; }

static Ref sys_exit(Value, CallArgs args) {
  check_arg_range("exit", args, 0, 1);
  Ref e = new_exception(&exc::SystemExit, make_tuple(args.args, static_cast<int64_t>(args.nargs)));
  raise(e);
}

static Ref sys_getrefcount(Value, CallArgs args) {
  check_exact_args("getrefcount", args, 1);
  Value v = args.args[0];
  // Immediates (small ints, None, bools) have no count; like CPython's
  // immortal objects they report a large constant.
  if (!v.is_object()) return int_from_int64(UINT32_MAX);
  intptr_t rc = v.object()->refcount;
  return int_from_int64(rc >= kImmortal / 2 ? UINT32_MAX : static_cast<int64_t>(rc));
}

static Ref sys_getrecursionlimit(Value, CallArgs args) {
  check_exact_args("getrecursionlimit", args, 0);
  return int_from_int64(interp()->recursion_limit);
}

static Ref sys_setrecursionlimit(Value, CallArgs args) {
  check_exact_args("setrecursionlimit", args, 1);
  if (is_float(args.args[0])) raise_type_error("'float' object cannot be interpreted as an integer");
  int64_t n = index_int64(args.args[0]);
  if (n < 1) raise_value_error("recursion limit must be greater or equal than 1");
  ThreadState* ts = ThreadState::current();
  if (n <= ts->depth)
    raise(&exc::RecursionError, "cannot set the recursion limit to " + std::to_string(n) +
                                    " at the recursion depth " + std::to_string(ts->depth) + ": the limit is too low");
  interp()->recursion_limit = static_cast<int>(std::min<int64_t>(n, INT_MAX));
  return Ref(Value::none());
}

static Ref sys_intern(Value, CallArgs args) {
  check_exact_args("intern", args, 1);
  if (type_of(args.args[0]) != &str_type)
    raise_type_error("intern() argument must be str, not " + type_name(args.args[0]));
  return Ref(Value::object(intern(str_view(args.args[0]))));
}

static Ref sys_exc_info(Value, CallArgs args) {
  check_exact_args("exc_info", args, 0);
  ThreadState* ts = ThreadState::current();
  Value e = ts->handled_exception();
  if (e.is_null()) return make_tuple({Value::none(), Value::none(), Value::none()});
  Value tb = e.as<ExceptionObject>()->traceback;
  return make_tuple({Value::object(type_of(e)), e, tb.is_null() ? Value::none() : tb});
}

static Ref sys_exception(Value, CallArgs args) {
  check_exact_args("exception", args, 0);
  ThreadState* ts = ThreadState::current();
  Value e = ts->handled_exception();
  return e.is_null() ? Ref(Value::none()) : Ref(e);
}

static Ref sys_get_int_max_str_digits(Value, CallArgs args) {
  check_exact_args("get_int_max_str_digits", args, 0);
  return int_from_int64(static_cast<int64_t>(get_int_max_str_digits()));
}

static Ref sys_set_int_max_str_digits(Value, CallArgs args) {
  Value a[1];
  bind_args("set_int_max_str_digits", args, {"maxdigits"}, 1, a);
  int64_t n = index_int64(a[0]);
  if (n != 0 && n < 640) raise_value_error("maxdigits must be 0 or larger than 640");
  set_int_max_str_digits(static_cast<size_t>(n));
  return Ref(Value::none());
}

// ---- the GIL's switch policies (runtime/gil.h)

static Ref sys_getswitchinterval(Value, CallArgs args) {
  check_exact_args("getswitchinterval", args, 0);
  return new_float(std::chrono::duration<double>(interp()->gil.switch_interval()).count());
}

static Ref sys_setswitchinterval(Value, CallArgs args) {
  check_exact_args("setswitchinterval", args, 1);
  double seconds = to_double(args.args[0]);
  if (!(seconds > 0)) raise_value_error("switch interval must be strictly positive");
  interp()->gil.set_switch_interval(std::chrono::duration_cast<std::chrono::nanoseconds>(
      std::chrono::duration<double>(std::min(seconds, 1e9))));
  return Ref(Value::none());
}

// Python 2's setcheckinterval, restored by gilt: n > 0 selects the
// check-interval policy (release every n ticks), n <= 0 the time interval.
static Ref sys_getcheckinterval(Value, CallArgs args) {
  check_exact_args("getcheckinterval", args, 0);
  return int_from_int64(interp()->gil.check_interval());
}

static Ref sys_setcheckinterval(Value, CallArgs args) {
  check_exact_args("setcheckinterval", args, 1);
  if (is_float(args.args[0])) raise_type_error("'float' object cannot be interpreted as an integer");
  int64_t n = index_int64(args.args[0]);
  interp()->gil.set_check_interval(static_cast<int>(std::clamp<int64_t>(n, 0, INT_MAX)));
  return Ref(Value::none());
}

// sys._gil_stats(): the GIL's switch count and, for each running thread
// (by ident), its acquisitions, forced drops and the seconds it waited for
// and held the GIL. gilt's own, for studying the switch policies.
static Ref sys_gil_stats(Value, CallArgs args) {
  check_exact_args("_gil_stats", args, 0);
  InterpreterState* state = interp();
  Ref threads = new_dict();
  for (ThreadState* ts : state->threads) {
    const GILUser& u = ts->gil_user;
    Ref entry = new_dict();
    dict_set(entry.as<DictObject>(), new_str("acquisitions"), int_from_int64(static_cast<int64_t>(u.acquisitions)));
    dict_set(entry.as<DictObject>(), new_str("forced_drops"), int_from_int64(static_cast<int64_t>(u.forced_drops)));
    dict_set(entry.as<DictObject>(), new_str("wait_seconds"), new_float(static_cast<double>(u.wait_ns) / 1e9));
    dict_set(entry.as<DictObject>(), new_str("held_seconds"), new_float(static_cast<double>(u.held_ns) / 1e9));
    dict_set(threads.as<DictObject>(), int_from_int64(ts->ident), entry);
  }
  Ref result = new_dict();
  dict_set(result.as<DictObject>(), new_str("switches"), int_from_int64(static_cast<int64_t>(state->gil.switches())));
  dict_set(result.as<DictObject>(), new_str("threads"), threads);
  return result;
}

// sys.excepthook(type, value, traceback): the report of an uncaught exception.
static Ref sys_excepthook(Value, CallArgs args) {
  check_exact_args("excepthook", args, 3);
  Value value = args.args[1], tb = args.args[2];
  if (!is_exception(value))
    raise_type_error("print_exception(): Exception expected for value, " + type_name(value) + " found");
  if (!tb.is_none()) value.as<ExceptionObject>()->traceback = Ref(tb);
  Ref err = try_get_attr(interp()->sys, GILT_NAME("stderr"));
  if (err.is_null() || err.get().is_none()) return Ref(Value::none());
  write_text(err, format_exception(value));
  flush_stream(err);
  return Ref(Value::none());
}

static Ref string_list(const std::vector<std::string>& items) {
  Ref l = new_list();
  for (const std::string& s : items) list_append(l, new_str(s));
  return l;
}

Ref make_sys_module(InterpreterState* state) {
  Ref m = new_module("sys");
  struct Def {
    const char* name;
    NativeFn fn;
  };
  static const Def functions[] = {
      {"exit", sys_exit},
      {"getrefcount", sys_getrefcount},
      {"getrecursionlimit", sys_getrecursionlimit},
      {"setrecursionlimit", sys_setrecursionlimit},
      {"intern", sys_intern},
      {"exc_info", sys_exc_info},
      {"exception", sys_exception},
      {"get_int_max_str_digits", sys_get_int_max_str_digits},
      {"set_int_max_str_digits", sys_set_int_max_str_digits},
      {"breakpointhook", sys_breakpointhook},
      {"getswitchinterval", sys_getswitchinterval},
      {"setswitchinterval", sys_setswitchinterval},
      {"getcheckinterval", sys_getcheckinterval},
      {"setcheckinterval", sys_setcheckinterval},
      {"excepthook", sys_excepthook},
      {"_gil_stats", sys_gil_stats},
  };
  for (const Def& d : functions) module_set(m, d.name, new_builtin_function(d.name, d.fn, m));
  add_frame_functions(m);
  module_set(m, "__breakpointhook__", get_attr(m, "breakpointhook"));
  module_set(m, "__excepthook__", get_attr(m, "excepthook"));
  module_set(m, "argv", string_list(state->argv));
  module_set(m, "path", string_list(state->path));
  module_set(m, "modules", state->modules);
  module_set(m, "maxsize", int_from_int64(INT64_MAX));
  module_set(m, "byteorder", new_str("little"));
  module_set(m, "platform", new_str("linux"));
  module_set(m, "version", new_str("3.11.0 (gilt " GILT_VERSION ")"));
  module_set(m, "version_info", make_tuple({Value::small_int(3), Value::small_int(11), Value::small_int(0),
                                            new_str("final"), Value::small_int(0)}));
  module_set(m, "executable", new_str(""));
  Ref impl = new_module("implementation");
  module_set(impl, "name", new_str("gilt"));
  module_set(impl, "version", make_tuple({Value::small_int(0), Value::small_int(1), Value::small_int(0)}));
  module_set(impl, "cache_tag", Value::none());
  module_set(m, "implementation", impl);

  Ref out = new_text_stream(1, "<stdout>", "w", ::isatty(1));
  Ref err = new_text_stream(2, "<stderr>", "w", true);
  Ref in = new_text_stream(0, "<stdin>", "r", false);
  module_set(m, "stdout", out);
  module_set(m, "stderr", err);
  module_set(m, "stdin", in);
  module_set(m, "__stdout__", out);
  module_set(m, "__stderr__", err);
  module_set(m, "__stdin__", in);
  return m;
}

}  // namespace gilt
