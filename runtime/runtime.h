// Process-wide runtime set-up: the built-in types.
#pragma once

namespace gilt {

// Initialises every built-in type once per process; safe to call repeatedly
// and from several threads.
void init_runtime();

}  // namespace gilt
