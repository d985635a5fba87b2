// small_objects_test.cpp — the small-object allocator (py/alloc.hpp): size classes, zeroed
// blocks, reuse of freed blocks, no overlap across arenas; objects moving between it and
// malloc when a str grows in place; objects built in place keeping the size class that
// tells free_object_memory where their memory came from, and the heap accounting that
// relies on it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "py/alloc.hpp"
#include "py/builtin_types.hpp"
#include "py/code.hpp"
#include "run_program.hpp"

namespace {

using py::SmallObjects;

TEST(SmallObjects, SizeClasses) {
#if defined(__SANITIZE_ADDRESS__) || defined(__EMSCRIPTEN__)
  EXPECT_EQ(SmallObjects::size_class(16), 0u);  // objects from malloc under ASan and on wasm
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
  SmallObjects pool;
  for (unsigned cls = 1; cls <= SmallObjects::kClasses; ++cls) {
    size_t n = SmallObjects::block_bytes(cls);
    void* a = pool.alloc(cls);
    ASSERT_TRUE(all_zero(a, n));
    EXPECT_EQ(reinterpret_cast<uintptr_t>(a) % alignof(std::max_align_t), 0u);  // as malloc's
    std::memset(a, 0xab, n);
    pool.free(a, cls);
    void* b = pool.alloc(cls);
    EXPECT_EQ(a, b);  // the freed block comes back first
    EXPECT_TRUE(all_zero(b, n));
    pool.free(b, cls);
  }
}

TEST(SmallObjects, ManyBlocksAcrossArenasDoNotOverlap) {
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

// The size class recorded in an object's header (0: from malloc).
unsigned recorded_class(const py::Object* o) { return o->flags >> py::kObjSizeClassShift; }

// A code object is placement-constructed over alloc_object's memory, and Code has a member of
// its own named `flags` (co_flags). Saving and restoring "c->flags" around the constructor
// kept co_flags and lost the header's size class: the block then went to free() as if it came
// from malloc. On wasm32 (sizeof(Code) 192 <= kMaxSmall) that freed the middle of an arena:
// malloc_usable_size answered -8 for it, dlmalloc's state was corrupt, and heap_bytes (a
// 32-bit size_t) wrapped past the heap cap: the MemoryError the green-thread programs (which
// drop code objects mid-run) ended in, and later "memory access out of bounds".
TEST(SmallObjects, CodeObjectKeepsItsSizeClassAndItsBytes) {
  py::Interpreter I;
  size_t before = I.heap_bytes;
  py::Code* c = py::new_code();
  EXPECT_EQ(recorded_class(c), SmallObjects::size_class(sizeof(py::Code)));
  c->flags = py::kCoGenerator;  // co_flags: not the header's flags
  EXPECT_EQ(recorded_class(c), SmallObjects::size_class(sizeof(py::Code)));
  py::decref(py::Value::from_ptr(c));
  EXPECT_EQ(I.heap_bytes, before);
}

// Every built-in type but `type` itself (allocated by hand, from malloc) comes from
// alloc_object; `object` is constructed in place like the others and must keep its class too.
TEST(SmallObjects, BuiltinTypesKeepTheirSizeClass) {
  py::Interpreter I;
  unsigned cls = SmallObjects::size_class(sizeof(py::GcHead) + sizeof(py::Type));
  for (py::Type* t : I.all_types)
    EXPECT_EQ(recorded_class(t), t == I.type_type ? 0u : cls) << t->name;
}

// What a run allocates it gives back: the second run of a program whose objects (code,
// functions, classes, instances, strs, cycles) all die leaves heap_bytes where the first
// left it (the first interns the names and fills the caches that stay).
TEST(SmallObjects, HeapBytesComeBackAfterGarbage) {
#ifdef __EMSCRIPTEN__
  // The allocator is off on wasm, so every object's bytes are dlmalloc's usable size, which
  // depends on the chunk reused (a free chunk is not split for a small remainder): six runs
  // of this program after the first counted +16, 0, 0, 0, +8, 0 bytes. Exact natively (the
  // allocator's classes) and under ASan, whose usable size is the size asked for.
  GTEST_SKIP() << "heap_bytes counts dlmalloc chunk sizes on wasm (allocator off)";
#endif
  py::Interpreter I;
  std::string err;
  I.out = [](std::string_view) {};
  I.err = [&](std::string_view s) { err += s; };
  const char* src =
      "def make(n):\n"
      "    class Node:\n"
      "        def __init__(self, v): self.v, self.me = v, self\n"
      "    return [Node(str(i) * 3) for i in range(n)]\n"
      "for _ in range(20): make(300)\n"
      "exec('def g(): return 1\\ng()', {})\n"
      "del make, _\n";
  ASSERT_EQ(py::run_program(I, src, "t.py"), 0) << err;
  py::gc_collect();
  size_t before = I.heap_bytes;
  ASSERT_EQ(py::run_program(I, src, "t.py"), 0) << err;
  py::gc_collect();
  EXPECT_EQ(I.heap_bytes, before);
}

}  // namespace
