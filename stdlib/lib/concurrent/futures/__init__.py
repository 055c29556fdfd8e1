"""Execute computations asynchronously using threads or processes."""

__author__ = 'Brian Quinlan (brian@sweetapp.com)'

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)

# As CPython's (InvalidStateError is importable but not listed).
__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__author__', '__doc__')


# The executors are imported on first use, as in CPython, so that importing
# concurrent.futures does not pull in queue (or process machinery).
def __getattr__(name):
    global ThreadPoolExecutor, ProcessPoolExecutor
    if name == 'ThreadPoolExecutor':
        from concurrent.futures.thread import ThreadPoolExecutor as te
        ThreadPoolExecutor = te
        return te
    if name == 'ProcessPoolExecutor':
        try:
            from concurrent.futures.process import ProcessPoolExecutor as pe
        except ModuleNotFoundError as exc:
            if exc.name != 'concurrent.futures.process':
                raise
            pe = _UnsupportedProcessPoolExecutor
        ProcessPoolExecutor = pe
        return pe
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _UnsupportedProcessPoolExecutor(Executor):
    """Stands in for ProcessPoolExecutor while gilt has no process pool.

    The name stays importable (it is in __all__, so `import *` needs it);
    making one raises NotImplementedError.
    """

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(
            'ProcessPoolExecutor is not supported by gilt yet')
