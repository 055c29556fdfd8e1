// Shared by the two halves of the itertools module: itertools_module.cpp
// (the infinite and filtering iterators, and the module itself) and
// itertools_combinatorics.cpp (product, permutations, combinations,
// combinations_with_replacement, groupby, tee).
#pragma once

#include "runtime/type.h"

namespace gilt {

// Sets up one of itertools' iterator types: module "itertools", iter(it) is it.
void init_itertools_type(Type& t, const char* name, size_t size, DeallocFn dealloc, NewFn new_instance,
                         NextFn next, bool subclassable = true);

// Registers product, permutations, combinations, combinations_with_replacement,
// groupby and tee (types and the tee function) in `module`.
void init_combinatoric_types();
void add_combinatorics(Value module);

}  // namespace gilt
