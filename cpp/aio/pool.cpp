#include "aio/pool.hpp"

#include <cstdlib>

#include "aio/error.hpp"

#if defined(__SANITIZE_ADDRESS__)
#define AIO_POOL 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AIO_POOL 0
#endif
#endif
#ifndef AIO_POOL
#define AIO_POOL 1
#endif

namespace aio {

#if AIO_POOL
namespace {
constexpr std::size_t kGrain = 32, kClasses = 64;  // blocks up to 2 KiB
// Free blocks of one size, as a stack of pointers rather than a list threaded through the
// blocks: blocks come back in the order objects died, which scatters them over memory
// (1M timers fired in deadline order), and a list would fetch each block's line only when
// it is popped. The stack knows the blocks `kAhead` pops ahead and fetches them early.
struct FreeStack {
  void** items;
  std::size_t n, cap;
};
constexpr std::size_t kAhead = 8;
thread_local FreeStack t_free[kClasses] = {};

// The stack is full: doubles it, then pushes p. Out of line (and reached by a tail call)
// so that pool_free's common path saves no registers.
[[gnu::noinline]] void grow_and_push(FreeStack& s, void* p) {
  std::size_t cap = s.cap ? s.cap * 2 : 256;
  auto* items = static_cast<void**>(std::realloc(s.items, cap * sizeof(void*)));
  if (!items) panic("out of memory");
  s.items = items;
  s.cap = cap;
  s.items[s.n++] = p;
}
}  // namespace
#endif

void* pool_alloc(std::size_t size) {
#if AIO_POOL
  std::size_t c = (size - 1) / kGrain;
  if (c < kClasses) {
    FreeStack& s = t_free[c];
    if (s.n > 0) {
      void* p = s.items[--s.n];
      if (s.n >= kAhead) __builtin_prefetch(s.items[s.n - kAhead], 1);
      return p;
    }
    size = (c + 1) * kGrain;
  }
#endif
  void* p = std::malloc(size);
  if (!p) panic("out of memory");
  return p;
}

void pool_free(void* p, [[maybe_unused]] std::size_t size) noexcept {
#if AIO_POOL
  std::size_t c = (size - 1) / kGrain;
  if (c < kClasses) {
    FreeStack& s = t_free[c];
    if (s.n == s.cap) [[unlikely]]
      return grow_and_push(s, p);
    s.items[s.n++] = p;
    return;
  }
#endif
  std::free(p);
}

}  // namespace aio
