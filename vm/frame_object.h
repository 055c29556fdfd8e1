// Frame objects: the Python-visible view of a frame (gen.gi_frame).
//
// gilt's frames are plain structs on the data stack or inside generators;
// a frame object is created on request and reads the frame it views while
// that frame exists. Only generator frames are exposed so far: the view
// holds its generator, so the frame outlives neither.
#pragma once

#include "runtime/type.h"

namespace gilt {

struct GeneratorObject;

extern Type frame_type;

// gi_frame: a view of the generator's frame (the generator must not be closed).
Ref new_generator_frame_object(GeneratorObject* gen);

void init_frame_type();

}  // namespace gilt
