// Command-line parsing for the gilt binary, modelled on python3's: options come
// first, then the program (a script path, `-c CODE`, or `-` for stdin), then
// the program's own arguments, which become sys.argv[1:].
#pragma once

#include <string>
#include <vector>

namespace gilt::cli {

enum class Mode {
  Script,       // gilt FILE args...
  Command,      // gilt -c CODE args...
  Module,       // gilt -m MODULE args...
  Stdin,        // gilt - args...      (or no program and stdin is not a TTY)
  Interactive,  // gilt                (stdin is a TTY)
  Disassemble,  // gilt --dis FILE
  Version,      // gilt --version
  Help,         // gilt -h
};

struct Options {
  Mode mode = Mode::Interactive;
  std::string program;            // the script path, the -c code, the -m module, or the --dis file
  std::vector<std::string> argv;  // sys.argv: [script | "-c" | "-" | "", args...]
  double switch_interval = 0.005;  // --switch-interval: seconds
  int check_interval = 0;          // --check-interval: ticks; 0 keeps the time interval
  bool detect_deadlocks = true;    // --deadlock-check=on|off
  std::string error;               // set by an option whose value is invalid
};

// Parses argv. On a usage error prints python3-style diagnostics to stderr and
// returns false; the caller exits with status 2.
bool parse_options(int argc, char** argv, bool stdin_is_tty, Options& out);

void print_usage(bool full);

}  // namespace gilt::cli
