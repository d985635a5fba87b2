// pool.hpp — size-class free lists for the loop's small, short-lived objects (coroutine
// frames, futures, tasks, handles): spawning, sleeping and scheduling stay off malloc.
//
//   * Blocks are carved from 2 MiB arenas and kept for reuse, never returned to the
//     system. Arenas keep the blocks of 1M timers dense (64 MB in 32 arenas instead of
//     1M malloc chunks), and on Linux they are backed by transparent huge pages: firing
//     1M timers touches their handles in deadline order, i.e. at random, and with 4 KiB
//     pages nearly every touch was a TLB miss (a page walk, which also blocks a prefetch).
//   * The fast paths are inline: a block's size is known where it is allocated, so the
//     size class folds to a constant and an allocation is a pop from its class's stack.
//   * Under AddressSanitizer the pool is off, so that every object's lifetime stays
//     visible.
#pragma once

#include <cstddef>

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

// Asks for huge pages for [p, p + bytes) where the system has them (no-op elsewhere).
void advise_huge_pages(void* p, std::size_t bytes) noexcept;

namespace detail {
void* pool_malloc(std::size_t size);
void pool_os_free(void* p) noexcept;
#if AIO_POOL
inline constexpr std::size_t kGrain = 32, kClasses = 64;  // blocks up to 2 KiB
// Free blocks of one size, as a stack of pointers rather than a list threaded through the
// blocks: blocks come back in the order objects died, which scatters them over memory
// (1M timers fired in deadline order), and a list would fetch each block's line only when
// it is popped. The stack knows the blocks `kAhead` pops ahead and fetches them early.
struct FreeStack {
  void** items;
  std::size_t n, cap;
};
inline constexpr std::size_t kAhead = 8;
// constinit: read directly, without the TLS wrapper call g++ emits for an extern
// thread_local that might need dynamic initialisation.
extern constinit thread_local FreeStack t_free[kClasses];
void* pool_carve(std::size_t c);                   // the class's stack is empty
void pool_grow_and_push(FreeStack& s, void* p);  // the class's stack is full
#endif
}  // namespace detail

inline void* pool_alloc(std::size_t size) {
#if AIO_POOL
  using namespace detail;
  const std::size_t c = (size - 1) / kGrain;
  if (c < kClasses) {
    FreeStack& s = t_free[c];
    if (s.n == 0) [[unlikely]]
      return pool_carve(c);
    void* p = s.items[--s.n];
    if (s.n >= kAhead) __builtin_prefetch(s.items[s.n - kAhead], 1);
    return p;
  }
#endif
  return detail::pool_malloc(size);
}

inline void pool_free(void* p, [[maybe_unused]] std::size_t size) noexcept {
#if AIO_POOL
  using namespace detail;
  const std::size_t c = (size - 1) / kGrain;
  if (c < kClasses) {
    FreeStack& s = t_free[c];
    if (s.n == s.cap) [[unlikely]]
      return pool_grow_and_push(s, p);
    s.items[s.n++] = p;
    return;
  }
#endif
  detail::pool_os_free(p);
}

// Base for classes allocated from the pool.
struct Pooled {
  static void* operator new(std::size_t size) { return pool_alloc(size); }
  static void operator delete(void* p, std::size_t size) noexcept { pool_free(p, size); }
};

}  // namespace aio
