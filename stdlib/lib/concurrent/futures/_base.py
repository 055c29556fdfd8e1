"""Futures, executors' common base, wait() and as_completed().

Behaviour follows CPython 3.11's concurrent.futures._base. gilt has no
logging module, so errors that CPython logs (a done-callback that raises, a
thread-pool initializer that fails) are written to sys.stderr by _Logger
below, in the same shape as logging's last-resort handler: the message line,
then the traceback. If a logging module is importable it is used instead, so
handlers configured by the program apply.
"""

import collections
import queue
import sys
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# Future states. CANCELLED means cancel() succeeded; CANCELLED_AND_NOTIFIED
# means the executor has since seen it (set_running_or_notify_cancel) and told
# the waiters, which is the point where wait()/as_completed() count it as done.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
# What wait()/as_completed() treat as already complete (see the states above).
_COMPLETED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


# ---- error reporting without the logging module

def _exception_text(exc):
    """The last line of a traceback: 'module.Type: message'."""
    cls = type(exc)
    name = cls.__qualname__
    module = cls.__module__
    if module not in ('builtins', '__main__', None):
        name = module + '.' + name
    try:
        msg = str(exc)
    except BaseException:
        msg = '<exception str() failed>'
    return name + ': ' + msg if msg else name


def _traceback_lines(tb):
    try:
        import linecache
    except ImportError:
        linecache = None
    lines = []
    while tb is not None:
        code = tb.tb_frame.f_code
        filename = code.co_filename
        lines.append(f'  File "{filename}", line {tb.tb_lineno}, in {code.co_name}\n')
        if linecache is not None:
            source = linecache.getline(filename, tb.tb_lineno).strip()
            if source:
                lines.append(f'    {source}\n')
        tb = tb.tb_next
    return lines


def _format_exception(exc, seen=None):
    """Lines of a CPython-style traceback for exc, with its chained causes."""
    if seen is None:
        seen = set()
    seen.add(id(exc))
    lines = []
    cause = exc.__cause__
    context = exc.__context__
    if cause is not None and id(cause) not in seen:
        lines += _format_exception(cause, seen)
        lines.append('\nThe above exception was the direct cause '
                     'of the following exception:\n\n')
    elif (context is not None and not exc.__suppress_context__
          and id(context) not in seen):
        lines += _format_exception(context, seen)
        lines.append('\nDuring handling of the above exception, '
                     'another exception occurred:\n\n')
    if exc.__traceback__ is not None:
        lines.append('Traceback (most recent call last):\n')
        lines += _traceback_lines(exc.__traceback__)
    lines.append(_exception_text(exc) + '\n')
    return lines


class _Logger:
    """The two LOGGER methods this package uses, writing to sys.stderr.

    Call them from an except block: the exception being handled is printed
    after the message, as logging does with exc_info=True.
    """

    def __init__(self, name):
        self.name = name

    def _emit(self, msg, args, with_exception):
        if args:
            msg = msg % args
        text = msg + '\n'
        if with_exception:
            exc = sys.exc_info()[1]
            if exc is not None:
                text += ''.join(_format_exception(exc))
        stream = sys.stderr
        if stream is not None:
            try:
                stream.write(text)
                stream.flush()
            except Exception:
                pass  # nowhere left to report to

    def exception(self, msg, *args, exc_info=True):
        self._emit(msg, args, exc_info)

    def critical(self, msg, *args, exc_info=False):
        self._emit(msg, args, exc_info)


try:
    import logging
except ImportError:
    logging = None
# The logger for this package (the name programs configure in CPython).
LOGGER = (logging.getLogger('concurrent.futures') if logging is not None
          else _Logger('concurrent.futures'))


# ---- exceptions

class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


# Since 3.11 this is the builtin TimeoutError; the alias keeps old imports working.
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


# ---- waiters: what wait() and as_completed() block on
#
# A waiter is attached to every future being waited for; the future calls
# add_result/add_exception/add_cancelled on it (holding the future's
# condition) when it completes, and the waiter decides when to set its event.

class _Waiter:
    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    # as_completed() swaps out finished_futures while futures keep finishing
    # in other threads, so the list needs a lock of its own.
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def _add(self, future):
        with self.lock:
            self.finished_futures.append(future)
            self.event.set()

    add_result = add_exception = add_cancelled = _add


class _FirstCompletedWaiter(_Waiter):
    def _add(self, future):
        self.finished_futures.append(future)
        self.event.set()

    add_result = add_exception = add_cancelled = _add


class _AllCompletedWaiter(_Waiter):
    """For ALL_COMPLETED, and for FIRST_EXCEPTION (stop_on_exception)."""

    def __init__(self, num_pending_calls, stop_on_exception):
        super().__init__()
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()

    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        super().add_result(future)
        self._decrement_pending_calls()

    def add_exception(self, future):
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self._decrement_pending_calls()


class _AcquireFutures:
    """Holds the conditions of several futures at once.

    They are taken in id() order so that two threads locking overlapping sets
    cannot deadlock.
    """

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = sum(f._state not in _COMPLETED_STATES for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError('Invalid return condition: %r' % (return_when,))
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _yield_finished_futures(fs, waiter, ref_collect):
    """Yield the futures of list fs, last first, detaching each from waiter.

    Each future is also dropped from the sets in ref_collect before it is
    yielded, so the generator holds no reference to futures it has handed out.
    """
    while fs:
        f = fs[-1]
        for futures_set in ref_collect:
            futures_set.remove(f)
        with f._condition:
            f._waiters.remove(waiter)
        del f
        yield fs.pop()


def as_completed(fs, timeout=None):
    """Yield the futures in fs (duplicates once) as they complete.

    Raises TimeoutError if they have not all completed within timeout seconds
    of the call.
    """
    if timeout is not None:
        end_time = timeout + time.monotonic()

    fs = set(fs)
    total_futures = len(fs)
    with _AcquireFutures(fs):
        finished = set(f for f in fs if f._state in _COMPLETED_STATES)
        pending = fs - finished
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        yield from _yield_finished_futures(finished, waiter, ref_collect=(fs,))

        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (
                        len(pending), total_futures))

            waiter.event.wait(wait_timeout)

            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()

            # _yield_finished_futures pops from the end: reverse so that the
            # futures come out in the order they finished.
            finished.reverse()
            yield from _yield_finished_futures(finished, waiter,
                                               ref_collect=(fs, pending))
    finally:
        # The futures not yet yielded still point at the waiter.
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


DoneAndNotDoneFutures = collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs to complete.

    return_when is FIRST_COMPLETED, FIRST_EXCEPTION (like ALL_COMPLETED if
    none raises) or ALL_COMPLETED. Returns DoneAndNotDoneFutures(done,
    not_done), two sets; duplicates in fs appear once.
    """
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set(f for f in fs if f._state in _COMPLETED_STATES)
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(f for f in done
                   if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)

    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)

    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    # Used by Executor.map: if waiting fails (timeout, or the consumer closes
    # the iterator) the future is not wanted any more, so cancel it.
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut  # do not keep the future (and its exception) alive


class Future:
    """The result of an asynchronous computation."""

    def __init__(self):
        """Initializes the future. Should not be called by clients."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), state,
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), state,
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self), state)

    def cancel(self):
        """Cancel the future if possible.

        Returns True if the future was cancelled, False otherwise. A future
        cannot be cancelled if it is running or has already completed.
        """
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Return True if the future was cancelled."""
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        """Return True if the future is currently executing."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Return True if the future was cancelled or finished executing."""
        with self._condition:
            return self._state in _DONE_STATES

    def _get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None  # the traceback would otherwise keep self alive
        return self._result

    def add_done_callback(self, fn):
        """Attach fn, called with the future as its only argument on completion.

        If the future is already done (finished or cancelled), fn is called
        at once, in this thread; otherwise later, in the thread that completes
        the future. Callbacks run in the order they were added; an Exception
        raised by one is reported on stderr and otherwise ignored.
        """
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def result(self, timeout=None):
        """Return the call's result, waiting up to timeout seconds for it.

        Raises CancelledError if the future was cancelled, TimeoutError if it
        did not finish in time, and the call's exception if it raised.
        """
        try:
            with self._condition:
                if self._state in _CANCELLED_STATES:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self._get_result()

                self._condition.wait(timeout)

                if self._state in _CANCELLED_STATES:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self._get_result()
                else:
                    raise TimeoutError()
        finally:
            self = None  # break the cycle through the raised exception

    def exception(self, timeout=None):
        """Return the call's exception (None if it returned normally).

        Waits up to timeout seconds; raises CancelledError if the future was
        cancelled and TimeoutError if it did not finish in time.
        """
        with self._condition:
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception

            self._condition.wait(timeout)

            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            else:
                raise TimeoutError()

    # The methods below are meant for executors and tests.

    def set_running_or_notify_cancel(self):
        """Mark the future running, or tell its waiters it was cancelled.

        Returns False if the future was cancelled (the work must then not be
        run), True otherwise. Raises RuntimeError if the future is already
        running or finished.
        """
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                # cancel() already notified the condition.
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                LOGGER.critical('Future %s in unexpected state: %s',
                                id(self), self._state)
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Set the future's result (for executors and tests)."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Set the future's exception (for executors and tests)."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


class Executor:
    """Abstract base class for executors."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run in the executor.

        Every call is submitted before this returns; the returned iterator
        yields the results in order, raising the call's exception where one
        raised, or TimeoutError once timeout seconds (counted from this call)
        have passed. chunksize is accepted for ProcessPoolExecutor's sake and
        ignored here.
        """
        if timeout is not None:
            end_time = timeout + time.monotonic()

        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        # The generator is a separate function so that map() itself is not
        # one: the submissions above happen now, not on the first next().
        def result_iterator():
            try:
                # pop() from the end while keeping the input order.
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(),
                                                end_time - time.monotonic())
            finally:
                # Results nobody will read: cancel what has not started.
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources; no more submissions after this.

        Safe to call more than once. With wait, return only after the pending
        futures have run; with cancel_futures, cancel those not yet started.
        """
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _take_queued(work_queue):
    """Take the work items still waiting in a pool's queue out of it (the
    None wake-ups are dropped): shutdown(cancel_futures=True) cancels them,
    a broken pool fails them."""
    items = []
    while True:
        try:
            item = work_queue.get_nowait()
        except queue.Empty:
            return items
        if item is not None:
            items.append(item)
