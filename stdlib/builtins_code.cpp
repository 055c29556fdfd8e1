// The builtins that import, compile or run code: __import__, compile, exec, eval.
#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/bytes_object.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/module_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "stdlib/builtins.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/thread_state.h"

namespace gilt {

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
static Ref builtin_import(Value, CallArgs args) {
  Value a[5];
  bind_args("__import__", args, {"name", "globals", "locals", "fromlist", "level"}, 1, a);
  if (!is_str(a[0])) raise_type_error("__import__() argument 1 must be str, not " + type_name(a[0]));
  DictObject* globals = nullptr;
  if (!a[1].is_null() && type_of(a[1]) == &dict_type) globals = a[1].as<DictObject>();
  int64_t level = a[4].is_null() ? 0 : index_int64(a[4]);
  return import_module_level(std::string(str_view(a[0])), globals, a[3], level);
}

// The globals and locals exec/eval run in: the caller's when not given; a
// globals dict without __builtins__ gets the builtins module's.
static void code_namespaces(const char* fname, Value* a, Ref& globals, Ref& locals) {
  Frame* f = ThreadState::current()->frame;
  if (a[1].is_null() || a[1].is_none()) {
    globals = Ref(Value::object(f->globals));
    locals = a[2].is_null() || a[2].is_none() ? frame_locals(f) : Ref(a[2]);
    return;
  }
  if (type_of(a[1]) != &dict_type)
    raise_type_error(std::string(fname) + "() globals must be a dict, not " + type_name(a[1]));
  globals = Ref(a[1]);
  locals = a[2].is_null() || a[2].is_none() ? globals : Ref(a[2]);
  auto* g = globals.as<DictObject>();
  if (dict_get_str(g, GILT_NAME("__builtins__")).is_null())
    dict_set(g, Value::object(GILT_NAME("__builtins__")), Value::object(f->builtins));
}

static Ref run_source(const char* fname, CallArgs args, ParseMode mode) {
  Value a[3];
  bind_args(fname, args, {"source", "globals", "locals"}, 1, a, 1);
  Ref globals, locals;
  code_namespaces(fname, a, globals, locals);
  Ref code;
  if (type_of(a[0]) == &code_type) {
    code = Ref(a[0]);
  } else if (is_str(a[0]) || is_bytes_like(a[0])) {
    std::string text(is_str(a[0]) ? str_view(a[0]) : bytes_data(a[0]));
    if (mode == ParseMode::Eval) {  // eval() ignores leading spaces and tabs
      size_t start = text.find_first_not_of(" \t");
      text.erase(0, start == std::string::npos ? text.size() : start);
    }
    code = compile_source(text, "<string>", mode);
  } else {
    raise_type_error(std::string(fname) + "() arg 1 must be a string, bytes or code object");
  }
  Ref result = run_code(code, globals, locals);
  return mode == ParseMode::Eval ? result : Ref(Value::none());
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1):
// a code object for exec()/eval(). gilt has no ast module, so no AST input
// or output (flags asking for one are refused).
static Ref builtin_compile(Value, CallArgs args) {
  Value a[7];
  bind_args("compile", args,
            {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 3, a, 0,
            6);
  Value src = a[0];
  if (!is_str(src) && !is_bytes_like(src))
    raise_type_error("compile() arg 1 must be a string, bytes or AST object");
  if (!is_str(a[1]) && !is_bytes(a[1]))
    raise_type_error("expected str, bytes or os.PathLike object, not " + type_name(a[1]));
  if (!is_str(a[2])) raise_type_error("compile() argument 'mode' must be str, not " + type_name(a[2]));
  std::string_view mode = str_view(a[2]);
  ParseMode parse_mode = mode == "exec"   ? ParseMode::File
                         : mode == "eval" ? ParseMode::Eval
                                          : ParseMode::Interactive;
  if (mode != "exec" && mode != "eval" && mode != "single")
    raise_value_error("compile() mode must be 'exec', 'eval' or 'single'");
  int64_t flags = a[3].is_null() ? 0 : index_int64(a[3]);
  constexpr int64_t kOnlyAst = 0x400;
  if (flags & kOnlyAst) raise(&exc::NotImplementedError, "compile(): gilt has no ast module (PyCF_ONLY_AST)");
  std::string text(is_str(src) ? str_view(src) : bytes_data(src));
  if (text.find('\0') != std::string::npos)
    raise(&exc::SyntaxError, "source code string cannot contain null bytes");
  std::string filename(is_str(a[1]) ? str_view(a[1]) : bytes_data(a[1]));
  return compile_source(text, filename, parse_mode);
}

static Ref builtin_exec(Value, CallArgs args) { return run_source("exec", args, ParseMode::File); }
static Ref builtin_eval(Value, CallArgs args) { return run_source("eval", args, ParseMode::Eval); }

void add_code_builtins(Value module) {
  module_set(module, "__import__", new_builtin_function("__import__", builtin_import, module));
  module_set(module, "compile", new_builtin_function("compile", builtin_compile, module));
  module_set(module, "exec", new_builtin_function("exec", builtin_exec, module));
  module_set(module, "eval", new_builtin_function("eval", builtin_eval, module));
}

}  // namespace gilt
