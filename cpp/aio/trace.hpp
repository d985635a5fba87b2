// trace.hpp — what the loop reports about tasks, for the timeline view and --trace.
//
// Events, each stamped with loop time:
//   created    the task exists (its first step is queued)
//   started    its first slice begins          resumed   a later slice begins
//   suspended  a slice ends; `on` is the future it now waits for (describe() gives
//              "sleep(2)", "Event.wait", "Task-3", "gather", ...), or null for a bare yield
//              (sleep(0))
//   done / failed / cancelled   the task finished that way
// A hook must not re-enter the loop (no scheduling from inside it).
#pragma once

namespace aio {

class TaskBase;
class FutureBase;

enum class TraceKind : unsigned char { created, started, resumed, suspended, done, failed, cancelled };

struct TraceEvent {
  TraceKind kind;
  double time;
  const TaskBase* task;
  const FutureBase* on;
};

using TraceHook = void (*)(void* user, const TraceEvent& event);

const char* trace_kind_name(TraceKind kind);

}  // namespace aio
