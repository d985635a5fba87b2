// alloc.hpp — the small-object allocator behind alloc_object (CPython's obmalloc, simplified).
//
// Most Python objects are small and short-lived (a str from "%d" % i, a bound method, a
// tuple of two): malloc/free plus malloc_usable_size were a quarter of the strings
// benchmark. Blocks up to kMaxSmall bytes come instead from per-size-class free lists
// carved out of arenas; a freed block goes back on its class's list and is reused by the
// next allocation of that class. Arenas are released when the interpreter is torn down.
//
// The class of a block is kept in its Object's flags (kObjSizeClassShift), so freeing needs
// no lookup; class 0 means "from malloc". Under AddressSanitizer every block comes from
// malloc so that use-after-free and overflows of objects stay detected.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace py {

class SmallObjects {
 public:
  static constexpr size_t kGranule = 16;   // block sizes are multiples of this
  static constexpr size_t kMaxSmall = 256;
  static constexpr size_t kClasses = kMaxSmall / kGranule;
  static constexpr size_t kArenaBytes = size_t(256) << 10;
  // Arenas come from calloc (aligned for max_align_t: 16 natively, 8 on wasm32) and are cut in
  // multiples of kGranule, so every block is as aligned as malloc's.
  static_assert(kGranule % alignof(std::max_align_t) == 0);

  SmallObjects() = default;
  SmallObjects(const SmallObjects&) = delete;
  SmallObjects& operator=(const SmallObjects&) = delete;
  ~SmallObjects();

  // The class serving `bytes` (1..kClasses), or 0 if the block must come from malloc.
  static unsigned size_class(size_t bytes) {
    // Off under ASan, so that it sees every object. Off on wasm too: correct there (its
    // MemoryError was new_code losing its class, see emplace_object) but no measured win under
    // node (bench/README.md): emscripten's dlmalloc is not what glibc's malloc was natively.
#if defined(__SANITIZE_ADDRESS__) || defined(__EMSCRIPTEN__)
    (void)bytes;
    return 0;
#else
    return bytes <= kMaxSmall ? unsigned((bytes + kGranule - 1) / kGranule) : 0;
#endif
  }
  static size_t block_bytes(unsigned cls) { return cls * kGranule; }

  // A zeroed block of class cls (1..kClasses); aborts when memory is exhausted (the heap
  // cap raises MemoryError long before).
  void* alloc(unsigned cls) {
    FreeBlock* b = free_[cls - 1];
    if (b) {
      free_[cls - 1] = b->next;
      b->next = nullptr;  // the rest of the block was zeroed when it was freed
      return b;
    }
    return carve(cls);
  }
  // Returns a block to its class's list, zeroed so the next alloc need not clear it.
  void free(void* p, unsigned cls);

 private:
  struct FreeBlock { FreeBlock* next; };
  void* carve(unsigned cls);

  FreeBlock* free_[kClasses] = {};
  char* bump_ = nullptr;      // unused tail of the newest arena
  char* bump_end_ = nullptr;
  std::vector<void*> arenas_;
};

}  // namespace py
