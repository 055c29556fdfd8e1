// Each VM has its own cycle collector: several VMs in one process create and
// collect cycles independently, and one can go away while the others keep
// running (its leftover cycles freed by its own final collection).
#include <gilt/gilt.h>

#include <cstdio>

static const char* kMakeCycles =
    "import gc\n"
    "class Node:\n"
    "    def __init__(self):\n"
    "        self.me = self\n"
    "for i in range(3000):\n"
    "    Node()\n"
    "kept = [Node() for i in range(10)]\n"
    "ring = []\n"
    "ring.append(ring)\n"
    "assert gc.collect() >= 0\n";

int main() {
  gilt::Config config;
  config.argv = {"gc_vms"};
  gilt::VM a(config);
  gilt::VM b(config);
  int failures = 0;
  failures += a.run_string(kMakeCycles) != 0;
  failures += b.run_string(kMakeCycles) != 0;
  {
    gilt::VM c(config);
    failures += c.run_string(kMakeCycles) != 0;
    failures += c.run_string("import gc\nring = None\nassert gc.collect() == 1\n") != 0;
  }
  failures += a.run_string("ring = None\nassert gc.collect() == 1\nassert len(kept) == 10\n") != 0;
  failures += b.run_string("import gc\nassert gc.isenabled()\nkept = None\nassert gc.collect() >= 10\n") != 0;
  std::printf("failures %d\n", failures);
  return failures == 0 ? 0 : 1;
}
