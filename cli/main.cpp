// gilt: the command-line interpreter. A host like any other: it uses only the
// public API in <gilt/gilt.h> (and libedit for the REPL), the way Lua's lua.c
// uses only lua.h.
//
//   gilt [option] ... [-c cmd | file | -] [arg] ...     (see `gilt -h`)
#include <gilt/gilt.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <string>

#include "options.h"
#include "repl.h"

namespace {

// The VM that Ctrl-C interrupts. std::atomic<T*> is lock-free, so reading it in
// a signal handler is async-signal-safe, and VM::interrupt() promises to be.
std::atomic<gilt::VM*> g_vm{nullptr};
static_assert(std::atomic<gilt::VM*>::is_always_lock_free);

extern "C" void on_sigint(int) {
  if (gilt::cli::g_reading_input) {
    gilt::cli::g_interrupted_input = 1;  // at the REPL prompt: discard the line
    return;
  }
  if (gilt::VM* vm = g_vm.load(std::memory_order_relaxed)) vm->interrupt();
}

// Like CPython, no SA_RESTART: a blocking system call returns EINTR so the VM
// can raise KeyboardInterrupt promptly instead of waiting for the call to end.
void install_sigint_handler() {
  struct sigaction action {};
  action.sa_handler = on_sigint;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(SIGINT, &action, nullptr);
}

// CPython's messages for a program file it cannot run; returns the exit status
// (0: the file can be opened).
int check_program_file(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  std::string shown = ec ? path : absolute.string();
  if (fs::is_directory(path, ec)) {
    std::fprintf(stderr, "gilt: can't find '__main__' module in '%s'\n", path.c_str());
    return 1;
  }
  if (std::FILE* file = std::fopen(path.c_str(), "rb")) {
    std::fclose(file);
    return 0;
  }
  int error = errno;
  std::fprintf(stderr, "gilt: can't open file '%s': [Errno %d] %s\n", shown.c_str(), error,
               std::strerror(error));
  return 2;
}

// A script is passed to the VM by absolute path (not normalised), as CPython
// does since 3.9: __file__ and traceback lines show "/cwd/given/path.py" while
// sys.argv[0] keeps the path as typed.
std::string absolute_path(const std::string& path) {
  std::error_code ec;
  auto absolute = std::filesystem::absolute(path, ec);
  return ec ? path : absolute.string();
}

int run(const gilt::cli::Options& options) {
  using gilt::cli::Mode;
  gilt::Config config;
  config.argv = options.argv;
  config.switch_interval = options.switch_interval;
  config.check_interval = options.check_interval;
  config.detect_deadlocks = options.detect_deadlocks;
  gilt::VM vm(config);
  g_vm.store(&vm);
  int status = 0;
  switch (options.mode) {
    case Mode::Script:
      status = vm.run_file(absolute_path(options.program));
      break;
    case Mode::Command:
      status = vm.run_string(options.program, "<string>");
      break;
    case Mode::Module:
      status = vm.run_module(options.program);
      break;
    case Mode::Stdin: {
      std::string source{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
      status = vm.run_string(source, "<stdin>");
      break;
    }
    case Mode::Interactive:
      status = gilt::cli::run_repl(vm);
      break;
    case Mode::Disassemble: {
      std::string listing = vm.disassemble_file(options.program);
      std::fwrite(listing.data(), 1, listing.size(), stdout);
      status = listing.empty() ? 1 : 0;  // "" means a SyntaxError was printed
      break;
    }
    case Mode::Version:
    case Mode::Help:
      break;
  }
  vm.flush();
  g_vm.store(nullptr);
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  using gilt::cli::Mode;
  gilt::cli::Options options;
  if (!gilt::cli::parse_options(argc, argv, isatty(STDIN_FILENO) == 1, options)) return 2;

  switch (options.mode) {
    case Mode::Help:
      gilt::cli::print_usage(/*full=*/true);
      return 0;
    case Mode::Version:
      std::printf("gilt %s\n", gilt::version());
      return 0;
    case Mode::Script:
    case Mode::Disassemble:
      if (int status = check_program_file(options.program); status != 0) return status;
      break;
    default:
      break;
  }
  install_sigint_handler();
  int status = run(options);
  std::fflush(stdout);
  return status;
}
