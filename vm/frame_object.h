// Frame objects: the Python-visible side of a frame.
//
// gilt's frames are plain structs on the data stack or inside generators;
// a frame object is made on request, in one of two forms:
//   - a view of a generator's frame (gen.gi_frame), which reads the frame
//     while it exists: the view holds its generator, so neither outlives
//     the other;
//   - a snapshot of any frame (sys._getframe(), a traceback's tb_frame):
//     its code, globals, line and, for sys._getframe(), its locals, copied
//     when taken. A traceback's frames keep no locals (f_locals is empty):
//     copying them at every unwound frame would tax every raise.
#pragma once

#include "runtime/type.h"

namespace gilt {

struct Frame;
struct GeneratorObject;

extern Type frame_type;

// gi_frame: a view of the generator's frame (the generator must not be closed).
Ref new_generator_frame_object(GeneratorObject* gen);

// A snapshot of the running frame `f` (f_back: `back`, a snapshot or null).
Ref new_frame_snapshot(Frame* f, bool with_locals, Value back);
// A snapshot of a finished frame from what a traceback entry keeps.
Ref new_frame_snapshot(Value code, Value globals, Value builtins, int lasti);

void init_frame_type();

}  // namespace gilt
