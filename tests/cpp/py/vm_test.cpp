// vm_test.cpp — the interpreter end to end: programs run in a fresh Interpreter, their
// output and exit status compared with what CPython 3.11 prints.
#include <gtest/gtest.h>

#include <string>

#include "py/interpreter.hpp"
#include "run_program.hpp"

namespace {

using py_test::Result;
using py_test::run;

TEST(Vm, ArithmeticAndPrint) {
  Result r = run("print(1 + 2, 7 // 2, -7 // 2, 7 % -3, 2 ** 100, 0.1 + 0.2, 10 / 4)\n");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "3 3 -4 -2 1267650600228229401496703205376 0.30000000000000004 2.5\n");
}

TEST(Vm, SmallIntOverflowBecomesBig) {
  Result r = run("x = 2 ** 62 - 1\nprint(x + x, x * 4, -x - x - 2)\n");
  EXPECT_EQ(r.out, "9223372036854775806 18446744073709551612 -9223372036854775808\n");
}

TEST(Vm, ClosuresAndNonlocal) {
  Result r = run(
      "def counter():\n"
      "    n = 0\n"
      "    def inc():\n"
      "        nonlocal n\n"
      "        n += 1\n"
      "        return n\n"
      "    return inc\n"
      "c = counter()\n"
      "c(); c()\n"
      "print(c(), [f() for f in [lambda i=i: i * i for i in range(4)]])\n");
  EXPECT_EQ(r.out, "3 [0, 1, 4, 9]\n");
}

TEST(Vm, ClassesMroSuperProperties) {
  Result r = run(
      "class A:\n"
      "    def who(self): return 'A'\n"
      "class B(A):\n"
      "    def who(self): return 'B' + super().who()\n"
      "class C(A):\n"
      "    def who(self): return 'C' + super().who()\n"
      "class D(B, C):\n"
      "    def who(self): return 'D' + super().who()\n"
      "    @property\n"
      "    def p(self): return 42\n"
      "print(D().who(), [k.__name__ for k in D.__mro__], D().p)\n");
  EXPECT_EQ(r.out, "DBCA ['D', 'B', 'C', 'A', 'object'] 42\n");
}

TEST(Vm, ExceptionsTryFinallyAndChaining) {
  Result r = run(
      "def f():\n"
      "    try:\n"
      "        return 'try'\n"
      "    finally:\n"
      "        print('finally')\n"
      "print(f())\n"
      "try:\n"
      "    try:\n"
      "        {}['k']\n"
      "    except KeyError as e:\n"
      "        raise ValueError('bad') from e\n"
      "except ValueError as e:\n"
      "    print(type(e.__cause__).__name__, e)\n");
  EXPECT_EQ(r.out, "finally\ntry\nKeyError bad\n");
}

TEST(Vm, UncaughtTracebackAndStatus) {
  Result r = run("def g():\n    return 1 / 0\ng()\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            "Traceback (most recent call last):\n"
            "  File \"t.py\", line 3, in <module>\n"
            "    g()\n"
            "  File \"t.py\", line 2, in g\n"
            "    return 1 / 0\n"
            "           ~~^~~\n"
            "ZeroDivisionError: division by zero\n");
}

TEST(Vm, SystemExitCode) {
  EXPECT_EQ(run("import sys\nsys.exit(3)\n").status, 3);
  Result r = run("raise SystemExit('bye')\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "bye\n");
}

TEST(Vm, GeneratorsSendThrowClose) {
  Result r = run(
      "def g():\n"
      "    try:\n"
      "        x = yield 1\n"
      "        while True:\n"
      "            x = yield x * 2\n"
      "    except ValueError:\n"
      "        yield 'caught'\n"
      "    finally:\n"
      "        print('closed')\n"
      "it = g()\n"
      "print(next(it), it.send(5), it.send(7), it.throw(ValueError))\n"
      "it.close()\n"
      "def outer():\n"
      "    r = yield from (yield from range(2)) or [9]\n"
      "print(list(outer()))\n");
  EXPECT_EQ(r.out, "1 10 14 caught\nclosed\n[0, 1, 9]\n");
}

TEST(Vm, CoroutineDrivenBySend) {
  // The operation the asyncio Task driver performs: send until StopIteration.
  Result r = run(
      "class Fut:\n"
      "    def __await__(self):\n"
      "        v = yield self\n"
      "        return v\n"
      "async def inner():\n"
      "    return await Fut() + 1\n"
      "async def main():\n"
      "    return await inner() * 10\n"
      "c = main()\n"
      "y = c.send(None)\n"
      "print(type(y).__name__)\n"
      "try:\n"
      "    c.send(4)\n"
      "except StopIteration as e:\n"
      "    print(e.value)\n");
  EXPECT_EQ(r.out, "Fut\n50\n");
}

TEST(Vm, AsyncGeneratorsAndComprehensions) {
  Result r = run(
      "async def agen():\n"
      "    for i in range(3):\n"
      "        yield i\n"
      "async def main():\n"
      "    return [x async for x in agen()]\n"
      "try:\n"
      "    main().send(None)\n"
      "except StopIteration as e:\n"
      "    print(e.value)\n");
  EXPECT_EQ(r.out, "[0, 1, 2]\n");
}

TEST(Vm, RecursionLimitIsAnException) {
  Result r = run(
      "def f(n): return f(n + 1)\n"
      "try:\n"
      "    f(0)\n"
      "except RecursionError as e:\n"
      "    print('RecursionError', e)\n"
      "class R:\n"
      "    def __repr__(self): return repr(self)\n"
      "try:\n"
      "    repr(R())\n"
      "except RecursionError:\n"
      "    print('deep repr stopped')\n");
  EXPECT_EQ(r.out, "RecursionError maximum recursion depth exceeded\ndeep repr stopped\n");
}

TEST(Vm, CyclicGarbageIsCollected) {
  Result r = run(
      "class N:\n"
      "    pass\n"
      "for i in range(300000):\n"
      "    a = N(); b = N(); a.o = b; b.o = a\n"
      "print('ok')\n");
  EXPECT_EQ(r.out, "ok\n");
}

TEST(Vm, ManyInterpretersInOneProcess) {
  for (int i = 0; i < 5; ++i) {
    Result r = run("x = [str(i) for i in range(100)]\nprint(len(''.join(x)))\n");
    EXPECT_EQ(r.out, "190\n");
  }
}

TEST(Vm, SyntaxErrorReported) {
  Result r = run("if x\n    pass\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("SyntaxError: expected ':'"), std::string::npos);
}

}  // namespace
