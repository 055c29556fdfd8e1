// The modules written in Python that are compiled into gilt (stdlib/lib/).
// The importer finds them through the "@stdlib" entry of sys.path.
#include <algorithm>
#include <string_view>

#include "stdlib/builtins.h"

namespace gilt {

namespace {
struct BundledFile {
  const char* path;  // below stdlib/lib/, e.g. "collections/__init__.py"
  const unsigned char* data;
  size_t size;
};
#include "bundled_modules.inc"
}  // namespace

bool read_bundled_module(std::string_view path, std::string_view& source) {
  for (const BundledFile& file : kBundledFiles) {
    if (path == file.path) {
      source = std::string_view(reinterpret_cast<const char*>(file.data), file.size);
      return true;
    }
  }
  return false;
}

}  // namespace gilt
