"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

gilt's bundled version, a compact rewrite of CPython 3.11's enum with the
same behaviour for the common cases. Differences: Flag's boundaries are
STRICT for Flag and KEEP for IntFlag only (no CONFORM/EJECT), and there is no
pickling support.
"""

import sys
from types import MappingProxyType, FunctionType

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "ReprEnum", "auto", "unique", "global_enum_repr"]

Enum = Flag = ReprEnum = None  # defined below; EnumType checks for them


def _is_descriptor(obj):
    if type(obj) is FunctionType or isinstance(obj, (property, classmethod, staticmethod)):
        return True
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__" and
            name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_" and
            name[1:2] != "_" and name[-2:-1] != "_")


def _is_private(cls_name, name):
    pattern = f"_{cls_name.lstrip('_')}__"
    return (len(name) > len(pattern) and name.startswith(pattern) and
            not name.endswith("_"))


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=None):
        self.value = value if value is not None else _auto_null

    def __repr__(self):
        return f"auto({self.value!r})"


_auto_null = object()


class _EnumDict(dict):
    """The class namespace of an enumeration: records member names in order
    and resolves auto() values."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == "_order_":
                pass
            elif key == "_generate_next_value_":
                if isinstance(value, staticmethod):
                    value = value.__func__
                self._generate_next_value = value
            elif key == "_ignore_":
                if isinstance(value, str):
                    value = value.replace(",", " ").split()
                else:
                    value = list(value)
                self._ignore = value
                for name in value:
                    if name in self._member_names:
                        raise ValueError(f"_ignore_ cannot specify already set names: {name!r}")
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        elif key in self._ignore:
            pass
        elif _is_descriptor(value):
            if key in self._member_names:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
        else:
            if key in self:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict._generate_next_value = getattr(first_enum, "_generate_next_value_", None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        member_names = classdict._member_names
        invalid = set(member_names) & {"mro", ""}
        if invalid:
            raise ValueError(f"invalid enum member name(s) {sorted(invalid)!r}")
        members = {name: classdict[name] for name in member_names}
        namespace = {}
        for key, value in dict.items(classdict):
            if key not in members:
                namespace[key] = value
        namespace.pop("_order_", None)
        new_member = namespace.pop("__new__", None) if Enum is not None else None
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        if new_member is None:
            new_member = getattr(first_enum, "_new_member_", None) if first_enum else None
        namespace["_new_member_"] = new_member
        namespace["_member_names_"] = []
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        namespace["_unhashable_values_"] = []
        namespace["_member_type_"] = member_type
        if boundary is None and first_enum is not None:
            boundary = getattr(first_enum, "_boundary_", None)
        namespace["_boundary_"] = boundary
        if "_generate_next_value_" in namespace and isinstance(namespace["_generate_next_value_"], FunctionType):
            namespace["_generate_next_value_"] = staticmethod(namespace["_generate_next_value_"])
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        # Members are made after the class so that they are its instances.
        for name, value in members.items():
            enum_class._add_member_(name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            all_bits = 0
            for member in enum_class._member_map_.values():
                if isinstance(member._value_, int):
                    all_bits |= member._value_
            type.__setattr__(enum_class, "_flag_mask_", all_bits)
        # repr() and friends come from the enum, not from a mixed-in data type.
        if first_enum is not None:
            for method in ("__repr__", "__str__", "__format__"):
                if method in namespace:
                    continue
                for klass in enum_class.__mro__:
                    if method in klass.__dict__:
                        if not isinstance(klass, EnumType):
                            type.__setattr__(enum_class, method, getattr(first_enum, method))
                        break
        # An Enum's __new__ looks members up; members were made with the saved one.
        if Enum is not None:
            type.__setattr__(enum_class, "__new__", Enum.__new__)
            if ReprEnum is not None and issubclass(enum_class, ReprEnum) and member_type is not object:
                for method in ("__str__", "__format__"):
                    if method not in namespace:
                        type.__setattr__(enum_class, method, _mixin_method(member_type, method))
        return enum_class

    def _add_member_(enum_class, name, value):
        member_type = enum_class._member_type_
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        new_member = enum_class._new_member_
        if new_member is not None:
            member = new_member(enum_class, *args)
        elif member_type is object:
            member = object.__new__(enum_class)
        else:
            member = member_type.__new__(enum_class, *args)
        if not hasattr(member, "_value_"):
            if member_type is object:
                member._value_ = value
            else:
                member._value_ = member_type(*args)
        value = member._value_
        member._name_ = name
        member.__objclass__ = enum_class
        member.__init__(*args)
        member._sort_order_ = len(enum_class._member_names_)
        # An alias: a name for a value that an earlier member has.
        for canonical in enum_class._member_map_.values():
            if canonical._value_ == value:
                member = canonical
                break
        else:
            if Flag is None or not issubclass(enum_class, Flag) or _is_single_bit(value):
                enum_class._member_names_.append(name)
        enum_class._member_map_[name] = member
        try:
            enum_class._value2member_map_.setdefault(value, member)
        except TypeError:
            enum_class._unhashable_values_.append(value)
        type.__setattr__(enum_class, name, member)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        last_enum = bases[-1]
        if Enum is not None and not isinstance(last_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        if getattr(last_enum, "_member_names_", None):
            raise TypeError(f"<enum {class_name!r}> cannot extend {last_enum!r}")
        member_type = object
        for base in bases:
            for klass in base.__mro__:
                if klass is object or isinstance(klass, EnumType):
                    continue
                if "__new__" in klass.__dict__ or klass in (int, str, float, tuple, bytes):
                    member_type = klass
                    break
            if member_type is not object:
                break
        return member_type, last_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                "False depending on whether the value is a member or the value of a member",
                DeprecationWarning,
                stacklevel=2,
            )
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__}: cannot delete Enum member {attr!r}.")
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)


EnumMeta = EnumType


def _mixin_method(member_type, name):
    if name == "__format__":
        def __format__(self, format_spec):
            return format(self._value_, format_spec)
        return __format__
    # A data type's str() (object.__str__ for int and float) goes through its repr.
    method = member_type.__dict__.get("__str__") or member_type.__repr__

    def __str__(self):
        return method(self)
    return __str__


def _bits(num, max_bits=None):
    "Like bin(), with the sign bit apart: _bits(8, 4) == '0b0 1000'."
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    >>> class Color(Enum):
    ...     RED = 1
    ...     BLUE = 2
    """

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last_value in reversed(last_values):
            try:
                return last_value + 1
            except TypeError:
                pass
        return start

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        else:
            exc = None
        if isinstance(result, cls):
            return result
        ve_exc = ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member")
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if hasattr(self.__class__, "_value_repr_") else None
        if v_repr is None:
            member_type = self.__class__._member_type_
            v_repr = repr if member_type is object else member_type.__repr__
        return f"<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return format(str(self), format_spec)

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
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


STRICT, CONFORM, EJECT, KEEP = "strict", "conform", "eject", "keep"


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, & and ^."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError(f"invalid flag value {last_value!r}") from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask_
        if value < 0:
            value = (flag_mask + 1 + value) & flag_mask if cls._boundary_ != KEEP else value
        if value & ~flag_mask and cls._boundary_ != KEEP:
            max_bits = max(value.bit_length(), flag_mask.bit_length())
            raise ValueError(f"{cls!r} invalid value {value!r}\n"
                             f"    given {_bits(value, max_bits)}\n"
                             f"  allowed {_bits(flag_mask, max_bits)}")
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._member_map_.values()
                 if m._name_ in cls._member_names_ and m._value_ & value == m._value_ and m._value_]
        extra = value & ~flag_mask
        if names:
            pseudo._name_ = "|".join(names)
            if extra:
                pseudo._name_ += "|" + hex(extra)
        else:
            pseudo._name_ = None if not extra else hex(extra)
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in self.__class__ if m._value_ & self._value_ == m._value_ and m._value_])

    def __len__(self):
        return len(list(self.__iter__()))

    def __repr__(self):
        cls_name = self.__class__.__name__
        member_type = self.__class__._member_type_
        v_repr = repr if member_type is object else member_type.__repr__
        if self._name_ is None:
            return f"<{cls_name}: {v_repr(self._value_)}>"
        return f"<{cls_name}.{self._name_}: {v_repr(self._value_)}>"

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
        return self.__class__(self._flag_mask_ ^ self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split(".")[-1]
    return f"{module}.{self._name_}"
