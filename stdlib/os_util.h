// Shared by the os module, os.path and open(): turning path arguments into
// file system paths, as CPython's path_converter and os.fspath do.
#pragma once

#include <string>

#include "runtime/object.h"

namespace gilt {

// os.fspath(v): v itself for str and bytes, v.__fspath__() for path-like
// objects; TypeError "expected str, bytes or os.PathLike object, not int".
Ref fspath(Value v);

// A path argument of an os function: its bytes (UTF-8 for str) and whether
// it was bytes, so results can be given back in the same type. TypeError
// "mkdir: path should be string, bytes or os.PathLike, not float"; `allow_fd`
// adds "or integer" to the message (functions that also take a descriptor).
struct FsPath {
  std::string path;
  bool is_bytes = false;
};
FsPath fs_path(Value v, const char* fname, bool allow_fd = false);
// A str or bytes object holding `path`, matching `like`.
Ref path_result(const std::string& path, bool as_bytes);

// The os.path module (posixpath).
Ref make_os_path_module();

}  // namespace gilt
