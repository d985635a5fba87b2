"""Type hints: the names programs use in annotations, subscriptable, with CPython's reprs.

Type checking is not done at run time; these objects only need to be built, compared,
printed and (for Generic, Protocol, NamedTuple, TypedDict) subclassed.
"""
import sys

__all__ = ["Any", "Callable", "ClassVar", "Final", "Generic", "Literal", "Optional", "Protocol",
           "Tuple", "Type", "TypeVar", "Union", "AbstractSet", "ByteString", "Container",
           "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping", "MappingView",
           "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView",
           "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine", "Collection",
           "AsyncGenerator", "Reversible", "SupportsInt", "SupportsFloat", "SupportsIndex",
           "SupportsAbs", "SupportsRound", "ChainMap", "Counter", "Deque", "Dict", "DefaultDict",
           "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple", "TypedDict", "Generator",
           "AnyStr", "cast", "final", "get_args", "get_origin", "get_type_hints", "NewType",
           "no_type_check", "overload", "runtime_checkable", "Text", "TYPE_CHECKING", "NoReturn",
           "Never", "Self", "LiteralString", "Annotated", "TypeAlias", "ParamSpec", "Concatenate",
           "TypeGuard", "assert_never", "reveal_type", "Required", "NotRequired", "IO", "TextIO",
           "BinaryIO", "Pattern", "Match", "ContextManager", "AsyncContextManager"]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _SpecialForm) and arg._name in ("ClassVar", "Final"):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if not callable(arg) and not isinstance(arg, (TypeVar, _GenericAlias, _SpecialForm, ForwardRef, tuple)):
        if type(arg).__name__ not in ("UnionType", "ParamSpec"):
            raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


class ForwardRef:
    """A string annotation, kept unevaluated."""

    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


class _SpecialForm:
    """A name such as Optional or ClassVar; subscripting it calls `getitem`."""

    def __init__(self, name, getitem=None, doc=""):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


# typing's special names are plain objects, not classes with metaclasses: aioplay's cycle
# collector cannot yet clear classes whose metaclass is written in Python.
Any = _SpecialForm("Any", doc="Special type indicating an unconstrained type.")


def _params_tuple(parameters):
    return parameters if isinstance(parameters, tuple) else (parameters,)


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, TypeVar):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, "__parameters__", ()):
                if isinstance(p, TypeVar) and p not in params:
                    params.append(p)
    return tuple(params)


class _GenericAlias:
    """X[args]: a subscripted generic such as List[int], Callable[[int], str] or Stack[T]."""

    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = _collect_parameters(self.__args__)
        self._name = name
        self._inst = inst

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__origin__ is _CALLABLE_ORIGIN and len(self.__args__) >= 1:
            params, result = self.__args__[:-1], self.__args__[-1]
            if len(params) == 1 and params[0] is ...:
                return f"{name}[..., {_type_repr(result)}]"
            return f"{name}[[{', '.join(_type_repr(a) for a in params)}], {_type_repr(result)}]"
        if not self.__args__:
            return f"{name}[()]"
        return f"{name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getitem__(self, params):
        params = _params_tuple(params)
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if len(params) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(params) > len(self.__parameters__) else 'few'} "
                            f"arguments for {self}; actual {len(params)}, "
                            f"expected {len(self.__parameters__)}")
        subst = dict(zip(self.__parameters__, params))
        new_args = tuple(_substitute(a, subst) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        if self.__origin__ is Union:
            return Union[args]
        return _GenericAlias(self.__origin__, args, self._name, self._inst)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            if self.__origin__ is Generic and Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                    return ()
            return (self.__origin__,)
        origin = self.__origin__
        return (origin,) if isinstance(origin, type) else ()

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


def _substitute(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    return arg


class _SpecialGenericAlias:
    """An unsubscripted alias such as List or Sequence: prints as typing.List, subscripts to List[X]."""

    def __init__(self, origin, nparams, name=None, inst=True, defaults=()):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = _params_tuple(params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments "
                            f"for {self}; actual {len(params)}, expected {self._nparams}")
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in params)
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst or self.__origin__ is None:
            origin = getattr(self.__origin__, "__name__", self._name.lower())
            raise TypeError(f"Type {self._name} cannot be instantiated; use {origin}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,) if isinstance(self.__origin__, type) else ()

    def __instancecheck__(self, obj):
        if isinstance(self.__origin__, type):
            return isinstance(obj, self.__origin__)
        raise TypeError(f"{self} cannot be used with isinstance() in aioplay")

    def __subclasscheck__(self, cls):
        if isinstance(self.__origin__, type):
            return issubclass(cls, self.__origin__)
        raise TypeError(f"{self} cannot be used with issubclass() in aioplay")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _CallableOrigin:
    """Stands for collections.abc.Callable: anything callable."""

    def __repr__(self):
        return "collections.abc.Callable"


_CALLABLE_ORIGIN = _CallableOrigin()


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            return _GenericAlias(_CALLABLE_ORIGIN, (..., result), "Callable")
        if not isinstance(args, list):
            raise TypeError(f"Callable[args, result]: args must be a list. Got {args}")
        return _GenericAlias(_CALLABLE_ORIGIN, tuple(args) + (result,), "Callable")

    def __instancecheck__(self, obj):
        return callable(obj)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), "Tuple")
        params = _params_tuple(params)
        return _GenericAlias(tuple, tuple(_type_check(p, "Tuple[t0, t1, ...]: each t must be a type.")
                                          if p is not ... else p for p in params), "Tuple")


# ---------------------------------------------------------------------------------------------
# Special forms

def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    params = []
    for p in _params_tuple(parameters):
        p = _type_check(p, "Union[arg, ...]: each arg must be a type.")
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            members = p.__args__
        elif type(p).__name__ == "UnionType":
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in params:
                params.append(m)
    if len(params) == 1:
        return params[0]
    return _UnionAlias(Union, tuple(params))


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f"typing.Optional[{_type_repr(other)}]"
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, "Optional[t] requires a single type.")
    return Union[arg, type(None)]


def _one_arg_getitem(self, parameters):
    item = _type_check(parameters, f"{self._name} accepts only single type.")
    return _GenericAlias(self, (item,), self._name)


def _literal_getitem(self, parameters):
    params = []
    for p in _params_tuple(parameters):
        if p not in params:
            params.append(p)
    return _LiteralAlias(self, tuple(params), "Literal")


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _AnnotatedAlias(params[0], params[1:])


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), "Annotated")
        self.__metadata__ = metadata

    def __repr__(self):
        return (f"typing.Annotated[{_type_repr(self.__origin__)}, "
                f"{', '.join(repr(a) for a in self.__metadata__)}]")

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


def _concatenate_getitem(self, parameters):
    return _GenericAlias(self, _params_tuple(parameters), "Concatenate")


Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _one_arg_getitem)
Final = _SpecialForm("Final", _one_arg_getitem)
TypeGuard = _SpecialForm("TypeGuard", _one_arg_getitem)
Required = _SpecialForm("Required", _one_arg_getitem)
NotRequired = _SpecialForm("NotRequired", _one_arg_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Annotated = _SpecialForm("Annotated", _annotated_getitem)
Concatenate = _SpecialForm("Concatenate", _concatenate_getitem)
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")


# ---------------------------------------------------------------------------------------------
# Type variables

class TypeVar:
    """Type variable: T = TypeVar('T'), printed as ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            self.__module__ = "__main__"

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec:
    """P = ParamSpec('P'): stands for a callable's whole parameter list."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    @property
    def args(self):
        return _ParamSpecPart(self, "args")

    @property
    def kwargs(self):
        return _ParamSpecPart(self, "kwargs")

    def __repr__(self):
        return "~" + self.__name__


class _ParamSpecPart:
    def __init__(self, origin, kind):
        self.__origin__ = origin
        self._kind = kind

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._kind}"


AnyStr = TypeVar("AnyStr", bytes, str)
AnyStr.__module__ = "typing"
Text = str


# ---------------------------------------------------------------------------------------------
# Generic and Protocol

class _MroEntriesProbe:
    def __mro_entries__(self, bases):
        return (object,)


try:
    class _Probe(_MroEntriesProbe()):
        pass
    _HAS_MRO_ENTRIES = True
except TypeError:
    _HAS_MRO_ENTRIES = False  # aioplay's interpreter does not call __mro_entries__ yet


class Generic:
    """Base class for generic classes: class Stack(Generic[T]), then Stack[int]."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        params = _params_tuple(params)
        if not params:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        if cls in (Generic, Protocol):
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec)):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                    "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            if not _HAS_MRO_ENTRIES:
                # Without __mro_entries__, `class Stack(Generic[T])` needs a real class here.
                return cls
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in getattr(cls, "__orig_bases__", ()):
            for p in getattr(base, "__parameters__", ()):
                if p not in params:
                    params.append(p)
        cls.__parameters__ = tuple(params)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in list(getattr(base, "__annotations__", {})) + list(vars(base)):
            if not attr.startswith("_abc_") and attr not in (
                    "__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol",
                    "_is_runtime_protocol", "__dict__", "__args__", "__slots__", "__next_in_mro__",
                    "__parameters__", "__origin__", "__orig_bases__", "__extra__", "__tree_hash__",
                    "__doc__", "__subclasshook__", "__init__", "__new__", "__module__",
                    "_MutableMapping__marker", "__qualname__", "__init_subclass__",
                    "__class_getitem__"):
                attrs.add(attr)
    return attrs


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


class Protocol(Generic):
    """Base class for structural types (static duck typing)."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    if not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        f"got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------------------------------------------
# Aliases of built-in and abstract collections

List = _SpecialGenericAlias(list, 1, "List", inst=False)
Dict = _SpecialGenericAlias(dict, 2, "Dict", inst=False)
Set = _SpecialGenericAlias(set, 1, "Set", inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet", inst=False)
Tuple = _TupleAlias(tuple, -1, "Tuple", inst=False)
Type = _SpecialGenericAlias(type, 1, "Type", inst=False)
Callable = _CallableAlias(_CALLABLE_ORIGIN, 2, "Callable")
for _name, _n in (("Iterable", 1), ("Iterator", 1), ("Generator", 3), ("Sequence", 1),
                  ("MutableSequence", 1), ("Mapping", 2), ("MutableMapping", 2),
                  ("AbstractSet", 1), ("MutableSet", 1), ("Collection", 1), ("Container", 1),
                  ("Reversible", 1), ("Awaitable", 1), ("Coroutine", 3), ("AsyncIterable", 1),
                  ("AsyncIterator", 1), ("AsyncGenerator", 2), ("KeysView", 1),
                  ("ValuesView", 1), ("ItemsView", 2), ("MappingView", 1), ("Hashable", 0),
                  ("Sized", 0), ("ByteString", 0), ("ContextManager", 1),
                  ("AsyncContextManager", 1), ("Pattern", 1), ("Match", 1), ("IO", 1)):
    globals()[_name] = _SpecialGenericAlias(None, _n, _name, inst=False)
del _name, _n
TextIO = IO[str]
BinaryIO = IO[bytes]
for _name in ("SupportsInt", "SupportsFloat", "SupportsIndex", "SupportsAbs", "SupportsRound",
              "SupportsBytes", "SupportsComplex"):
    globals()[_name] = _SpecialGenericAlias(None, 0, _name, inst=False)
del _name


def _collections_alias(attr, nparams, name):
    """DefaultDict, Deque, ...: their origin lives in collections, imported on first use."""
    class _Lazy(_SpecialGenericAlias):
        @property
        def __origin__(self):
            import collections
            return getattr(collections, attr)

        @__origin__.setter
        def __origin__(self, value):
            pass
    return _Lazy(None, nparams, name, inst=name in ("Counter", "OrderedDict", "ChainMap"))


DefaultDict = _collections_alias("defaultdict", 2, "DefaultDict")
Deque = _collections_alias("deque", 1, "Deque")
Counter = _collections_alias("Counter", 1, "Counter")
OrderedDict = _collections_alias("OrderedDict", 2, "OrderedDict")
ChainMap = _collections_alias("ChainMap", 2, "ChainMap")


# ---------------------------------------------------------------------------------------------
# NamedTuple and TypedDict (class syntax and functional form)

_NAMEDTUPLE_RESERVED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                                  "_field_defaults", "_make", "_replace", "_asdict", "_source"})


class NamedTuple(tuple):
    """Typed namedtuple: `class Coord(NamedTuple): lat: float; lon: float = 0.0`, or
    NamedTuple('Coord', [('lat', float), ('lon', float)])."""

    def __new__(cls, typename, fields=None, /, **kwargs):
        import collections
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        nm_tpl = collections.namedtuple(typename, [n for n, t in fields], module="__main__")
        nm_tpl.__annotations__ = dict(fields)
        return nm_tpl

    def __init_subclass__(cls, **kwargs):
        # The subclass becomes the namedtuple: its annotations are the fields, its class
        # attributes of the same names the defaults.
        import collections
        super().__init_subclass__(**kwargs)
        own = cls.__dict__
        types = dict(own.get("__annotations__", {}))
        default_names = []
        for field_name in types:
            if field_name in own:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow default "
                                f"field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        for key in own:
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
        namespace = collections._namedtuple_namespace(
            cls.__name__, list(types), False, [own[n] for n in default_names],
            own.get("__module__", "__main__"))
        for key, value in namespace.items():
            if key not in ("__slots__", "__doc__") or key not in own:
                setattr(cls, key, value)
        cls.__annotations__ = types


class TypedDict(dict):
    """A dict with a fixed set of typed keys; instances are plain dicts."""

    def __new__(cls, *args, total=True, **kwargs):
        if cls is TypedDict:
            # Functional form: TypedDict('Movie', {'title': str, 'year': int}, total=False)
            if len(args) != 2:
                raise TypeError("TypedDict() takes a name and a dict of fields")
            name, fields = args
            ns = {"__annotations__": dict(fields), "__module__": "__main__"}
            return type(name, (TypedDict,), ns, total=total)
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        super().__init_subclass__(**kwargs)
        annotations = {}
        required, optional = set(), set()
        for base in cls.__mro__[1:]:
            if issubclass(base, TypedDict) and base is not TypedDict:
                annotations.update(base.__annotations__)
                required |= base.__required_keys__
                optional |= base.__optional_keys__
        own = cls.__dict__.get("__annotations__", {})
        annotations.update(own)
        (required if total else optional).update(own)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total


# ---------------------------------------------------------------------------------------------
# Functions

def cast(typ, val):
    """Tells the type checker val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated functions "
        "outside a stub module should always be followed by an implementation that is not "
        "@overload-ed.")


def overload(func):
    return _overload_dummy


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        origin = tp.__origin__
        return origin if origin is not _CALLABLE_ORIGIN else Callable
    if tp is Generic:
        return Generic
    if type(tp).__name__ in ("UnionType", "GenericAlias"):
        return tp.__origin__ if hasattr(tp, "__origin__") else None
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp.__origin__ is _CALLABLE_ORIGIN and not (len(args) == 2 and args[0] is ...):
            args = (list(args[:-1]), args[-1])
        return args
    return getattr(tp, "__args__", ()) if type(tp).__name__ in ("UnionType", "GenericAlias") else ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = eval(value, globalns, localns)
    if isinstance(value, ForwardRef):
        value = eval(value.__forward_arg__, globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The evaluated annotations of a class (over its MRO), module or function."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {}) if hasattr(base, "__dict__") else {}
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, "__dict__", {})
            else:
                base_globals = globalns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, localns if localns is not None
                                         else dict(vars(base)))
        return hints
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    if globalns is None:
        globalns = getattr(obj, "__globals__", None)
        if globalns is None:
            globalns = getattr(obj, "__dict__", {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, globalns, localns)
    return hints


class NewType:
    """UserId = NewType('UserId', int): a distinct name for the checker, the identity at run time."""

    def __init__(self, name, tp):
        self.__qualname__ = self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            self.__module__ = "__main__"

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]
