// green_thread_test.cpp — modules/_green_thread: a call's frames stepped one sleep at a time.
#include <gtest/gtest.h>

#include "run_program.hpp"

namespace {

// Steps a GreenThread to the end, printing what each step returned and how long it took.
const char* kDriver = R"(
import _green_thread, time
def drive(fn, *args, **kwargs):
    t = _green_thread.GreenThread(fn, args, kwargs)
    while True:
        try:
            done, value = t.step()
        except Exception as e:
            print("raised", type(e).__name__, e, t.delay())
            return
        print("done" if done else "sleeping", value, t.delay())
        if done:
            return
)";

py_test::Result drive(const std::string& body) { return py_test::run(std::string(kDriver) + body); }

TEST(GreenThread, DirectSleepsSuspendTheFramesAcrossNestedCalls) {
  auto r = drive(R"(
def nap(s):
    time.sleep(s)
def work(a, *, b):
    print("start")
    nap(a)
    print("middle")
    time.sleep(b)
    return a + b
drive(work, 0.5, b=0.25)
)");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "start\nsleeping None 0.5\nmiddle\nsleeping None 0.25\ndone 0.75 0.0\n");
}

TEST(GreenThread, SleepsThroughCppPauseOnTheThreadsStack) {
  // map() and sorted() call time.sleep from C++: the thread pauses on its own stack there.
  auto r = drive(R"(
import sys
def key(x):
    time.sleep(0.125)
    return -x
def work():
    try:
        raise KeyError("k")
    except KeyError:
        list(map(time.sleep, [0.5, 0.25]))
        print("handling", repr(sys.exc_info()[1]))
    return sorted([1, 2], key=key)
drive(work)
print("outside", sys.exc_info()[1])
)");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "sleeping None 0.5\nsleeping None 0.25\nhandling KeyError('k')\nsleeping None 0.125\n"
                   "sleeping None 0.125\ndone [2, 1] 0.0\noutside None\n");
}

TEST(GreenThread, RecursionBelowCppRaisesRecursionError) {
  // A recursion through C++ (repr -> __repr__) inside a thread stops at the recursion limit
  // with CPython's error, also after a pause.
  auto r = drive(R"(
class Deep:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        if self.n == 0:
            time.sleep(0.5)
            return "0"
        return repr(Deep(self.n - 1))
def work():
    print(repr(Deep(20)))
    try:
        repr(Deep(100000))
    except RecursionError as e:
        print("RecursionError", e)
drive(work)
)");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "sleeping None 0.5\n0\n"
                   "RecursionError maximum recursion depth exceeded while calling a Python object\ndone None 0.0\n");
}

TEST(GreenThread, AbandonedPausedThreadUnwindsAndIsFreed) {
  // A thread paused below C++ and dropped: its sleep raises GeneratorExit, the C++ frames
  // between unwind (finally blocks run) and everything it held is freed.
  auto r = drive(R"(
class Noisy:
    def __del__(self):
        print("freed")
def nap(s):
    n = Noisy()
    try:
        time.sleep(s)
    finally:
        print("unwinding")
def work():
    list(map(nap, [1]))
t = _green_thread.GreenThread(work, (), None)
print(t.step())
del t
print("end")
)");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "(False, None)\nunwinding\nfreed\nend\n");
}

TEST(GreenThread, BoundMethodsExceptionsAndNativeCallables) {
  auto r = drive(R"(
class C:
    def m(self, x):
        time.sleep(0.5)
        raise ValueError(x)
drive(C().m, "bad")
drive(pow, 2, 10)
def gen():
    yield 1
t = _green_thread.GreenThread(gen, (), None)
print(type(t.step()[1]).__name__)
try:
    t.step()
except RuntimeError as e:
    print(e)
)");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "sleeping None 0.5\nraised ValueError bad 0.0\ndone 1024 0.0\ngenerator\ngreen thread already finished\n");
}

TEST(GreenThread, ExceptionStateAndRecursionSurviveSuspension) {
  auto r = drive(R"(
import sys
def work():
    try:
        raise KeyError("k")
    except KeyError:
        time.sleep(0.5)
        print("handling", repr(sys.exc_info()[1]))
    return sys.exc_info()[1]
drive(work)
print("outside", sys.exc_info()[1])
def deep(n):
    if n == 0:
        time.sleep(1)
        return 0
    return deep(n - 1) + 1
drive(deep, 50)
)");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "sleeping None 0.5\nhandling KeyError('k')\ndone None 0.0\noutside None\n"
                   "sleeping None 1.0\ndone 50 0.0\n");
}

TEST(GreenThread, AbandonedSuspendedThreadIsFreed) {
  auto r = drive(R"(
class Noisy:
    def __del__(self):
        print("freed")
def work():
    n = Noisy()
    time.sleep(1)
t = _green_thread.GreenThread(work, (), None)
print(t.step())
del t
print("end")
)");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "(False, None)\nfreed\nend\n");
}

}  // namespace
