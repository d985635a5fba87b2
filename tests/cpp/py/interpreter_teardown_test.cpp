// interpreter_teardown_test.cpp — many interpreters, one after another, in one process (the
// page runs every program in a fresh one). Each run must leave nothing behind: under the
// asan preset LeakSanitizer checks every allocation at exit.
#include <gtest/gtest.h>

#include <string>

#include "py/interpreter.hpp"
#include "run_program.hpp"

namespace {

using py_test::Result;
using py_test::run;

// A program touching what teardown must free: classes (a metaclass referring to its own
// class, cycles through instances and closures), imported native and Python modules, a
// generator left suspended, an exception left in a global, __del__ run at exit.
const char* const kProgram = R"(
import collections, itertools, random, functools, json, typing, dataclasses, asyncio

class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(cls)
        cls.meta = mcls
        return cls

class Plugin(metaclass=Meta):
    def me(self):
        return Plugin

@dataclasses.dataclass
class Point:
    x: int
    y: int = 0

class Node:
    def __init__(self):
        self.me = self
        self.f = lambda: self

class Closing:
    def __del__(self):
        print("closing at exit")

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")

g = gen()
next(g)
keep = Closing()
for i in range(200):
    Node()
try:
    {}["missing"]
except KeyError as e:
    err = e
d = collections.defaultdict(list, a=[1])
c = collections.Counter("hello")
r = random.Random(5)
async def main():
    await asyncio.sleep(0)
    return sum(itertools.islice(itertools.count(), 5))
print(Plugin().me().__name__, len(Meta.registry), Point(1), dict(d), c.most_common(1),
      json.dumps({"k": [1, 2]}), functools.reduce(lambda a, b: a + b, [1, 2, 3]),
      asyncio.run(main()), r.randint(1, 6) > 0)
)";

const char* const kExpected =
    "Plugin 1 Point(x=1, y=0) {'a': [1]} [('l', 2)] {\"k\": [1, 2]} 6 10 True\n"
    "generator closed\n"
    "closing at exit\n";

TEST(InterpreterTeardown, FreshInterpreterEachRun) {
  for (int i = 0; i < 3; ++i) {
    Result r = run(kProgram);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, kExpected);
  }
}

TEST(InterpreterTeardown, UncaughtErrorAndCyclesAtExit) {
  for (int i = 0; i < 3; ++i) {
    Result r = run(
        "class A:\n"
        "    def __init__(self): self.a = self\n"
        "x = [A() for _ in range(50)]\n"
        "def f(): raise ValueError('bye')\n"
        "f()\n");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("ValueError: bye"), std::string::npos);
  }
}

}  // namespace
