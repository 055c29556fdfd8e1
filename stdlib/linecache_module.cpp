// linecache: source lines of files, for warnings and tracebacks written in
// Python. Native because it also reads the modules bundled into the binary
// ("@stdlib/..."), which are not files.
#include <fstream>
#include <sstream>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/int_object.h"
#include "runtime/module_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "stdlib/builtins.h"
#include "vm/import.h"

namespace gilt {

static bool file_text(const std::string& filename, std::string& text) {
  std::string_view prefix = kBundledPathEntry;
  if (filename.starts_with(prefix) && filename.size() > prefix.size() && filename[prefix.size()] == '/') {
    std::string_view source;
    if (!read_bundled_module(std::string_view(filename).substr(prefix.size() + 1), source)) return false;
    text.assign(source);
    return true;
  }
  std::ifstream in(filename, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  text = ss.str();
  return true;
}

// getline(filename, lineno, module_globals=None): the line with its newline, or "".
static Ref linecache_getline(Value, CallArgs args) {
  Value a[3];
  bind_args("getline", args, {"filename", "lineno", "module_globals"}, 2, a);
  if (!is_str(a[0])) return new_str("");
  int64_t lineno = index_int64(a[1]);
  std::string text;
  if (lineno < 1 || !file_text(std::string(str_view(a[0])), text)) return new_str("");
  size_t pos = 0;
  for (int64_t i = 1; i < lineno; i++) {
    pos = text.find('\n', pos);
    if (pos == std::string::npos) return new_str("");
    pos++;
  }
  if (pos >= text.size()) return new_str("");
  size_t end = text.find('\n', pos);
  std::string line = end == std::string::npos ? text.substr(pos) + "\n" : text.substr(pos, end - pos + 1);
  return new_str(line);
}

static Ref linecache_noop(Value, CallArgs) { return Ref(Value::none()); }

Ref make_linecache_module(InterpreterState*) {
  Ref m = new_module("linecache");
  module_set(m, "getline", new_builtin_function("getline", linecache_getline, m));
  module_set(m, "clearcache", new_builtin_function("clearcache", linecache_noop, m));
  module_set(m, "checkcache", new_builtin_function("checkcache", linecache_noop, m));
  return m;
}

}  // namespace gilt
