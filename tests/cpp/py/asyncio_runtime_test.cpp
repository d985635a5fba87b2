// asyncio on the aio loop: the seed demos' output and loop time in virtual time, time.*
// following the loop's clock, callback order, --shuffle-ready and --trace output.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "py/interpreter.hpp"
#include "py/modules/_asyncio.hpp"

namespace {

struct Outcome {
  std::string out, err;
  int status = -1;
  double wall = 0;  // seconds of real time the run took
};

Outcome run(const char* src, py::AsyncioOptions options = {}) {
  // The simulated clock: printed loop times (round(t, 1) below) are then exact, not
  // virtual time's "skipped waits + however long the machine took".
  if (options.clock == aio::default_clock()) options.clock = aio::ClockKind::simulated;
  Outcome r;
  auto I = std::make_unique<py::Interpreter>();
  I->out = [&](std::string_view s) { r.out += s; };
  I->err = [&](std::string_view s) { r.err += s; };
  auto t0 = std::chrono::steady_clock::now();
  {
    py::AsyncioRuntime runtime(*I, options);
    r.status = py::run_program(*I, src, "<test>");
  }
  r.wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return r;
}

// The seed's serial and gather demos, printing the loop time they took.
const char* kSerial = R"(
import asyncio
async def task(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} end")
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await task("A", 2)
    await task("B", 2)
    print(round(loop.time() - t0, 1))
asyncio.run(main())
)";

const char* kGather = R"(
import asyncio, time
async def task(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} end")
async def main():
    t0 = time.perf_counter()
    await asyncio.gather(task("A", 2), task("B", 1), task("C", 2))
    print(round(time.perf_counter() - t0, 1))
asyncio.run(main())
)";

TEST(AsyncioRuntime, SerialDemoTakesFourSecondsOfLoopTime) {
  Outcome r = run(kSerial);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "A start\nA end\nB start\nB end\n4.0\n");
  EXPECT_EQ(r.status, 0);
  EXPECT_LT(r.wall, 2.0);  // virtual time: the waiting is skipped
}

TEST(AsyncioRuntime, GatherDemoOverlapsAndTimeFollowsTheLoop) {
  Outcome r = run(kGather);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "A start\nB start\nC start\nB end\nA end\nC end\n2.0\n");
}

TEST(AsyncioRuntime, TimeSleepJumpsTheVirtualClock) {
  Outcome r = run("import time\nt = time.monotonic()\ntime.sleep(5)\nprint(round(time.monotonic() - t))\n");
  EXPECT_EQ(r.out, "5\n");
  EXPECT_LT(r.wall, 2.0);
}

TEST(AsyncioRuntime, CallbacksRunInCPythonOrder) {
  // call_soon FIFO, timers by (deadline, sequence), done-callbacks in registration order.
  Outcome r = run(R"(
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    out = []
    fut.add_done_callback(lambda f: out.append("cb1"))
    loop.call_later(0.1, out.append, "late")
    loop.call_later(0.05, out.append, "early")
    loop.call_soon(out.append, "soon")
    fut.add_done_callback(lambda f: out.append("cb2"))
    fut.set_result(1)
    h = loop.call_soon(out.append, "cancelled")
    h.cancel()
    await asyncio.sleep(0.2)
    print(out)
asyncio.run(main())
)");
  EXPECT_EQ(r.out, "['soon', 'cb1', 'cb2', 'early', 'late']\n");
}

TEST(AsyncioRuntime, UncaughtErrorExitsWithStatusOne) {
  Outcome r = run("import asyncio\nasync def main():\n    raise ValueError('boom')\nasyncio.run(main())\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("ValueError: boom"), std::string::npos) << r.err;
}

TEST(AsyncioRuntime, ShuffleReadyKeepsResultsButMayReorderSameTickWork) {
  const char* src = R"(
import asyncio
async def w(i):
    await asyncio.sleep(0)
    print(i, end=" ")
    return i
async def main():
    print(await asyncio.gather(*[w(i) for i in range(8)]))
asyncio.run(main())
)";
  Outcome plain = run(src);
  EXPECT_EQ(plain.out, "0 1 2 3 4 5 6 7 [0, 1, 2, 3, 4, 5, 6, 7]\n");
  bool reordered = false;
  for (uint64_t seed = 1; seed <= 5 && !reordered; ++seed) {
    py::AsyncioOptions o;
    o.shuffle_seed = seed;
    Outcome s = run(src, o);
    EXPECT_NE(s.out.find("[0, 1, 2, 3, 4, 5, 6, 7]"), std::string::npos) << s.out << s.err;
    reordered = s.out != plain.out;
  }
  EXPECT_TRUE(reordered);
}

TEST(AsyncioRuntime, TraceHasOneTrackPerTaskWithAwaitDescriptions) {
  std::string path = testing::TempDir() + "aioplay_asyncio_trace.json";
  py::AsyncioOptions o;
  o.trace_path = path;
  Outcome r = run(kGather, o);
  ASSERT_EQ(r.status, 0) << r.err;
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string t = ss.str();
  EXPECT_EQ(t.rfind("{\"traceEvents\":[", 0), 0u);
  for (const char* want : {"\"name\":\"Task-1\"", "\"name\":\"Task-2\"", "\"name\":\"Task-4\"",
                           "sleep(2)", "sleep(1)", "gather"})
    EXPECT_NE(t.find(want), std::string::npos) << want;
  std::remove(path.c_str());
}

}  // namespace

// Native Future/Task (modules/asyncio_task.cpp): done-callback order, a Python subclass
// whose cancel() override the task calls, cancel messages, cancelling()/uncancel().
// Expected output as printed by CPython 3.11.
TEST(AsyncioRuntime, NativeFutureAndTaskBehaveAsCPython) {
  Outcome r = run(R"(
import asyncio
class Gate(asyncio.Future):
    def cancel(self, msg=None):
        print("Gate.cancel", msg)
        return super().cancel(msg)
async def child(name, gate):
    try:
        await gate
    except asyncio.CancelledError as e:
        print(name, "cancelled:", e.args)
        raise
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for i in range(3):
        f.add_done_callback(lambda fut, i=i: print("cb", i, fut.result()))
    f.set_result("x")
    gate = Gate()
    t = asyncio.create_task(child("t", gate))
    await asyncio.sleep(0)
    print(t.cancel("stop"), t.cancelling(), t.uncancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("t:", t.cancelled(), gate.cancelled())
    print(isinstance(t, asyncio.Future), type(t).__module__, type(f).__name__)
asyncio.run(main())
)");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "cb 0 x\ncb 1 x\ncb 2 x\nGate.cancel stop\nTrue 1 0 0\nt cancelled: ('stop',)\n"
            "t: True True\nTrue _asyncio Future\n");
}

TEST(AsyncioRuntime, UnawaitedCoroutineAndDestroyedPendingTaskAreReported) {
  Outcome r = run(R"(
import asyncio
async def f():
    pass
async def forever():
    await asyncio.sleep(100)
async def main():
    f()
asyncio.run(main())
loop = asyncio.new_event_loop()
task = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
del task
)");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("<test>:8: RuntimeWarning: coroutine 'f' was never awaited\n"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Task was destroyed but it is pending!\ntask: <Task pending name='Task-4' coro=<forever()"),
            std::string::npos)
      << r.err;
}
