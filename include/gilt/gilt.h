// gilt's public embedding API: the only header a host program includes.
//
//   gilt::VM vm;                                  // one interpreter
//   int status = vm.run_file("script.py");        // 0, 1 on an uncaught exception
//
// A VM prints uncaught exceptions (CPython-style traceback) to its stderr and
// turns SystemExit into the returned status, exactly as the `gilt` binary does.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gilt {

struct Config {
  std::vector<std::string> argv;         // sys.argv; argv[0] is the script name
  std::vector<std::string> module_path;  // extra entries for sys.path
  // The GIL's switch policy (docs/gil.md): a thread waiting for the GIL asks
  // for it after `switch_interval` seconds (sys.setswitchinterval); or, when
  // `check_interval` > 0, the holder lets go every `check_interval` ticks
  // (sys.setcheckinterval, Python 2's policy).
  double switch_interval = 0.005;
  int check_interval = 0;
  // When every thread waits for a lock without a timeout, print who waits on
  // what and end the process with status 1 instead of hanging (docs/gil.md).
  bool detect_deadlocks = true;
};

// What one interactive (REPL) input did.
enum class ReplStatus {
  Done,        // ran (an expression's repr was echoed, an error's traceback printed)
  Incomplete,  // needs more lines: an open block, bracket or triple-quoted string
  Exit,        // SystemExit was raised; exit_status() has the status
};

class VM {
 public:
  explicit VM(Config config = {});
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  // Run source as the __main__ module. The return value is the process exit
  // status CPython would give: 0, 1 after printing an uncaught exception or a
  // SyntaxError, or SystemExit's code.
  int run_file(const std::string& path);
  int run_string(std::string_view source, const std::string& filename = "<string>");
  // Run a module (a package: its __main__ submodule) found on sys.path as
  // __main__, like `python3 -m module`: the current directory goes first on
  // sys.path and sys.argv[0] becomes the module's file.
  int run_module(const std::string& module);

  // One REPL input (possibly several lines). Expression results are echoed with repr.
  ReplStatus run_interactive(std::string_view source);
  int exit_status() const;

  // Human-readable bytecode of a file; a SyntaxError is printed and "" returned.
  std::string disassemble_file(const std::string& path);

  // Flush sys.stdout and sys.stderr (also done when the VM is destroyed).
  void flush();

  // Deliver Ctrl-C: the main thread raises KeyboardInterrupt at its next check.
  // Safe to call from a signal handler.
  void interrupt();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

const char* version();

}  // namespace gilt
