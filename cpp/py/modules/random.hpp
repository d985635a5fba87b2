// modules/random.hpp — seeding the random module from C++ (the CLI's --seed N).
#pragma once
#include <cstdint>

namespace py {

struct Interpreter;

// random.seed(n) on the module's shared instance; applies at import when the module has
// not been imported yet.
void random_seed(Interpreter& I, int64_t n);

}  // namespace py
