// The random module's C++ seeding entry (the CLI's --seed N) and per-instance state.
// Expected numbers were printed by CPython 3.11 for the same seeds.
#include <gtest/gtest.h>

#include <memory>

#include "py/interpreter.hpp"
#include "py/modules/random.hpp"

namespace {

std::string run(py::Interpreter& I, const char* src) {
  std::string out;
  I.out = [&](std::string_view s) { out += s; };
  I.err = [&](std::string_view s) { out += s; };
  py::run_program(I, src, "<test>");
  return out;
}

TEST(RandomModule, SeedBeforeImportAppliesAtImport) {
  auto I = std::make_unique<py::Interpreter>();
  py::random_seed(*I, 2024);
  EXPECT_EQ(run(*I, "import random\nprint(random.random(), random.randint(1, 6))\n"), "0.47009071843107064 6\n");
}

TEST(RandomModule, SeedAfterImportReseedsTheSharedInstance) {
  auto I = std::make_unique<py::Interpreter>();
  EXPECT_EQ(run(*I, "import random\nrandom.random()\n"), "");
  py::random_seed(*I, 7);
  EXPECT_EQ(run(*I, "import random\nprint(random.random())\n"), "0.32383276483316237\n");
}

TEST(RandomModule, InstancesHaveTheirOwnState) {
  auto I = std::make_unique<py::Interpreter>();
  EXPECT_EQ(run(*I,
                "import random\n"
                "random.seed(1)\n"
                "r = random.Random(2024)\n"
                "class R(random.Random): pass\n"
                "s = R(2024)\n"
                "print(r.uniform(0, 10), s.uniform(0, 10), type(s).__name__, isinstance(s, random.Random))\n"
                "st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())\n"),
            "4.700907184310706 4.700907184310706 R True\nTrue\n");
}

}  // namespace
