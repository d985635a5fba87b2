"""concurrent.futures without OS threads.

Future, the exceptions and the wait/as_completed constants are CPython's. There are no
threads here, so ThreadPoolExecutor runs each submitted call to completion inside submit()
(as a worker thread with the machine to itself would), and waiting on a future that is still
pending cannot succeed: nothing else could finish it, so result(), exception(), wait() and
as_completed() raise TimeoutError instead of blocking forever. asyncio's run_in_executor
schedules work on the event loop itself and does not use these executors' threads.
"""

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

    def _outcome(self):
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._state != _FINISHED:
            raise TimeoutError()  # nothing could finish it while we waited (no threads)

    def result(self, timeout=None):
        self._outcome()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._outcome()
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
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            for f in futures:
                yield f.result()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    """Runs each call inside submit() (see the module docstring)."""
    __module__ = "concurrent.futures.thread"
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        ThreadPoolExecutor._counter += 1
        self._max_workers = max_workers if max_workers is not None else 5
        self._thread_name_prefix = thread_name_prefix or f"ThreadPoolExecutor-{ThreadPoolExecutor._counter - 1}"
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        f = Future()
        f.set_running_or_notify_cancel()
        try:
            if not self._initialized and self._initializer is not None:
                self._initialized = True
                self._initializer(*self._initargs)
            result = fn(*args, **kwargs)
        except BaseException as e:
            f.set_exception(e)
        else:
            f.set_result(result)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True


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
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    fs = list(dict.fromkeys(fs))
    pending = [f for f in fs if not f.done()]
    for f in fs:
        if f.done():
            yield f
    if pending:
        raise TimeoutError(f"{len(pending)} (of {len(fs)}) futures unfinished")
