#include "repl.h"

#include <histedit.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace gilt::cli {

volatile std::sig_atomic_t g_reading_input = 0;
volatile std::sig_atomic_t g_interrupted_input = 0;

namespace {

const char* g_prompt = ">>> ";

char* prompt_callback(EditLine*) { return const_cast<char*>(g_prompt); }

std::string history_path() {
  const char* home = std::getenv("HOME");
  if (home == nullptr || *home == '\0') return {};
  return std::string(home) + "/.gilt_history";
}

// RAII owner of the libedit editor and its in-memory history.
class LineEditor {
 public:
  LineEditor() : editor_(el_init("gilt", stdin, stdout, stderr)), history_(history_init()) {
    HistEvent event;
    history(history_, &event, H_SETSIZE, 1000);
    history(history_, &event, H_SETUNIQUE, 1);
    if (!history_file_.empty()) history(history_, &event, H_LOAD, history_file_.c_str());
    el_set(editor_, EL_EDITOR, "emacs");
    el_set(editor_, EL_PROMPT, prompt_callback);
    el_set(editor_, EL_HIST, history, history_);
    // Let libedit restore the terminal around signals; our SIGINT handler
    // still runs (libedit re-raises to it), and el_gets returns with EINTR.
    el_set(editor_, EL_SIGNAL, 1);
    el_source(editor_, nullptr);  // ~/.editrc, like other libedit programs
  }
  ~LineEditor() {
    if (!history_file_.empty()) {
      HistEvent event;
      history(history_, &event, H_SAVE, history_file_.c_str());
    }
    el_end(editor_);
    history_end(history_);
  }
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;

  enum class Result { Line, Eof, Interrupted };

  // Reads one line (without its newline) into `line`.
  Result read_line(const char* prompt, std::string& line) {
    g_prompt = prompt;
    g_interrupted_input = 0;
    g_reading_input = 1;
    int count = 0;
    const char* text = el_gets(editor_, &count);
    int saved_errno = errno;
    g_reading_input = 0;
    if (g_interrupted_input) return Result::Interrupted;
    if (text == nullptr || count <= 0) {
      if (count < 0 && saved_errno == EINTR) return Result::Interrupted;
      return Result::Eof;
    }
    line.assign(text, static_cast<size_t>(count));
    if (!line.empty() && line.back() == '\n') line.pop_back();
    return Result::Line;
  }

  void remember(const std::string& line) {
    HistEvent event;
    history(history_, &event, H_ENTER, line.c_str());
  }

 private:
  EditLine* editor_;
  History* history_;
  std::string history_file_ = history_path();
};

}  // namespace

int run_repl(gilt::VM& vm) {
  std::fprintf(stderr, "gilt %s \xe2\x80\x94 Python 3.11 subset. Ctrl-D exits.\n", gilt::version());
  LineEditor editor;
  std::string source;  // the input so far: one statement, possibly several lines
  std::string line;
  while (true) {
    std::fflush(stdout);
    auto result = editor.read_line(source.empty() ? ">>> " : "... ", line);
    if (result == LineEditor::Result::Interrupted) {
      std::fputs("\nKeyboardInterrupt\n", stderr);
      source.clear();
      continue;
    }
    if (result == LineEditor::Result::Eof) {
      std::fputc('\n', stdout);
      break;
    }
    if (source.empty() && line.find_first_not_of(" \t") == std::string::npos) continue;
    if (!line.empty()) editor.remember(line);
    source += line;
    source += '\n';
    ReplStatus status = vm.run_interactive(source);
    if (status == ReplStatus::Incomplete) continue;
    source.clear();
    vm.flush();
    if (status == ReplStatus::Exit) return vm.exit_status();
  }
  vm.flush();
  return 0;
}

}  // namespace gilt::cli
