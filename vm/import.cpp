// The import statement: sys.modules, built-in modules, and modules written in
// Python found along sys.path.
#include <fstream>
#include <sstream>

#include "grammar/parse.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/module_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "vm/compiler.h"
#include "vm/eval_support.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/interpreter_state.h"

namespace gilt {

Ref syntax_error_from(const SyntaxErrorInfo& info) {
  Type* type = &exc::SyntaxError;
  if (info.type == "IndentationError") type = &exc::IndentationError;
  else if (info.type == "TabError") type = &exc::TabError;
  else if (info.type == "RecursionError") return new_exception(&exc::RecursionError, info.message);
  else if (info.type == "MemoryError") return new_exception(&exc::MemoryError, make_tuple({}));
  if (info.line == 0) return new_exception(type, info.message);
  Ref details = make_tuple({new_str(info.filename), int_from_int64(info.line), int_from_int64(info.col),
                            new_str(info.text), int_from_int64(info.end_line), int_from_int64(info.end_col)});
  return new_exception(type, make_tuple({new_str(info.message), details}));
}

Ref compile_source(const std::string& source, const std::string& filename, ParseMode mode) {
  auto text = std::make_shared<const std::string>(source);
  ParseResult parsed = parse(*text, filename, mode);
  if (parsed.error) raise(syntax_error_from(*parsed.error));
  CompileResult compiled = compile(*parsed.module, filename, mode, text);
  if (compiled.error) raise(syntax_error_from(*compiled.error));
  return compiled.code;
}

static bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

static Ref load_source_module(InterpreterState* interp, const std::string& name, const std::string& path,
                              const std::string& source) {
  Ref module = new_module(name);
  module_set(module, "__file__", new_str(path));
  module_set(module, "__builtins__", interp->builtins);
  auto* modules = interp->modules.as<DictObject>();
  dict_set(modules, new_str(name), module);
  try {
    Ref code = compile_source(source, path, ParseMode::File);
    Value globals = as_module(module)->dict;
    run_code(code, globals, globals);
  } catch (...) {
    dict_del(modules, new_str(name));
    throw;
  }
  return module;
}

Ref import_module(InterpreterState* interp, const std::string& name) {
  auto* modules = interp->modules.as<DictObject>();
  Ref key = new_str(name);
  Value cached = dict_get(modules, key);
  if (!cached.is_null()) return Ref(cached);
  // A submodule: importing the parent package first may register it (os
  // registers os.path).
  size_t last_dot = name.rfind('.');
  if (last_dot != std::string::npos) {
    import_module(interp, name.substr(0, last_dot));
    cached = dict_get(modules, key);
    if (!cached.is_null()) return Ref(cached);
  }
  auto builtin = interp->builtin_modules.find(name);
  if (builtin != interp->builtin_modules.end()) {
    Ref m = builtin->second(interp);
    dict_set(modules, key, m);
    return m;
  }
  if (name.find('.') == std::string::npos) {
    Ref path = try_get_attr(interp->sys, GILT_NAME("path"));
    if (!path.is_null() && is_list(path)) {
      std::vector<Ref> dirs(as_list(path)->items.begin(), as_list(path)->items.end());
      for (const Ref& dir : dirs) {
        if (!is_str(dir)) continue;
        std::string base(str_view(dir));
        std::string file = (base.empty() ? "" : base + "/") + name + ".py";
        std::string source;
        if (read_file(file, source)) return load_source_module(interp, name, file, source);
      }
    }
  }
  std::string message = "No module named '" + name + "'";
  if (last_dot != std::string::npos) {
    Value parent = dict_get(modules, new_str(name.substr(0, last_dot)));
    if (!parent.is_null() && try_get_attr(parent, GILT_NAME("__path__")).is_null())
      message += "; '" + name.substr(0, last_dot) + "' is not a package";
  }
  Ref e = new_exception(&exc::ModuleNotFoundError, message);
  set_attr(e, GILT_NAME("name"), key);
  raise(e);
}

// `f` will supply __package__ for relative imports (a later issue).
Ref import_module_from(Frame* /*f*/, Value name, Value fromlist, Value level) {
  int64_t lvl = 0;
  int_to_int64(level, lvl);
  if (lvl > 0) raise(&exc::ImportError, "attempted relative import with no known parent package");
  InterpreterState* interp = ThreadState::current()->interp;
  std::string full(str_view(name));
  size_t dot = full.find('.');
  Ref module = import_module(interp, full);
  if (dot != std::string::npos && (fromlist.is_none() || !truthy(fromlist)))
    return import_module(interp, full.substr(0, dot));
  return module;
}

Ref import_from(Value module, Value name) {
  Ref v = try_get_attr(module, name.as<StrObject>());
  if (!v.is_null()) return v;
  Ref mod_name = try_get_attr(module, GILT_NAME("__name__"));
  std::string m = mod_name.is_null() ? "<unknown module name>" : str_string(mod_name);
  Ref file = try_get_attr(module, GILT_NAME("__file__"));
  std::string where = file.is_null() ? " (unknown location)" : " (" + str_string(file) + ")";
  Ref e = new_exception(&exc::ImportError,
                        "cannot import name '" + std::string(str_view(name)) + "' from '" + m + "'" + where);
  set_attr(e, GILT_NAME("name"), mod_name.is_null() ? Value::none() : Value(mod_name));
  raise(e);
}

void import_star(Frame* f, Value module) {
  if (type_of(module) != &module_type) raise_type_error("from-import-* object has no __dict__ and no __all__");
  auto* src = as_module(module)->dict.as<DictObject>();
  Value all = dict_get_str(src, GILT_NAME("__all__"));
  auto store = [&](Value key, Value value) {
    if (type_of(f->locals) == &dict_type)
      dict_set(f->locals.as<DictObject>(), key, value);
    else
      dict_set(f->globals, key, value);
  };
  if (!all.is_null()) {
    Ref it = get_iter(all);
    for (Ref k = iter_next(it); !k.is_null(); k = iter_next(it)) store(k, get_attr(module, intern(str_view(k))));
    return;
  }
  std::vector<std::pair<Ref, Ref>> items;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(src, pos, k, v))
    if (is_str(k) && !str_view(k).starts_with("_")) items.emplace_back(Ref(k), Ref(v));
  for (auto& [key, value] : items) store(key, value);
}

}  // namespace gilt
