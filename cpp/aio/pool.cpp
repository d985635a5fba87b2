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
struct FreeNode {
  FreeNode* next;
};
thread_local FreeNode* t_free[kClasses] = {};
}  // namespace
#endif

void* pool_alloc(std::size_t size) {
#if AIO_POOL
  std::size_t c = (size - 1) / kGrain;
  if (c < kClasses) {
    if (FreeNode* n = t_free[c]) {
      // Blocks come back in the order objects died, which scatters the list over memory
      // (1M timers fired in deadline order): fetch the next block's line ahead of its use.
      t_free[c] = n->next;
      __builtin_prefetch(n->next);
      return n;
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
    auto* n = static_cast<FreeNode*>(p);
    n->next = t_free[c];
    t_free[c] = n;
    return;
  }
#endif
  std::free(p);
}

}  // namespace aio
