// match.hpp — the runtime side of the match statement (PEP 634): the checks behind the
// MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS and COPY_DICT_WITHOUT_KEYS opcodes.
#pragma once
#include "py/object.hpp"

namespace py {

// Whether a sequence / mapping pattern may match the subject (CPython's
// Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING: the built-in containers and the classes that
// are collections.abc.Sequence / Mapping; never str, bytes or bytearray). -1 on error.
int match_is_sequence(Value subject);
int match_is_mapping(Value subject);

// The values of `keys` (a tuple) in the mapping, as a tuple, or None when one is missing.
Ref match_keys(Value subject, Value keys);

// A class pattern: None when `subject` is not an instance of `cls` or lacks an attribute;
// otherwise the tuple of the `nargs` positional attributes (by __match_args__) followed by
// the attributes named in `names` (a tuple of str).
Ref match_class(Value subject, Value cls, Value names, int nargs);

// `**rest`: a dict copy of the mapping without `keys`.
Ref match_rest(Value subject, Value keys);

}  // namespace py
