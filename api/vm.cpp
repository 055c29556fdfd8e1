// gilt::VM: the public embedding API (include/gilt/gilt.h).
#include <pthread.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "gilt/gilt.h"
#include "runtime/class_object.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/gc.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/module_object.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/text_stream.h"
#include "stdlib/builtins.h"
#include "vm/code.h"
#include "vm/eval_support.h"
#include "vm/function.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/interpreter_state.h"
#include "vm/thread_state.h"
#include "vm/traceback.h"
#include "vm/vm_types.h"

namespace gilt {

const char* version() { return GILT_VERSION; }

struct VM::Impl {
  InterpreterState interp;
  ThreadState main_thread;
  Ref main_module;
  int exit_status = 0;

  // Makes this VM's main thread state current for the calling thread, and
  // takes the GIL, while the API call runs; between calls the VM's other
  // threads run.
  struct Enter {
    Impl* impl;
    ThreadState* saved;
    bool took_gil;
    explicit Enter(Impl* i) : impl(i), saved(ThreadState::current()), took_gil(!i->main_thread.gil_user.holding) {
      ThreadState::set_current(&impl->main_thread);
      if (took_gil) impl->interp.gil.acquire(impl->main_thread.gil_user);
    }
    ~Enter() {
      if (took_gil) impl->interp.gil.release(impl->main_thread.gil_user);
      ThreadState::set_current(saved);
    }
  };
};

static Ref sys_module_factory(InterpreterState* interp) { return interp->sys; }

VM::VM(Config config) : impl_(std::make_unique<Impl>()) {
  init_runtime();
  init_vm_types();
  InterpreterState& interp = impl_->interp;
  impl_->main_thread.interp = &interp;
  interp.main_thread = &impl_->main_thread;
  interp.threads.push_back(&impl_->main_thread);
  impl_->main_thread.ident = static_cast<int64_t>(pthread_self());
  interp.detect_deadlocks = config.detect_deadlocks;
  Impl::Enter enter(impl_.get());
  impl_->main_thread.stack_limit = c_stack_limit_of_this_thread();
  interp.argv = config.argv.empty() ? std::vector<std::string>{""} : config.argv;
  interp.path = config.module_path;
  interp.gil.set_switch_interval(std::chrono::duration_cast<std::chrono::nanoseconds>(
      std::chrono::duration<double>(config.switch_interval > 0 ? config.switch_interval : 0.005)));
  interp.gil.set_check_interval(std::max(config.check_interval, 0));
  interp.modules = new_dict();
  Ref builtins = make_builtins_module();
  interp.builtins = as_module(builtins)->dict;
  interp.sys = make_sys_module(&interp);
  interp.builtin_modules["sys"] = sys_module_factory;
  register_standard_modules(&interp);
  auto* modules = interp.modules.as<DictObject>();
  dict_set(modules, new_str("builtins"), builtins);
  dict_set(modules, new_str("sys"), interp.sys);
  impl_->main_module = new_module("__main__");
  module_set(impl_->main_module, "__package__", Value::none());
  module_set(impl_->main_module, "__spec__", Value::none());
  module_set(impl_->main_module, "__builtins__", builtins);
  dict_set(modules, new_str("__main__"), impl_->main_module);
}

// Like CPython at exit: a collection first, while everything is intact.
// Then every module but builtins and sys goes out of sys.modules and out of
// our hands, together (they may refer to each other), and a collection
// finalizes what their namespaces held (__del__, generators' `finally`)
// while those namespaces, builtins and sys still work: a namespace is
// usually garbage then, since its functions refer to it. Modules that
// something still holds get their namespaces emptied, the last imported
// first; then builtins, and sys at the very end so that finalizers can
// report on sys.stderr.
static void finalize_modules(InterpreterState& interp, Ref& main_module) {
  // First the garbage there is already, with everything intact.
  gc_collect(&interp.gc, kGenerations - 1);
  auto* modules = interp.modules.as<DictObject>();
  // Each module notes in `alive` when it is freed (a weak reference, of
  // sorts); the guard forgets the flags of the ones that outlive this.
  std::vector<ModuleObject*> dropped;
  std::unique_ptr<bool[]> alive;
  struct ForgetFlags {
    std::vector<ModuleObject*>& dropped;
    std::unique_ptr<bool[]>& alive;
    ~ForgetFlags() {
      for (size_t i = 0; i < dropped.size(); i++)
        if (alive[i]) dropped[i]->alive = nullptr;
    }
  } forget{dropped, alive};
  {
    std::vector<Ref> keys, mods;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(modules, pos, k, v)) {
      if (v.is(interp.sys) || (type_of(v) == &module_type && as_module(v)->dict.get().is(interp.builtins)))
        continue;
      keys.emplace_back(k);
      if (type_of(v) == &module_type) mods.emplace_back(v);
    }
    alive = std::make_unique<bool[]>(mods.size());
    for (size_t i = 0; i < mods.size(); i++) {
      alive[i] = true;
      dropped.push_back(as_module(mods[i]));
      as_module(mods[i])->alive = &alive[i];
    }
    for (Ref& key : keys) dict_del(modules, key);
    main_module.reset();
  }  // our references go here
  gc_collect(&interp.gc, kGenerations - 1);
  std::vector<Ref> survivors;
  for (size_t i = dropped.size(); i-- > 0;)
    if (alive[i]) survivors.emplace_back(Value::object(dropped[i]));
  for (Ref& m : survivors) dict_clear(as_module(m)->dict.as<DictObject>());
  survivors.clear();

  // builtins, then sys.
  std::vector<Ref> mods;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(modules, pos, k, v))
    if (!v.is(interp.sys)) mods.emplace_back(v);
  mods.emplace_back(interp.sys);
  for (Ref& m : mods)
    if (type_of(m) == &module_type) dict_clear(as_module(m)->dict.as<DictObject>());
  dict_clear(modules);
}

// Like CPython at exit: threading joins the threads that are not daemons.
// Calls `module`._`function`() at exit if the program imported `module`.
static void call_exit_hook(InterpreterState& interp, const char* module, const char* function) {
  Value m = dict_get(interp.modules.as<DictObject>(), new_str(module));
  if (m.is_null()) return;
  try {
    call(get_attr(m, function), {});
  } catch (PyException& e) {
    write_unraisable(e.exception, m);
  }
}

VM::~VM() {
  Impl::Enter enter(impl_.get());
  InterpreterState& interp = impl_->interp;
  // As CPython: join the non-daemon threads, then run the atexit functions.
  call_exit_hook(interp, "threading", "_shutdown");
  call_exit_hook(interp, "atexit", "_run_exitfuncs");
  // Daemon threads never run again: they block when they next want the GIL.
  interp.gil.keep_for_shutdown(impl_->main_thread.gil_user);
  flush();
  impl_->main_thread.base_exc_state.handled.reset();
  try {
    finalize_modules(interp, impl_->main_module);
  } catch (PyException&) {
    // A __del__-style failure during teardown must not escape a destructor.
  }
  interp.sys.reset();
  interp.builtins.reset();
  interp.modules.reset();
  interp.gc.garbage.reset();
  interp.gc.callbacks.reset();
  // What is left is cycles only the collector can free (classes and their
  // methods, objects referring to each other).
  gc_collect(&interp.gc, kGenerations - 1);
  if (interp.thread_count > 0) static_cast<void>(interp.gil_storage.release());
}

// Reports a file that cannot be read, on the VM's sys.stderr.
static void report_unreadable(InterpreterState& interp, const std::string& path) {
  Ref err = try_get_attr(interp.sys, GILT_NAME("stderr"));
  if (err.is_null() || err.get().is_none()) return;
  write_text(err, "gilt: can't open file '" + path + "': [Errno 2] No such file or directory\n");
  flush_stream(err);
}

static std::string read_whole_file(const std::string& path, bool& ok) {
  std::ifstream in(path, std::ios::binary);
  ok = static_cast<bool>(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// What an uncaught exception does to the process: SystemExit's code, or a
// printed traceback and status 1.
static int report_uncaught(InterpreterState& interp, Value exc) {
  Ref out = try_get_attr(interp.sys, GILT_NAME("stdout"));
  Ref err = try_get_attr(interp.sys, GILT_NAME("stderr"));
  try {
    if (!out.is_null() && !out.get().is_none()) flush_stream(out);
  } catch (PyException&) {
  }
  if (type_of(exc)->is_subtype_of(&exc::SystemExit)) {
    Ref code = try_get_attr(exc, GILT_NAME("code"));
    if (code.is_null() || code.get().is_none()) return 0;
    int64_t status;
    if (is_int(code) && int_to_int64(code, status)) return static_cast<int>(status & 0xFF);
    write_text(err, str_string(code) + "\n");
    return 1;
  }
  std::string report;
  try {
    report = format_exception(exc);
  } catch (PyException&) {
    report = type_name(exc) + ": <exception str() failed>\n";
  }
  if (!err.is_null() && !err.get().is_none()) {
    write_text(err, report);
    flush_stream(err);
  }
  // CPython ends as if killed by SIGINT, which shells report as 128 + 2.
  if (type_of(exc)->is_subtype_of(&exc::KeyboardInterrupt)) return 130;
  return 1;
}

static int run_main(VM::Impl* impl, const std::string& source, const std::string& filename) {
  InterpreterState& interp = impl->interp;
  try {
    Ref code = compile_source(source, filename, ParseMode::File);
    Value globals = as_module(impl->main_module)->dict;
    run_code(code, globals, globals);
    return 0;
  } catch (PyException& e) {
    return report_uncaught(interp, e.exception);
  }
}

int VM::run_file(const std::string& path) {
  Impl::Enter enter(impl_.get());
  bool ok;
  std::string source = read_whole_file(path, ok);
  if (!ok) {
    report_unreadable(impl_->interp, path);
    return 2;
  }
  module_set(impl_->main_module, "__file__", new_str(path));
  std::string dir = path.find('/') == std::string::npos ? "" : path.substr(0, path.rfind('/'));
  Ref sys_path = get_attr(impl_->interp.sys, "path");
  as_list(sys_path)->items.insert(as_list(sys_path)->items.begin(), new_str(dir.empty() ? "." : dir));
  impl_->exit_status = run_main(impl_.get(), source, path);
  flush();
  return impl_->exit_status;
}

int VM::run_string(std::string_view source, const std::string& filename) {
  Impl::Enter enter(impl_.get());
  Ref sys_path = get_attr(impl_->interp.sys, "path");
  if (as_list(sys_path)->items.empty() || str_view(as_list(sys_path)->items.front()) != "")
    as_list(sys_path)->items.insert(as_list(sys_path)->items.begin(), new_str(""));
  impl_->exit_status = run_main(impl_.get(), std::string(source), filename);
  flush();
  return impl_->exit_status;
}

// CPython's one-line report when -m cannot find what to run.
static int report_no_module(InterpreterState& interp, const std::string& message) {
  Ref err = try_get_attr(interp.sys, GILT_NAME("stderr"));
  if (!err.is_null() && !err.get().is_none()) {
    write_text(err, "gilt: " + message + "\n");
    flush_stream(err);
  }
  return 1;
}

int VM::run_module(const std::string& module) {
  Impl::Enter enter(impl_.get());
  InterpreterState& interp = impl_->interp;
  std::error_code ec;
  std::string cwd = std::filesystem::current_path(ec).string();
  Ref sys_path = get_attr(interp.sys, "path");
  as_list(sys_path)->items.insert(as_list(sys_path)->items.begin(), new_str(cwd));
  ModuleSource found;
  std::string name = module;
  try {
    if (!find_module_source(&interp, name, found)) return report_no_module(interp, "No module named " + name);
    if (found.is_package) {
      name += ".__main__";
      if (!find_module_source(&interp, name, found))
        return report_no_module(interp, "No module named " + name + "; '" + module +
                                            "' is a package and cannot be directly executed");
    }
  } catch (PyException& e) {
    if (!type_of(e.exception)->is_subtype_of(&exc::ImportError)) return report_uncaught(interp, e.exception);
    return report_no_module(interp, "Error while finding module specification for '" + module + "' (" +
                                        type_name(e.exception) + ": " + str_string(str(e.exception)) + ")");
  }
  size_t dot = name.rfind('.');
  module_set(impl_->main_module, "__package__", new_str(dot == std::string::npos ? "" : name.substr(0, dot)));
  module_set(impl_->main_module, "__file__", new_str(found.path));
  Ref argv = get_attr(interp.sys, "argv");
  if (is_list(argv) && !as_list(argv)->items.empty()) as_list(argv)->items[0] = new_str(found.path);
  impl_->exit_status = run_main(impl_.get(), found.source, found.path);
  flush();
  return impl_->exit_status;
}

ReplStatus VM::run_interactive(std::string_view source) {
  Impl::Enter enter(impl_.get());
  std::string text(source);
  ParseResult parsed = parse(text, "<stdin>", ParseMode::Interactive);
  if (parsed.incomplete) return ReplStatus::Incomplete;
  try {
    if (parsed.error) raise(syntax_error_from(*parsed.error));
    Ref code = compile_source(text, "<stdin>", ParseMode::Interactive);
    Value globals = as_module(impl_->main_module)->dict;
    run_code(code, globals, globals);
  } catch (PyException& e) {
    if (type_of(e.exception)->is_subtype_of(&exc::SystemExit)) {
      impl_->exit_status = report_uncaught(impl_->interp, e.exception);
      return ReplStatus::Exit;
    }
    report_uncaught(impl_->interp, e.exception);
  }
  flush();
  return ReplStatus::Done;
}

int VM::exit_status() const { return impl_->exit_status; }

std::string VM::disassemble_file(const std::string& path) {
  Impl::Enter enter(impl_.get());
  bool ok;
  std::string source = read_whole_file(path, ok);
  if (!ok) {
    report_unreadable(impl_->interp, path);
    return "";
  }
  try {
    Ref code = compile_source(source, path, ParseMode::File);
    return disassemble(*code.as<CodeObject>());
  } catch (PyException& e) {
    report_uncaught(impl_->interp, e.exception);
    return "";
  }
}

void VM::flush() {
  Impl::Enter enter(impl_.get());
  for (const char* name : {"stdout", "stderr"}) {
    try {
      Ref s = try_get_attr(impl_->interp.sys, intern(name));
      if (!s.is_null() && !s.get().is_none()) flush_stream(s);
    } catch (PyException&) {
    }
  }
}

void VM::interrupt() {
  if (!impl_->interp.interrupt_pending.exchange(true)) eval_breaker_requests.fetch_add(1);
}

}  // namespace gilt
