"""Shallow and deep copies: copy(x), deepcopy(x, memo) with __copy__/__deepcopy__/__reduce__ hooks."""

import builtins

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str, bytes, range,
           type, property, type(len), type(lambda: None)}
if hasattr(builtins, "complex"):  # aioplay's interpreter has no complex or bytearray yet
    _ATOMIC.add(builtins.complex)
_bytearray = getattr(builtins, "bytearray", None)


def _user_reduce(cls):
    """The class's own __reduce_ex__/__reduce__, when it defines one (object's is not used)."""
    for name in ("__reduce_ex__", "__reduce__"):
        method = getattr(cls, name, None)
        if method is not None and method is not getattr(object, name, None):
            return name
    return None


def _reduce(x, name):
    rv = getattr(x, name)(4) if name == "__reduce_ex__" else getattr(x, name)()
    if isinstance(rv, str):
        return None
    return rv


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, _bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    name = _user_reduce(cls)
    if name is not None:
        rv = _reduce(x, name)
        return x if rv is None else _reconstruct(x, None, *rv)
    return _copy_instance(x, cls, None)


def _copy_instance(x, cls, memo):
    """Copies an instance field by field: __dict__, __slots__, and built-in container contents."""
    deep = memo is not None
    y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        state = x.__getstate__()
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
        return y
    if isinstance(x, list):
        y.extend(deepcopy(v, memo) for v in x) if deep else y.extend(x)
    elif isinstance(x, dict):
        for k, v in x.items():
            y[deepcopy(k, memo) if deep else k] = deepcopy(v, memo) if deep else v
    elif isinstance(x, set):
        y.update(deepcopy(v, memo) for v in x) if deep else y.update(x)
    state = getattr(x, "__dict__", None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    for klass in cls.__mro__:
        slots = getattr(klass, "__slots__", ())
        for slot in (slots,) if isinstance(slots, str) else slots:
            if slot in ("__dict__", "__weakref__") or not hasattr(x, slot):
                continue
            value = getattr(x, slot)
            object.__setattr__(y, slot, deepcopy(value, memo) if deep else value)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:  # a cycle through a mutable member already built the copy
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is _bytearray:
        y = _bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            name = _user_reduce(cls)
            if name is not None:
                rv = _reduce(x, name)
                y = x if rv is None else _reconstruct(x, memo, *rv)
            else:
                y = _copy_instance(x, cls, memo)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)  # keep x alive so its id is not reused
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(a, memo) for a in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
