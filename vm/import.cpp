// The import system (rules in import.h): sys.modules, native modules,
// packages and modules along sys.path, bundled modules, relative imports.
#include <filesystem>
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
#include "vm/thread_state.h"

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
  if (parsed.incomplete) {
    // An interactive input that the REPL would continue (a compound
    // statement, an open bracket): a whole one when it ends here.
    text = std::make_shared<const std::string>(source + "\n");
    parsed = parse(*text, filename, mode);
    if (parsed.incomplete) parsed = parse(*text, filename, ParseMode::File);
    if (parsed.incomplete || (!parsed.error && !parsed.module))
      raise(&exc::SyntaxError, "unexpected EOF while parsing");
  }
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

// Reads a module file: from the bundle for "@stdlib/..." paths, else from disk.
static bool read_source(InterpreterState* interp, const std::string& path, std::string& out) {
  std::string_view prefix = kBundledPathEntry;
  if (path.size() > prefix.size() && path.starts_with(prefix) && path[prefix.size()] == '/') {
    std::string_view text;
    if (!interp->read_bundled || !interp->read_bundled(std::string_view(path).substr(prefix.size() + 1), text))
      return false;
    out.assign(text);
    return true;
  }
  if (std::filesystem::is_directory(path)) return false;
  return read_file(path, out);
}

static DictObject* sys_modules(InterpreterState* interp) { return interp->modules.as<DictObject>(); }

[[noreturn]] static void raise_not_found(const std::string& message, const std::string& name) {
  Ref e = new_exception(&exc::ModuleNotFoundError, message);
  set_attr(e, GILT_NAME("name"), new_str(name));
  raise(e);
}

static std::string parent_name(const std::string& name) {
  size_t dot = name.rfind('.');
  return dot == std::string::npos ? "" : name.substr(0, dot);
}

// Looks for the last component of `name` in each directory of `dirs` (a list):
// DIR/NAME/__init__.py, then DIR/NAME.py.
static bool find_in_path(InterpreterState* interp, const std::string& name, Value dirs, ModuleSource& out) {
  if (dirs.is_null() || !is_list(dirs)) return false;
  std::string last = name.substr(name.rfind('.') + 1);  // npos + 1 == 0
  std::vector<Ref> entries(as_list(dirs)->items.begin(), as_list(dirs)->items.end());
  for (const Ref& entry : entries) {
    if (!is_str(entry)) continue;
    std::string dir(str_view(entry));
    if (dir.empty()) {  // "" is the current directory; __file__ is absolute, as in CPython
      std::error_code ec;
      dir = std::filesystem::current_path(ec).string();
    }
    std::string base = dir + "/" + last;
    if (read_source(interp, base + "/__init__.py", out.source)) {
      out.path = base + "/__init__.py";
      out.is_package = true;
      return true;
    }
    if (read_source(interp, base + ".py", out.source)) {
      out.path = base + ".py";
      out.is_package = false;
      return true;
    }
  }
  return false;
}

// The directories to search for `name`: sys.path for a top-level module, else
// the parent package's __path__ (importing the parent first). Sets `parent` to
// the parent module, if any.
static Ref search_path(InterpreterState* interp, const std::string& name, Ref& parent) {
  std::string parent_path = parent_name(name);
  if (parent_path.empty()) return try_get_attr(interp->sys, GILT_NAME("path"));
  parent = import_module(interp, parent_path);
  Ref dirs = try_get_attr(parent, GILT_NAME("__path__"));
  if (dirs.is_null())
    raise_not_found("No module named '" + name + "'; '" + parent_path + "' is not a package", name);
  return dirs;
}

bool find_module_source(InterpreterState* interp, const std::string& name, ModuleSource& out) {
  Ref parent;
  Ref dirs = search_path(interp, name, parent);
  return find_in_path(interp, name, dirs, out);
}

// Runs a module's source as sys.modules[name]. The module is visible in
// sys.modules while its body runs, and removed again if the body raises.
static Ref exec_module(InterpreterState* interp, const std::string& name, const ModuleSource& found) {
  Ref module = new_module(name);
  module_set(module, "__package__", new_str(found.is_package ? name : parent_name(name)));
  module_set(module, "__spec__", Value::none());
  if (found.is_package) {
    Ref path = new_list();
    list_append(path, new_str(found.path.substr(0, found.path.rfind('/'))));
    module_set(module, "__path__", path);
  }
  module_set(module, "__file__", new_str(found.path));
  module_set(module, "__builtins__", interp->builtins);
  Ref key = new_str(name);
  dict_set(sys_modules(interp), key, module);
  interp->initializing.insert(name);
  try {
    Ref code = compile_source(found.source, found.path, ParseMode::File);
    Value globals = as_module(module)->dict;
    run_code(code, globals, globals);
  } catch (...) {
    interp->initializing.erase(name);
    dict_del(sys_modules(interp), key);
    throw;
  }
  interp->initializing.erase(name);
  // The body may have replaced its own sys.modules entry, as CPython allows.
  Value final = dict_get(sys_modules(interp), key);
  return final.is_null() ? module : Ref(final);
}

static Ref find_and_load(InterpreterState* interp, const std::string& name) {
  std::string parent_path = parent_name(name);
  Ref key = new_str(name);
  Ref parent, dirs;
  if (parent_path.empty()) {
    auto builtin = interp->builtin_modules.find(name);
    if (builtin != interp->builtin_modules.end()) {
      Ref m = builtin->second(interp);
      dict_set(sys_modules(interp), key, m);
      return m;
    }
    dirs = try_get_attr(interp->sys, GILT_NAME("path"));
  } else {
    parent = import_module(interp, parent_path);
    // Importing the parent may have imported this one (os registers os.path).
    Value loaded = dict_get(sys_modules(interp), key);
    if (!loaded.is_null()) return Ref(loaded);
    dirs = try_get_attr(parent, GILT_NAME("__path__"));
    if (dirs.is_null())
      raise_not_found("No module named '" + name + "'; '" + parent_path + "' is not a package", name);
  }
  ModuleSource found;
  if (!find_in_path(interp, name, dirs, found)) raise_not_found("No module named '" + name + "'", name);
  Ref module = exec_module(interp, name, found);
  if (!parent.is_null()) set_attr(parent, intern(name.substr(name.rfind('.') + 1)), module);
  return module;
}

Ref import_module(InterpreterState* interp, const std::string& name) {
  if (name.empty()) raise_value_error("Empty module name");
  Value cached = dict_get(sys_modules(interp), new_str(name));
  if (!cached.is_null()) {
    if (cached.is_none()) raise_not_found("import of " + name + " halted; None in sys.modules", name);
    return Ref(cached);
  }
  return find_and_load(interp, name);
}

// The absolute name of a relative import, from the importing module's
// __package__ (or __spec__.parent, or __name__), as importlib's _resolve_name.
static std::string resolve_name(const std::string& name, DictObject* globals, int64_t level) {
  Value package = globals ? dict_get_str(globals, GILT_NAME("__package__")) : Value();
  Value spec = globals ? dict_get_str(globals, GILT_NAME("__spec__")) : Value();
  std::string base;
  if (!package.is_null() && !package.is_none()) {
    if (!is_str(package)) raise_type_error("package must be a string");
    base = str_view(package);
  } else if (!spec.is_null() && !spec.is_none()) {
    base = str_string(get_attr(spec, "parent"));
  } else {
    Value module_name = globals ? dict_get_str(globals, GILT_NAME("__name__")) : Value();
    if (module_name.is_null()) raise_key_error(new_str("'__name__' not in globals"));
    if (!is_str(module_name)) raise_type_error("__name__ must be a string");
    base = str_view(module_name);
    if (dict_get_str(globals, GILT_NAME("__path__")).is_null()) base = parent_name(base);
  }
  if (base.empty()) raise(&exc::ImportError, "attempted relative import with no known parent package");
  for (int64_t i = 1; i < level; i++) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) raise(&exc::ImportError, "attempted relative import beyond top-level package");
    base.resize(dot);
  }
  return name.empty() ? base : base + "." + name;
}

// `from package import a, b`: a and b may be submodules still to import.
static void handle_fromlist(InterpreterState* interp, Value module, Value fromlist, bool recursive) {
  std::string module_name = str_string(get_attr(module, "__name__"));
  Ref it = get_iter(fromlist);
  for (Ref item = iter_next(it); !item.is_null(); item = iter_next(it)) {
    if (!is_str(item)) {
      std::string where = recursive ? module_name + ".__all__" : "``from list''";
      raise_type_error("Item in " + where + " must be str, not " + type_name(item));
    }
    std::string x(str_view(item));
    if (x == "*") {
      Ref all = try_get_attr(module, GILT_NAME("__all__"));
      if (!recursive && !all.is_null()) handle_fromlist(interp, module, all, true);
      continue;
    }
    if (!try_get_attr(module, intern(x)).is_null()) continue;
    std::string from_name = module_name + "." + x;
    try {
      import_module(interp, from_name);
    } catch (PyException& e) {
      if (!type_of(e.exception)->is_subtype_of(&exc::ModuleNotFoundError)) throw;
      Ref missing = try_get_attr(e.exception, GILT_NAME("name"));
      Value entry = dict_get(sys_modules(interp), new_str(from_name));
      bool absent = entry.is_null() || !entry.is_none();
      if (missing.is_null() || !is_str(missing) || str_view(missing) != from_name || !absent) throw;
    }
  }
}

Ref import_module_level(const std::string& name, DictObject* globals, Value fromlist, int64_t level) {
  InterpreterState* interp = ThreadState::current()->interp;
  if (level < 0) raise_value_error("level must be >= 0");
  std::string resolved = level > 0 ? resolve_name(name, globals, level) : name;
  Ref module = import_module(interp, resolved);
  bool has_fromlist = !fromlist.is_null() && !fromlist.is_none() && truthy(fromlist);
  if (!has_fromlist) {
    size_t dot = name.find('.');
    if (level == 0) return dot == std::string::npos ? module : import_module(interp, name.substr(0, dot));
    if (name.empty() || dot == std::string::npos) return module;
    // `__import__('.a.b', level=1)` returns the package holding a.
    size_t cut_off = name.size() - dot;
    std::string full = str_string(get_attr(module, "__name__"));
    return import_module(interp, full.substr(0, full.size() - cut_off));
  }
  if (!try_get_attr(module, GILT_NAME("__path__")).is_null()) handle_fromlist(interp, module, fromlist, false);
  return module;
}

Ref import_module_from(Frame* f, Value name, Value fromlist, Value level) {
  int64_t lvl = 0;
  int_to_int64(level, lvl);
  return import_module_level(std::string(str_view(name)), f->globals, fromlist, lvl);
}

Ref import_from(Value module, Value name) {
  Ref v = try_get_attr(module, name.as<StrObject>());
  if (!v.is_null()) return v;
  InterpreterState* interp = ThreadState::current()->interp;
  Ref mod_name = try_get_attr(module, GILT_NAME("__name__"));
  bool named = !mod_name.is_null() && is_str(mod_name);
  std::string m = named ? str_string(mod_name) : "<unknown module name>";
  if (named) {  // a submodule that is still initialising (circular imports)
    Value sub = dict_get(sys_modules(interp), new_str(m + "." + std::string(str_view(name))));
    if (!sub.is_null()) return Ref(sub);
  }
  Ref file = try_get_attr(module, GILT_NAME("__file__"));
  std::string where = file.is_null() || !is_str(file) ? "unknown location" : str_string(file);
  std::string what = "cannot import name '" + std::string(str_view(name)) + "' from ";
  if (named && interp->initializing.count(m))
    what += "partially initialized module '" + m + "' (most likely due to a circular import) (" + where + ")";
  else
    what += "'" + m + "' (" + where + ")";
  Ref e = new_exception(&exc::ImportError, what);
  set_attr(e, GILT_NAME("name"), named ? Value(mod_name) : Value::none());
  if (!file.is_null()) set_attr(e, GILT_NAME("path"), file);
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
