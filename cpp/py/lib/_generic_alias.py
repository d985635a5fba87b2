"""types.GenericAlias (list[int]) and types.UnionType (int | str).

The built-in types reach these through native code (generic_alias.cpp): their
__class_getitem__ builds a GenericAlias and type.__or__ calls _union_or.
"""

_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _unpack_params(args):
    params = []
    for a in args:
        for p in getattr(a, "__parameters__", ()) if not isinstance(a, type) else ():
            if p not in params:
                params.append(p)
        if type(a).__name__ in ("TypeVar", "ParamSpec") and a not in params:
            params.append(a)
    return tuple(params)


class GenericAlias:
    """Represent a PEP 585 generic type, e.g. list[int]."""
    __module__ = "types"

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _unpack_params(args)

    def __repr__(self):
        if len(self.__args__) == 0:
            args = "()"
        else:
            args = ", ".join(_type_repr(a) if not isinstance(a, list) else "[" + ", ".join(_type_repr(x) for x in a) + "]"
                             for a in self.__args__)
        return f"{_type_repr(self.__origin__)}[{args}]"

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __getitem__(self, item):
        if not self.__parameters__:
            raise TypeError(f"{self!r} is not a generic class")
        if not isinstance(item, tuple):
            item = (item,)
        if len(item) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(item) > len(self.__parameters__) else 'few'} arguments for {self!r}; "
                            f"actual {len(item)}, expected {len(self.__parameters__)}")
        subst = dict(zip(self.__parameters__, item))
        return GenericAlias(self.__origin__, tuple(subst.get(a, a) for a in self.__args__))

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType)) or \
        type(obj).__name__ in ("TypeVar", "ParamSpec")


def _union_or(a, b):
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        for y in (x.__args__ if isinstance(x, UnionType) else (x,)):
            y = _NoneType if y is None else y
            if y not in args:
                args.append(y)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class UnionType:
    """Represent a PEP 604 union type, e.g. int | str."""
    __module__ = "types"

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = _unpack_params(args)

    def __repr__(self):
        return " | ".join("None" if a is _NoneType else _type_repr(a) for a in self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return issubclass(cls, self.__args__)

    def __getitem__(self, item):
        if not self.__parameters__:
            raise TypeError(f"{self!r} is not a generic class")
        if not isinstance(item, tuple):
            item = (item,)
        subst = dict(zip(self.__parameters__, item))
        result = None
        for a in self.__args__:
            a = subst.get(a, a)
            result = a if result is None else result | a
        return result
