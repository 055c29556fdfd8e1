// os.path: CPython's posixpath, function by function. The pure functions
// work on str and bytes alike and answer in the type they were given.
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <vector>

#include "runtime/args.h"
#include "runtime/bytes_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/module_util.h"
#include "stdlib/os_util.h"

namespace gilt {

namespace {

// A path argument as posixpath sees it after os.fspath().
struct PathArg {
  std::string s;
  bool is_bytes;
};

PathArg path_arg(Value v) {
  Ref p = fspath(v);
  if (is_bytes(p)) return {std::string(p.as<BytesObject>()->view()), true};
  return {std::string(str_view(p)), false};
}

Ref result(const std::string& s, bool as_bytes) { return path_result(s, as_bytes); }

// One argument, bound as a Python function's would be.
PathArg one_path(const char* fname, const char* param, CallArgs args) {
  Value a[1];
  bind_python_args(fname, args, {param}, 1, a);
  return path_arg(a[0]);
}

std::string rstrip_slashes(const std::string& s) {
  size_t end = s.find_last_not_of('/');
  return end == std::string::npos ? "" : s.substr(0, end + 1);
}

// posixpath.split without the type juggling.
void split_path(const std::string& p, std::string& head, std::string& tail) {
  size_t i = p.rfind('/') + 1;  // npos + 1 == 0
  head = p.substr(0, i);
  tail = p.substr(i);
  if (!head.empty() && head.find_first_not_of('/') != std::string::npos) head = rstrip_slashes(head);
}

std::string normpath(const std::string& path) {
  if (path.empty()) return ".";
  int initial_slashes = path.starts_with("/") ? 1 : 0;
  // POSIX gives two leading slashes a meaning of their own; three or more are one.
  if (initial_slashes && path.starts_with("//") && !path.starts_with("///")) initial_slashes = 2;
  std::vector<std::string> comps;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string comp = path.substr(start, end - start);
    start = end + 1;
    if (comp.empty() || comp == ".") continue;
    if (comp != ".." || (!initial_slashes && comps.empty()) || (!comps.empty() && comps.back() == ".."))
      comps.push_back(comp);
    else if (!comps.empty())
      comps.pop_back();
  }
  std::string out(static_cast<size_t>(initial_slashes), '/');
  for (size_t i = 0; i < comps.size(); i++) out += (i ? "/" : "") + comps[i];
  return out.empty() ? "." : out;
}

std::string current_directory() {
  std::vector<char> buffer(4096);
  while (!::getcwd(buffer.data(), buffer.size())) {
    if (errno != ERANGE) raise_os_error(errno);
    buffer.resize(buffer.size() * 2);
  }
  return buffer.data();
}

std::string abspath(const std::string& p) {
  if (p.starts_with("/")) return normpath(p);
  std::string cwd = current_directory();
  return normpath(cwd.ends_with("/") || p.empty() ? cwd + p : cwd + "/" + p);
}

// ------------------------------------------------------------------ pure functions

Ref path_join(Value, CallArgs args) {
  check_no_kwargs("join", args);
  if (args.nargs == 0) raise_type_error("join() missing 1 required positional argument: 'a'");
  PathArg first = path_arg(args.args[0]);
  // genericpath._check_arg_types, for a bad component after the first.
  auto check_types = [&]() {
    bool has_str = false, has_bytes = false;
    for (size_t i = 0; i < args.nargs; i++) {
      Ref p = is_str(args.args[i]) || is_bytes(args.args[i])
                  ? Ref(args.args[i])
                  : call_method_if_present(args.args[i], GILT_NAME("__fspath__"), {});
      if (!p.is_null() && is_str(p))
        has_str = true;
      else if (!p.is_null() && is_bytes(p))
        has_bytes = true;
      else
        raise_type_error("join() argument must be str, bytes, or os.PathLike object, not '" +
                         type_name(args.args[i]) + "'");
    }
    if (has_str && has_bytes) raise_type_error("Can't mix strings and bytes in path components");
  };
  std::string path = first.s;
  for (size_t i = 1; i < args.nargs; i++) {
    PathArg b;
    try {
      b = path_arg(args.args[i]);
    } catch (PyException&) {
      check_types();
      throw;
    }
    if (b.is_bytes != first.is_bytes) check_types();
    if (b.s.starts_with("/"))
      path = b.s;
    else if (path.empty() || path.ends_with("/"))
      path += b.s;
    else
      path += "/" + b.s;
  }
  return result(path, first.is_bytes);
}

Ref path_split(Value, CallArgs args) {
  PathArg p = one_path("split", "p", args);
  std::string head, tail;
  split_path(p.s, head, tail);
  return make_tuple({result(head, p.is_bytes), result(tail, p.is_bytes)});
}

Ref path_splitext(Value, CallArgs args) {
  PathArg p = one_path("splitext", "p", args);
  const std::string& s = p.s;
  size_t sep = s.rfind('/');
  size_t dot = s.rfind('.');
  if (dot != std::string::npos && (sep == std::string::npos || dot > sep)) {
    // Leading dots belong to the name (".bashrc" has no extension).
    for (size_t i = sep == std::string::npos ? 0 : sep + 1; i < dot; i++)
      if (s[i] != '.')
        return make_tuple({result(s.substr(0, dot), p.is_bytes), result(s.substr(dot), p.is_bytes)});
  }
  return make_tuple({result(s, p.is_bytes), result("", p.is_bytes)});
}

Ref path_basename(Value, CallArgs args) {
  PathArg p = one_path("basename", "p", args);
  return result(p.s.substr(p.s.rfind('/') + 1), p.is_bytes);
}

Ref path_dirname(Value, CallArgs args) {
  PathArg p = one_path("dirname", "p", args);
  std::string head, tail;
  split_path(p.s, head, tail);
  return result(head, p.is_bytes);
}

Ref path_isabs(Value, CallArgs args) {
  PathArg p = one_path("isabs", "s", args);
  return Ref(Value::boolean(p.s.starts_with("/")));
}

Ref path_normpath(Value, CallArgs args) {
  PathArg p = one_path("normpath", "path", args);
  return result(normpath(p.s), p.is_bytes);
}

Ref path_abspath(Value, CallArgs args) {
  PathArg p = one_path("abspath", "path", args);
  return result(abspath(p.s), p.is_bytes);
}

Ref path_normcase(Value, CallArgs args) {
  PathArg p = one_path("normcase", "s", args);
  return result(p.s, p.is_bytes);
}

Ref path_splitdrive(Value, CallArgs args) {
  PathArg p = one_path("splitdrive", "p", args);
  return make_tuple({result("", p.is_bytes), result(p.s, p.is_bytes)});
}

Ref path_expanduser(Value, CallArgs args) {
  PathArg p = one_path("expanduser", "path", args);
  if (!p.s.starts_with("~")) return result(p.s, p.is_bytes);
  size_t i = p.s.find('/', 1);
  if (i == std::string::npos) i = p.s.size();
  std::string home;
  if (i == 1) {
    const char* env = std::getenv("HOME");
    if (env) {
      home = env;
    } else {
      passwd* pw = ::getpwuid(::getuid());
      if (!pw) return result(p.s, p.is_bytes);
      home = pw->pw_dir;
    }
  } else {
    passwd* pw = ::getpwnam(p.s.substr(1, i - 1).c_str());
    if (!pw) return result(p.s, p.is_bytes);
    home = pw->pw_dir;
  }
  home = rstrip_slashes(home);
  std::string out = home + p.s.substr(i);
  return result(out.empty() ? "/" : out, p.is_bytes);
}

Ref path_relpath(Value, CallArgs args) {
  Value a[2];
  bind_python_args("relpath", args, {"path", "start"}, 1, a);
  PathArg p = path_arg(a[0]);
  if (p.s.empty()) raise_value_error("no path specified");
  std::string start = a[1].is_null() || a[1].is_none() ? "." : path_arg(a[1]).s;
  auto parts = [](const std::string& s) {
    std::vector<std::string> out;
    size_t begin = 0;
    while (begin <= s.size()) {
      size_t end = s.find('/', begin);
      if (end == std::string::npos) end = s.size();
      if (end > begin) out.push_back(s.substr(begin, end - begin));
      begin = end + 1;
    }
    return out;
  };
  std::vector<std::string> from = parts(abspath(start)), to = parts(abspath(p.s));
  size_t common = 0;
  while (common < from.size() && common < to.size() && from[common] == to[common]) common++;
  std::string out;
  for (size_t i = common; i < from.size(); i++) out += out.empty() ? ".." : "/..";
  for (size_t i = common; i < to.size(); i++) out += (out.empty() ? "" : "/") + to[i];
  return result(out.empty() ? "." : out, p.is_bytes);
}

Ref path_realpath(Value, CallArgs args) {
  Value a[2];
  bind_python_args("realpath", args, {"filename", "strict"}, 1, a, 1);
  PathArg p = path_arg(a[0]);
  std::error_code ec;
  std::filesystem::path resolved = std::filesystem::weakly_canonical(abspath(p.s), ec);
  std::string out = ec ? abspath(p.s) : normpath(resolved.string());
  return result(out, p.is_bytes);
}

Ref path_commonprefix(Value, CallArgs args) {
  Value a[1];
  bind_python_args("commonprefix", args, {"m"}, 1, a);
  if (!truthy(a[0])) return new_str("");
  Ref items = call(Value::object(&list_type), {a[0]});
  Ref smallest, largest;
  Ref it = get_iter(items);
  for (Ref x = iter_next(it); !x.is_null(); x = iter_next(it)) {
    if (smallest.is_null() || compare_bool(x, smallest, CompareOp::Lt)) smallest = x;
    if (largest.is_null() || compare_bool(x, largest, CompareOp::Gt)) largest = x;
  }
  int64_t n = std::min(length(smallest), length(largest));
  for (int64_t i = 0; i < n; i++) {
    Ref c1 = get_item(smallest, Value::small_int(i)), c2 = get_item(largest, Value::small_int(i));
    if (!equals(c1, c2))
      return get_item(smallest, new_slice(Value::none(), Value::small_int(i), Value::none()));
  }
  return smallest;
}

// ------------------------------------------------------------------ file system queries

// os.stat(path) for the queries: false when the file is missing or the path
// is invalid, as genericpath's (OSError, ValueError) handlers.
bool stat_path(Value v, struct stat& st, bool follow = true) {
  if (is_int(v) && !v.is_bool()) return ::fstat(static_cast<int>(index_int64(v)), &st) == 0;
  FsPath p;
  try {
    p = fs_path(v, follow ? "stat" : "lstat", true);
  } catch (PyException& e) {
    if (type_of(e.exception)->is_subtype_of(&exc::ValueError)) return false;
    throw;
  }
  return (follow ? ::stat(p.path.c_str(), &st) : ::lstat(p.path.c_str(), &st)) == 0;
}

Value one_value(const char* fname, const char* param, CallArgs args) {
  Value a[1];
  bind_python_args(fname, args, {param}, 1, a);
  return a[0];
}

Ref path_exists(Value, CallArgs args) {
  struct stat st;
  return Ref(Value::boolean(stat_path(one_value("exists", "path", args), st)));
}

Ref path_isfile(Value, CallArgs args) {
  struct stat st;
  return Ref(Value::boolean(stat_path(one_value("isfile", "path", args), st) && S_ISREG(st.st_mode)));
}

Ref path_isdir(Value, CallArgs args) {
  struct stat st;
  return Ref(Value::boolean(stat_path(one_value("isdir", "s", args), st) && S_ISDIR(st.st_mode)));
}

Ref path_islink(Value, CallArgs args) {
  struct stat st;
  return Ref(Value::boolean(stat_path(one_value("islink", "path", args), st, false) && S_ISLNK(st.st_mode)));
}

Ref path_lexists(Value, CallArgs args) {
  struct stat st;
  return Ref(Value::boolean(stat_path(one_value("lexists", "path", args), st, false)));
}

// getsize/getmtime/...: os.stat(filename), raising when it fails.
struct stat stat_or_raise(const char* fname, CallArgs args) {
  Value v = one_value(fname, "filename", args);
  struct stat st;
  int rc;
  if (is_int(v) && !v.is_bool()) {
    rc = ::fstat(static_cast<int>(index_int64(v)), &st);
  } else {
    FsPath p = fs_path(v, "stat", true);
    rc = ::stat(p.path.c_str(), &st);
  }
  if (rc != 0) raise_os_error(errno, v);
  return st;
}

double seconds(const timespec& t) { return static_cast<double>(t.tv_sec) + t.tv_nsec * 1e-9; }

Ref path_getsize(Value, CallArgs args) { return int_from_int64(stat_or_raise("getsize", args).st_size); }
Ref path_getmtime(Value, CallArgs args) {
  return new_float(seconds(stat_or_raise("getmtime", args).st_mtim));
}
Ref path_getatime(Value, CallArgs args) {
  return new_float(seconds(stat_or_raise("getatime", args).st_atim));
}
Ref path_getctime(Value, CallArgs args) {
  return new_float(seconds(stat_or_raise("getctime", args).st_ctim));
}

}  // namespace

Ref make_os_path_module() {
  Ref m = new_module("posixpath");
  add_functions(m, {
                       {"join", path_join},
                       {"split", path_split},
                       {"splitext", path_splitext},
                       {"basename", path_basename},
                       {"dirname", path_dirname},
                       {"isabs", path_isabs},
                       {"normpath", path_normpath},
                       {"abspath", path_abspath},
                       {"normcase", path_normcase},
                       {"splitdrive", path_splitdrive},
                       {"expanduser", path_expanduser},
                       {"relpath", path_relpath},
                       {"realpath", path_realpath},
                       {"commonprefix", path_commonprefix},
                       {"exists", path_exists},
                       {"isfile", path_isfile},
                       {"isdir", path_isdir},
                       {"islink", path_islink},
                       {"lexists", path_lexists},
                       {"getsize", path_getsize},
                       {"getmtime", path_getmtime},
                       {"getatime", path_getatime},
                       {"getctime", path_getctime},
                   });
  module_set(m, "sep", new_str("/"));
  module_set(m, "altsep", Value::none());
  module_set(m, "extsep", new_str("."));
  module_set(m, "pathsep", new_str(":"));
  module_set(m, "curdir", new_str("."));
  module_set(m, "pardir", new_str(".."));
  module_set(m, "devnull", new_str("/dev/null"));
  return m;
}

}  // namespace gilt
