"""asyncio for aioplay: CPython 3.11's asyncio semantics over the aio event loop.

The ready queue, the timer heap and the clock are the C++ loop's (module _asyncio):
call_soon/call_at hand Python callbacks to it and run_forever iterates it. Futures, Tasks
and everything built on them follow CPython 3.11: done-callbacks are scheduled with
call_soon in registration order and a Task steps its coroutine with send()/throw(),
registering on the future the coroutine yields, so programs interleave exactly as under
CPython.
"""

import _asyncio
import sys

__all__ = (
    "BaseEventLoop", "AbstractEventLoop", "Handle", "TimerHandle", "get_event_loop",
    "get_running_loop", "new_event_loop", "set_event_loop", "CancelledError",
    "InvalidStateError", "TimeoutError", "QueueEmpty", "QueueFull", "Future", "Task", "run",
    "Runner", "sleep", "create_task", "ensure_future", "gather", "wait", "wait_for",
    "as_completed", "shield", "timeout", "timeout_at", "Timeout", "TaskGroup", "current_task",
    "all_tasks", "iscoroutine", "iscoroutinefunction", "isfuture", "to_thread",
    "run_coroutine_threadsafe", "wrap_future", "Event", "Lock", "Semaphore", "BoundedSemaphore", "Condition", "Queue", "LifoQueue",
    "PriorityQueue", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
)

Handle = _asyncio.Handle
TimerHandle = _asyncio.TimerHandle
_call_soon = _asyncio.call_soon
_call_at = _asyncio.call_at
_tracing = _asyncio.tracing


# ---- exceptions ------------------------------------------------------------------------------

class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = "asyncio.exceptions"


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = "asyncio.exceptions"


class SendfileNotAvailableError(RuntimeError):
    __module__ = "asyncio.exceptions"


class IncompleteReadError(EOFError):
    __module__ = "asyncio.exceptions"

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    __module__ = "asyncio.exceptions"

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = "asyncio.queues"


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    __module__ = "asyncio.queues"


# ---- coroutines ------------------------------------------------------------------------------

async def _probe():
    pass


_p = _probe()
_CoroutineType = type(_p)
_p.close()
del _p

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


def _gen():
    yield


_GeneratorType = type(_gen())
_COROUTINE_TYPES = (_CoroutineType, _GeneratorType)  # generators: legacy coroutines, as 3.11


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return type(obj) is _CoroutineType or isinstance(obj, _COROUTINE_TYPES)


_is_coroutine = object()


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (async def, or marked as one)."""
    if getattr(func, "_is_coroutine", None) is _is_coroutine:
        return True
    while True:
        if hasattr(func, "__func__"):
            func = func.__func__
        elif hasattr(func, "func") and hasattr(func, "args") and hasattr(func, "keywords"):
            func = func.func  # functools.partial
        else:
            break
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)


def isfuture(obj):
    return getattr(type(obj), "_asyncio_future_blocking", None) is not None and \
        obj._asyncio_future_blocking is not None


def _isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), "__await__")


# ---- reprs (asyncio.format_helpers / base_futures / base_tasks) --------------------------

def _reprlib(obj):
    """reprlib.repr as asyncio uses it: long reprs shortened to 30 characters."""
    if isinstance(obj, str):
        r = repr(obj)
        if len(r) > 30:
            i = max(0, (30 - 3) // 2)
            j = max(0, 30 - 3 - i)
            r = repr(obj[:i] + obj[len(obj) - j:])
            r = r[:i] + '...' + r[len(r) - j:]
        return r
    if isinstance(obj, (list, tuple, dict, set, frozenset)) and len(obj) > 6:
        if isinstance(obj, list):
            return '[' + ', '.join(_reprlib(x) for x in obj[:6]) + ', ...]'
        if isinstance(obj, tuple):
            return '(' + ', '.join(_reprlib(x) for x in obj[:6]) + ', ...)'
    r = repr(obj)
    if len(r) > 20 and isinstance(obj, int) and not isinstance(obj, bool):
        i = max(0, (20 - 3) // 2)
        j = max(0, 20 - 3 - i)
        r = r[:i] + '...' + r[len(r) - j:]
    return r


def _function_source(func):
    while hasattr(func, "__wrapped__"):
        func = func.__wrapped__
    code = getattr(func, "__code__", None)
    if code is not None:
        return code.co_filename, code.co_firstlineno
    return None


def _format_args(args):
    return '(' + ', '.join(_reprlib(a) for a in args) + ')' if args is not None else ''


def _format_callable(func):
    if hasattr(func, '__qualname__') and func.__qualname__:
        return func.__qualname__
    if hasattr(func, '__name__') and func.__name__:
        return func.__name__
    return repr(func)


def _format_callback(func, args, suffix=''):
    if getattr(func, "_asyncio_wakeup", False):
        return 'Task.task_wakeup' + _format_args(args) + suffix
    return _format_callable(func) + _format_args(args) + suffix


def _format_callback_source(func, args):
    s = _format_callback(func, args)
    src = _function_source(func)
    if src:
        s += f' at {src[0]}:{src[1]}'
    return s


def _handle_repr(h):
    info = [type(h).__name__]
    if h.cancelled():
        info.append('cancelled')
    if isinstance(h, TimerHandle):
        info.append(f'when={h._when}')
    if h._callback is not None:
        info.append(_format_callback_source(h._callback, h._args))
    return '<{}>'.format(' '.join(info))


def _format_cb_for_future(cb):
    if getattr(cb, "_asyncio_wakeup", False):
        return 'Task.task_wakeup()'
    return _format_callback_source(cb, ())


def _format_callbacks(cb):
    size = len(cb)
    if not size:
        return ''
    if size == 1:
        s = _format_cb_for_future(cb[0])
    elif size == 2:
        s = '{}, {}'.format(_format_cb_for_future(cb[0]), _format_cb_for_future(cb[1]))
    else:
        s = '{}, <{} more>, {}'.format(_format_cb_for_future(cb[0]), size - 2,
                                       _format_cb_for_future(cb[-1]))
    return f'cb=[{s}]'


def _format_coroutine(coro, code=None):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    name = f'{name}()'
    if code is None:
        code = getattr(coro, 'cr_code', None)
    frame = getattr(coro, 'cr_frame', None)
    if code is None:
        return name
    if frame:
        lineno = _asyncio._coro_line(coro) or code.co_firstlineno
        return f'{name} running at {code.co_filename}:{lineno}'
    return f'{name} done, defined at {code.co_filename}:{code.co_firstlineno}'


# ---- Future ------------------------------------------------------------------------------------

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


Future = _asyncio.Future      # native (modules/asyncio_task.cpp); subclassable
Task = _asyncio.Task


def _future_repr(fut):
    """repr of a Future or Task (base_futures / base_tasks _repr_info)."""
    info = [fut._state.lower()]
    if fut._state == _FINISHED:
        if fut._exception is not None:
            info.append(f'exception={fut._exception!r}')
        else:
            info.append(f'result={_reprlib(fut._result)}')
    if fut._callbacks:
        info.append(_format_callbacks(fut._callbacks))
    if isinstance(fut, Task):
        if fut._num_cancels_requested and not fut.done():
            info[0] = 'cancelling'
        info.insert(1, f'name={fut.get_name()!r}')
        info.insert(2, f'coro=<{_format_coroutine(fut._coro, fut._code)}>')
        if fut._fut_waiter is not None:
            info.insert(3, f'wait_for={fut._fut_waiter!r}')
    return '<{} {}>'.format(type(fut).__name__, ' '.join(info))


def _arm_log(fut):
    """The guard that logs "... exception was never retrieved" if fut dies unretrieved."""
    name = 'Task' if isinstance(fut, Task) else 'Future'
    return _asyncio._LogGuard(fut._loop, {
        'message': f'{name} exception was never retrieved',
        'exception': fut._exception,
        'future': _Repr(repr(fut)),
    })


class _Repr:
    """A value whose repr was taken when the logged object was still alive."""
    __slots__ = ('text',)

    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    if fut._state == _PENDING:
        fut.set_result(result)


def _convert_future_exc(exc):
    import concurrent.futures
    exc_class = type(exc)
    if exc_class is concurrent.futures.CancelledError:
        return CancelledError(*exc.args)
    elif exc_class is concurrent.futures.InvalidStateError:
        return InvalidStateError(*exc.args)
    return exc


def _copy_future_state(source, dest):
    # source is done; dest (pending or cancelled) takes its outcome.
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            dest.set_result(source.result())


def _set_concurrent_future_state(concurrent, source):
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        concurrent.set_result(source.result())


def _chain_future(source, destination):
    """Makes destination follow source's outcome; cancelling destination cancels source."""
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if destination.cancelled() and dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    import concurrent.futures
    if isfuture(future):
        return future
    if not isinstance(future, concurrent.futures.Future):
        raise AssertionError(f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


# ---- Task ----------------------------------------------------------------------------------------

def _describe_wait(fut, coro):
    """What the trace shows a task waiting on: sleep(2), Queue.get, Task-3, ..."""
    line = ''
    frame = getattr(coro, 'cr_frame', None)
    while frame:
        lineno = getattr(frame, 'f_lineno', None)  # the core's cr_frame may lack it
        line = f' (line {lineno})' if lineno is not None else ''
        inner = getattr(coro, 'cr_await', None)
        if inner is None or not iscoroutine(inner):
            break
        coro = inner
        frame = getattr(coro, 'cr_frame', None)
    if fut is None:
        return 'sleep(0)' + line
    label = getattr(fut, '_trace_label', None)
    if label is not None:
        return label + line
    if isinstance(fut, Task):
        return fut._name + line
    return type(fut).__name__ + line


current_task = _asyncio.current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _asyncio._tasks() if t._loop is loop and not t.done()}


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    return loop.create_task(coro, name=name, context=context)


def ensure_future(coro_or_future, *, loop=None):
    if type(coro_or_future) is _CoroutineType:  # the common case, first (no future is one)
        if loop is None:
            loop = _get_event_loop()
        try:
            return loop.create_task(coro_or_future)
        except RuntimeError:
            coro_or_future.close()
            raise
    if isfuture(coro_or_future):
        if loop is not None and loop is not _get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not iscoroutine(coro_or_future):
        if _isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = _get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


_yield_once = _asyncio._yield_once
_sleep_future = _asyncio._sleep_future


async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await _yield_once()
        return result
    # The future's timer is cancelled with it (Task.cancel cancels what the task waits on).
    return await _sleep_future(delay, result)


# ---- gather / shield / wait / wait_for / as_completed -------------------------------------------

class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False
        self._trace_label = 'gather'

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = _get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            _asyncio._gather_results(children, results)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    plain_loop = False  # the built-in create_task, no task factory: Task() made directly
    for arg in coros_or_futures:
        # Keyed by id: a coroutine hashes by identity anyway (and the core's coroutine
        # hash is slow to spread in dicts).
        key = id(arg)
        if key not in arg_to_fut:
            if plain_loop and type(arg) is _CoroutineType:
                fut = Task(arg, loop=loop)  # ensure_future(arg, loop=loop), inlined
            else:
                fut = ensure_future(arg, loop=loop)
                if loop is None:
                    loop = _get_loop(fut)
                    plain_loop = type(loop).create_task is BaseEventLoop.create_task and \
                        loop._task_factory is None
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[key] = fut  # arg itself stays alive in coros_or_futures: its id too
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[key]
        children.append(fut)
    results = [None] * len(children)  # filled in by the last _done_callback
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = _get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


class _Releaser:
    """functools.partial(_release_waiter, waiter), comparable for remove_done_callback."""
    __slots__ = ('waiter',)

    def __init__(self, waiter):
        self.waiter = waiter

    def __call__(self, *args):
        if not self.waiter.done():
            self.waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = _Releaser(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _Releaser(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = _get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# ---- timeouts ----------------------------------------------------------------------------------

class _TimeoutState:
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value


_CREATED = _TimeoutState("created")
_ENTERED = _TimeoutState("active")
_EXPIRING = _TimeoutState("expiring")
_EXPIRED = _TimeoutState("expired")
_EXITED = _TimeoutState("finished")


class Timeout:
    """Asynchronous context manager for cancelling overdue coroutines."""

    def __init__(self, when):
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        assert self._state is not _CREATED
        if self._state is not _ENTERED:
            raise RuntimeError(f"Cannot change state of {self._state.value} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state is _EXPIRING or self._state is _EXPIRED

    def __repr__(self):
        info = ['']
        if self._state is _ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        return f"<Timeout [{self._state.value}]{' '.join(info)}>"

    async def __aenter__(self):
        self._state = _ENTERED
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state is _ENTERED or self._state is _EXPIRING
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _EXPIRING:
            self._state = _EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                # CPython calls __aexit__ while handling exc_val, so it is also the context.
                err = TimeoutError()
                err.__context__ = exc_val
                raise err from exc_val
        elif self._state is _ENTERED:
            self._state = _EXITED
        return None

    def _on_timeout(self):
        assert self._state is _ENTERED
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None


Timeout.__module__ = "asyncio.timeouts"


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# ---- TaskGroup -------------------------------------------------------------------------------

class TaskGroup:
    """Asynchronous context manager that waits for its tasks; one failure cancels the rest."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f'<TaskGroup{" ".join(info)}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                group = ExceptionGroup if all(isinstance(e, Exception) for e in self._errors) \
                    else BaseExceptionGroup
                me = group('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro, name=name, context=context)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


TaskGroup.__module__ = "asyncio.taskgroups"


# ---- the event loop ------------------------------------------------------------------------------

def _report_callback_error(handle, exc):
    handle._loop.call_exception_handler({
        'message': f'Exception in callback {_format_callback_source(handle._callback, handle._args) if handle._callback is not None else handle!r}',
        'exception': exc,
        'handle': handle,
    })


_asyncio._set_hooks(_report_callback_error, _handle_repr)
def _task_destroyed(task, alive):
    task._loop.call_exception_handler({
        'task': task if alive else _Repr(repr(task)),
        'message': 'Task was destroyed but it is pending!',
    })


_asyncio._set_task_hooks(CancelledError, InvalidStateError, _future_repr, _arm_log, _describe_wait,
                         lambda: _get_event_loop(), _task_destroyed)


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._closed = False
        self._stopping = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._task_factory = None
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self._default_executor = None

    def __repr__(self):
        return f'<{type(self).__name__} running={self.is_running()} closed={self._closed} debug={self._debug}>'

    def time(self):
        return _asyncio.time()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        self._check_callback(callback, 'call_soon')
        return _call_soon(self, callback, args)

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(_asyncio.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        self._check_callback(callback, 'call_at')
        return _call_at(self, when, callback, args)

    def _check_callback(self, callback, method):
        if iscoroutine(callback) or iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._task_factory is None:
            return Task(coro, loop=self, name=name, context=context)
        task = self._task_factory(self, coro) if context is None else \
            self._task_factory(self, coro, context=context)
        _set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._running = True
        _set_running_loop(self)
        old_agen_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            while True:
                stopped = _asyncio.run_forever()
                if stopped or self._stopping:
                    break
                # Nothing left to run and no timer: CPython would block forever here.
                self._stopping = False
                raise RuntimeError('Event loop stopped before Future completed.')
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True
        _asyncio.stop()

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        _asyncio._drop_sleep_timers(self)
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def _asyncgen_finalizer_hook(self, agen):
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(
                f"asynchronous generator {agen!r} was scheduled after "
                f"loop.shutdown_asyncgens() call",
                ResourceWarning, source=self)

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        closing_agens = _asyncio._asyncgens(self._asyncgen_finalizer_hook)
        if not closing_agens:
            return
        results = await gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    def _check_default_executor(self):
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        # CPython joins the executor from a helper thread that then completes this future.
        future = self.create_future()
        executor = self._default_executor
        executor.shutdown(wait=False)

        def exited():
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        executor._when_exited(exited)
        await future

    def run_in_executor(self, executor, func, *args):
        import concurrent.futures
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            log_lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(log_lines) + '\n'
        if exception is not None:
            text += _asyncio._format_exception(exception)
        _asyncio._write_err(text)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                _asyncio._write_err('Exception in default exception handler\n')
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    _asyncio._write_err('Exception in default exception handler\n')


BaseEventLoop.__module__ = "asyncio.base_events"


class _UnixSelectorEventLoop(BaseEventLoop):
    pass


_UnixSelectorEventLoop.__module__ = "asyncio.unix_events"
SelectorEventLoop = _UnixSelectorEventLoop
EventLoop = _UnixSelectorEventLoop


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    _get_loop(fut).stop()


_event_loop = None
_event_loop_set = False


get_running_loop = _asyncio.get_running_loop
_get_running_loop = _asyncio._get_running_loop
_set_running_loop = _asyncio._set_running_loop


def _get_event_loop(stacklevel=3):
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def get_event_loop():
    return _get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


class AbstractEventLoopPolicy:
    pass


def _current_thread():
    """The green thread (concurrent.futures' worker) whose code is running; None in the
    main thread."""
    futures = sys.modules.get('concurrent.futures')
    return futures._current_worker() if futures is not None else None


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The loop set per thread, as CPython's thread-local one: the main thread's here, each
    green thread's in _threads (only the main thread gets a loop made on demand)."""

    def __init__(self):
        self._loop = None
        self._set_called = False
        self._threads = {}   # worker -> (loop, set_called)

    def get_event_loop(self):
        thread = _current_thread()
        if thread is not None:
            loop = self._threads.get(thread, (None, False))[0]
            if loop is None:
                raise RuntimeError('There is no current event loop in thread %r.' % thread.name)
            return loop
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.' % 'MainThread')
        return self._loop

    def set_event_loop(self, loop):
        thread = _current_thread()
        if thread is not None:
            self._threads[thread] = (loop, True)
            return
        self._set_called = True
        self._loop = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    _policy = policy


# ---- runners -----------------------------------------------------------------------------------

class Runner:
    """A context manager that runs coroutines on one event loop (asyncio.Runner, 3.11)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._interrupt_count = 0
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        self._interrupt_count = 0
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'initialized'


def run(main, *, debug=None):
    """Execute the coroutine and return the result."""
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = [t for t in _asyncio._tasks() if t._loop is loop and not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


# ---- threads ---------------------------------------------------------------------------------

def run_coroutine_threadsafe(coro, loop):
    """Submits a coroutine to the given event loop (from another thread); returns a
    concurrent.futures.Future for its result."""
    import concurrent.futures
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def callback():
        try:
            _chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in the default executor, in a copy of the current
    context, and returns its result (a green thread here: see concurrent.futures)."""
    import functools
    loop = get_running_loop()
    contextvars = sys.modules.get('contextvars')
    if contextvars is not None:  # not imported: no context to carry over
        func_call = functools.partial(contextvars.copy_context().run, func, *args, **kwargs)
    else:
        func_call = functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)


# ---- synchronisation primitives -------------------------------------------------------------------

class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class _LoopBound:
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


def _deque():
    from collections import deque
    return deque()


class Lock(_ContextManagerMixin, _LoopBound):
    """Primitive lock; FIFO hand-off to waiters as in CPython."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Lock object [{extra}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        if _tracing:
            fut._trace_label = 'Lock.acquire'
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBound):
    """Asynchronous equivalent to threading.Event."""

    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Event object [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        if _tracing:
            fut._trace_label = 'Event.wait'
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBound):
    """Asynchronous equivalent to threading.Condition."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Condition object [{extra}]>'

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            if _tracing:
                fut._trace_label = 'Condition.wait'
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBound):
    """A counter of release() calls minus acquire() calls, plus an initial value."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.{type(self).__name__} object [{extra}]>'

    def locked(self):
        return self._value == 0 or (any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        if _tracing:
            fut._trace_label = 'Semaphore.acquire'
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore that raises ValueError when released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Barrier(_LoopBound):
    pass


# ---- queues -------------------------------------------------------------------------------------

class Queue(_LoopBound):
    """A FIFO queue (asyncio.Queue, CPython 3.11 wake-up order)."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    __class_getitem__ = classmethod(lambda cls, item: cls)

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        op = _queue_put(self, item)  # this body in C++ (modules/asyncio_queue.cpp), or None
        if op is not None:
            return await op
        while self.full():
            putter = self._get_loop().create_future()
            if _tracing:
                putter._trace_label = 'Queue.put'
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished._value = False  # Event.clear(), inlined (hot path)
        self._wakeup_next(self._getters)

    async def get(self):
        op = _queue_get(self)  # this body in C++ (modules/asyncio_queue.cpp), or None
        if op is not None:
            return await op
        while self.empty():
            getter = self._get_loop().create_future()
            if _tracing:
                getter._trace_label = 'Queue.get'
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


_queue_get = _asyncio._queue_get
_queue_put = _asyncio._queue_put
_asyncio._queue_setup(Queue, BaseEventLoop.create_future)


class PriorityQueue(Queue):
    """A Queue that retrieves entries in priority order (lowest first)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        import heapq
        heapq.heappush(self._queue, item)

    def _get(self):
        import heapq
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that retrieves the most recently added entries first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


for _cls in (Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier):
    _cls.__module__ = "asyncio.locks"
for _cls in (Queue, PriorityQueue, LifoQueue):
    _cls.__module__ = "asyncio.queues"
del _cls
