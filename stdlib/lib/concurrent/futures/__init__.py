"""Execute computations asynchronously using threads."""

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

# ProcessPoolExecutor is left out of __all__ until concurrent.futures.process
# exists in gilt; the lazy import below picks it up as soon as it does.
__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'InvalidStateError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ThreadPoolExecutor',
)


def __dir__():
    return list(__all__) + ['__doc__']


# The executors are imported on first use, as in CPython, so that importing
# concurrent.futures does not pull in queue (or process machinery).
def __getattr__(name):
    global ThreadPoolExecutor, ProcessPoolExecutor
    if name == 'ThreadPoolExecutor':
        from concurrent.futures.thread import ThreadPoolExecutor as te
        ThreadPoolExecutor = te
        return te
    if name == 'ProcessPoolExecutor':
        from concurrent.futures.process import ProcessPoolExecutor as pe
        ProcessPoolExecutor = pe
        return pe
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
