"""concurrent.futures on green threads (there are no OS threads here).

Future, the exceptions and the wait/as_completed constants are CPython's. ThreadPoolExecutor's
workers are green threads (_green_thread): each runs its work items' frames step by step, a
time.sleep inside suspending only that worker. Steps run when a thread would get the
interpreter: from the running asyncio loop's callbacks (the loop would be idle in select),
and while the main thread blocks -- in Future.result(), wait(), as_completed(), shutdown()
and time.sleep(). Waiting for a future that nothing scheduled can finish raises TimeoutError
instead of blocking forever.
"""

import _green_thread
import heapq
import sys
import time

__all__ = ("FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
           "BrokenExecutor", "Future", "Executor", "wait", "as_completed", "ThreadPoolExecutor")

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING, _RUNNING, _CANCELLED, _FINISHED = "PENDING", "RUNNING", "CANCELLED", "FINISHED"
_BASE = "concurrent.futures._base"


class Error(Exception):
    """Base class for all future-related exceptions."""
    __module__ = _BASE


class CancelledError(Error):
    """The Future was cancelled."""
    __module__ = _BASE


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    __module__ = _BASE


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""
    __module__ = _BASE


class Future:
    """The result of a call that may not have finished yet."""
    __module__ = _BASE

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []

    def __repr__(self):
        where = f"<Future at 0x{id(self):x} state={self._state.lower()}"
        if self._state == _FINISHED:
            if self._exception is not None:
                return f"{where} raised {type(self._exception).__name__}>"
            return f"{where} returned {type(self._result).__name__}>"
        return where + ">"

    def _invoke_callbacks(self):
        for fn in self._callbacks:
            try:
                fn(self)
            except Exception as e:
                print(f"exception calling callback for {self!r}: {e!r}")

    def cancel(self):
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state == _CANCELLED:
            return True
        self._state = _CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _FINISHED)

    def add_done_callback(self, fn):
        if not self.done():
            self._callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception as e:
            print(f"exception calling callback for {self!r}: {e!r}")

    def _outcome(self, timeout):
        if not self.done():
            _block_until(self.done, timeout, (self,))
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._state != _FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        self._outcome(timeout)
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._outcome(timeout)
        return self._exception

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        if self._state in (_CANCELLED, _FINISHED):
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._result = result
        self._state = _FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in (_CANCELLED, _FINISHED):
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._exception = exception
        self._state = _FINISHED
        self._invoke_callbacks()

    def __class_getitem__(cls, item):
        return cls


class Executor:
    """Base class of executors."""
    __module__ = _BASE

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        end_time = None if timeout is None else timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if end_time is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


# ---- green threads ---------------------------------------------------------------------------
# _scheduled holds (when, seq, worker): the workers to step at clock time `when` (the time
# module's monotonic clock, which is the asyncio loop's). Only a worker's latest entry
# (seq == worker._seq) counts; an earlier one is left behind when a parked worker is woken.

_scheduled = []
_seq = 0
_stepping = None   # the worker whose step is running
_loop_beneath = None  # the loop running beneath the outermost step (the thread sees none)
_PARK = 1e9        # a waiting thread's sleep: until what it waits for wakes it


def _running_loop():
    """The event loop that the main thread is running, also while a green thread steps."""
    if _stepping is not None:
        return _loop_beneath
    asyncio = sys.modules.get('asyncio')
    return asyncio._get_running_loop() if asyncio is not None else None


def _current_worker():
    """The worker (thread) whose code is running, None in the main thread."""
    return _stepping


def _schedule(worker, delay):
    global _seq
    _seq += 1
    worker._seq = _seq
    if worker._timer is not None:
        worker._timer.cancel()
        worker._timer = None
    heapq.heappush(_scheduled, (time.monotonic() + delay, _seq, worker))
    _green_thread.set_sleep_hook(_main_sleep)
    loop = _running_loop()
    if loop is not None:
        # The loop's own callback order decides when a woken thread gets the interpreter.
        if delay > 0:
            worker._timer = loop.call_later(delay, _run_due)
        else:
            loop.call_soon(_run_due)


def _next_when():
    """When the next scheduled worker is due (None if none), dropping stale entries."""
    while _scheduled and _scheduled[0][1] != _scheduled[0][2]._seq:
        heapq.heappop(_scheduled)
    if not _scheduled:
        _green_thread.set_sleep_hook(None)
        return None
    return _scheduled[0][0]


def _run_next():
    worker = heapq.heappop(_scheduled)[2]
    worker._seq = None
    worker._timer = None
    _next_when()
    worker._run()


def _run_due():
    while not _green_thread.running():
        when = _next_when()
        if when is None or when > time.monotonic():
            return
        _run_next()


def _block_until(done, timeout=None, futures=()):
    """Blocks the calling thread until done() or the timeout; returns done(). The main
    thread runs the green threads due meanwhile; a green thread parks (sleeps) until one of
    `futures` completes, or polls when there are none."""
    deadline = None if timeout is None else time.monotonic() + max(timeout, 0)
    if _green_thread.running():
        return _park_until(done, deadline, futures)
    while not done():
        when = _next_when()
        now = time.monotonic()
        if when is None or (deadline is not None and when > deadline):
            if deadline is not None and deadline > now:
                _green_thread.sleep(float(deadline - now))
            return done()   # with nothing scheduled to finish it, it would block forever
        if when > now:
            _green_thread.sleep(float(when - now))
        _run_next()
    return True


def _park_until(done, deadline, futures):
    worker = _stepping
    if worker is None or done():
        return done()
    for f in futures:
        f.add_done_callback(worker._unpark)
    try:
        while not done():
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                break
            steps = worker._steps
            nap = _PARK if futures else 0.001
            worker._parked = True
            time.sleep(float(nap if deadline is None else min(nap, deadline - now)))
            worker._parked = False
            if worker._steps == steps:
                break   # the sleep could not suspend the thread (called through C++)
    finally:
        worker._parked = False
        for f in futures:
            if worker._unpark in f._callbacks:
                f._callbacks.remove(worker._unpark)
    return done()


def _main_sleep(secs):
    """time.sleep in the main thread while green threads are scheduled."""
    _block_until(lambda: False, secs)


def _python_exit():
    """At interpreter exit (_green_thread's exit hook), as CPython's threading atexit hook
    joins the executors' threads: the green threads run until none is scheduled. A thread
    parked on a future that nothing can finish any more would block CPython forever; it is
    left unfinished instead."""
    while True:
        when = _next_when()
        if when is None or _scheduled[0][2]._parked:
            return
        now = time.monotonic()
        if when > now:
            _green_thread.sleep(float(when - now))
        _run_next()


_green_thread.set_exit_hook(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


def _unwrap(fn, args, kwargs):
    """The Python function a work item really calls, so that its time.sleep calls are direct
    calls in the green thread's frames: partial(...) and Context.run(...) (both written in
    Python here, calling through C++) are applied by the worker itself."""
    ctx = None
    functools = sys.modules.get('functools')
    while functools is not None and type(fn) is functools.partial:
        args = fn.args + args
        kwargs = {**fn.keywords, **kwargs}
        fn = fn.func
    contextvars = sys.modules.get('contextvars')
    if (contextvars is not None and args and getattr(fn, '__func__', None) is contextvars.Context.run
            and isinstance(fn.__self__, contextvars.Context)):
        ctx = fn.__self__
        fn, args = args[0], args[1:]
        return _unwrap(fn, args, kwargs)[:3] + (ctx,)
    return fn, args, kwargs, ctx


class _Worker:
    """One worker thread of a ThreadPoolExecutor: takes work items until the queue is empty."""

    def __init__(self, executor, name):
        self._executor = executor
        self.name = name       # threading.current_thread().name inside it
        self._item = None      # the work item running
        self._thread = None    # its green thread
        self._ctx = None       # the context it runs in
        self._outcome = None   # (ok, value) of a call whose last step's time is not over yet
        self._own_ctx = None   # the worker's own context (a new thread's is empty)
        self._initialized = False
        self._seq = None       # its entry in _scheduled
        self._timer = None     # the loop's timer for that entry
        self._parked = False   # waiting in _park_until
        self._steps = 0

    def _unpark(self, future=None):
        if self._parked and self._seq is not None:
            _schedule(self, 0)

    def _context(self):
        if self._ctx is not None:
            return self._ctx
        contextvars = sys.modules.get('contextvars')
        if contextvars is None:
            return None
        if self._own_ctx is None:
            self._own_ctx = contextvars.Context()
        return self._own_ctx

    def _run(self):
        global _stepping, _loop_beneath
        executor = self._executor
        # A thread has no running event loop (get_running_loop() raises there, as in CPython):
        # the loop's running state is hidden while the thread's code runs.
        outer, outer_loop = _stepping, _loop_beneath
        asyncio = sys.modules.get('asyncio')
        if outer is None and asyncio is not None:
            _loop_beneath = asyncio._get_running_loop()
        _stepping = self
        if _loop_beneath is not None:
            asyncio._set_running_loop(None)
        try:
            self._steps_until_yield()
        finally:
            if _loop_beneath is not None and outer is None:
                asyncio._set_running_loop(_loop_beneath)
            _stepping, _loop_beneath = outer, outer_loop

    def _steps_until_yield(self):
        executor = self._executor
        while True:
            if self._outcome is not None:
                item, (ok, value) = self._item, self._outcome
                self._item = self._outcome = self._ctx = None
                if ok:
                    item.future.set_result(value)
                else:
                    item.future.set_exception(value)
                item = value = None
            if self._thread is None:
                if not self._initialized:
                    self._initialized = True
                    if not executor._initialize():
                        executor._worker_exit(self)
                        return
                item = executor._take()
                if item is None:
                    executor._worker_idle(self)
                    return
                if not item.future.set_running_or_notify_cancel():
                    continue
                fn, args, kwargs, self._ctx = _unwrap(item.fn, item.args, item.kwargs)
                self._item = item
                self._thread = _green_thread.GreenThread(fn, args, kwargs)
            ctx = self._context()
            if ctx is not None:
                sys.modules['contextvars']._enter(ctx)
            self._steps += 1
            try:
                done, value = self._thread.step()
                ok = True
            except BaseException as exc:
                done, value, ok = True, exc, False
            finally:
                if ctx is not None:
                    sys.modules['contextvars']._exit(ctx)
            delay = self._thread.delay()
            if done:
                self._thread = None
                self._outcome = (ok, value)
                value = None
            if not done or delay > 0:
                _schedule(self, delay)
                return


class BrokenThreadPool(BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""
    __module__ = "concurrent.futures.thread"


class ThreadPoolExecutor(Executor):
    """Runs the calls on up to max_workers green threads (see the module docstring)."""
    __module__ = "concurrent.futures.thread"
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            # CPython: min(32, (os.cpu_count() or 1) + 4); there is no CPU count to ask here.
            max_workers = 5
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        ThreadPoolExecutor._counter += 1
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix or f"ThreadPoolExecutor-{ThreadPoolExecutor._counter - 1}"
        self._initializer = initializer
        self._initargs = initargs
        self._queue = []
        self._workers = []     # every worker started and not exited
        self._threads_started = 0
        self._idle = []        # workers waiting for an item
        self._broken = False
        self._shutdown = False
        self._on_exit = []     # callbacks once shut down and every worker has exited

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        f = Future()
        self._queue.append(_WorkItem(f, fn, args, kwargs))
        if self._idle:
            _schedule(self._idle.pop(0), 0)
        elif len(self._workers) < self._max_workers:
            worker = _Worker(self, f"{self._thread_name_prefix}_{self._threads_started}")
            self._threads_started += 1
            self._workers.append(worker)
            _schedule(worker, 0)
        return f

    def _initialize(self):
        if self._initializer is None:
            return True
        try:
            self._initializer(*self._initargs)
        except BaseException as exc:
            print("Exception in initializer:", file=sys.stderr)
            sys.modules['traceback'].print_exception(exc) if 'traceback' in sys.modules else None
            self._broken = ('A thread initializer failed, the thread pool is not usable anymore')
            for item in self._queue:
                item.future.set_exception(BrokenThreadPool(self._broken))
            self._queue.clear()
            return False
        return True

    def _take(self):
        if self._queue:
            return self._queue.pop(0)
        return None

    def _worker_idle(self, worker):
        if self._shutdown:
            self._worker_exit(worker)
        else:
            self._idle.append(worker)

    def _worker_exit(self, worker):
        if worker in self._workers:
            self._workers.remove(worker)
        if worker in self._idle:
            self._idle.remove(worker)
        if self._shutdown and not self._workers:
            callbacks, self._on_exit = self._on_exit, []
            for fn in callbacks:
                fn()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            for item in self._queue:
                item.future.cancel()
            self._queue.clear()
        for worker in list(self._idle):
            self._worker_exit(worker)
        if wait:
            _block_until(lambda: not self._workers)

    def _when_exited(self, fn):
        """fn() once shut down and every worker has exited (asyncio's shutdown_default_executor)."""
        if not self._workers:
            fn()
        else:
            self._on_exit.append(fn)


class DoneAndNotDoneFutures(tuple):
    """wait()'s result: (done, not_done)."""
    __module__ = _BASE

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return f"DoneAndNotDoneFutures(done={self[0]!r}, not_done={self[1]!r})"


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)

    def finished():
        done = [f for f in fs if f.done()]
        if return_when == FIRST_COMPLETED:
            return bool(done)
        if return_when == FIRST_EXCEPTION and any(
                not f.cancelled() and f._exception is not None for f in done):
            return True
        return len(done) == len(fs)
    _block_until(finished, timeout, fs)
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    end_time = None if timeout is None else timeout + time.monotonic()
    fs = list(dict.fromkeys(fs))
    total = len(fs)
    pending = [f for f in fs if not f.done()]
    order = []   # pending futures in the order they finish
    for f in pending:
        f.add_done_callback(order.append)
    try:
        for f in fs:
            if f.done() and f not in order:
                yield f
        while pending:
            remaining = None if end_time is None else end_time - time.monotonic()
            if not order and not _block_until(lambda: bool(order), remaining, pending):
                raise TimeoutError(f"{len(pending)} (of {total}) futures unfinished")
            while order:
                f = order.pop(0)
                pending.remove(f)
                yield f
    finally:
        for f in pending:
            if order.append in f._callbacks:
                f._callbacks.remove(order.append)
