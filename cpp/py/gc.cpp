// gc.cpp — the cycle collector (trial deletion over GC-tracked containers, CPython's
// algorithm) and the periodic VM check that runs it and enforces the heap cap.
#include <vector>

#include "py/builtin_types.hpp"
#include "py/errors.hpp"
#include "py/frame.hpp"

namespace py {

static void dec_refs(Value v, void*) {
  if (v.is_ptr() && (v.ptr()->flags & kObjGcTracked)) --gc_head(v.ptr())->refs;
}

static void mark_reachable(Value v, void* arg) {
  if (!v.is_ptr() || !(v.ptr()->flags & kObjGcTracked)) return;
  GcHead* h = gc_head(v.ptr());
  if (h->refs == 0) {
    h->refs = 1;
    static_cast<std::vector<Object*>*>(arg)->push_back(v.ptr());
  }
}

// One pass of trial deletion: the tracked objects unreachable from outside the graph.
static std::vector<Object*> find_garbage(Interpreter& I) {
  std::vector<Object*> all;
  for (GcHead* h = I.gc_list.next; h != &I.gc_list; h = h->next) {
    Object* o = gc_object(h);
    h->refs = intptr_t(o->rc);
    all.push_back(o);
  }
  for (Object* o : all)
    if (o->type->traverse) o->type->traverse(o, dec_refs, nullptr);
  // Objects still referenced from outside the container graph are roots.
  std::vector<Object*> work;
  for (Object* o : all) {
    GcHead* h = gc_head(o);
    if (h->refs > 0) {
      h->refs = 1;
      work.push_back(o);
    } else {
      h->refs = 0;
    }
  }
  while (!work.empty()) {
    Object* o = work.back();
    work.pop_back();
    if (o->type->traverse) o->type->traverse(o, mark_reachable, &work);
  }
  std::vector<Object*> garbage;
  for (Object* o : all)
    if (gc_head(o)->refs == 0) garbage.push_back(o);
  return garbage;
}

size_t gc_collect() {
  Interpreter& I = interp();
  if (I.gc_running) return 0;
  I.gc_running = true;
  // A running frame's value stack lives in eval_frame's registers: its saved stack_top is
  // stale (slots past the real top hold values since popped, maybe freed). As in CPython,
  // the collector sees only the locals of frames on the execution chain; whatever their
  // stacks hold counts as referenced from outside, so it stays alive.
  std::vector<std::pair<Frame*, int>> running;
  for (Frame* f = I.frame; f; f = f->back) {
    running.push_back({f, f->stack_top});
    f->stack_top = 0;
  }
  std::vector<Object*> garbage = find_garbage(I);
  for (Object* o : garbage) incref(Value::from_ptr(o));
  // PEP 442: unreachable objects' __del__ run first, once each, in allocation order; they
  // may resurrect part of the garbage, so the analysis is then redone before clearing.
  bool finalized = false;
  for (Object* o : garbage)
    if ((o->type->tflags & kTypeHasDel) && !(o->flags & kObjFinalized)) {
      call_del(o);
      finalized = true;
    }
  if (finalized) {
    for (Object* o : garbage) decref(Value::from_ptr(o));
    garbage = find_garbage(I);
    for (Object* o : garbage) incref(Value::from_ptr(o));
  }
  for (Object* o : garbage)
    if (o->type->clear) o->type->clear(o);
  for (Object* o : garbage) decref(Value::from_ptr(o));
  for (auto [f, top] : running) f->stack_top = top;
  I.gc_count = 0;
  for (GcHead* h = I.gc_list.next; h != &I.gc_list; h = h->next) ++I.gc_count;
  // Next collection once the live count doubles (at least 5000 more): a full
  // collection costs O(live), so this keeps its amortised cost O(1) per allocation.
  I.gc_threshold = I.gc_count + std::max<size_t>(5000, I.gc_count);
  I.gc_running = false;
  return garbage.size();
}

bool vm_periodic() {
  Interpreter& I = interp();
  if (I.gc_pending) {
    I.gc_pending = false;
    if (I.gc_enabled) gc_collect();
  }
  if (I.heap_bytes > I.heap_cap) {
    gc_collect();
    if (I.heap_bytes > I.heap_cap) {
      raise_no_memory();
      return false;
    }
  }
  return true;
}

}  // namespace py
