// generator.hpp — generators, coroutines and async generators: suspended frames.
//
// The same object serves the three kinds (its type tells them apart). gen_send is the
// primitive the VM's SEND and the next issue's Task driver use: resume with a value (or,
// through gen_throw, an exception) and learn whether the frame yielded, returned or raised.
#pragma once
#include "py/frame.hpp"

namespace py {

struct Generator : Object {
  Frame* frame;          // null once finished
  Value name, qualname;  // str
  Value exc_state;       // the exception being handled inside the frame while suspended
  Value awaiting;        // for coroutines: what `await` is delegating to (cr_await)
  bool running = false;
  bool started = false;
  bool closed_async = false;  // async generator: aclose() ran
  bool hooks_inited = false;  // async generator: sys's asyncgen hooks were consulted
  Value hooks_finalizer;      // the finalizer hook then set, called if collected unfinished
};

// Wraps a frame whose code is a generator/coroutine/async generator (steals the frame).
Ref new_generator(Frame* f);
// Resumes: 1 = yielded (*out), 0 = returned (*out is the return value), -1 = raised.
int gen_send(Value gen, Value v, Ref* out);
// Throws `exc` (an exception instance) in at the suspension point; same results.
int gen_throw(Value gen, Value exc, Ref* out);
bool gen_is_running_await(Value coro);
// The frame of `g` starts running (resume() and the VM's SEND/FOR_ITER, which run it in their
// own dispatch loop): marks it running and swaps in its handled exception. gen_leave undoes
// that when it stops: how = 1 yielded, 0 returned, -1 raised; after 0/-1 the frame is
// freed (g->frame null) and an escaping StopIteration has become RuntimeError (PEP 479).
void gen_enter(Generator* g);
void gen_leave(Generator* g, int how);
uint32_t gen_code_flags(Value gen);
// Called as a coroutine that never started is destroyed (CPython's "coroutine '...' was
// never awaited" RuntimeWarning); set by the asyncio runtime while it lives.
extern void (*on_unawaited_coroutine)(Value coro);
// sys.set_asyncgen_hooks: firstiter(agen) runs at an async generator's first
// __anext__/asend/athrow/aclose; finalizer(agen) replaces the synchronous close of one
// collected unfinished (asyncio's loop schedules its aclose() as a task). Null when unset.
struct AsyncGenHooks {
  Ref firstiter, finalizer;
};
AsyncGenHooks& asyncgen_hooks();
// Called for an async generator as CPython's _PyGen_Finalize: true if its finalizer hook
// ran (it may have resurrected the generator), false if it is to be closed as usual.
bool async_gen_call_finalizer(Object* agen);
// A frame object (sys.cpp's) for `f`; its f_back chain only when `with_back`.
Ref frame_object(Frame* f, bool with_back);
// Marks a value yielded by an async generator's own `yield` (vs. an await passing through).
Ref wrap_async_gen_value(Value v);

}  // namespace py
