#include "aio/pool.hpp"

#include <cstdint>
#include <cstdlib>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "aio/error.hpp"

namespace aio {

void advise_huge_pages([[maybe_unused]] void* p, [[maybe_unused]] std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  // madvise wants a page-aligned start; the kernel backs the 2 MiB-aligned parts.
  constexpr std::uintptr_t kPage = 4096;
  auto begin = (reinterpret_cast<std::uintptr_t>(p) + kPage - 1) & ~(kPage - 1);
  auto end = reinterpret_cast<std::uintptr_t>(p) + bytes;
  if (end > begin) (void)madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#endif
}

namespace detail {

void* pool_malloc(std::size_t size) {
  void* p = std::malloc(size);
  if (!p) panic("out of memory");
  return p;
}

void pool_os_free(void* p) noexcept { std::free(p); }

#if AIO_POOL
constinit thread_local FreeStack t_free[kClasses] = {};

namespace {
constexpr std::size_t kArena = std::size_t(2) << 20;  // one huge page
struct Arena {
  char *next, *end;
};
constinit thread_local Arena t_arena = {};
}  // namespace

void* pool_carve(std::size_t c) {
  const std::size_t size = (c + 1) * kGrain;
  Arena& a = t_arena;
  if (std::size_t(a.end - a.next) < size) {
    // The rest of the previous arena (less than one block) is left unused.
    auto* p = static_cast<char*>(std::aligned_alloc(kArena, kArena));
    if (!p) panic("out of memory");
    advise_huge_pages(p, kArena);
    a.next = p;
    a.end = p + kArena;
  }
  void* p = a.next;
  a.next += size;
  return p;
}

void pool_grow_and_push(FreeStack& s, void* p) {
  std::size_t cap = s.cap ? s.cap * 2 : 256;
  auto* items = static_cast<void**>(std::realloc(s.items, cap * sizeof(void*)));
  if (!items) panic("out of memory");
  s.items = items;
  s.cap = cap;
  s.items[s.n++] = p;
}
#endif

}  // namespace detail
}  // namespace aio
