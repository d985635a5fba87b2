// exception_group.hpp — BaseExceptionGroup / ExceptionGroup (PEP 654) and the runtime of
// `except*`: CHECK_EG_MATCH splits the raised exception by a handler's types, and
// PREP_RERAISE_STAR merges what the handlers raised with the unhandled rest.
#pragma once
#include "py/object.hpp"

namespace py {

struct Interpreter;
void init_exception_groups(Interpreter& I);  // after init_exceptions

bool is_exception_group(Value v);
Value exception_group_excs(Value eg);  // the tuple of sub-exceptions (borrowed)

// `except* type`: *match is what the clause handles (a group, or None), *rest the rest of
// `exc` (or None). A naked exception that matches is wrapped in ExceptionGroup("", [exc]).
// Raises TypeError for an invalid `type`. Returns false on error.
bool exception_group_match(Value exc, Value type, Ref* match, Ref* rest);

// After all except* clauses: `raised` lists what the clauses raised plus the unhandled
// rest (None entries ignored). Returns the exception to re-raise, or None.
Ref prep_reraise_star(Value orig, Value raised);

}  // namespace py
