// modules/_collections.hpp — deques seen from other native modules (asyncio's Queue keeps
// its items and waiters in deques that Python code may also read).
#pragma once
#include <deque>

#include "py/object.hpp"

namespace py {

// The items of `v` when it is exactly a collections.deque without maxlen, else null. Whoever
// changes them calls deque_mutated(v), so that a running iterator reports the mutation.
std::deque<Value>* deque_items(Value v);
void deque_mutated(Value v);

}  // namespace py
