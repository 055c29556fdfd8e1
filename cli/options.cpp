#include "options.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace gilt::cli {
namespace {

constexpr const char* kUsageLine = "usage: gilt [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

// What an option does once parsed. `value` is empty for options without a metavar.
// Returning false means "stop parsing: the rest of argv belongs to the program".
using Apply = bool (*)(Options& options, std::string_view value);

struct OptionSpec {
  const char* name;     // "-c", "--dis", "--gil" (then written "--gil=on" or "--gil on")
  const char* metavar;  // the value's name in the help ("cmd"), nullptr: takes no value
  bool supported;       // false: parsed but rejected with "not supported yet"
  const char* help;
  Apply apply;
};

// A whole or decimal number, the whole of `text`.
bool parse_number(std::string_view text, double& out) {
  std::string s(text);
  char* end = nullptr;
  out = std::strtod(s.c_str(), &end);
  return !s.empty() && end == s.c_str() + s.size();
}

// The option table. Adding an option is one entry here (plus, for a new
// setting, a field in Options).
constexpr OptionSpec kOptions[] = {
    {"-c", "cmd", true, "program passed in as string (terminates option list)",
     [](Options& o, std::string_view v) {
       o.mode = Mode::Command;
       o.program = std::string(v);
       o.argv = {"-c"};
       return false;
     }},
    {"-m", "mod", true, "run library module as a script (terminates option list)",
     [](Options& o, std::string_view v) {
       o.mode = Mode::Module;
       o.program = std::string(v);
       o.argv = {"-m"};  // the VM replaces it with the module's path, as CPython does
       return false;
     }},
    {"--dis", "file", true, "print the bytecode of a file instead of running it",
     [](Options& o, std::string_view v) {
       o.mode = Mode::Disassemble;
       o.program = std::string(v);
       o.argv = {o.program};
       return false;
     }},
    {"--gil", "on|off", false, "run threads under a global interpreter lock or in parallel",
     [](Options&, std::string_view) { return true; }},
    {"--switch-interval", "S", true, "seconds a waiting thread waits before asking for the GIL (0.005)",
     [](Options& o, std::string_view v) {
       if (!parse_number(v, o.switch_interval) || !(o.switch_interval > 0))
         o.error = "--switch-interval expects a positive number of seconds, not '" + std::string(v) + "'";
       return true;
     }},
    {"--check-interval", "N", true, "drop the GIL every N ticks (instructions) instead",
     [](Options& o, std::string_view v) {
       double n;
       if (!parse_number(v, n) || n < 0 || n != static_cast<int>(n))
         o.error = "--check-interval expects a whole number of ticks, not '" + std::string(v) + "'";
       else
         o.check_interval = static_cast<int>(n);
       return true;
     }},
    {"--deadlock-check", "on|off", true, "report and exit when every thread waits for a lock (on)",
     [](Options& o, std::string_view v) {
       if (v == "on" || v == "off")
         o.detect_deadlocks = v == "on";
       else
         o.error = "--deadlock-check expects on or off, not '" + std::string(v) + "'";
       return true;
     }},
    {"-h", nullptr, true, "print this help message and exit (also --help)",
     [](Options& o, std::string_view) {
       o.mode = Mode::Help;
       return false;
     }},
    {"--help", nullptr, true, nullptr,
     [](Options& o, std::string_view) {
       o.mode = Mode::Help;
       return false;
     }},
    {"-V", nullptr, true, "print the gilt version number and exit (also --version)",
     [](Options& o, std::string_view) {
       o.mode = Mode::Version;
       return false;
     }},
    {"--version", nullptr, true, nullptr,
     [](Options& o, std::string_view) {
       o.mode = Mode::Version;
       return false;
     }},
};

const OptionSpec* find_option(std::string_view name) {
  for (const OptionSpec& spec : kOptions) {
    if (name == spec.name) return &spec;
  }
  return nullptr;
}

bool usage_error() {
  std::fputs(kUsageLine, stderr);
  std::fputs("Try `gilt -h' for more information.\n", stderr);
  return false;
}

}  // namespace

void print_usage(bool full) {
  std::fputs(kUsageLine, stdout);
  if (!full) return;
  std::fputs("Options and arguments:\n", stdout);
  for (const OptionSpec& spec : kOptions) {
    if (spec.help == nullptr) continue;
    std::string left = spec.name;
    if (spec.metavar != nullptr) (left += left.starts_with("--") ? "=" : " ") += spec.metavar;
    std::printf("%-22s: %s%s\n", left.c_str(), spec.help, spec.supported ? "" : " [not supported yet]");
  }
  std::fputs(
      "file                  : program read from script file\n"
      "-                     : program read from stdin (default; interactive mode if a tty)\n"
      "arg ...               : arguments passed to program in sys.argv[1:]\n",
      stdout);
}

bool parse_options(int argc, char** argv, bool stdin_is_tty, Options& out) {
  int i = 1;
  bool program_chosen = false;
  while (i < argc) {
    std::string_view arg = argv[i];
    if (arg == "--") {  // end of options: the next argument is the script
      ++i;
      break;
    }
    if (arg.size() < 2 || arg[0] != '-') break;  // "-" (stdin) or a script path

    // Split "--name=value" and "-cVALUE" into name and attached value.
    std::string_view name = arg;
    std::string_view value;
    bool has_value = false;
    if (arg.starts_with("--")) {
      if (auto eq = arg.find('='); eq != std::string_view::npos) {
        name = arg.substr(0, eq);
        value = arg.substr(eq + 1);
        has_value = true;
      }
    } else if (arg.size() > 2) {
      name = arg.substr(0, 2);
      value = arg.substr(2);
      has_value = true;
    }

    const OptionSpec* spec = find_option(name);
    if (spec == nullptr) {
      if (name.starts_with("--")) {
        std::fprintf(stderr, "unknown option %.*s\n", static_cast<int>(name.size()), name.data());
      } else {
        std::fprintf(stderr, "Unknown option: %.*s\n", static_cast<int>(name.size()), name.data());
      }
      return usage_error();
    }
    ++i;
    if (spec->metavar != nullptr && !has_value) {
      if (i >= argc) {
        std::fprintf(stderr, "Argument expected for the %s option\n", spec->name);
        return usage_error();
      }
      value = argv[i++];
    } else if (spec->metavar == nullptr && has_value) {
      if (name.starts_with("--")) {
        std::fprintf(stderr, "option %s takes no argument\n", spec->name);
      } else {
        // python3 would read "-hV" as "-h -V"; gilt keeps short options separate.
        std::fprintf(stderr, "Unknown option: %.*s\n", static_cast<int>(arg.size()), arg.data());
      }
      return usage_error();
    }
    if (!spec->supported) {
      std::fprintf(stderr, "gilt: option %s is not supported yet\n", spec->name);
      return usage_error();
    }
    bool more = spec->apply(out, value);
    if (!out.error.empty()) {
      std::fprintf(stderr, "%s\n", out.error.c_str());
      return usage_error();
    }
    if (!more) {
      program_chosen = true;
      break;
    }
  }

  if (out.mode == Mode::Help || out.mode == Mode::Version) return true;
  if (!program_chosen) {
    if (i < argc && std::string_view(argv[i]) != "-") {
      out.mode = Mode::Script;
      out.program = argv[i];
      out.argv = {argv[i]};
      ++i;
    } else if (i < argc) {  // "-"
      out.mode = Mode::Stdin;
      out.argv = {"-"};
      ++i;
    } else {
      out.mode = stdin_is_tty ? Mode::Interactive : Mode::Stdin;
      out.argv = {""};
    }
  }
  for (; i < argc; ++i) out.argv.emplace_back(argv[i]);
  return true;
}

}  // namespace gilt::cli
