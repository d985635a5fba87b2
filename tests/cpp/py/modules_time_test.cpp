// The time module's clock hook: an installed Clock serves every clock read and sleep (the
// asyncio loop's virtual time relies on it), and a new interpreter starts with real time.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>

#include "py/interpreter.hpp"
#include "py/modules/time.hpp"

namespace {

std::string run(py::Interpreter& I, const char* src, int* status = nullptr) {
  std::string out;
  I.out = [&](std::string_view s) { out += s; };
  I.err = [&](std::string_view s) { out += s; };
  int st = py::run_program(I, src, "<test>");
  if (status) *status = st;
  return out;
}

struct VirtualClock {
  int64_t now = 1'000'000'000;
  int sleeps = 0;
  static py::Clock make(VirtualClock* c) {
    return py::Clock{c, [](void* p) { return int64_t(1'700'000'000'000'000'000) + static_cast<VirtualClock*>(p)->now; },
                     [](void* p) { return static_cast<VirtualClock*>(p)->now; },
                     [](void* p) { return static_cast<VirtualClock*>(p)->now / 2; },
                     [](void* p, int64_t ns) {
                       static_cast<VirtualClock*>(p)->now += ns;
                       ++static_cast<VirtualClock*>(p)->sleeps;
                     }};
  }
};

TEST(TimeModule, InstalledClockServesEveryReadAndSleep) {
  auto I = std::make_unique<py::Interpreter>();
  VirtualClock vc;
  py::set_clock(*I, VirtualClock::make(&vc));
  auto start = std::chrono::steady_clock::now();
  std::string out = run(*I,
                        "import time\n"
                        "t0 = time.monotonic(); p0 = time.perf_counter_ns(); w0 = time.time()\n"
                        "time.sleep(2.5)\n"
                        "print(time.monotonic() - t0, time.perf_counter_ns() - p0, time.time() - w0)\n"
                        "print(time.monotonic_ns(), time.process_time_ns(), time.time_ns())\n");
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(out, "2.5 2500000000 2.5\n3500000000 1750000000 1700000003500000000\n");
  EXPECT_EQ(vc.sleeps, 1);
  EXPECT_LT(elapsed, 1.0);  // the sleep jumped the virtual clock instead of waiting
}

TEST(TimeModule, SleepArgumentErrors) {
  auto I = std::make_unique<py::Interpreter>();
  VirtualClock vc;
  py::set_clock(*I, VirtualClock::make(&vc));
  std::string out = run(*I,
                        "import time\n"
                        "for a in (-1, float('nan'), 'x'):\n"
                        "    try: time.sleep(a)\n"
                        "    except Exception as e: print(type(e).__name__, e)\n"
                        "time.sleep(0); time.sleep(1)\n");
  EXPECT_EQ(out,
            "ValueError sleep length must be non-negative\n"
            "ValueError Invalid value NaN (not a number)\n"
            "TypeError 'str' object cannot be interpreted as an integer\n");
  EXPECT_EQ(vc.sleeps, 2);
  EXPECT_EQ(vc.now, 2'000'000'000);
}

TEST(TimeModule, NewInterpreterStartsWithTheRealClock) {
  VirtualClock vc;
  {
    auto I = std::make_unique<py::Interpreter>();
    py::set_clock(*I, VirtualClock::make(&vc));
  }
  auto I = std::make_unique<py::Interpreter>();
  std::string out = run(*I,
                        "import time\n"
                        "t0 = time.perf_counter(); time.sleep(0.02); d = time.perf_counter() - t0\n"
                        "print(0.02 <= d < 1, abs(time.time() - time.time_ns() / 1e9) < 1)\n");
  EXPECT_EQ(out, "True True\n");
  EXPECT_EQ(vc.sleeps, 0);
}

TEST(TimeModule, StructTimeAndFormatting) {
  auto I = std::make_unique<py::Interpreter>();
  std::string out = run(*I,
                        "import time\n"
                        "t = time.gmtime(1e9)\n"
                        "print(t)\n"
                        "print(t.tm_year, t[1], len(t), tuple(t)[6:], t.tm_zone)\n"
                        "print(time.strftime('%Y-%m-%d %H:%M:%S %j %a', t), '|', time.asctime(t))\n");
  EXPECT_EQ(out,
            "time.struct_time(tm_year=2001, tm_mon=9, tm_mday=9, tm_hour=1, tm_min=46, tm_sec=40, tm_wday=6, "
            "tm_yday=252, tm_isdst=0)\n"
            "2001 9 9 (6, 252, 0) UTC\n"
            "2001-09-09 01:46:40 252 Sun | Sun Sep  9 01:46:40 2001\n");
}

}  // namespace
