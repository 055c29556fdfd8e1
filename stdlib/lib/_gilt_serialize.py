"""Turn values into bytes and back: what ProcessPoolExecutor sends between
processes (gilt has no pickle).

dumps(obj) -> bytes and loads(data) -> obj handle:

- None, bool, int (any size), float, str, bytes, bytearray, tuple, list,
  dict, set, frozenset, nested in any way;
- functions, classes and builtin functions, sent by reference: the module
  name and qualified name, looked up again on loading (as pickle does), so
  they must be reachable as module.qualname -- lambdas and functions
  defined inside functions are not;
- bound methods, as (object, method name);
- exceptions: the class by reference, the args, and the instance __dict__;
  loading calls cls(*args), as pickle does, so a class whose __init__ does
  not accept its own args cannot be loaded;
- instances of classes found by reference: a class that defines
  __reduce_ex__ or __reduce__ (enum, OrderedDict and defaultdict do) is
  sent as what that returns, (callable, args[, state[, listitems[,
  dictitems]]]); otherwise the instance __dict__ (or what __getstate__()
  returns) is sent, and loading makes the object with cls.__new__(cls) and
  restores the state with __setstate__ or __dict__.update, as pickle's
  default does. A class derived from list, dict, set, int, float, str,
  bytes, tuple or frozenset (a namedtuple, say) also sends its builtin
  value, restored with the base type's __new__ (and extend/update for the
  mutable ones).

Lists, dicts, sets and instances keep their identity within one message:
shared references stay shared and reference cycles through them survive.

Anything else raises TypeError "cannot pickle 'X' object", as pickle: for
instance generators, locks, files, modules, and instances of subclasses of
other builtin types unless they define __reduce__. A function or class that
cannot be found by its name raises PicklingError, one defined inside a
function AttributeError (as pickle).
"""

import sys
import types

__all__ = ['dumps', 'loads', 'PicklingError', 'UnpicklingError']


class PicklingError(Exception):
    """An object cannot be serialized (it cannot be found by its name)."""


class UnpicklingError(Exception):
    """The data is not a valid serialized value."""


# One-byte tags. Containers are followed by their item count, then items.
_NONE = 0x4E       # N
_TRUE = 0x54       # T
_FALSE = 0x46      # F
_INT = 0x49        # I  length, signed little-endian bytes
_FLOAT = 0x44      # D  float.hex() text
_STR = 0x53        # S  UTF-8
_STR_POINTS = 0x55 # U  code points, for strings with lone surrogates
_BYTES = 0x42      # B
_BYTEARRAY = 0x41  # A
_TUPLE = 0x74      # t
_LIST = 0x6C       # l
_DICT = 0x64       # d
_SET = 0x73        # s
_FROZENSET = 0x66  # f
_GLOBAL = 0x47     # G  module name, qualified name
_METHOD = 0x4D     # M  object, method name
_EXC = 0x45        # E  class, args, state
_OBJ = 0x4F        # O  class, builtin base or None, its value, state
_REDUCE = 0x52     # R  callable, args, state, list items, dict items
_REF = 0x72        # r  index of an object seen earlier in this message


def _pack_size(n):
    return n.to_bytes(8, 'little')


def _type_label(t):
    module = getattr(t, '__module__', 'builtins')
    name = getattr(t, '__qualname__', t.__name__)
    return name if module == 'builtins' else f'{module}.{name}'


def _unpicklable(obj):
    return TypeError(f"cannot pickle {_type_label(type(obj))!r} object")


def _find_global(module_name, qualname):
    """The object named qualname in module module_name (imported if needed)."""
    module = sys.modules.get(module_name)
    if module is None:
        __import__(module_name)
        module = sys.modules[module_name]
    obj = module
    for part in qualname.split('.'):
        if part == '<locals>':
            raise AttributeError(f"Can't get local attribute {qualname!r} on {module!r}")
        obj = getattr(obj, part)
    return obj


def _has_own(cls, name):
    """Whether a class other than object in cls's MRO defines name."""
    for klass in cls.__mro__:
        if klass is not object and name in vars(klass):
            return True
    return False


# The builtin types a class defined in Python may derive from and still be
# sent: the builtin part is sent as a value of the base type.
_MUTABLE_BASES = (list, dict, set)
_IMMUTABLE_BASES = (int, float, str, bytes, tuple, frozenset)


def _builtin_base(cls):
    """The first builtin type other than object in cls's MRO: None if there
    is none, False if it is one whose instances cannot be sent."""
    for klass in cls.__mro__[:-1]:
        if getattr(klass, '__module__', None) == 'builtins':
            if klass in _MUTABLE_BASES or klass in _IMMUTABLE_BASES:
                return klass
            return False
    return None


def _new_object(cls, base, value):
    """An instance of cls, a subclass of the builtin type base, holding value
    (made without calling cls.__new__ or __init__, as pickle does)."""
    if base is None:
        return cls.__new__(cls)
    if base in _IMMUTABLE_BASES:
        return base.__new__(cls, value)
    obj = base.__new__(cls)
    if base is list:
        list.extend(obj, value)
    else:
        base.update(obj, value)
    return obj


class _Writer:
    def __init__(self):
        self.out = []
        # id -> index of the lists, dicts, sets and instances written so far;
        # `keep` holds them so that no id is reused while writing.
        self.memo = {}
        self.keep = []

    def remember(self, obj):
        """Number obj, or write a reference if it was seen already."""
        index = self.memo.get(id(obj))
        if index is not None:
            self.out.append(bytes((_REF,)) + _pack_size(index))
            return True
        self.memo[id(obj)] = len(self.keep)
        self.keep.append(obj)
        return False

    def write_bytes(self, tag, data):
        self.out.append(bytes((tag,)) + _pack_size(len(data)))
        self.out.append(data)

    def write_str(self, s):
        try:
            self.write_bytes(_STR, s.encode('utf-8'))
        except UnicodeEncodeError:  # lone surrogates
            self.write_items(_STR_POINTS, [ord(c) for c in s])

    def write_items(self, tag, items):
        self.out.append(bytes((tag,)) + _pack_size(len(items)))
        for item in items:
            self.write(item)

    def write_global(self, obj):
        module = getattr(obj, '__module__', None)
        qualname = getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None)
        if module is None or qualname is None:
            raise _unpicklable(obj)
        if '<locals>' in qualname.split('.'):
            raise AttributeError(f"Can't pickle local object {qualname!r}")
        try:
            found = _find_global(module, qualname)
        except (ImportError, AttributeError, KeyError):
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup "
                                f"{qualname} on {module} failed") from None
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same "
                                f"object as {module}.{qualname}")
        self.out.append(bytes((_GLOBAL,)))
        self.write_str(module)
        self.write_str(qualname)

    def write(self, obj):
        t = type(obj)
        if obj is None:
            self.out.append(bytes((_NONE,)))
        elif t is bool:
            self.out.append(bytes((_TRUE if obj else _FALSE,)))
        elif t is int:
            self.write_bytes(_INT, obj.to_bytes((obj.bit_length() + 8) // 8, 'little', signed=True))
        elif t is float:
            self.write_bytes(_FLOAT, obj.hex().encode('ascii'))
        elif t is str:
            self.write_str(obj)
        elif t is bytes:
            self.write_bytes(_BYTES, obj)
        elif t is bytearray:
            self.write_bytes(_BYTEARRAY, bytes(obj))
        elif t is tuple:
            self.write_items(_TUPLE, obj)
        elif t is frozenset:
            self.write_items(_FROZENSET, list(obj))
        elif t is list:
            if not self.remember(obj):
                self.write_items(_LIST, obj)
        elif t is set:
            if not self.remember(obj):
                self.write_items(_SET, list(obj))
        elif t is dict:
            if not self.remember(obj):
                self.out.append(bytes((_DICT,)) + _pack_size(len(obj)))
                for key, value in obj.items():
                    self.write(key)
                    self.write(value)
        elif isinstance(obj, type) or t is types.FunctionType:
            self.write_global(obj)
        elif t is types.BuiltinFunctionType:
            self_obj = getattr(obj, '__self__', None)
            if self_obj is None or type(self_obj) is types.ModuleType:
                self.write_global(obj)
            else:  # a method of a builtin object: [].append
                self.write_method(self_obj, obj.__name__)
        elif t is types.MethodType:
            self.write_method(obj.__self__, obj.__name__)
        elif isinstance(obj, BaseException):
            self.write_exception(obj)
        else:
            self.write_instance(obj)

    def write_method(self, self_obj, name):
        self.out.append(bytes((_METHOD,)))
        self.write(self_obj)
        self.write_str(name)

    def write_exception(self, exc):
        if self.remember(exc):
            return
        args = exc.args
        # OSError's filenames are not in its args, but its constructor takes them.
        if isinstance(exc, OSError) and exc.filename is not None and len(args) == 2:
            args = args + (exc.filename,)
            if exc.filename2 is not None:
                args = args + (None, exc.filename2)
        state = getattr(exc, '__dict__', None) or None
        self.out.append(bytes((_EXC,)))
        self.write_global(type(exc))
        self.write(tuple(args))
        self.write(state)

    def write_instance(self, obj):
        cls = type(obj)
        if _has_own(cls, '__reduce_ex__') or _has_own(cls, '__reduce__'):
            reduced = obj.__reduce_ex__(4)
            if not isinstance(reduced, tuple) or not 2 <= len(reduced) <= 5:
                raise _unpicklable(obj)
            reduced += (None,) * (5 - len(reduced))
            func, args, state, listitems, dictitems = reduced
            if self.remember(obj):
                return
            self.out.append(bytes((_REDUCE,)))
            self.write(func)
            self.write(tuple(args))
            self.write(state)
            self.write(None if listitems is None else list(listitems))
            self.write(None if dictitems is None else list(dictitems))
            return
        base = _builtin_base(cls)
        if base is False:
            raise _unpicklable(obj)
        if _has_own(cls, '__getstate__'):
            state = obj.__getstate__()
        else:
            state = getattr(obj, '__dict__', None)
            if base is None and state is None:
                raise _unpicklable(obj)
        if self.remember(obj):
            return
        self.out.append(bytes((_OBJ,)))
        self.write_global(cls)
        if base is None:
            self.out.append(bytes((_NONE,)))
        else:
            self.write_global(base)
        self.write(None if base is None else base(obj))
        self.write(state or None)


def dumps(obj):
    """obj as bytes, for loads(); TypeError or PicklingError if it cannot be."""
    writer = _Writer()
    writer.write(obj)
    return b''.join(writer.out)


class _InProgress:
    """Stands in the memo for an object whose parts are still being read."""


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.memo = []

    def take(self, n):
        end = self.pos + n
        if end > len(self.data):
            raise UnpicklingError('serialized data is truncated')
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk

    def size(self):
        return int.from_bytes(self.take(8), 'little')

    def reserve(self):
        self.memo.append(_InProgress)
        return len(self.memo) - 1

    def read_str(self):
        value = self.read()
        if type(value) is not str:
            raise UnpicklingError('expected a string')
        return value

    def read(self):
        tag = self.take(1)[0]
        if tag == _NONE:
            return None
        if tag == _TRUE:
            return True
        if tag == _FALSE:
            return False
        if tag == _INT:
            return int.from_bytes(self.take(self.size()), 'little', signed=True)
        if tag == _FLOAT:
            return float.fromhex(self.take(self.size()).decode('ascii'))
        if tag == _STR:
            return self.take(self.size()).decode('utf-8')
        if tag == _STR_POINTS:
            return ''.join([chr(self.read()) for _ in range(self.size())])
        if tag == _BYTES:
            return bytes(self.take(self.size()))
        if tag == _BYTEARRAY:
            return bytearray(self.take(self.size()))
        if tag == _TUPLE:
            return tuple([self.read() for _ in range(self.size())])
        if tag == _FROZENSET:
            return frozenset([self.read() for _ in range(self.size())])
        if tag == _LIST:
            # Numbered before its items, which may refer back to it.
            result = []
            self.memo.append(result)
            for _ in range(self.size()):
                result.append(self.read())
            return result
        if tag == _SET:
            result = set()
            self.memo.append(result)
            for _ in range(self.size()):
                result.add(self.read())
            return result
        if tag == _DICT:
            result = {}
            self.memo.append(result)
            for _ in range(self.size()):
                key = self.read()
                result[key] = self.read()
            return result
        if tag == _GLOBAL:
            module = self.read_str()
            return _find_global(module, self.read_str())
        if tag == _METHOD:
            obj = self.read()
            return getattr(obj, self.read_str())
        if tag == _EXC:
            index = self.reserve()
            cls = self.read()
            args = self.read()
            state = self.read()
            exc = cls(*args)
            if state:
                exc.__dict__.update(state)
            self.memo[index] = exc
            return exc
        if tag == _OBJ:
            index = self.reserve()
            cls = self.read()
            base = self.read()
            obj = _new_object(cls, base, self.read())
            # Numbered before its state, which may refer back to it.
            self.memo[index] = obj
            state = self.read()
            if state is not None:
                self.set_state(obj, state)
            return obj
        if tag == _REDUCE:
            index = self.reserve()
            func = self.read()
            obj = func(*self.read())
            self.memo[index] = obj
            state = self.read()
            if state is not None:
                self.set_state(obj, state)
            listitems = self.read()
            if listitems:
                obj.extend(listitems)
            for key, value in self.read() or ():
                obj[key] = value
            return obj
        if tag == _REF:
            obj = self.memo[self.size()]
            if obj is _InProgress:
                raise UnpicklingError('a reference cycle through an exception '
                                      'or a __reduce__ result cannot be restored')
            return obj
        raise UnpicklingError(f'invalid tag {tag:#x} in serialized data')

    @staticmethod
    def set_state(obj, state):
        setstate = getattr(obj, '__setstate__', None)
        if setstate is not None and _has_own(type(obj), '__setstate__'):
            setstate(state)
        elif isinstance(state, dict):
            obj.__dict__.update(state)
        else:
            raise UnpicklingError('state is not a dictionary')


def loads(data):
    """The value dumps() turned into data."""
    reader = _Reader(bytes(data))
    obj = reader.read()
    if reader.pos != len(reader.data):
        raise UnpicklingError('extra data after the serialized value')
    return obj
