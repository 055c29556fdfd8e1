// A host program using only the public API, as the README's embedding
// example does: run code, observe its output and exit status.
#include <gilt/gilt.h>

#include <cstdio>

int main() {
  gilt::Config config;
  config.argv = {"embedded", "arg1"};
  gilt::VM vm(config);
  int ok = vm.run_string("import sys\nprint('hello from gilt', sys.argv)\n");
  int failed = vm.run_string("raise SystemExit(7)\n");
  std::printf("statuses %d %d\n", ok, failed);
  return ok == 0 && failed == 7 ? 0 : 1;
}
