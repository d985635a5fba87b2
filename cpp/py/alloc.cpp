// alloc.cpp — arenas and free lists of the small-object allocator (see alloc.hpp).
#include "py/alloc.hpp"

#include <cstdlib>
#include <cstring>

namespace py {

SmallObjects::~SmallObjects() {
  for (void* a : arenas_) std::free(a);
}

void SmallObjects::free(void* p, unsigned cls) {
  std::memset(p, 0, block_bytes(cls));
  FreeBlock* b = static_cast<FreeBlock*>(p);
  b->next = free_[cls - 1];
  free_[cls - 1] = b;
}

// Cuts the next block from the newest arena; a new (zeroed) arena when it is used up. The
// leftover tail of the old arena, smaller than this block, is given to the classes it fits.
void* SmallObjects::carve(unsigned cls) {
  size_t n = block_bytes(cls);
  if (size_t(bump_end_ - bump_) < n) {
    while (size_t(bump_end_ - bump_) >= kGranule) {
      unsigned c = unsigned(size_t(bump_end_ - bump_) / kGranule);
      if (c > kClasses) c = kClasses;
      void* tail = bump_;
      bump_ += block_bytes(c);
      FreeBlock* b = static_cast<FreeBlock*>(tail);
      b->next = free_[c - 1];
      free_[c - 1] = b;
    }
    void* a = std::calloc(1, kArenaBytes);
    if (!a) std::abort();
    arenas_.push_back(a);
    bump_ = static_cast<char*>(a);
    bump_end_ = bump_ + kArenaBytes;
  }
  void* p = bump_;
  bump_ += n;
  return p;
}

}  // namespace py
