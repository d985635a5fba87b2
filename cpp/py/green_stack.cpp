// green_stack.cpp — GreenStack: natively ucontext stacks from a pool; on wasm a nested
// Asyncify unwind (the second half of this file says how).
//
// Natively, ucontext (makecontext/swapcontext) rather than a hand-written register switch: it is
// portable across the architectures glibc supports, and a switch happens only when a green
// thread's step begins or pauses (a time.sleep), where swapcontext's extra cost (it saves
// the signal mask with a system call, ~0.3 µs) is nothing beside the loop iteration around
// it. A stack is set up once with makecontext and runs a loop that takes one call at a time,
// so a pooled stack is reused without setting it up again.
//
// AddressSanitizer tracks the stack it thinks is running: each switch is announced with
// __sanitizer_start_switch_fiber / __sanitizer_finish_switch_fiber, or it reports the other
// stack's accesses as overflows.
#include "py/green_stack.hpp"

#include "py/interpreter.hpp"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

#include <cstdlib>
#include <vector>
#else
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define PY_GREEN_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PY_GREEN_ASAN 1
#endif
#endif
#ifdef PY_GREEN_ASAN
#include <dlfcn.h>
#include <sanitizer/common_interface_defs.h>
#endif
#endif

namespace py {

#ifndef __EMSCRIPTEN__

namespace {

// Virtual size of a stack (pages are committed as they are touched). The recursion limit
// must stop a recursion through C++ before the stack guard does: ~1-5 KB a level natively,
// ~20x that under ASan (cli/main.cpp), for 1000 levels.
#ifdef PY_GREEN_ASAN
constexpr size_t kStackSize = size_t(64) << 20;
#else
constexpr size_t kStackSize = size_t(16) << 20;
#endif

// The interpreter's fields that describe the C stack running.
struct StackState {
  char* stack_base;
  size_t stack_budget;
  int native_depth, dealloc_depth;
  void load(const Interpreter& I) {
    stack_base = I.stack_base;
    stack_budget = I.stack_budget;
    native_depth = I.native_depth;
    dealloc_depth = I.dealloc_depth;
  }
  void store(Interpreter& I) const {
    I.stack_base = stack_base;
    I.stack_budget = stack_budget;
    I.native_depth = native_depth;
    I.dealloc_depth = dealloc_depth;
  }
};

}  // namespace

struct GreenStack {
  ucontext_t self;      // this stack's context while it is not running
  ucontext_t resumer;   // where the running call came from (run or resume)
  char* mem;            // the mapping: a guard page, then the stack
  char* low;            // the stack's lowest address (above the guard page)
  void (*fn)(void*);
  void* arg;
  bool returned;
  StackState own, outer;  // the interpreter's stack fields on this stack and on the resumer's
  const GreenStack* below;  // the stack running when this one was switched in (null: the first)
#ifdef PY_GREEN_ASAN
  void* fake_stack;
  const void* resumer_bottom;
  size_t resumer_size;
#endif
};

namespace {

const GreenStack* running = nullptr;

#ifdef PY_GREEN_ASAN
// ASan's swapcontext interceptor warns on stderr at the first switch (programs' stderr is
// compared) and clears the shadow of the whole target stack at every switch; the switches
// are announced to it here, so glibc's own swapcontext is called.
int swap(ucontext_t* from, const ucontext_t* to) {
  using Swap = int (*)(ucontext_t*, const ucontext_t*);
  static Swap libc_swap = reinterpret_cast<Swap>(dlsym(dlopen("libc.so.6", RTLD_LAZY | RTLD_NOLOAD), "swapcontext"));
  return libc_swap(from, to);
}
#else
int swap(ucontext_t* from, const ucontext_t* to) { return swapcontext(from, to); }
#endif

// The code on a stack: one call per run, forever; after each it switches back. makecontext
// passes int arguments only: the stack's address comes in two halves.
void stack_main(unsigned hi, unsigned lo) {
  GreenStack* s = reinterpret_cast<GreenStack*>((uintptr_t(hi) << 16 << 16) | lo);
#ifdef PY_GREEN_ASAN
  __sanitizer_finish_switch_fiber(nullptr, &s->resumer_bottom, &s->resumer_size);
#endif
  for (;;) {
    s->fn(s->arg);
    s->returned = true;
    green_stack_pause(s);
  }
}

// From the resumer into `s`, until it pauses or its call returns.
bool switch_in(GreenStack* s) {
  Interpreter& I = interp();
  s->outer.load(I);
  s->own.store(I);
  s->below = running;
  running = s;
#ifdef PY_GREEN_ASAN
  void* fake = nullptr;
  __sanitizer_start_switch_fiber(&fake, s->low, kStackSize);
#endif
  swap(&s->resumer, &s->self);
#ifdef PY_GREEN_ASAN
  __sanitizer_finish_switch_fiber(fake, nullptr, nullptr);
#endif
  running = s->below;
  s->own.load(I);
  s->outer.store(I);
  return s->returned;
}

// A context that starts stack_main(s) on s's stack (its getcontext point is never resumed).
void prepare(GreenStack* const s) {
  getcontext(&s->self);
  s->self.uc_stack.ss_sp = s->low;
  s->self.uc_stack.ss_size = kStackSize;
  s->self.uc_link = nullptr;  // stack_main never returns
  uintptr_t p = reinterpret_cast<uintptr_t>(s);
  makecontext(&s->self, reinterpret_cast<void (*)()>(stack_main), 2, unsigned(p >> 16 >> 16), unsigned(p));
}

// A new stack (null if the system has no memory for it): a guard page, then kStackSize.
GreenStack* new_stack() {
  size_t page = size_t(getpagesize());
  void* mem = mmap(nullptr, kStackSize + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (mem == MAP_FAILED) return nullptr;
  mprotect(mem, page, PROT_NONE);  // an overflow faults instead of writing past the stack
  GreenStack* s = new GreenStack();
  s->mem = static_cast<char*>(mem);
  s->low = s->mem + page;
  s->own.stack_base = s->low + kStackSize;
  s->own.stack_budget = kStackSize - std::min(kStackSize / 4, size_t(4) << 20);  // as interpreter.cpp's
  s->own.native_depth = s->own.dealloc_depth = 0;
  prepare(s);
  return s;
}

void delete_stack(GreenStack* s) {
  munmap(s->mem, kStackSize + size_t(getpagesize()));
  delete s;
}

}  // namespace

bool green_stack_run(GreenStack* s, void (*fn)(void*), void* arg) {
  s->fn = fn;
  s->arg = arg;
  return green_stack_resume(s);
}

bool green_stack_resume(GreenStack* s) {
  s->returned = false;
  return switch_in(s);
}

void green_stack_pause(GreenStack* s) {
#ifdef PY_GREEN_ASAN
  __sanitizer_start_switch_fiber(&s->fake_stack, s->resumer_bottom, s->resumer_size);
#endif
  swap(&s->self, &s->resumer);
#ifdef PY_GREEN_ASAN
  __sanitizer_finish_switch_fiber(s->fake_stack, &s->resumer_bottom, &s->resumer_size);
#endif
}

#else  // __EMSCRIPTEN__

// On wasm a stack is a region of linear memory (the C stack's part of the frames) plus an
// Asyncify buffer (the wasm locals of the frames): a run is a nested call of the exported
// aioplay_green_stack_enter with the stack pointer moved to the region, and a pause unwinds
// that nested call alone (Asyncify saves the frames into the buffer) and stops the unwind
// where the call returns to JavaScript; resuming rewinds it. Emscripten's fibers
// (emscripten/fiber.h) would unwind the whole stack down to the program's export at each
// switch and run the rest from their trampoline, where a later emscripten_sleep (the
// loop's idle wait) finds no export to rewind into. Every function between the export and
// the pause is instrumented (cpp/wasm/asyncify-remove.txt keeps out only code that runs no
// Python), and the pause's import is in ASYNCIFY_IMPORTS (cpp/wasm/CMakeLists.txt).
// The frames run on the JavaScript engine's machine stack above the resumer's, so the VM
// re-entry count (bounded on wasm, frame.hpp) carries on from the resumer's.

namespace {

constexpr size_t kStackSize = size_t(256) << 10;   // C stack: ~40 re-entries at most (frame.hpp)
constexpr size_t kUnwindSize = size_t(128) << 10;  // Asyncify's copy of the paused frames' locals

struct StackState {
  char* stack_base;
  size_t stack_budget;
  int native_depth, dealloc_depth;  // native_depth: the stack's own re-entries
};

}  // namespace

struct GreenStack {
  struct {
    char* pos;    // Asyncify's data header: where the next saved local goes
    char* limit;
  } unwind;
  char* mem;       // the C stack region (malloc)
  char* sp;        // its stack pointer while paused
  char* unwind_buffer;
  void (*fn)(void*);
  void* arg;
  bool returned;
  StackState own, outer;
  const GreenStack* below;
};

namespace {

const GreenStack* running = nullptr;

}  // namespace

// The nested run's entry (also where a resumption rewinds into).
extern "C" EMSCRIPTEN_KEEPALIVE void aioplay_green_stack_enter(GreenStack* s) {
  s->fn(s->arg);
  s->returned = true;
}

// Calls aioplay_green_stack_enter(s) on the stack `sp` (rewinding the saved frames when
// `resume`); returns the stack pointer it paused at, or 0 when the call returned.
EM_JS(char*, green_stack_enter_js, (GreenStack* s, char* sp, void* data, int resume), {
  var saved = stackSave();
  stackRestore(sp);
  if (resume) {
    Module.greenRewinding = true;
    Module['_asyncify_start_rewind'](data);
  }
  Module['_aioplay_green_stack_enter'](s);
  // A wait that unwinds to the browser (emscripten_sleep) cannot pass the JavaScript frames
  // of this nested run: a green thread's sleeps pause it instead, so none should happen.
  if (Asyncify.currData) abort('a blocking wait inside a green thread step (cpp/py/green_stack.cpp)');
  var paused = 0;
  if (Module.greenPausedAt) {
    Module['_asyncify_stop_unwind']();
    paused = Module.greenPausedAt;
    Module.greenPausedAt = 0;
  }
  stackRestore(saved);
  return paused;
});

// The pause: starts unwinding the nested run, or (rewinding) ends the rewind.
EM_JS(void, green_stack_pause_js, (void* data), {
  if (Module.greenRewinding) {
    Module.greenRewinding = false;
    Module['_asyncify_stop_rewind']();
    return;
  }
  Module.greenPausedAt = stackSave();
  Module['_asyncify_start_unwind'](data);
});

namespace {

bool switch_in(GreenStack* s, bool resume) {
  Interpreter& I = interp();
  s->outer = {I.stack_base, I.stack_budget, I.native_depth, I.dealloc_depth};
  I.stack_base = s->own.stack_base;
  I.stack_budget = s->own.stack_budget;
  I.native_depth += s->own.native_depth;
  I.dealloc_depth = s->own.dealloc_depth;
  s->below = running;
  running = s;
  char* paused = green_stack_enter_js(s, resume ? s->sp : s->mem + kStackSize, &s->unwind, resume);
  running = s->below;
  if (paused) s->sp = paused;
  s->own.native_depth = I.native_depth - s->outer.native_depth;
  s->own.dealloc_depth = I.dealloc_depth;
  I.stack_base = s->outer.stack_base;
  I.stack_budget = s->outer.stack_budget;
  I.native_depth = s->outer.native_depth;
  I.dealloc_depth = s->outer.dealloc_depth;
  return !paused;
}

// A new stack (null if there is no memory for it): the C stack region and the Asyncify buffer.
GreenStack* new_stack() {
  GreenStack* s = new GreenStack();
  s->mem = static_cast<char*>(std::aligned_alloc(16, kStackSize));
  s->unwind_buffer = static_cast<char*>(std::malloc(kUnwindSize));
  if (!s->mem || !s->unwind_buffer) {
    std::free(s->mem);
    std::free(s->unwind_buffer);
    delete s;
    return nullptr;
  }
  s->unwind.limit = s->unwind_buffer + kUnwindSize;
  s->own = {s->mem + kStackSize, kStackSize - kStackSize / 4, 0, 0};  // as interpreter.cpp's headroom
  return s;
}

void delete_stack(GreenStack* s) {
  std::free(s->mem);
  std::free(s->unwind_buffer);
  delete s;
}

}  // namespace

bool green_stack_run(GreenStack* s, void (*fn)(void*), void* arg) {
  s->fn = fn;
  s->arg = arg;
  s->returned = false;
  s->own.native_depth = s->own.dealloc_depth = 0;
  return switch_in(s, false);
}

bool green_stack_resume(GreenStack* s) { return switch_in(s, true); }

void green_stack_pause(GreenStack* s) {
  s->unwind.pos = s->unwind_buffer;  // the rewind takes the saved locals back from the end
  green_stack_pause_js(&s->unwind);
}

#endif

// The pool, for both kinds: a finished green thread's stack is kept for the next one.
namespace {
std::vector<GreenStack*> pool;
}  // namespace

GreenStack* green_stack_acquire() {
  if (pool.empty()) return new_stack();
  GreenStack* s = pool.back();
  pool.pop_back();
  return s;
}

void green_stack_release(GreenStack* s) { pool.push_back(s); }

bool green_stack_running(const GreenStack* s) { return s && running == s; }

void green_stack_free_pool() {
  for (GreenStack* s : pool) delete_stack(s);
  pool.clear();
}

}  // namespace py
