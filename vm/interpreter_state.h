// Per-VM state shared by its threads.
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <set>
#include <string_view>
#include <string>
#include <vector>

#include "runtime/gc.h"
#include "runtime/gil.h"
#include "runtime/object.h"

namespace gilt {

struct ThreadState;

struct InterpreterState {
  Ref builtins;      // the builtins module's dict
  Ref modules;       // sys.modules
  Ref sys;           // the sys module
  int recursion_limit = 1000;
  std::atomic<bool> interrupt_pending{false};  // Ctrl-C: raise KeyboardInterrupt
  std::vector<std::string> argv;
  std::vector<std::string> path;
  // Modules implemented natively, created on first import. Filled by the
  // layer above the VM (stdlib), so vm/ needs no knowledge of them.
  std::map<std::string, Ref (*)(InterpreterState*)> builtin_modules;
  // The source of a module bundled into the binary, by its path below the
  // "@stdlib" sys.path entry (e.g. "collections/__init__.py"). Set by stdlib.
  bool (*read_bundled)(std::string_view path, std::string_view& source) = nullptr;
  // Modules whose body is running (for the circular-import message).
  std::set<std::string> initializing;
  // The cycle collector's generations and settings (runtime/gc.h).
  GCState gc;
  // Serializes this VM's threads (runtime/gil.h). Daemon threads still
  // alive when the VM goes wait on it for ever, so it is left behind then.
  std::unique_ptr<GIL> gil_storage = std::make_unique<GIL>();
  GIL& gil = *gil_storage;
  ThreadState* main_thread = nullptr;  // receives KeyboardInterrupt
  std::vector<ThreadState*> threads;   // every thread running in this VM (changed under the GIL)
  std::atomic<int> thread_count{0};    // threads started by _thread that are still running
  std::atomic<int> blocked_threads{0}; // threads waiting for a lock without a timeout (stdlib/lock_wait.h)
  bool detect_deadlocks = true;
};

}  // namespace gilt
