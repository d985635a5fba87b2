// small_objects_test.cpp — the small-object allocator (py/alloc.hpp): size classes, zeroed
// blocks, reuse of freed blocks, no overlap across arenas; and objects moving between it and
// malloc when a str grows in place.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "py/alloc.hpp"
#include "run_program.hpp"

namespace {

using py::SmallObjects;

TEST(SmallObjects, SizeClasses) {
#if defined(__SANITIZE_ADDRESS__) || defined(__EMSCRIPTEN__)
  EXPECT_EQ(SmallObjects::size_class(16), 0u);  // everything from malloc under ASan and on wasm
#else
  EXPECT_EQ(SmallObjects::size_class(1), 1u);
  EXPECT_EQ(SmallObjects::size_class(16), 1u);
  EXPECT_EQ(SmallObjects::size_class(17), 2u);
  EXPECT_EQ(SmallObjects::size_class(256), SmallObjects::kClasses);
  EXPECT_EQ(SmallObjects::size_class(257), 0u);
#endif
  EXPECT_EQ(SmallObjects::block_bytes(3), 48u);
}

bool all_zero(const void* p, size_t n) {
  const unsigned char* b = static_cast<const unsigned char*>(p);
  return std::all_of(b, b + n, [](unsigned char c) { return c == 0; });
}

TEST(SmallObjects, BlocksAreZeroedAlignedAndReused) {
#ifdef __EMSCRIPTEN__
  GTEST_SKIP() << "the allocator is off on wasm: its blocks are only 8-byte aligned there";
#endif
  SmallObjects pool;
  for (unsigned cls = 1; cls <= SmallObjects::kClasses; ++cls) {
    size_t n = SmallObjects::block_bytes(cls);
    void* a = pool.alloc(cls);
    ASSERT_TRUE(all_zero(a, n));
    EXPECT_EQ(reinterpret_cast<uintptr_t>(a) % 16, 0u);
    std::memset(a, 0xab, n);
    pool.free(a, cls);
    void* b = pool.alloc(cls);
    EXPECT_EQ(a, b);  // the freed block comes back first
    EXPECT_TRUE(all_zero(b, n));
    pool.free(b, cls);
  }
}

TEST(SmallObjects, ManyBlocksAcrossArenasDoNotOverlap) {
#ifdef __EMSCRIPTEN__
  GTEST_SKIP() << "the allocator is off on wasm: its blocks are only 8-byte aligned there";
#endif
  SmallObjects pool;
  // Mixed classes, several arenas' worth; each block is filled with its own index.
  std::vector<std::pair<unsigned char*, unsigned>> blocks;
  size_t total = 0;
  for (unsigned i = 0; total < 3 * SmallObjects::kArenaBytes; ++i) {
    unsigned cls = 1 + (i * 7) % SmallObjects::kClasses;
    auto* p = static_cast<unsigned char*>(pool.alloc(cls));
    ASSERT_TRUE(all_zero(p, SmallObjects::block_bytes(cls)));
    std::memset(p, int(i & 0xff), SmallObjects::block_bytes(cls));
    blocks.push_back({p, cls});
    total += SmallObjects::block_bytes(cls);
  }
  for (size_t i = 0; i < blocks.size(); ++i) {
    auto [p, cls] = blocks[i];
    size_t n = SmallObjects::block_bytes(cls);
    ASSERT_TRUE(std::all_of(p, p + n, [&](unsigned char c) { return c == (i & 0xff); })) << "block " << i;
  }
  for (auto [p, cls] : blocks) pool.free(p, cls);
}

// A str built by += starts in a block, outgrows the largest class into malloc, and keeps
// growing there; its text must survive every move.
TEST(SmallObjects, GrowingStrMovesBetweenBlocksAndMalloc) {
  auto r = py_test::run(
      "s = ''\n"
      "for i in range(2000):\n"
      "    s += chr(97 + i % 26)\n"
      "    if i % 97 == 0: t = s[:]\n"
      "print(len(s), s[:5], s[250:256], s[-3:], s == ''.join(chr(97 + i % 26) for i in range(2000)))\n"
      "u = 'é'\n"
      "for i in range(300): u += 'x'\n"
      "print(len(u), u[:3])\n");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "2000 abcde qrstuv vwx True\n301 éxx\n");
}

}  // namespace
