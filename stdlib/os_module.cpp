// The os module: processes, the environment, directories and files, with
// CPython's errors (OSError subclasses carrying errno, strerror and the file
// names: "[Errno 2] No such file or directory: 'x'").
//
// os.environ is a plain dict: a snapshot of the environment taken when os is
// first imported. os.getenv reads that dict, so assignments to os.environ
// are seen by getenv (as in CPython); putenv/unsetenv change the process
// environment but, unlike assignments to CPython's os._Environ, the two are
// not kept in step automatically.
#include <dirent.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <vector>

#include "runtime/args.h"
#include "runtime/bytes_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/module_util.h"
#include "stdlib/os_util.h"
#include "stdlib/struct_seq.h"
#include "vm/interpreter_state.h"

extern char** environ;

namespace gilt {

// fork, pipe, read, write, waitpid, ... (defined in os_process.cpp).
void add_os_process_functions(Value module);

void fill_random_bytes(void* buffer, size_t size) {
  auto* p = static_cast<char*>(buffer);
  while (size) {
    ssize_t n = ::getrandom(p, size, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      raise_os_error(errno);
    }
    p += n;
    size -= static_cast<size_t>(n);
  }
}

Ref fspath(Value v) {
  if (is_str(v) || is_bytes(v)) return Ref(v);
  Ref r = call_method_if_present(v, GILT_NAME("__fspath__"), {});
  if (r.is_null()) raise_type_error("expected str, bytes or os.PathLike object, not " + type_name(v));
  if (!is_str(r) && !is_bytes(r))
    raise_type_error("expected " + type_name(v) + ".__fspath__() to return str or bytes, not " +
                     type_name(r));
  return r;
}

FsPath fs_path(Value v, const char* fname, bool allow_fd) {
  Ref p;
  if (is_str(v) || is_bytes(v)) {
    p = Ref(v);
  } else {
    p = call_method_if_present(v, GILT_NAME("__fspath__"), {});
    if (p.is_null() || (!is_str(p) && !is_bytes(p)))
      raise_type_error(std::string(fname) + ": path should be string, bytes" +
                       (allow_fd ? ", os.PathLike or integer" : " or os.PathLike") + ", not " + type_name(v));
  }
  FsPath out;
  out.is_bytes = is_bytes(p);
  out.path = std::string(out.is_bytes ? p.as<BytesObject>()->view() : str_view(p));
  if (out.path.find('\0') != std::string::npos)
    raise_value_error(std::string(fname) + ": embedded null character in path");
  return out;
}

Ref path_result(const std::string& path, bool as_bytes) { return as_bytes ? new_bytes(path) : new_str(path); }

namespace {

StructSeqType stat_result_type;

[[noreturn]] void fail(Value filename, Value filename2 = Value()) {
  raise_os_error(errno, filename, filename2);
}

// ------------------------------------------------------------------ processes and the environment

Ref os_getpid(Value, CallArgs args) {
  check_exact_args("getpid", args, 0);
  return int_from_int64(::getpid());
}

Ref os_getppid(Value, CallArgs args) {
  check_exact_args("getppid", args, 0);
  return int_from_int64(::getppid());
}

Ref os_getuid(Value, CallArgs args) {
  check_exact_args("getuid", args, 0);
  return int_from_int64(::getuid());
}

Ref os_cpu_count(Value, CallArgs args) {
  check_exact_args("cpu_count", args, 0);
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? Ref(Value::none()) : int_from_int64(n);
}

Ref os_urandom(Value, CallArgs args) {
  check_exact_args("urandom", args, 1);
  int64_t n = index_int64(args.args[0]);
  if (n < 0) raise_value_error("negative argument not allowed");
  std::string buffer(static_cast<size_t>(n), '\0');
  fill_random_bytes(buffer.data(), buffer.size());
  return new_bytes(buffer);
}

Ref os_strerror(Value, CallArgs args) {
  check_exact_args("strerror", args, 1);
  if (is_float(args.args[0])) raise_type_error("'float' object cannot be interpreted as an integer");
  int64_t code = index_int64(args.args[0]);
  return new_str(std::strerror(static_cast<int>(code)));
}

Ref os_fspath(Value, CallArgs args) {
  Value a[1];
  bind_args("fspath", args, {"path"}, 1, a);
  return fspath(a[0]);
}

Ref environ_snapshot() {
  Ref d = new_dict();
  for (char** e = ::environ; e && *e; e++) {
    std::string_view entry(*e);
    size_t eq = entry.find('=');
    if (eq == std::string_view::npos) continue;
    dict_set(as_dict(d), new_str(entry.substr(0, eq)), new_str(entry.substr(eq + 1)));
  }
  return d;
}

// getenv(key, default=None): os.environ.get(key, default), for str keys.
Ref os_getenv(Value self, CallArgs args) {
  Value a[2];
  bind_python_args("getenv", args, {"key", "default"}, 1, a);
  if (!is_str(a[0])) raise_type_error("str expected, not " + type_name(a[0]));
  Ref env = get_attr(self, "environ");
  Value d = a[1].is_null() ? Value::none() : a[1];
  if (is_dict(env)) {
    Value v = dict_get(as_dict(env), a[0]);
    return v.is_null() ? Ref(d) : Ref(v);
  }
  return call(get_attr(env, "get"), {a[0], d});
}

std::string env_string(Value v, const char* fname) {
  if (is_str(v)) return std::string(str_view(v));
  if (is_bytes(v)) return std::string(v.as<BytesObject>()->view());
  raise_type_error(std::string(fname) + ": expected str, bytes or os.PathLike object, not " + type_name(v));
}

Ref os_putenv(Value, CallArgs args) {
  check_arg_range("putenv", args, 2, 2);
  std::string key = env_string(args.args[0], "putenv"), value = env_string(args.args[1], "putenv");
  if (key.empty() || key.find('=') != std::string::npos)
    raise_value_error("illegal environment variable name");
  if (::setenv(key.c_str(), value.c_str(), 1) != 0) raise_os_error(errno);
  return Ref(Value::none());
}

Ref os_unsetenv(Value, CallArgs args) {
  check_exact_args("unsetenv", args, 1);
  std::string key = env_string(args.args[0], "unsetenv");
  if (key.empty() || key.find('=') != std::string::npos)
    raise_value_error("illegal environment variable name");
  if (::unsetenv(key.c_str()) != 0) raise_os_error(errno);
  return Ref(Value::none());
}

// ------------------------------------------------------------------ directories

Ref os_getcwd(Value, CallArgs args) {
  check_exact_args("posix.getcwd", args, 0);
  std::vector<char> buffer(4096);
  while (!::getcwd(buffer.data(), buffer.size())) {
    if (errno != ERANGE) raise_os_error(errno);
    buffer.resize(buffer.size() * 2);
  }
  return new_str(buffer.data());
}

Ref os_chdir(Value, CallArgs args) {
  Value a[1];
  bind_args("chdir", args, {"path"}, 1, a);
  FsPath p = fs_path(a[0], "chdir", true);
  if (::chdir(p.path.c_str()) != 0) fail(a[0]);
  return Ref(Value::none());
}

Ref os_listdir(Value, CallArgs args) {
  Value a[1];
  bind_args("listdir", args, {"path"}, 0, a);
  FsPath p{".", false};
  if (!a[0].is_null() && !a[0].is_none()) {
    if (!is_str(a[0]) && !is_bytes(a[0]) && try_get_attr(a[0], GILT_NAME("__fspath__")).is_null())
      raise_type_error("listdir: path should be string, bytes, os.PathLike, integer or None, not " +
                       type_name(a[0]));
    p = fs_path(a[0], "listdir", true);
  }
  DIR* dir = ::opendir(p.path.c_str());
  if (!dir) fail(a[0].is_null() || a[0].is_none() ? Value(new_str(".")) : a[0]);
  Ref result = new_list();
  errno = 0;
  while (dirent* entry = ::readdir(dir)) {
    std::string name = entry->d_name;
    if (name != "." && name != "..") list_append(result, path_result(name, p.is_bytes));
  }
  ::closedir(dir);
  return result;
}

int mode_arg(Value v) {
  if (v.is_null()) return 0777;
  if (is_float(v)) raise_type_error("'float' object cannot be interpreted as an integer");
  return static_cast<int>(index_int64(v));
}

Ref os_mkdir(Value, CallArgs args) {
  Value a[3];
  bind_args("mkdir", args, {"path", "mode", "dir_fd"}, 1, a, 0, 2);
  FsPath p = fs_path(a[0], "mkdir");
  if (::mkdir(p.path.c_str(), static_cast<mode_t>(mode_arg(a[1]))) != 0) fail(a[0]);
  return Ref(Value::none());
}

bool is_directory(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool path_exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

// os.makedirs, step by step as os.py: create the missing parents, then the leaf.
void makedirs(Value name, const std::string& path, bool as_bytes, int mode, bool exist_ok) {
  std::string head, tail;
  auto split = [](const std::string& p, std::string& h, std::string& t) {
    size_t i = p.rfind('/') + 1;  // npos + 1 == 0
    h = p.substr(0, i);
    t = p.substr(i);
    if (!h.empty() && h.find_first_not_of('/') != std::string::npos) h.erase(h.find_last_not_of('/') + 1);
  };
  split(path, head, tail);
  if (tail.empty()) {
    std::string h = head;
    split(h, head, tail);
  }
  if (!head.empty() && !tail.empty() && !path_exists(head)) {
    try {
      makedirs(path_result(head, as_bytes), head, as_bytes, 0777, exist_ok);
    } catch (PyException& e) {
      if (!type_of(e.exception)->is_subtype_of(&exc::FileExistsError)) throw;
    }
    if (tail == ".") return;
  }
  if (::mkdir(path.c_str(), static_cast<mode_t>(mode)) != 0) {
    int err = errno;
    if (!exist_ok || !is_directory(path)) raise_os_error(err, name);
  }
}

Ref os_makedirs(Value, CallArgs args) {
  Value a[3];
  bind_python_args("makedirs", args, {"name", "mode", "exist_ok"}, 1, a);
  FsPath p = fs_path(fspath(a[0]), "mkdir");
  makedirs(a[0], p.path, p.is_bytes, mode_arg(a[1]), !a[2].is_null() && truthy(a[2]));
  return Ref(Value::none());
}

Ref os_remove(Value, CallArgs args) {
  Value a[2];
  bind_args("remove", args, {"path", "dir_fd"}, 1, a, 0, 1);
  FsPath p = fs_path(a[0], "remove");
  if (::unlink(p.path.c_str()) != 0) fail(a[0]);
  return Ref(Value::none());
}

Ref os_unlink(Value, CallArgs args) {
  Value a[2];
  bind_args("unlink", args, {"path", "dir_fd"}, 1, a, 0, 1);
  FsPath p = fs_path(a[0], "unlink");
  if (::unlink(p.path.c_str()) != 0) fail(a[0]);
  return Ref(Value::none());
}

Ref os_rmdir(Value, CallArgs args) {
  Value a[2];
  bind_args("rmdir", args, {"path", "dir_fd"}, 1, a, 0, 1);
  FsPath p = fs_path(a[0], "rmdir");
  if (::rmdir(p.path.c_str()) != 0) fail(a[0]);
  return Ref(Value::none());
}

Ref rename_impl(const char* fname, CallArgs args) {
  Value a[4];
  bind_args(fname, args, {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2, a, 0, 2);
  FsPath src = fs_path(a[0], fname), dst = fs_path(a[1], fname);
  if (src.is_bytes != dst.is_bytes)
    raise_type_error(std::string(fname) + ": src and dst must be the same type");
  if (::rename(src.path.c_str(), dst.path.c_str()) != 0) fail(a[0], a[1]);
  return Ref(Value::none());
}

Ref os_rename(Value, CallArgs args) { return rename_impl("rename", args); }
Ref os_replace(Value, CallArgs args) { return rename_impl("replace", args); }

// ------------------------------------------------------------------ stat

Ref make_stat_result(const struct stat& st) {
  auto seconds = [](const timespec& t) { return static_cast<double>(t.tv_sec) + t.tv_nsec * 1e-9; };
  auto nanoseconds = [](const timespec& t) {
    return int_from_bigint(BigInt(t.tv_sec) * BigInt(1000000000) + BigInt(t.tv_nsec));
  };
  std::vector<Ref> v = {
      int_from_int64(st.st_mode),
      int_from_bigint(BigInt(static_cast<uint64_t>(st.st_ino))),
      int_from_bigint(BigInt(static_cast<uint64_t>(st.st_dev))),
      int_from_int64(static_cast<int64_t>(st.st_nlink)),
      int_from_int64(st.st_uid),
      int_from_int64(st.st_gid),
      int_from_int64(st.st_size),
      int_from_int64(st.st_atim.tv_sec),
      int_from_int64(st.st_mtim.tv_sec),
      int_from_int64(st.st_ctim.tv_sec),
      new_float(seconds(st.st_atim)),
      new_float(seconds(st.st_mtim)),
      new_float(seconds(st.st_ctim)),
      nanoseconds(st.st_atim),
      nanoseconds(st.st_mtim),
      nanoseconds(st.st_ctim),
      int_from_int64(st.st_blksize),
      int_from_int64(st.st_blocks),
      int_from_bigint(BigInt(static_cast<uint64_t>(st.st_rdev))),
  };
  return new_struct_seq(stat_result_type, v);
}

Ref stat_impl(const char* fname, CallArgs args, bool follow) {
  Value a[3];
  bind_args(fname, args, {"path", "dir_fd", "follow_symlinks"}, 1, a, 0, 1);
  if (!a[2].is_null() && !truthy(a[2])) follow = false;
  struct stat st;
  int rc;
  if (is_int(a[0]) && !a[0].is_bool()) {
    rc = ::fstat(static_cast<int>(index_int64(a[0])), &st);
  } else {
    FsPath p = fs_path(a[0], fname, true);
    rc = follow ? ::stat(p.path.c_str(), &st) : ::lstat(p.path.c_str(), &st);
  }
  if (rc != 0) fail(a[0]);
  return make_stat_result(st);
}

Ref os_stat(Value, CallArgs args) { return stat_impl("stat", args, true); }
Ref os_lstat(Value, CallArgs args) { return stat_impl("lstat", args, false); }

Ref os_access(Value, CallArgs args) {
  Value a[2];
  bind_args("access", args, {"path", "mode"}, 2, a);
  FsPath p = fs_path(a[0], "access");
  return Ref(Value::boolean(::access(p.path.c_str(), mode_arg(a[1])) == 0));
}

void init_os_types() {
  init_struct_seq_type(stat_result_type, "os", "stat_result",
                       {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", nullptr,
                        nullptr, nullptr, "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns",
                        "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"},
                       10);
}

}  // namespace

Ref make_os_module(InterpreterState* interp) {
  static std::once_flag once;
  std::call_once(once, init_os_types);
  Ref m = new_module("os");
  add_functions(m, {
                       {"getpid", os_getpid},       {"getppid", os_getppid}, {"getuid", os_getuid},
                       {"cpu_count", os_cpu_count}, {"urandom", os_urandom}, {"strerror", os_strerror},
                       {"fspath", os_fspath},       {"getenv", os_getenv},   {"putenv", os_putenv},
                       {"unsetenv", os_unsetenv},   {"getcwd", os_getcwd},   {"chdir", os_chdir},
                       {"listdir", os_listdir},     {"mkdir", os_mkdir},     {"makedirs", os_makedirs},
                       {"remove", os_remove},       {"unlink", os_unlink},   {"rmdir", os_rmdir},
                       {"rename", os_rename},       {"replace", os_replace}, {"stat", os_stat},
                       {"lstat", os_lstat},         {"access", os_access},
                   });
  add_os_process_functions(m);
  module_set(m, "stat_result", Value::object(&stat_result_type));
  module_set(m, "environ", environ_snapshot());
  module_set(m, "name", new_str("posix"));
  module_set(m, "linesep", new_str("\n"));
  module_set(m, "sep", new_str("/"));
  module_set(m, "altsep", Value::none());
  module_set(m, "extsep", new_str("."));
  module_set(m, "pathsep", new_str(":"));
  module_set(m, "curdir", new_str("."));
  module_set(m, "pardir", new_str(".."));
  module_set(m, "devnull", new_str("/dev/null"));
  module_set(m, "F_OK", Value::small_int(F_OK));
  module_set(m, "R_OK", Value::small_int(R_OK));
  module_set(m, "W_OK", Value::small_int(W_OK));
  module_set(m, "X_OK", Value::small_int(X_OK));
  module_set(m, "error", Value::object(&exc::OSError));
  // os.path is a submodule: `import os.path` finds it in sys.modules.
  Ref path = make_os_path_module();
  module_set(m, "path", path);
  dict_set(as_dict(interp->modules), new_str("os.path"), path);
  return m;
}

}  // namespace gilt
