// finalizer_test.cpp — __del__: run when the last reference goes or by the cycle collector
// (once, PEP 442), and an exception escaping it reported in CPython's words. The address in
// the report makes this unfit for the recorded conformance programs.
#include <gtest/gtest.h>

#include <string>

#include "py/interpreter.hpp"
#include "run_program.hpp"

namespace {

using py_test::Result;
using py_test::run;

TEST(Finalizer, ExceptionInDelIsReportedAndIgnored) {
  Result r = run(
      "class Bad:\n"
      "    def __del__(self):\n"
      "        raise ValueError('boom')\n"
      "def f():\n"
      "    try:\n"
      "        raise KeyError('outer')\n"
      "    except KeyError:\n"
      "        Bad()\n"
      "        print('still handling')\n"
      "f()\n"
      "print('after')\n");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "still handling\nafter\n");
  // Printed alone: not chained to the KeyError being handled when __del__ ran.
  const std::string head = "Exception ignored in: <function Bad.__del__ at 0x";
  const std::string tail =
      ">\n"
      "Traceback (most recent call last):\n"
      "  File \"t.py\", line 3, in __del__\n"
      "    raise ValueError('boom')\n"
      "ValueError: boom\n";
  ASSERT_GT(r.err.size(), head.size() + tail.size()) << r.err;
  EXPECT_EQ(r.err.substr(0, head.size()), head) << r.err;
  EXPECT_EQ(r.err.substr(r.err.size() - tail.size()), tail) << r.err;
  std::string address = r.err.substr(head.size(), r.err.size() - head.size() - tail.size());
  EXPECT_FALSE(address.empty());
  EXPECT_EQ(address.find_first_not_of("0123456789abcdef"), std::string::npos) << r.err;
}

TEST(Finalizer, ResurrectedObjectIsFinalizedOnce) {
  Result r = run(
      "import gc\n"
      "saved = []\n"
      "class P:\n"
      "    def __del__(self):\n"
      "        print('del')\n"
      "        saved.append(self)\n"
      "P()\n"
      "print(len(saved))\n"
      "saved.clear()\n"
      "p = P(); p.me = p; del p\n"
      "gc.collect()\n"
      "print(len(saved))\n"
      "saved.clear(); gc.collect()\n"
      "print('end')\n");
  EXPECT_EQ(r.out, "del\n1\ndel\n1\nend\n");
}

TEST(Finalizer, RunsForGlobalsAtExitWithBuiltinsIntact) {
  Result r = run(
      "class C:\n"
      "    def __init__(self, n): self.n = n\n"
      "    def __del__(self): print('bye', self.n, len(str(self.n)))\n"
      "a = C(1)\n"
      "b = C(22)\n"
      "b.cycle = b\n");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "bye 1 1\nbye 22 2\n");
}

}  // namespace
