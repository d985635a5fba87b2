"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto",
           "unique", "ReprEnum"]


class auto:
    """Placeholder value: the enum computes it with _generate_next_value_."""
    _counter = 0

    def __init__(self):
        self.value = _auto_null
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return f"auto({self.value!r})"


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    # The built-in descriptors are listed because aioplay's interpreter does not expose
    # __get__ on functions, properties, classmethods and staticmethods yet.
    if isinstance(obj, (type(_is_dunder), property, classmethod, staticmethod)):
        return True
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_private(cls_name, name):
    prefix = f"_{cls_name.lstrip('_')}__"
    return name.startswith(prefix) and not name.endswith("__")


class _EnumDict(dict):
    """Class namespace that records member names in order and resolves auto() values."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._cls_name = cls_name
        self._generate = generate

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == "_generate_next_value_":
                self._generate = value.__func__ if isinstance(value, staticmethod) else value
            elif key not in ("_order_", "_missing_", "_ignore_", "_numeric_repr_", "_iter_member_",
                             "_iter_member_by_value_", "_iter_member_by_def_", "_add_alias_",
                             "_add_value_alias_"):
                raise ValueError(f"_sunder_ names, such as {key!r}, are reserved for future Enum use")
        elif _is_dunder(key):
            pass
        elif key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        elif _is_descriptor(value) and not isinstance(value, auto):
            if key in self:
                pass
        elif key in self:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        else:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate(key, 1, len(self._member_names),
                                                 self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(self._generate(key, 1, len(self._member_names), self._last_values[:])
                              if isinstance(v, auto) else v for v in value)
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


def _default_next_value(name, start, count, last_values):
    if not last_values:
        return start
    try:
        return last_values[-1] + 1
    except TypeError:
        raise TypeError(f"unable to sort non-numeric values") from None


Enum = Flag = None  # EnumType checks these while Enum and Flag themselves are being created


class EnumType(type):
    """Metaclass of enumerations: builds the members and makes the class iterable and indexable."""

    @classmethod
    def __prepare__(mcls, cls, bases, **kwds):
        generate = _default_next_value
        for base in reversed(bases):
            gen = getattr(base, "_generate_next_value_", None)
            if gen is not None:
                generate = gen
        return _EnumDict(cls, generate)

    def __new__(mcls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(getattr(classdict, "_member_names", ()))
        members = {name: dict.__getitem__(classdict, name) for name in member_names}
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        ns = {k: v for k, v in dict.items(classdict) if k not in members}
        ns.setdefault("__module__", "__main__")
        # A __new__ written in an enum body creates the members; looking a member up by value
        # (Color(1)) always goes through Enum.__new__.
        new_member = ns.pop("__new__", None) if Enum is not None else None
        enum_class = super().__new__(mcls, cls, bases, ns, **kwds)
        if new_member is not None:
            enum_class._new_member_ = new_member
        if Enum is not None:
            enum_class.__new__ = Enum.__new__
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._unhashable_values_ = []
        enum_class._member_type_ = _member_type(bases)
        enum_class._flag_mask_ = 0
        for name, value in members.items():
            _add_member(enum_class, name, value)
        # Enum's repr/str/format/hash win over those of a mixed-in data type (int, str, ...)
        # unless this class or a ReprEnum base chose them.
        if Enum is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in classdict:
                    continue
                found = getattr(enum_class, name, None)
                if found is getattr(enum_class._member_type_, name, None) or found is getattr(object, name, None):
                    setattr(enum_class, name, getattr(Enum, name))
        if Flag is not None and issubclass(enum_class, Flag):
            for member in enum_class._member_map_.values():
                if _is_single_bit(member._value_):
                    enum_class._flag_mask_ |= member._value_
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = EnumType.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = classdict._generate(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        classdict["__module__"] = module or "__main__"
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(member).__qualname__}' "
                            f"and '{type(cls).__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumMeta = EnumType


def _member_type(bases):
    """The data type mixed into an enum (int for IntEnum), or object."""
    for base in bases:
        for klass in base.__mro__:
            if klass is not object and not isinstance(klass, EnumType):
                return klass
    return object


def _add_member(enum_class, name, value):
    member_type = enum_class._member_type_
    args = value if isinstance(value, tuple) else (value,)
    if member_type is tuple:
        args = (args,)
    new = getattr(enum_class, "_new_member_", None)
    if new is not None:
        member = new(enum_class, *args)
    elif member_type is object:
        member = object.__new__(enum_class)
    else:
        member = member_type.__new__(enum_class, *args)
    if not hasattr(member, "_value_"):
        member._value_ = value if member_type is object else member_type(*args)
    value = member._value_
    member._name_ = name
    member.__objclass__ = enum_class
    init = enum_class.__init__
    if init is not object.__init__ and init is not member_type.__init__:
        member.__init__(*args)
    # A later name whose value is already a member's is an alias of that member.
    for existing in enum_class._member_map_.values():
        if existing._value_ == value:
            member = existing
            break
    else:
        # Flags iterate over their single-bit members only.
        if Flag is None or not issubclass(enum_class, Flag) or _is_single_bit(value):
            enum_class._member_names_.append(name)
    setattr(enum_class, name, member)
    enum_class._member_map_[name] = member
    try:
        enum_class._value2member_map_.setdefault(value, member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _is_single_bit(num):
    return isinstance(num, int) and num > 0 and num & (num - 1) == 0


class Enum(metaclass=EnumType):
    """Base class of enumerations: class Color(Enum): RED = 1."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of "
                        f"None or a valid member")

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_next_value(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return f"<{self.__class__.__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        return sorted({"__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"}
                      | {m for m in self.__class__.__dict__ if not m.startswith("_")})

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Enum whose str() and format() are the mixed-in type's (IntEnum, StrEnum, IntFlag)."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        member = str.__new__(cls, *values)
        member._value_ = str(*values)
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(self, format_spec)


class Flag(Enum):
    """Enum of bit flags combinable with | & ^ ~."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 1 << high.bit_length() if high > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if value & ~all_bits and value >= 0:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        if value < 0:
            value = all_bits & value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        pseudo._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __iter__(self):
        return (m for m in self.__class__ if m._value_ and m._value_ & self._value_ == m._value_)

    def __len__(self):
        return bin(self._value_).count("1")

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                            f"and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"<{cls_name}: {self._value_!r}>"
        return f"<{cls_name}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"{cls_name}({self._value_!r})"
        return f"{cls_name}.{self._name_}"

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)


def unique(enumeration):
    """Class decorator: refuses aliases (two names with one value)."""
    duplicates = [(name, member._name_) for name, member in enumeration.__members__.items()
                  if name != member._name_]
    if duplicates:
        alias_details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {alias_details}")
    return enumeration
