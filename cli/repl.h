// The interactive prompt (`gilt` with no program and stdin a TTY).
#pragma once

#include <gilt/gilt.h>

#include <csignal>

namespace gilt::cli {

// Set by the SIGINT handler while the REPL waits for input (instead of
// interrupting the VM), so Ctrl-C at the prompt discards the line being typed.
extern volatile std::sig_atomic_t g_reading_input;
extern volatile std::sig_atomic_t g_interrupted_input;

// Reads lines with libedit, feeds each complete input to vm.run_interactive and
// returns the process exit status when the user types EOF (Ctrl-D) or the
// program raises SystemExit.
int run_repl(gilt::VM& vm);

}  // namespace gilt::cli
