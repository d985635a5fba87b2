"""@dataclass: generates __init__, __repr__, __eq__, ordering and hashing from class annotations."""
import sys
import copy

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind("_FIELD")
_FIELD_CLASSVAR = _FieldKind("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FieldKind("_FIELD_INITVAR")


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f"dataclasses.InitVar[{name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init", "compare",
                 "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type={self._field_type})")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq = init, repr, eq
        self.order, self.unsafe_hash, self.frozen = order, unsafe_hash, frozen

    def __repr__(self):
        return (f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
                f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _annotation_is(annotation, obj, names):
    """Is `annotation` `obj` or `obj[...]`, or, for a string annotation, spelled like one of names?"""
    if isinstance(annotation, str):
        return annotation.split("[", 1)[0].strip() in names
    return annotation is obj or getattr(annotation, "__origin__", None) is obj


def _is_classvar(annotation):
    typing = sys.modules.get("typing")
    return _annotation_is(annotation, typing.ClassVar if typing else _ABSENT,
                          ("ClassVar", "typing.ClassVar"))


def _is_initvar(annotation):
    return (annotation is InitVar or type(annotation) is InitVar
            or _annotation_is(annotation, InitVar, ("InitVar", "dataclasses.InitVar")))


def _is_kw_only(annotation):
    return annotation is KW_ONLY or _annotation_is(annotation, KW_ONLY, ("KW_ONLY", "dataclasses.KW_ONLY"))


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == "member_descriptor":
            default = MISSING  # a __slots__ entry, not a default
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f"field {f.name} is a ClassVar but specifies kw_only")
    if f._field_type is _FIELD and f.default is not MISSING and type(f.default).__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field {f.name} is not allowed: "
                         "use default_factory")
    return f


_ABSENT = object()


def _own(cls, name, default=MISSING):
    """cls.__dict__.get(name, default): the attribute only if cls itself defines it."""
    try:
        return cls.__dict__.get(name, default)
    except AttributeError:
        # aioplay's interpreter does not expose type.__dict__ yet: an attribute is the class's
        # own when no base class holds the very same object.
        value = getattr(cls, name, _ABSENT)
        if value is _ABSENT or any(getattr(b, name, _ABSENT) is value for b in cls.__mro__[1:]):
            return default
        return value


def _own_names(cls):
    try:
        return list(cls.__dict__)
    except AttributeError:
        return [name for name in dir(cls) if _own(cls, name, _ABSENT) is not _ABSENT]


def _create_fn(cls, name, params, body, env):
    """Compiles `def name(params): body` with `env` as its globals; a method of cls."""
    lines = "\n".join(f"    {line}" for line in (body or ["pass"]))
    source = f"def {name}({', '.join(params)}):\n{lines}\n"
    ns = dict(env)
    ns["__name__"] = getattr(cls, "__module__", "__main__")
    exec(source, ns)
    fn = ns[name]
    fn.__qualname__ = f"{cls.__qualname__}.{name}"
    return fn


def _set_new_attribute(cls, name, value):
    if _own(cls, name, _ABSENT) is not _ABSENT:
        return True
    setattr(cls, name, value)
    return False


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
    env = {"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
           "__dataclass_builtins_object__": object}

    def param(f):
        if f.default is not MISSING:
            env[f"__dataclass_dflt_{f.name}__"] = f.default
            return f"{f.name}=__dataclass_dflt_{f.name}__"
        if f.default_factory is not MISSING:
            return f"{f.name}=_HAS_DEFAULT_FACTORY"
        return f.name

    def assign(name, value):
        if frozen:
            return f"__dataclass_builtins_object__.__setattr__(self, {name!r}, {value})"
        return f"self.{name} = {value}"

    body = []
    for f in fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.default_factory is not MISSING:
            env[f"__dataclass_factory_{f.name}__"] = f.default_factory
            factory = f"__dataclass_factory_{f.name}__()"
            if f.init:
                value = f"{factory} if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}"
            else:
                value = factory
        elif f.init:
            value = f.name
        else:
            continue  # init=False with a plain default: the class attribute provides it
        if f._field_type is _FIELD:
            body.append(assign(f.name, value))
    if has_post_init:
        initvars = [f.name for f in fields if f._field_type is _FIELD_INITVAR]
        body.append(f"self.__post_init__({', '.join(initvars)})")
    params = ["self"] + [param(f) for f in std_fields]
    if kw_only_fields:
        params += ["*"] + [param(f) for f in kw_only_fields]
    return _create_fn(cls, "__init__", params, body, env)


_repr_running = set()


def _repr_fn(cls, fields):
    shown = [f.name for f in fields if f.repr]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        finally:
            _repr_running.discard(key)
        return f"{self.__class__.__qualname__}({parts})"
    __repr__.__qualname__ = f"{cls.__qualname__}.__repr__"
    return __repr__


def _tuple_of(names):
    return "(" + "".join(f"self.{n}," for n in names) + ")"


def _cmp_fn(cls, name, op, names):
    other = "(" + "".join(f"other.{n}," for n in names) + ")"
    return _create_fn(cls, name, ["self", "other"],
                      ["if other.__class__ is self.__class__:",
                       f"    return {_tuple_of(names)} {op} {other}",
                       "return NotImplemented"], {})


def _frozen_fns(cls, fields):
    names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)
    for fn in (__setattr__, __delattr__):
        fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
        if _set_new_attribute(cls, fn.__name__, fn):
            raise TypeError(f"Cannot overwrite attribute {fn.__name__} in class {cls.__name__}")


def _hash_fn(cls, fields):
    return _create_fn(cls, "__hash__", ["self"], [f"return hash({_tuple_of([f.name for f in fields])})"], {})


def _format_annotation(annotation):
    """An annotation as inspect.signature prints it."""
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return f"{annotation.__module__}.{annotation.__qualname__}"
    return repr(annotation).replace("typing.", "")


def _signature_text(std_fields, kw_fields):
    """'(x: int, y: int = 0) -> None' style text for the generated __init__ (the class __doc__)."""
    def param(f):
        text = f"{f.name}: {_format_annotation(f.type)}"
        if f.default is not MISSING:
            text += f" = {f.default!r}"
        elif f.default_factory is not MISSING:
            text += " = <factory>"
        return text
    params = [param(f) for f in std_fields]
    if kw_fields:
        params += ["*"] + [param(f) for f in kw_fields]
    return f"({', '.join(params)})"


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, "__dataclass_fields__", None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if b.__dataclass_params__.frozen:
                any_frozen_base = True

    cls_annotations = _own(cls, "__annotations__", {})
    cls_fields = []
    kw_only_seen = False
    for name, annotation in cls_annotations.items():
        if _is_kw_only(annotation):
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, annotation, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name in _own_names(cls):
        if isinstance(_own(cls, name), Field) and name not in cls_annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    class_hash = _own(cls, "__hash__")
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and _own(cls, "__eq__") is not MISSING))
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_fields = list(fields.values())
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init = [f for f in init_fields if f.init and not f.kw_only]
    kw_init = [f for f in init_fields if f.init and f.kw_only]
    field_list = [f for f in all_fields if f._field_type is _FIELD]

    if init:
        _set_new_attribute(cls, "__init__", _init_fn(cls, init_fields, std_init, kw_init, frozen,
                                                     hasattr(cls, "__post_init__")))
    if repr:
        _set_new_attribute(cls, "__repr__", _repr_fn(cls, [f for f in field_list if f.repr]))
    compared = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _cmp_fn(cls, "__eq__", "==", compared))
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, compared)):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
    if frozen:
        _frozen_fns(cls, field_list)

    hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _hash_fn(cls, hashed)
    elif eq and not has_explicit_hash:
        cls.__hash__ = _hash_fn(cls, hashed) if frozen else None

    if not getattr(cls, "__doc__", None):
        cls.__doc__ = cls.__name__ + _signature_text(std_init, kw_init)
    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init))
    if slots:
        cls = _add_slots(cls, frozen)
    return cls


def _add_slots(cls, is_frozen):
    cls_dict = {name: _own(cls, name) for name in _own_names(cls)}
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, "__slots__", ()))
    cls_dict["__slots__"] = tuple(n for n in field_names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    cls_dict["__qualname__"] = cls.__qualname__
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if is_frozen:
        def __getstate__(self):
            return [getattr(self, name) for name in field_names]

        def __setstate__(self, state):
            for name, value in zip(field_names, state):
                object.__setattr__(self, name, value)
        cls.__getstate__, cls.__setstate__ = __getstate__, __setstate__
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    return wrap if cls is None else wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, "__dataclass_fields__")
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _convert(obj, container, named):
    """asdict/astuple's recursive copy: dataclasses become `container`s, other values are copied."""
    if _is_dataclass_instance(obj):
        values = [_convert(getattr(obj, f.name), container, named) for f in fields(obj)]
        if named:
            values = list(zip([f.name for f in fields(obj)], values))
        return container(values)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, container, named) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, container, named) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, container, named), _convert(v, container, named))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, False)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be "
                                 "specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if name in annotations:
            raise TypeError(f"Field name duplicated: {name!r}")
        annotations[name] = tp
    namespace["__annotations__"] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, **options)
