// aio.hpp — everything: an asyncio-style event loop on C++20 coroutines.
//
// Start with loop.hpp (the scheduler), task.hpp (Task<T>, TaskRef<T>, errors as values),
// future.hpp; then the asyncio counterparts, one header each. For the Python layer:
// futures and callbacks carry any value type (use Payload for Python objects, and
// Error::object for exceptions), Loop::running() reaches the loop from plain callbacks,
// clock.hpp has the clocks, trace.hpp the trace hook, Task::cancel_with(Error) carries a
// cancel message (or payload), Loop::create_task spawns any coroutine, and
// run_once/run_forever/stop/run_until_complete drive the loop.
#pragma once

#include "aio/clock.hpp"
#include "aio/condition.hpp"
#include "aio/error.hpp"
#include "aio/event.hpp"
#include "aio/future.hpp"
#include "aio/gather.hpp"
#include "aio/lock.hpp"
#include "aio/loop.hpp"
#include "aio/queue.hpp"
#include "aio/semaphore.hpp"
#include "aio/shield.hpp"
#include "aio/sleep.hpp"
#include "aio/task.hpp"
#include "aio/taskgroup.hpp"
#include "aio/timeout.hpp"
#include "aio/trace.hpp"
#include "aio/wait.hpp"
#include "aio/wait_for.hpp"
