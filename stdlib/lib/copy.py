"""Generic (shallow and deep) copying operations: copy(x), deepcopy(x).

gilt's bundled version, after CPython 3.11's. Classes customise copying with
__copy__/__deepcopy__, or with __reduce__ (as collections' classes do);
other instances are copied through their __dict__.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = {type(None), int, float, bool, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), type(len), type(abs), property}
_function_type = type(lambda: None)
_atomic.add(_function_type)


def _defined_in_python(cls, name):
    "A method `name` defined by a class of cls's MRO, other than object and the built-ins."
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass not in (object, dict, list, set, tuple, frozenset)
    return False


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if cls in (list, dict, set):
        return x.copy()
    if cls in (tuple, frozenset):
        return x
    if _defined_in_python(cls, "__reduce__"):
        return _reconstruct(x, None, *x.__reduce__())
    return _copy_instance(x, cls, None)


def _copy_instance(x, cls, memo):
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
    elif hasattr(cls, "__getnewargs__"):  # namedtuples
        args = x.__getnewargs__()
        y = cls.__new__(cls, *(args if memo is None else deepcopy(args, memo)))
    elif isinstance(x, (list, dict, set, tuple, int, str, float)):
        base = [b for b in cls.__mro__ if b in (list, dict, set, tuple, int, str, float)][0]
        if base in (tuple, int, str, float):
            value = base(x) if memo is None else deepcopy(base(x), memo)
            y = cls.__new__(cls, value)
        else:
            y = cls.__new__(cls)
            if memo is not None:
                memo[id(x)] = y
            if base is dict:
                for k, v in x.items():
                    y[k if memo is None else deepcopy(k, memo)] = v if memo is None else deepcopy(v, memo)
            else:
                for item in x:
                    (y.append if base is list else y.add)(item if memo is None else deepcopy(item, memo))
    else:
        try:
            y = cls.__new__(cls)
        except TypeError:
            raise Error(f"un(shallow)copyable object of type {cls}")
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, "__dict__", None)
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
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
    elif cls is tuple or cls is frozenset:
        items = [deepcopy(a, memo) for a in x]
        # A tuple of atoms is its own copy.
        if all([a is b for a, b in zip(items, x)]):
            y = x
        else:
            y = cls(items)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        elif _defined_in_python(cls, "__reduce__"):
            y = _reconstruct(x, memo, *x.__reduce__())
        else:
            y = _copy_instance(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = tuple([deepcopy(arg, memo) for arg in args])
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
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
