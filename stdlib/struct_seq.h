// Struct sequences: the named tuples of native modules (time.struct_time,
// os.stat_result), as CPython's structseq.
//
// A struct sequence is a tuple subclass: indexing, iteration, comparison and
// hashing see its first `n_sequence` fields; every named field, including
// the extra ones past the sequence (tm_zone, st_atime as a float), is an
// attribute. The extra fields are stored after the visible items, in the same
// allocation. Repr: "time.struct_time(tm_year=2024, tm_mon=1, ...)".
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "runtime/type.h"

namespace gilt {

struct StructSeqType : Type {
  // One entry per stored field; nullptr for a field that has no attribute
  // (os.stat_result's integer times, reachable only by index).
  std::vector<const char*> fields;
  size_t n_sequence = 0;     // how many fields the tuple shows
  std::string display_name;  // "time.struct_time"
};

// Sets up `t` (a static object) as a struct sequence type named
// `module.name`. Call once.
void init_struct_seq_type(StructSeqType& t, const char* module, const char* name,
                          std::vector<const char*> fields, size_t n_sequence);

// A new instance holding `values`, one per field (the extra fields may be
// omitted: they become None).
Ref new_struct_seq(StructSeqType& t, const std::vector<Ref>& values);

}  // namespace gilt
