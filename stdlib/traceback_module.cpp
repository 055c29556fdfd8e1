// _traceback: the interpreter's own traceback formatting (vm/traceback.h),
// for the traceback module (stdlib/lib/traceback.py), so that
// traceback.print_exc() prints exactly what an uncaught exception prints.
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "stdlib/module_util.h"
#include "vm/traceback.h"

namespace gilt {

namespace {

Value exception_arg(const char* function, Value v) {
  if (!is_exception(v))
    raise_type_error(std::string(function) + "() argument must be an exception, not " + type_name(v));
  return v;
}

// format_exception(exc): the whole report, with causes, contexts and groups.
Ref tb_format_exception(Value, CallArgs args) {
  check_exact_args("format_exception", args, 1);
  return new_str(format_exception(exception_arg("format_exception", args.args[0])));
}

// format_exception_only(exc): "Type: message" and the notes.
Ref tb_format_exception_only(Value, CallArgs args) {
  check_exact_args("format_exception_only", args, 1);
  return new_str(format_exception_only(exception_arg("format_exception_only", args.args[0])));
}

// format_tb(tb, limit): the entries, a string each; limit None means all.
Ref tb_format_tb(Value, CallArgs args) {
  check_exact_args("format_tb", args, 2);
  Value tb = args.args[0];
  if (!tb.is_none() && type_of(tb) != &traceback_type)
    raise_type_error("format_tb() argument must be a traceback, not " + type_name(tb));
  int64_t limit = args.args[1].is_none() ? INT64_MAX : index_int64(args.args[1]);
  Ref list = new_list();
  if (tb.is_none()) return list;
  for (const std::string& entry : traceback_entries(tb, limit)) list_append(list, new_str(entry));
  return list;
}

}  // namespace

Ref make_traceback_module(InterpreterState*) {
  Ref m = new_module("_traceback");
  add_functions(m, {{"format_exception", tb_format_exception},
                    {"format_exception_only", tb_format_exception_only},
                    {"format_tb", tb_format_tb}});
  return m;
}

}  // namespace gilt
