"""Names for the interpreter's built-in types, SimpleNamespace, and dynamic class creation."""
import sys

__all__ = ["FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace",
           "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType",
           "BuiltinFunctionType", "BuiltinMethodType", "ModuleType", "TracebackType", "FrameType",
           "GenericAlias", "UnionType", "EllipsisType", "NoneType", "NotImplementedType",
           "new_class", "resolve_bases", "prepare_class", "coroutine", "CellType"]


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
ModuleType = type(sys)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
MappingProxyType = type(type.__dict__)
# aioplay's interpreter does not implement list[int] and int | str yet.
try:
    GenericAlias = type(list[int])
except TypeError:
    pass
try:
    UnionType = type(int | str)
except TypeError:
    pass


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    if hasattr(exc.__traceback__, "tb_frame"):  # not exposed by aioplay's interpreter yet
        FrameType = type(exc.__traceback__.tb_frame)
    del exc

del sys, _f, _g, _c, _ag, _C, _cell_factory


class SimpleNamespace:
    """An object whose attributes are its keyword arguments; printed as namespace(a=1, b=2)."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return f"{name}(...)"
        _repr_running.add(key)
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_repr_running = set()


class _MappingProxy:
    """Read-only view of a mapping (used while the interpreter's mappingproxy cannot be built)."""
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__") \
                or isinstance(mapping, (list, tuple)):
            raise TypeError(f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
        object.__setattr__(self, "_mapping", mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __repr__(self):
        return f"mappingproxy({self._mapping!r})"

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute {name!r}")

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()


try:
    MappingProxyType({})
except TypeError:
    MappingProxyType = _MappingProxy
    _MappingProxy.__name__ = _MappingProxy.__qualname__ = "mappingproxy"


def resolve_bases(bases):
    """Replaces bases that define __mro_entries__ with the classes it returns."""
    new_bases = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, "__mro_entries__"):
            new_bases.append(base)
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases.extend(entries)
    return tuple(new_bases) if changed else bases


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop("metaclass", type(bases[0]) if bases else type)
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as the class statement would, running exec_body(ns) for its body."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


class _GeneratorWrapper:
    """A generator that `await` accepts: __await__ hands the generator itself to the awaiter."""

    def __init__(self, gen):
        self._gen = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()

    def __next__(self):
        return next(self._gen)

    def __iter__(self):
        return self._gen

    __await__ = __iter__

    @property
    def gi_running(self):
        return self._gen.gi_running

    @property
    def gi_frame(self):
        return self._gen.gi_frame


def coroutine(func):
    """Makes a generator function usable with `await` (generator-based coroutines)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is GeneratorType:
            return _GeneratorWrapper(result)
        return result
    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        if hasattr(func, attr):
            setattr(wrapped, attr, getattr(func, attr))
    wrapped.__wrapped__ = func
    return wrapped
