"""ThreadPoolExecutor: run calls in a pool of worker threads.

Behaviour follows CPython 3.11's concurrent.futures.thread. gilt has no weak
references, so workers do not hold their executor: they share a small
_PoolState with it, and ThreadPoolExecutor.__del__ (prompt, thanks to
reference counting) does what CPython's weakref callback does: wake the
workers so that they exit once the queue is drained. At interpreter exit
_python_exit (registered with threading._register_atexit, as in CPython)
stops new submissions and wakes every worker, which finishes the work
already queued and exits; workers are non-daemon threads, so queued work is
never cut off.
"""

from concurrent.futures import _base
import itertools
import os
import queue
import threading
import types

# Every live worker thread -> its work queue, for _python_exit(). A plain
# dict (no WeakKeyDictionary): workers remove their own entry when they exit.
_threads_queues = {}
# Set once the interpreter is shutting down: no new workers or work after it.
_shutdown = False
# Held while changing _threads_queues or _shutdown, so that no worker is
# created while the interpreter is shutting down.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
        items = list(_threads_queues.items())
    # None after the queued items: each worker finishes its work first.
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return  # cancelled before it started
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None  # break the cycle through exc's traceback
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


class _PoolState:
    """What the workers share with their executor.

    Workers hold this rather than the executor, so that dropping the last
    reference to an executor collects it (see the module docstring).
    """

    def __init__(self):
        self.work_queue = queue.SimpleQueue()
        # Counts idle workers: submit() starts a new thread only if it
        # cannot take one.
        self.idle_semaphore = threading.Semaphore(0)
        self.shutdown_lock = threading.Lock()
        self.shutdown = False
        self.broken = False
        # Set by ThreadPoolExecutor.__del__: the executor is gone.
        self.abandoned = False

    def initializer_failed(self):
        with self.shutdown_lock:
            self.broken = ('A thread initializer failed, the thread pool '
                           'is not usable anymore')
            # Nothing queued will ever run: fail it.
            for work_item in _base._take_queued(self.work_queue):
                work_item.future.set_exception(BrokenThreadPool(self.broken))


def _worker(state, initializer, initargs):
    work_queue = state.work_queue
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base.LOGGER.critical('Exception in initializer:', exc_info=True)
                state.initializer_failed()
                return
        try:
            while True:
                work_item = work_queue.get(block=True)
                if work_item is not None:
                    work_item.run()
                    # Do not keep the item (its arguments, its result) alive
                    # while waiting for the next one.
                    del work_item
                    state.idle_semaphore.release()
                    continue

                # Woken with None: exit if the interpreter is shutting down,
                # or the executor was shut down or dropped.
                if _shutdown or state.shutdown or state.abandoned:
                    state.shutdown = True
                    work_queue.put(None)  # pass the wake-up on to the others
                    return
        except BaseException:
            _base.LOGGER.critical('Exception in worker', exc_info=True)
    finally:
        with _global_shutdown_lock:
            _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class ThreadPoolExecutor(_base.Executor):

    # Numbers the default thread name prefixes: ThreadPoolExecutor-0, -1, ...
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Initializes a new ThreadPoolExecutor instance.

        Args:
            max_workers: The maximum number of threads that can be used to
                execute the given calls (default: min(32, cpu_count + 4)).
            thread_name_prefix: An optional name prefix to give our threads.
            initializer: A callable used to initialize worker threads.
            initargs: A tuple of arguments to pass to the initializer.
        """
        if max_workers is None:
            # Enough threads for I/O-bound work (and CPU-bound work that
            # releases the GIL), capped so that big machines do not get
            # surprisingly many.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')

        self._state = _PoolState()
        self._max_workers = max_workers
        # The same objects under CPython's attribute names.
        self._work_queue = self._state.work_queue
        self._idle_semaphore = self._state.idle_semaphore
        self._shutdown_lock = self._state.shutdown_lock
        self._threads = set()
        self._thread_name_prefix = (thread_name_prefix or
                                    ('ThreadPoolExecutor-%d' % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    # Workers change these, so they live in the shared state.
    @property
    def _shutdown(self):
        return self._state.shutdown

    @_shutdown.setter
    def _shutdown(self, value):
        self._state.shutdown = value

    @property
    def _broken(self):
        return self._state.broken

    @_broken.setter
    def _broken(self, value):
        self._state.broken = value

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will pick the new item up: no new thread needed.
        if self._idle_semaphore.acquire(timeout=0):
            return

        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self,
                                     num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self._state, self._initializer,
                                       self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        self._state.initializer_failed()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Cancel everything that has not started yet.
                for work_item in _base._take_queued(self._work_queue):
                    work_item.future.cancel()
            # Wake the workers blocked in get(); each passes it on and exits.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__

    def __del__(self):
        # What CPython's weakref callback does: the executor is gone, so let
        # its workers exit once they have drained the queue.
        try:
            state = self._state
        except AttributeError:
            return  # __init__ failed
        state.abandoned = True
        try:
            state.work_queue.put(None)
        except Exception:
            pass  # interpreter teardown
