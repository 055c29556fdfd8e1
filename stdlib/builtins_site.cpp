// The builtins CPython's site module adds for interactive use — exit, quit,
// help, copyright, credits, license (objects of _sitebuiltins' classes,
// whose repr is a hint) — and breakpoint(), with sys.breakpointhook.
#include <cstdlib>
#include <string>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/module_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/text_stream.h"
#include "runtime/tuple_object.h"
#include "stdlib/builtins.h"
#include "vm/import.h"
#include "vm/interpreter_state.h"
#include "vm/thread_state.h"

namespace gilt {

// One object of _sitebuiltins: its name, the hint its repr gives, and (for
// the printers) the text calling it shows.
struct SiteObject : Object {
  std::string name, hint, text;
};

static Type quitter_type, printer_type, helper_type;

static InterpreterState* interp() { return ThreadState::current()->interp; }

static Ref site_repr(Value self) { return new_str(self.as<SiteObject>()->hint); }

static void write_stdout(std::string_view text) {
  Ref out = get_attr(interp()->sys, "stdout");
  if (!out.get().is_none()) write_text(out, text);
}

// exit(code=None) / quit(code=None): close stdin and raise SystemExit, as CPython's Quitter.
static Ref quitter_call(Value, CallArgs args) {
  check_arg_range("exit", args, 0, 1);
  Ref in = try_get_attr(interp()->sys, GILT_NAME("stdin"));
  if (!in.is_null() && !in.get().is_none()) {
    try {
      Ref close = try_get_attr(in, GILT_NAME("close"));
      if (!close.is_null()) call(close, {});
    } catch (const PyException&) {
      // A stdin that cannot close does not stop the exit.
    }
  }
  raise(new_exception(&exc::SystemExit, make_tuple(args.args, static_cast<int64_t>(args.nargs))));
}

static Ref printer_call(Value self, CallArgs args) {
  check_exact_args(self.as<SiteObject>()->name.c_str(), args, 0);
  write_stdout(self.as<SiteObject>()->text + "\n");
  return Ref(Value::none());
}

// help(obj): gilt has no pydoc; it shows what the object says about itself.
static Ref helper_call(Value, CallArgs args) {
  check_arg_range("help", args, 0, 1);
  if (args.nargs == 0) {
    write_stdout("gilt has no interactive help utility; use help(object) for an object's documentation.\n");
    return Ref(Value::none());
  }
  Value obj = args.args[0];
  Ref name = try_get_attr(obj, GILT_NAME("__name__"));
  std::string title = !name.is_null() && is_str(name) ? std::string(str_view(name)) : repr_string(obj);
  std::string kind = (type_of(obj)->flags & kTypeTypeSubclass) ? "class"
                     : type_of(obj) == &builtin_function_type  ? "built-in function"
                     : type_name(obj) == "function" || type_name(obj) == "module"
                         ? type_name(obj)
                         : type_name(obj) + " object";
  std::string out = "Help on " + kind + " " + title + ":\n\n" + title + "\n";
  Ref doc = try_get_attr(obj, GILT_NAME("__doc__"));
  if (!doc.is_null() && is_str(doc)) {
    std::string_view d = str_view(doc);
    size_t pos = 0;
    while (pos <= d.size()) {
      size_t nl = d.find('\n', pos);
      std::string_view line = d.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
      out += "    " + std::string(line) + "\n";
      if (nl == std::string_view::npos) break;
      pos = nl + 1;
    }
  }
  write_stdout(out + "\n");
  return Ref(Value::none());
}

static Ref new_site_object(Type* type, const char* name, std::string hint, std::string text = "") {
  auto* o = new_object<SiteObject>(type);
  o->name = name;
  o->hint = std::move(hint);
  o->text = std::move(text);
  return Ref::steal(o);
}

// ------------------------------------------------------------------ breakpoint

// breakpoint(*args, **kws): sys.breakpointhook(*args, **kws).
static Ref builtin_breakpoint(Value, CallArgs args) {
  Ref hook = try_get_attr(interp()->sys, GILT_NAME("breakpointhook"));
  if (hook.is_null()) raise(&exc::RuntimeError, "lost sys.breakpointhook");
  return call(hook, args);
}

// sys.breakpointhook: calls what $PYTHONBREAKPOINT names (pdb.set_trace by
// default; "0" disables it). gilt ships no pdb, so by default this warns and
// returns, as CPython does for any debugger it cannot import.
Ref sys_breakpointhook(Value, CallArgs args) {
  const char* env = std::getenv("PYTHONBREAKPOINT");
  std::string target = env && *env ? env : "pdb.set_trace";
  if (target == "0") return Ref(Value::none());
  size_t dot = target.rfind('.');
  std::string module_name = dot == std::string::npos ? "builtins" : target.substr(0, dot);
  std::string attr = dot == std::string::npos ? target : target.substr(dot + 1);
  Ref fn;
  try {
    Ref module = import_module_level(module_name, nullptr, make_tuple({new_str("*")}), 0);
    fn = get_attr(module, attr);
  } catch (const PyException& e) {
    if (!type_of(e.exception)->is_subtype_of(&exc::ImportError) &&
        !type_of(e.exception)->is_subtype_of(&exc::AttributeError))
      throw;
    Ref warnings = import_module_level("warnings", nullptr, make_tuple({new_str("*")}), 0);
    call(get_attr(warnings, "warn"), {new_str("Ignoring unimportable $PYTHONBREAKPOINT: \"" + target + "\""),
                                      Value::object(&exc::RuntimeWarning)});
    return Ref(Value::none());
  }
  return call(fn, args);
}

void add_site_builtins(Value module) {
  static bool ready = false;
  if (!ready) {
    for (Type* t : {&quitter_type, &printer_type, &helper_type}) {
      t->repr = site_repr;
      init_static_type(*t,
                       t == &quitter_type   ? "Quitter"
                       : t == &printer_type ? "_Printer"
                                            : "_Helper",
                       sizeof(SiteObject), dealloc_object<SiteObject>);
      dict_set(t->dict.as<DictObject>(), Value::object(GILT_NAME("__module__")), new_str("_sitebuiltins"));
    }
    quitter_type.call = quitter_call;
    printer_type.call = printer_call;
    helper_type.call = helper_call;
    finish_static_types();
    ready = true;
  }
  for (const char* name : {"exit", "quit"})
    module_set(
        module, name,
        new_site_object(&quitter_type, name, std::string("Use ") + name + "() or Ctrl-D (i.e. EOF) to exit"));
  const char* copyright = "gilt " GILT_VERSION
                          ": an interpreter for a subset of Python 3.11.\n"
                          "Python is a trademark of the Python Software Foundation.";
  module_set(module, "copyright", new_site_object(&printer_type, "copyright", copyright, copyright));
  const char* credits =
      "    Thanks to the CPython developers, whose interpreter is gilt's model and oracle.\n"
      "    See www.python.org for more information about Python.";
  module_set(module, "credits", new_site_object(&printer_type, "credits", credits, credits));
  module_set(module, "license",
             new_site_object(&printer_type, "license", "Type license() to see the full license text",
                             "See the LICENSE file that comes with gilt's sources."));
  module_set(module, "help",
             new_site_object(&helper_type, "help",
                             "Type help() for interactive help, or help(object) for help about object."));
  module_set(module, "breakpoint", new_builtin_function("breakpoint", builtin_breakpoint, module));
}

}  // namespace gilt
