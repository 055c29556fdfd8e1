// Process-wide set-up of the VM's own types (function, code, traceback).
#pragma once

namespace gilt {

void init_vm_types();

}  // namespace gilt
