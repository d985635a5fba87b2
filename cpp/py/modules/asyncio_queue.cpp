// modules/asyncio_queue.cpp — asyncio.Queue's get() and put() bodies in C++.
//
// Queue stays the Python class of lib/asyncio.py (its attributes, repr, subclasses and
// nowait methods are CPython's); only the bodies of `get` and `put` of the exact Queue type
// run here, where each wake-up of a Queue ping-pong otherwise costs a dozen Python calls.
// `Queue.get` is still an `async def` (so q.get() is a coroutine, with CPython's name,
// repr, tracebacks and "never awaited" warning) whose body awaits the _QueueOp that
// _queue_get(self) returns, which does what CPython 3.11's body does:
//
//     while self.empty():                         (put: while self.full())
//         getter = self._get_loop().create_future()
//         self._getters.append(getter)
//         try: await getter
//         except:                                 (also GeneratorExit: close())
//             getter.cancel()
//             try: self._getters.remove(getter)
//             except ValueError: pass
//             if not self.empty() and not getter.cancelled():
//                 self._wakeup_next(self._getters)
//             raise
//     return self.get_nowait()                    (put: self.put_nowait(item))
//
// with the attributes read from the instance dict on every step. The first pass runs in
// _queue_get itself (nothing can run between that call and the `await`). _queue_get/_queue_put
// return None (the Python body then runs) unless the state is the plain one: deques without
// maxlen, int counters, and — when it would have to wait — a loop already bound to the
// running one whose create_future is the built-in loop's. Should the attributes be replaced
// while an operation waits, it continues through the Python methods (empty(), get_nowait(),
// _wakeup_next(), ...), which is what the CPython body calls anyway.
#include <algorithm>
#include <iterator>

#include "py/errors.hpp"
#include "py/module.hpp"
#include "py/modules/_collections.hpp"
#include "py/modules/asyncio_loop.hpp"

namespace py::asyncio {
namespace {

struct QueueOp : Object {
  Value queue;
  Value item;    // put: the item (null once put); get: null
  Value waiter;  // the future awaited, while waiting
  bool put;
};

// An attribute name with the index of its entry in the instance dict last time (instances
// of one class store their attributes in the same order: the probe is usually skipped).
struct Name {
  Str* s;
  size_t hint;
};

struct QueueState {
  Type* op_type = nullptr;
  Name queue_, maxsize, getters, putters, unfinished, finished, value, loop;
  Str *s_create_future, *s_empty, *s_full, *s_get_nowait, *s_put_nowait, *s_wakeup_next, *s_get_loop,
      *s_remove, *s_append, *s_done, *s_set_result;
  Ref label_get, label_put;
  Ref create_future;  // the built-in loop's create_future (set by asyncio.py)
  Ref queue_class_ref;  // asyncio.Queue (set by asyncio.py)
  Type* queue_class = nullptr;
};
// Never destroyed: at process exit its references may point into a finished interpreter
// (reset_queue drops them while the interpreter lives).
QueueState& qs = *new QueueState;

QueueOp* as_op(Value v) { return static_cast<QueueOp*>(v.ptr()); }

Dict* dict_of(Value q) {
  Dict** d = instance_dict_ptr(q);
  return d ? *d : nullptr;
}
// The attribute in the instance dict `d` (null: none), or null.
Value attr(Dict* d, Name& n) {
  if (!d) return kNull;
  if (n.hint < d->entries.size() && d->entries[n.hint].key == Value::from_ptr(n.s)) return d->entries[n.hint].value;
  return dict_get_str_at(d, n.s, &n.hint);
}

// -1 error, else the truth of `q.<name>()`.
int call_test(Value q, Str* name) {
  Ref r = call_method(q, name, nullptr, 0);
  return r ? truth(r.get()) : -1;
}

// self._getters / self._putters (null with the AttributeError raised).
Ref waiters_of(QueueOp* op) {
  Name& n = op->put ? qs.putters : qs.getters;
  if (Value w = attr(dict_of(op->queue), n)) return Ref::borrow(w);
  return getattr(op->queue, n.s);
}

// self.empty() / self.full(): 1, 0, or -1 with an exception.
int must_wait(QueueOp* op) {
  Dict* d = dict_of(op->queue);
  std::deque<Value>* items = deque_items(attr(d, qs.queue_));
  if (!op->put) return items ? int(items->empty()) : call_test(op->queue, qs.s_empty);
  Value max = attr(d, qs.maxsize);
  if (!items || !max || !max.is_small_int()) return call_test(op->queue, qs.s_full);
  return max.as_small_int() > 0 && int64_t(items->size()) >= max.as_small_int();
}

// self._wakeup_next(waiters): the first waiter not done gets set_result(None).
int wakeup_next(Value q, Value waiters) {
  Ref keep = Ref::borrow(waiters);  // a waiter's done() may replace the attribute
  std::deque<Value>* ws = deque_items(waiters);
  if (!ws) return call_method(q, qs.s_wakeup_next, &waiters, 1) ? 0 : -1;
  while (!ws->empty()) {
    Ref w = Ref::steal(ws->front());
    ws->pop_front();
    deque_mutated(waiters);
    if (is_exact_fut(w.get())) {
      if (!fut_pending(w.get())) continue;
      fut_set_result(w.get(), kNone);
      return 0;
    }
    int done = call_test(w.get(), qs.s_done);
    if (done < 0) return -1;
    if (!done) {
      Value none = kNone;
      return call_method(w.get(), qs.s_set_result, &none, 1) ? 0 : -1;
    }
  }
  return 0;
}

// get_nowait() / put_nowait(item) once nothing needs waiting for: the operation is then
// finished (queue null) with its result in op->item.
int finish(QueueOp* op) {
  Ref q = Ref::steal(op->queue);
  op->queue = kNull;
  Ref item = Ref::steal(op->item);
  op->item = kNull;
  Dict* d = dict_of(q.get());
  Value qd = attr(d, qs.queue_);
  std::deque<Value>* items = deque_items(qd);
  if (!op->put) {
    Value putters = attr(d, qs.putters);
    if (!items || items->empty() || !putters) {
      Ref r = call_method(q.get(), qs.s_get_nowait, nullptr, 0);
      op->item = r.release();
      return op->item ? 0 : -1;
    }
    op->item = items->front();
    items->pop_front();
    deque_mutated(qd);
    return wakeup_next(q.get(), putters);
  }
  Value n = attr(d, qs.unfinished), finished = attr(d, qs.finished),
        getters = attr(d, qs.getters);
  if (!items || !n || !n.is_small_int() || !finished || !getters) {
    Value it = item.get();
    Ref r = call_method(q.get(), qs.s_put_nowait, &it, 1);
    op->item = r.release();
    return op->item ? 0 : -1;
  }
  items->push_back(item.release());
  deque_mutated(qd);
  Ref n1 = new_int(n.as_small_int() + 1);
  if (dict_set(dict_of(q.get()), Value::from_ptr(qs.unfinished.s), n1.get()) < 0) return -1;
  if (attr(dict_of(finished), qs.value) != kFalse && setattr(finished, qs.value.s, kFalse) < 0)
    return -1;  // self._finished.clear()
  op->item = newref(kNone);
  return wakeup_next(q.get(), getters);
}

// Appends a new future of the loop to _getters/_putters: the operation now waits on it.
int start_wait(QueueOp* op) {
  Value q = op->queue;
  Dict* d = dict_of(q);
  Value loop = attr(d, qs.loop);
  Ref bound;
  if (!loop || loop != running_loop()) {
    bound = call_method(q, qs.s_get_loop, nullptr, 0);  // binds it, or raises as CPython
    if (!bound) return -1;
    loop = bound.get();
  }
  Ref fut = new_fut(loop);
  if (tracing()) fut_set_trace_label(fut.get(), op->put ? qs.label_put.get() : qs.label_get.get());
  Ref waiters = waiters_of(op);
  if (!waiters) return -1;
  if (std::deque<Value>* ws = deque_items(waiters.get())) {
    ws->push_back(newref(fut.get()));
    deque_mutated(waiters.get());
  } else {
    Value f = fut.get();
    if (!call_method(waiters.get(), qs.s_append, &f, 1)) return -1;
  }
  op->waiter = fut.release();
  return 0;
}

// One pass of the `while` loop: finishes the operation or starts a wait.
int attempt(QueueOp* op) {
  int blocked = must_wait(op);
  if (blocked < 0) return -1;
  return blocked ? start_wait(op) : finish(op);
}

// The `except:` block: the wait ended by an exception (thrown in, or the future's own).
// Leaves the exception to raise pending: `exc`, or what the clean-up raised.
int abandon_wait(QueueOp* op, Ref exc) {
  Ref w = Ref::steal(op->waiter);
  op->waiter = kNull;
  Value q = op->queue;
  fut_cancel(w.get());
  Ref waiters = waiters_of(op);
  if (!waiters) return -1;
  if (std::deque<Value>* ws = deque_items(waiters.get())) {
    auto at = std::find(ws->begin(), ws->end(), w.get());
    if (at != ws->end()) {
      ws->erase(at);
      deque_mutated(waiters.get());
      decref(w.get());
    }
  } else {
    Value wv = w.get();
    if (!call_method(waiters.get(), qs.s_remove, &wv, 1)) {
      if (!err_matches(interp().ValueError)) return -1;
      clear_error();
    }
  }
  int blocked = must_wait(op);
  if (blocked < 0) return -1;
  if (!blocked && !fut_cancelled(w.get())) {
    waiters = waiters_of(op);  // read again, as the Python body does
    if (!waiters || wakeup_next(q, waiters.get()) < 0) return -1;
  }
  set_error(std::move(exc));
  return -1;
}

// am_send: 1 = yields the future it waits on, 0 = done (*out: the item, or None), -1 raised.
int op_send(Value self, Value, Value* out) {
  QueueOp* op = as_op(self);
  for (;;) {
    if (op->waiter) {
      int st = fut_await_step(op->waiter, out);
      if (st == 1) return 1;
      if (st < 0) return abandon_wait(op, fetch_error());
      decref(*out);
      Value w = op->waiter;
      op->waiter = kNull;
      decref(w);
    } else if (!op->queue) {
      *out = op->item ? op->item : newref(kNone);
      op->item = kNull;
      return 0;
    }
    if (op->queue && attempt(op) < 0) return -1;
  }
}

Ref op_next(Value self) {
  Value out;
  int st = op_send(self, kNone, &out);
  if (st < 0) return nullptr;
  if (st == 1) return Ref::steal(out);
  Ref r = Ref::steal(out);
  if (r.get() != kNone) set_error(make_exception(interp().StopIteration, &out, 1));
  return nullptr;
}
Ref m_send(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("send", nargs, 1, 1)) return nullptr;
  Value out;
  int st = op_send(self, args[0], &out);
  if (st < 0) return nullptr;
  if (st == 1) return Ref::steal(out);
  Ref r = Ref::steal(out);
  set_error(make_exception(interp().StopIteration, &out, 1));
  return nullptr;
}
Ref m_throw(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("throw", nargs, 1, 3)) return nullptr;
  QueueOp* op = as_op(self);
  if (!op->waiter) return raise_value(args[0]);
  raise_value(args[0]);
  abandon_wait(op, fetch_error());
  return nullptr;
}
Ref m_close(Value self, const Value*, size_t, Tuple*) {
  QueueOp* op = as_op(self);
  if (op->waiter) {
    abandon_wait(op, make_exception(interp().GeneratorExit, nullptr, 0));
    if (!err_matches(interp().GeneratorExit)) return nullptr;
    clear_error();
  }
  return Ref::steal(kNone);
}

void op_clear(Object* o) {
  QueueOp* op = static_cast<QueueOp*>(o);
  Value vs[] = {op->queue, op->item, op->waiter};
  op->queue = op->item = op->waiter = kNull;
  for (Value v : vs) decref(v);
}
void op_traverse(Object* o, VisitFn visit, void* arg) {
  QueueOp* op = static_cast<QueueOp*>(o);
  for (Value v : {op->queue, op->item, op->waiter})
    if (v) visit(v, arg);
}

Ref new_op(Value q, Value item, bool put) {
  QueueOp* op = static_cast<QueueOp*>(alloc_object(qs.op_type, sizeof(QueueOp)));
  op->queue = newref(q);
  op->item = item ? newref(item) : kNull;
  op->put = put;
  gc_track(op);
  return Ref::steal(Value::from_ptr(op));
}

// Whether a wait can start natively: the queue is bound to the running loop, whose
// create_future is the built-in one (else the Python body binds it or calls the override).
bool can_wait(Dict* d, Value waiters) {
  Value loop = attr(d, qs.loop);
  if (!loop || loop != running_loop() || !deque_items(waiters)) return false;
  return type_lookup(type_of(loop), qs.s_create_future) == qs.create_future.get();
}

// _queue_get(queue): the awaitable doing Queue.get's body, or None (a subclass, whose
// overrides of empty(), _get(), ... must run, or a state it does not handle).
Ref a_queue_get(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("_queue_get", nargs, 1, 1)) return nullptr;
  Value q = args[0];
  Dict* d = type_of(q) == qs.queue_class ? dict_of(q) : nullptr;
  std::deque<Value>* items = deque_items(attr(d, qs.queue_));
  Value putters = attr(d, qs.putters);
  if (!items || !putters || !deque_items(putters)) return Ref::steal(kNone);
  if (items->empty() && !can_wait(d, attr(d, qs.getters))) return Ref::steal(kNone);
  Ref op = new_op(q, kNull, false);
  return attempt(as_op(op.get())) < 0 ? nullptr : op;
}
// _queue_put(queue, item): the awaitable doing Queue.put's body, or None.
Ref a_queue_put(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("_queue_put", nargs, 2, 2)) return nullptr;
  Value q = args[0];
  Dict* d = type_of(q) == qs.queue_class ? dict_of(q) : nullptr;
  std::deque<Value>* items = deque_items(attr(d, qs.queue_));
  Value max = attr(d, qs.maxsize), n = attr(d, qs.unfinished), getters = attr(d, qs.getters);
  if (!items || !max || !max.is_small_int() || !n || !n.is_small_int() || !attr(d, qs.finished) ||
      !getters || !deque_items(getters))
    return Ref::steal(kNone);
  bool full = max.as_small_int() > 0 && int64_t(items->size()) >= max.as_small_int();
  if (full && !can_wait(d, attr(d, qs.putters))) return Ref::steal(kNone);
  Ref op = new_op(q, args[1], true);
  return attempt(as_op(op.get())) < 0 ? nullptr : op;
}
// _queue_setup(Queue, create_future): the class, and the built-in loop's create_future.
Ref a_queue_setup(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("_queue_setup", nargs, 2, 2)) return nullptr;
  if (!isinstance(args[0], interp().type_type)) return raise(interp().TypeError, "_queue_setup: a class is required");
  qs.queue_class_ref = Ref::borrow(args[0]);
  qs.queue_class = static_cast<Type*>(args[0].ptr());
  qs.create_future = Ref::borrow(args[1]);
  return Ref::steal(kNone);
}

}  // namespace

void init_queue(Interpreter& I, Value m) {
  if (!qs.op_type) {
    Type* t = new_builtin_type(I, "_QueueOp", I.object_type, sizeof(QueueOp), kTypeGc);
    t->am_send = op_send;
    t->iternext = op_next;
    t->iter = [](Value v) { return Ref::borrow(v); };
    t->finalize = op_clear;
    t->traverse = op_traverse;
    t->clear = op_clear;
    static const MethodDef om[] = {
        {"__await__", [](Value self, const Value*, size_t, Tuple*) { return Ref::borrow(self); }},
        {"send", m_send}, {"throw", m_throw}, {"close", m_close}, {nullptr, nullptr}};
    add_methods(I, t, om);
    qs.op_type = t;
    Name* names[] = {&qs.queue_, &qs.maxsize, &qs.getters, &qs.putters, &qs.unfinished, &qs.finished, &qs.value, &qs.loop};
    const char* attrs[] = {"_queue", "_maxsize", "_getters", "_putters", "_unfinished_tasks", "_finished", "_value", "_loop"};
    for (size_t i = 0; i < std::size(names); ++i) *names[i] = Name{I.intern(attrs[i]), 0};
    Str** methods[] = {&qs.s_create_future, &qs.s_empty, &qs.s_full, &qs.s_get_nowait, &qs.s_put_nowait,
                       &qs.s_wakeup_next, &qs.s_get_loop, &qs.s_remove, &qs.s_append, &qs.s_done, &qs.s_set_result};
    const char* texts[] = {"create_future", "empty", "full", "get_nowait", "put_nowait",
                           "_wakeup_next", "_get_loop", "remove", "append", "done", "set_result"};
    for (size_t i = 0; i < std::size(methods); ++i) *methods[i] = I.intern(texts[i]);
  }
  qs.label_get = new_str("Queue.get");
  qs.label_put = new_str("Queue.put");
  static const MethodDef fns[] = {{"_queue_get", a_queue_get}, {"_queue_put", a_queue_put},
                                  {"_queue_setup", a_queue_setup}, {nullptr, nullptr}};
  module_add_functions(m, fns);
}

void reset_queue() {
  qs.create_future = qs.label_get = qs.label_put = qs.queue_class_ref = nullptr;
  qs.queue_class = nullptr;
}

void forget_queue_types() {
  new (&qs) QueueState();  // over the old state, unreleased: its interpreter's objects are gone
}

}  // namespace py::asyncio
