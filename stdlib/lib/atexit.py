"""Functions to call when the interpreter exits, as CPython's atexit.

They run last registered first, on the main thread, after non-daemon
threads have been joined (VM teardown calls _run_exitfuncs), also when the
program ends with an uncaught exception or sys.exit(). A failing function
is reported on stderr and the others still run; os._exit() runs none.
"""
import sys

_callbacks = []


def register(func, /, *args, **kwargs):
    """Call func(*args, **kwargs) at exit; returns func (a decorator too)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Forget every registration of func (compared with ==)."""
    # The slots stay, emptied, so _ncallbacks() counts them as CPython does.
    for i, entry in enumerate(_callbacks):
        if entry is not None and entry[0] == func:
            _callbacks[i] = None


def _run_exitfuncs():
    while _callbacks:
        entry = _callbacks.pop()
        if entry is None:
            continue
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except BaseException as error:
            _report(func, error)


def _report(func, error):
    if sys.stderr is None:
        return
    from traceback import print_exception
    print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
    # Leave out this module's frame, which only called func.
    print_exception(type(error), error, error.__traceback__.tb_next,
                    file=sys.stderr)


def _clear():
    _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)
