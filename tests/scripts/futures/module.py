# What concurrent.futures exports, and how its exceptions relate.
import concurrent.futures as cf
import concurrent.futures._base as base
import concurrent.futures.thread as thread

print(cf.__all__)
print(sorted(dir(cf)))
print([getattr(cf, n) is not None for n in cf.__all__ if n != 'ProcessPoolExecutor'])
print(cf.ThreadPoolExecutor is thread.ThreadPoolExecutor)
print(cf.Future is base.Future, cf.Executor is base.Executor)
try:
    cf.NoSuchThing
except AttributeError as e:
    print('AttributeError:', e)

print(cf.TimeoutError is TimeoutError)
for exc in (cf.CancelledError, cf.InvalidStateError, cf.BrokenExecutor,
            thread.BrokenThreadPool):
    print(exc.__name__, exc.__module__, [c.__name__ for c in exc.__mro__[1:]])
print(repr(cf.CancelledError()), repr(cf.InvalidStateError('x')))
print(issubclass(thread.ThreadPoolExecutor, cf.Executor))
print(base.PENDING, base.RUNNING, base.CANCELLED, base.CANCELLED_AND_NOTIFIED,
      base.FINISHED)
print(base.DoneAndNotDoneFutures(done={1}, not_done=set()))

# The Executor base class: submit is abstract, shutdown a no-op, and map is
# built on submit, so a synchronous subclass gets a working map.
try:
    cf.Executor().submit(print)
except NotImplementedError as e:
    print('NotImplementedError', repr(e))
with cf.Executor() as ex:
    print('context manager returns self:', isinstance(ex, cf.Executor))


class Inline(cf.Executor):
    def __init__(self):
        self.calls = []

    def submit(self, fn, /, *args, **kwargs):
        self.calls.append(args)
        f = cf.Future()
        try:
            f.set_result(fn(*args, **kwargs))
        except BaseException as e:
            f.set_exception(e)
        return f


ex = Inline()
it = ex.map(divmod, [7, 9], [2, 4])
print('submitted before iterating:', ex.calls)
print(list(it))
try:
    list(ex.map(divmod, [1], [0]))
except ZeroDivisionError as e:
    print('map raised:', e)

from concurrent.futures import *
print(sorted(n for n in dir() if n[0].isupper() and n not in ('Inline',)))
