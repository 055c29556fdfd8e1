// BaseExceptionGroup and ExceptionGroup (PEP 654): construction, split,
// subgroup and derive, and the two operations `except*` compiles to.
#pragma once

#include "runtime/exceptions.h"

namespace gilt {

inline bool is_exception_group(Value v) { return type_of(v)->is_subtype_of(&exc::BaseExceptionGroup); }

// The group's sub-exceptions (a tuple).
Value exception_group_exceptions(Value group);

// CHECK_EG_MATCH: splits `exc` by the except* clause's `type`. `match` is
// null when nothing matches; otherwise `rest` is what is left (null: nothing).
// A naked exception that matches is wrapped in ExceptionGroup("", [exc]).
void exception_group_match(Value exc, Value type, Ref& match, Ref& rest);

// PREP_RERAISE_STAR: what a try/except* raises at its end, given the
// exception it caught and the list of exceptions its clauses raised or
// re-raised (None for a clause that finished, the unhandled rest last).
// Re-raised parts keep their place in the original group's nesting; new
// exceptions join them in a new ExceptionGroup. Null: nothing to raise.
Ref prepare_reraise_star(Value original, Value raised);

void init_exception_group_types();

}  // namespace gilt
