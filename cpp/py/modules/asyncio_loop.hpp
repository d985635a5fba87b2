// modules/asyncio_loop.hpp — what the two halves of the native asyncio module share.
//
// _asyncio.cpp owns the aio loop (clock, Python handles, --shuffle-ready, --trace);
// asyncio_task.cpp builds Future and Task on it. Both post their callbacks through
// post_callback so that --shuffle-ready perturbs every same-tick callback alike, and both
// report a callback that raised through report_callback_error (the loop's exception
// handler, or SystemExit/KeyboardInterrupt leaving run_forever).
#pragma once
#include <cstdint>
#include <string_view>

#include "aio/loop.hpp"
#include "py/builtin_types.hpp"

namespace py::asyncio {

aio::Loop& the_loop();
// Queues fn(ctx, nullptr, run) on the ready queue (run=false: the loop is dropping it).
void post_callback(aio::CallbackFn fn, void* ctx);
// Called first by a posted callback that is to run: while a SystemExit/KeyboardInterrupt
// unwinds run_forever, re-posts it for a later run_forever and returns true.
bool defer_if_escaping(aio::CallbackFn fn, void* ctx);
// `fn(arg)` (a callback of `loop`) raised the pending exception: report it as Handle._run.
void report_callback_error(Value loop, Value fn, Value arg);
// --trace: one Chrome trace event at the loop's time (detail may be null).
bool tracing();
void trace_event(std::string_view ph, int64_t tid, std::string_view name, std::string_view detail);

// asyncio_task.cpp: adds Future, Task and the task functions to the module.
void init_tasks(Interpreter& I, Value module);
void reset_tasks();  // the runtime is going away: drop the running loop, tasks and hooks
void forget_task_types();  // a new interpreter: its import of _asyncio makes new types

// asyncio_task.cpp's Future for asyncio_queue.cpp. The fut_* functions take exactly an
// asyncio.Future (is_exact_fut: no Python subclass whose overrides would have to run).
Value running_loop();  // borrowed; null when no loop runs
bool is_exact_fut(Value v);
Ref new_fut(Value loop);  // loop.create_future() of the built-in loop
bool fut_pending(Value f);
bool fut_cancelled(Value f);
void fut_set_result(Value f, Value v);  // f is pending
bool fut_cancel(Value f);               // cancel(): false when already done
void fut_set_trace_label(Value f, Value label);
// One step of `await f` (Future.__await__): 1 = yields f (pending), 0 = *out is its result,
// -1 = raised (cancelled, exception, or awaited twice while pending).
int fut_await_step(Value f, Value* out);

// asyncio_queue.cpp: adds the Queue's native get/put operations to the module.
void init_queue(Interpreter& I, Value module);
void reset_queue();
void forget_queue_types();

}  // namespace py::asyncio
