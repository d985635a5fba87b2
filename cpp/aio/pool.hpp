// pool.hpp — size-class free lists for the loop's small, short-lived objects (coroutine
// frames, futures, tasks, handles): spawning, sleeping and scheduling stay off malloc.
// Blocks are kept for reuse, never returned to the system. Under AddressSanitizer the
// pool is off, so that every object's lifetime stays visible.
#pragma once

#include <cstddef>

namespace aio {

void* pool_alloc(std::size_t size);
void pool_free(void* p, std::size_t size) noexcept;

// Base for classes allocated from the pool.
struct Pooled {
  static void* operator new(std::size_t size) { return pool_alloc(size); }
  static void operator delete(void* p, std::size_t size) noexcept { pool_free(p, size); }
};

}  // namespace aio
