// "Did you mean ...?" for NameError and AttributeError, as CPython 3.11
// computes it: the candidate with the smallest weighted Levenshtein
// distance, provided no more than about a third of the characters change.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gilt {

// The best suggestion for `name` among `candidates` (in order: ties go to the
// first), or "" when none is close enough.
std::string suggest_name(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace gilt
