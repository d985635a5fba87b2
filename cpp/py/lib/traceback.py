"""Printing and formatting exceptions as the interpreter does for an uncaught one.

The formatting itself is the interpreter's (CPython 3.11's layout: chained exceptions,
"Traceback (most recent call last):", File/line/function entries with source lines).
"""
import sys
from _asyncio import _format_exception  # the interpreter's formatter, exposed by _asyncio

__all__ = ["format_exc", "format_exception", "format_exception_only", "print_exc",
           "print_exception", "print_last"]

_sentinel = object()


def _exception(exc, value):
    if value is _sentinel:
        return exc if isinstance(exc, BaseException) else None
    return value


def _check_supported(limit, chain):
    if limit is not None or not chain:
        raise NotImplementedError("traceback: limit= and chain=False are not supported in aioplay")


def format_exception_only(exc, /, value=_sentinel):
    """The exception's last line(s): 'ValueError: message\\n'."""
    value = _exception(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    cls = type(value)
    name = cls.__qualname__
    if cls.__module__ not in ("builtins", "__main__"):
        name = f"{cls.__module__}.{name}"
    try:
        text = str(value)
    except Exception:
        text = "<exception str() failed>"
    lines = [f"{name}: {text}\n" if text else f"{name}\n"]
    for note in getattr(value, "__notes__", ()):
        lines.append(f"{note}\n")
    return lines


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception would write, as a list of strings ending in newlines."""
    _check_supported(limit, chain)
    value = _exception(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return _format_exception(value).splitlines(keepends=True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The traceback of the exception being handled, as one string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
