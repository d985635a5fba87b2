"""Introspection helpers: is* predicates, generator/coroutine states, getmembers, cleandoc, unwrap."""
import sys
import types

__all__ = ["isclass", "ismodule", "isfunction", "ismethod", "isbuiltin", "isroutine",
           "isgeneratorfunction", "iscoroutinefunction", "isasyncgenfunction", "isgenerator",
           "iscoroutine", "isasyncgen", "isawaitable", "isabstract", "getmembers", "getmro",
           "getdoc", "cleandoc", "unwrap", "getgeneratorstate", "getcoroutinestate",
           "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED", "CORO_CREATED",
           "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED"]

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def _unwrap_partial(func):
    while True:
        if ismethod(func):
            func = func.__func__
        elif type(func).__name__ == "partial" and hasattr(func, "func"):
            func = func.func
        else:
            return func


def _has_code_flag(obj, flag):
    obj = _unwrap_partial(obj)
    return isfunction(obj) and bool(obj.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    return (isinstance(obj, types.CoroutineType) or hasattr(type(obj), "__await__")
            or (isinstance(obj, types.GeneratorType)
                and bool(obj.gi_code.co_flags & CO_ITERABLE_COROUTINE)))


def isabstract(obj):
    return isinstance(obj, type) and bool(getattr(obj, "__abstractmethods__", False))


def getmro(cls):
    return cls.__mro__


def getmembers(obj, predicate=None):
    results = []
    for key in dir(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    """Strips a docstring's indentation the way help() shows it."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def unwrap(func, *, stop=None):
    """Follows __wrapped__ links (set by functools.wraps) to the innermost function."""
    seen = {id(func)}
    while hasattr(func, "__wrapped__") and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError(f"wrapper loop when unwrapping {func!r}")
        seen.add(id(func))
    return func


GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"
CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if not generator.gi_frame:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if not coroutine.cr_frame:
        return CORO_CLOSED
    return CORO_CREATED
