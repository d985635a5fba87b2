"""Context variables (PEP 567): ContextVar, Token, Context, copy_context.

A Context maps ContextVar objects to values. Exactly one context is current; Context.run()
makes another current for the length of a call (asyncio runs each step of a task, and each
callback, inside the context that was current when the task or callback was created).
ContextVar.set() changes only the current context; copies taken earlier keep their values.
"""

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_MISSING = object()


class Context:
    __module__ = "_contextvars"

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        _enter(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _exit(self)

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_current = Context()


def _enter(ctx):
    """Make ctx the current context, as Context.run does around its call. With _exit, for
    drivers that cannot wrap their work in one call (a native task resuming a coroutine)."""
    global _current
    if ctx._entered:
        raise RuntimeError(f"cannot enter context: {ctx!r} is already entered")
    ctx._prev = _current
    ctx._entered = True
    _current = ctx


def _exit(ctx):
    """Restore the context that was current before _enter(ctx)."""
    global _current
    _current = ctx._prev
    ctx._prev = None
    ctx._entered = False


def copy_context():
    return _current.copy()


class ContextVar:
    __module__ = "_contextvars"

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        try:
            return _current._data[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        data = dict(ctx._data)  # copy on write: contexts copied earlier keep their mapping
        old = data.get(self, Token.MISSING)
        data[self] = value
        ctx._data = data
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        data = dict(ctx._data)
        if token._old is Token.MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        ctx._data = data
        token._used = True

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        default = "" if self._default is _MISSING else f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"


class Token:
    __module__ = "_contextvars"
    MISSING = type("Token.MISSING", (), {"__repr__": lambda self: "<Token.MISSING>"})()

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"
