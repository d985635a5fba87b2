// coro.hpp — the one place the engine gets its coroutine vocabulary from.
//
// g++ 12 ships C++20 <coroutine>. emcc 3.1.6 (clang 14, its own libc++) only has
// <experimental/coroutine>, and clang 14 then warns at every coroutine that the
// experimental traits are deprecated. Everything in the engine spells these names
// aio::coroutine_handle etc., so neither library is named anywhere else.
#pragma once

#if __has_include(<coroutine>)
#include <coroutine>
namespace aio {
using std::coroutine_handle;
using std::noop_coroutine;
using std::suspend_always;
using std::suspend_never;
}  // namespace aio
#elif __has_include(<experimental/coroutine>)
// Deliberately not popped: the warning fires at each coroutine *definition* in any file
// that includes this header, so it must stay off for the rest of the translation unit.
#pragma clang diagnostic ignored "-Wdeprecated-experimental-coroutine"
#include <experimental/coroutine>
namespace aio {
using std::experimental::coroutine_handle;
using std::experimental::noop_coroutine;
using std::experimental::suspend_always;
using std::experimental::suspend_never;
}  // namespace aio
#else
#error "aioplay needs C++20 coroutines (<coroutine> or <experimental/coroutine>)"
#endif
