"""ProcessPoolExecutor: run calls in a pool of worker processes.

The API and behaviour follow CPython 3.11's concurrent.futures.process;
the machinery is gilt's own, since gilt has neither multiprocessing nor
pickle.

Design
------
Workers are made with os.fork(), all max_workers of them on the first
submit() (as CPython does with the fork start method), so they inherit the
parent's modules: functions and classes are sent by name and found again in
the worker (see _gilt_serialize for what can be sent). Each worker has two
pipes, one for tasks and one for results; a message is an 8-byte length
followed by the serialized value, and an empty message asks the worker to
stop.

In the parent, each worker has a *serving thread*: it takes the next work
item from the pool's queue, marks its future running, sends the call to its
worker, waits for the reply (in os.read, without the GIL) and completes the
future. So a worker has at most one task at a time, and a future still in
the queue can always be cancelled. There is no manager thread and no
select(): every pipe has one reader that simply blocks on it.

A worker that dies (os._exit() in a task, a signal) closes its result pipe,
so its serving thread reads end-of-file: the pool is then broken, as in
CPython -- the running and queued futures fail with BrokenProcessPool, the
other workers are terminated, and submit() raises BrokenProcessPool.

Shutting down puts None in the queue after the queued work; a serving
thread that takes it passes it on, asks its worker to stop and reaps it
with waitpid(), so no zombie is left. Workers end with os._exit() and never
run the parent's atexit handlers or thread joins. At interpreter exit,
_python_exit (registered with threading._register_atexit, as in CPython)
does the same for pools that were not shut down. gilt has no weak
references: serving threads hold the pool's _PoolState, not the executor,
so that dropping the executor runs __del__, which shuts the pool down
without waiting.

Differences from CPython: a pool's workers are forked from the thread that
first submits (a replacement for max_tasks_per_child, from a serving
thread), never with spawn or forkserver, so mp_context must be None;
exceptions raised by a task come back without the remote traceback as
__cause__.
"""

import itertools
import os
import sys
import threading
import queue

from concurrent.futures import _base
import _gilt_serialize

# The pools whose serving threads run, for _python_exit().
_live_pools = set()
# Set once the interpreter is shutting down: no new work after it.
_global_shutdown = False
# Held while changing the two above, and around every fork: a worker must
# not inherit the write end of another worker's result pipe, or that pipe
# would not reach end-of-file when its worker dies.
_global_lock = threading.Lock()
# The parent's ends of every live worker's pipes: a new worker closes them.
_parent_fds = set()

_SIGTERM = 15  # gilt has no signal module; 15 on every POSIX system
_STOP = b''    # the message that asks a worker to stop
_WRITE_CHUNK = 1 << 20  # os.write copies its data: write big messages piecewise


def _python_exit():
    global _global_shutdown
    with _global_lock:
        _global_shutdown = True
        pools = list(_live_pools)
    # None after the queued work: it all runs first, as in CPython.
    for state in pools:
        state.work_queue.put(None)
    for state in pools:
        state.join()


threading._register_atexit(_python_exit)


class BrokenProcessPool(_base.BrokenExecutor):
    """
    Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state.
    """


# ---- messages on the pipes

def _send(fd, payload):
    # The header on its own: no copy of a big payload just to prefix it.
    for data in (len(payload).to_bytes(8, 'little'), payload):
        view = memoryview(data)
        pos = 0
        while pos < len(data):
            pos += os.write(fd, view[pos:pos + _WRITE_CHUNK])


def _read_exactly(fd, n):
    """n bytes from fd, or None at end-of-file."""
    chunks = []
    while n:
        chunk = os.read(fd, min(n, _WRITE_CHUNK))
        if not chunk:
            return None
        chunks.append(chunk)
        n -= len(chunk)
    return b''.join(chunks)


def _receive(fd):
    """The next message, or None if the other end is gone."""
    header = _read_exactly(fd, 8)
    if header is None:
        return None
    size = int.from_bytes(header, 'little')
    return _read_exactly(fd, size) if size else _STOP


# ---- the worker process

def _get_chunks(*iterables, chunksize):
    """Iterates over zip()ed iterables in chunks."""
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


def _process_chunk(fn, chunk):
    """Runs fn on a chunk of map()'s arguments, in a worker process."""
    return [fn(*args) for args in chunk]


def _reply(ok, value):
    """The serialized (ok, value); a result that cannot be serialized is
    replaced by the exception saying so, as CPython's _sendback_result does."""
    try:
        return _gilt_serialize.dumps((ok, value))
    except BaseException as exc:
        try:
            return _gilt_serialize.dumps((False, exc))
        except BaseException:
            return _gilt_serialize.dumps(
                (False, RuntimeError(f'cannot send the result back: {exc}')))


def _worker_loop(task_fd, result_fd, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            # The parent sees this process end and marks the pool broken.
            return
    while True:
        message = _receive(task_fd)
        if message is None or message == _STOP:
            return
        try:
            fn, args, kwargs = _gilt_serialize.loads(message)
            reply = _reply(True, fn(*args, **kwargs))
        except BaseException as exc:
            reply = _reply(False, exc)
        del message
        _send(result_fd, reply)


def _worker_main(task_fd, result_fd, initializer, initargs):
    """The whole life of a forked worker: it never returns."""
    status = 1
    try:
        for fd in _parent_fds:
            try:
                os.close(fd)
            except OSError:
                pass
        _worker_loop(task_fd, result_fd, initializer, initargs)
        status = 0
    except BaseException:
        pass
    finally:
        # os._exit() flushes nothing: print()s of the tasks would be lost.
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:
                pass
        os._exit(status)


# ---- the parent's side

class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class _Worker:
    """The parent's handle on one worker process."""

    def __init__(self, state):
        # Flushed first, or what is buffered would be printed by the worker
        # too (multiprocessing does the same).
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        with _global_lock:
            task_r, task_w = os.pipe()
            result_r, result_w = os.pipe()
            pid = os.fork()
            if pid == 0:
                _worker_main(task_r, result_w, state.initializer, state.initargs)
            os.close(task_r)
            os.close(result_w)
            _parent_fds.update((task_w, result_r))
        self.pid = pid
        self.task_fd = task_w
        self.result_fd = result_r
        self.alive = True     # not known to be dead, not reaped
        self.stopped = False  # reaped

    def call(self, payload):
        """Sends a task and returns the reply, or None if the worker died."""
        try:
            _send(self.task_fd, payload)
            reply = _receive(self.result_fd)
        except OSError:  # BrokenPipeError: it died before reading
            reply = None
        if reply is None:
            self.alive = False
        return reply

    def stop(self):
        """Asks the worker to stop (if it lives), closes the pipes, reaps it."""
        if self.stopped:
            return
        self.stopped = True
        if self.alive:
            try:
                _send(self.task_fd, _STOP)
            except OSError:
                pass
        with _global_lock:
            # From now on terminate() leaves the pid alone: once reaped, it
            # may belong to another process.
            self.alive = False
            for fd in (self.task_fd, self.result_fd):
                _parent_fds.discard(fd)
                os.close(fd)
        os.waitpid(self.pid, 0)

    def terminate(self):
        with _global_lock:
            if self.alive:
                try:
                    os.kill(self.pid, _SIGTERM)
                except ProcessLookupError:
                    pass


class _PoolState:
    """What the serving threads share with their executor.

    They hold this rather than the executor, so that dropping the last
    reference to an executor collects it (see the module docstring).
    """

    def __init__(self, max_workers, initializer, initargs, max_tasks_per_child):
        self.max_workers = max_workers
        self.initializer = initializer
        self.initargs = initargs
        self.max_tasks_per_child = max_tasks_per_child
        self.work_queue = queue.SimpleQueue()
        self.shutdown_lock = threading.Lock()
        self.shutdown = False
        self.broken = False
        self.workers = {}   # pid -> _Worker
        self.threads = []

    def start(self):
        """Forks the workers and starts their serving threads."""
        with _global_lock:
            _live_pools.add(self)
        for _ in range(self.max_workers):
            worker = _Worker(self)
            self.workers[worker.pid] = worker
            t = threading.Thread(target=_serve, args=(self, worker),
                                 name=f'ProcessPoolExecutor-worker-{worker.pid}')
            t.start()
            self.threads.append(t)

    def join(self):
        for t in self.threads:
            t.join()
        with _global_lock:
            _live_pools.discard(self)

    def mark_broken(self, running=None):
        """A worker died while running `running`: fail it and everything
        queued, and terminate the other workers (their serving threads then
        fail their own running futures)."""
        with self.shutdown_lock:
            self.broken = ('A child process terminated abruptly, the process '
                           'pool is not usable anymore')
            self.shutdown = True
            error = BrokenProcessPool(
                'A process in the process pool was terminated abruptly '
                'while the future was running or pending.')
            items = [running] if running is not None else []
            items += _base._take_queued(self.work_queue)
            for item in items:
                try:
                    item.future.set_exception(error)
                except _base.InvalidStateError:
                    pass  # cancelled meanwhile
            del items
            self.work_queue.put(None)  # the serving threads exit
            for worker in list(self.workers.values()):
                worker.terminate()


def _serve(state, worker):
    """A serving thread: feeds one worker from the pool's queue."""
    tasks_done = 0
    try:
        while True:
            item = state.work_queue.get()
            if item is None:
                state.work_queue.put(None)  # pass the wake-up on to the others
                return
            if not item.future.set_running_or_notify_cancel():
                continue  # cancelled while queued
            try:
                payload = _gilt_serialize.dumps((item.fn, item.args, item.kwargs))
            except BaseException as exc:
                item.future.set_exception(exc)
                continue
            reply = worker.call(payload)
            del payload
            if reply is None:
                state.mark_broken(item)
                return
            try:
                ok, value = _gilt_serialize.loads(reply)
            except BaseException as exc:
                ok, value = False, exc
            if ok:
                item.future.set_result(value)
            else:
                item.future.set_exception(value)
            del item, reply, value

            tasks_done += 1
            if tasks_done == state.max_tasks_per_child:
                # A fresh process for the next tasks.
                worker.stop()
                del state.workers[worker.pid]
                worker = _Worker(state)
                state.workers[worker.pid] = worker
                tasks_done = 0
    except BaseException:
        # A bug here, or no replacement worker (fork failed): nothing queued
        # would ever run unless the pool says it is broken.
        _base.LOGGER.critical('Exception in worker', exc_info=True)
        state.mark_broken()
    finally:
        worker.stop()


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        """Initializes a new ProcessPoolExecutor instance.

        Args:
            max_workers: The maximum number of processes that can be used to
                execute the given calls. If None or not given then as many
                worker processes will be created as the machine has processors.
            mp_context: Must be None: gilt's workers are always forked.
            initializer: A callable used to initialize worker processes.
            initargs: A tuple of arguments to pass to the initializer.
            max_tasks_per_child: The maximum number of tasks a worker process
                can complete before it will exit and be replaced with a fresh
                worker process. The default of None means worker process will
                live as long as the executor.
        """
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if mp_context is not None:
            raise NotImplementedError(
                "gilt's ProcessPoolExecutor always forks its workers: "
                "mp_context must be None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")

        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._state = _PoolState(max_workers, initializer, initargs,
                                 max_tasks_per_child)
        self._shutdown_lock = self._state.shutdown_lock
        self._started = False

    # The serving threads change these, so they live in the shared state.
    @property
    def _broken(self):
        return self._state.broken

    @property
    def _shutdown_thread(self):
        return self._state.shutdown

    @property
    def _processes(self):
        return self._state.workers

    def submit(self, fn, /, *args, **kwargs):
        state = self._state
        with self._shutdown_lock:
            if state.broken:
                raise BrokenProcessPool(state.broken)
            if state.shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            state.work_queue.put(_WorkItem(f, fn, args, kwargs))
            if not self._started:
                self._started = True
                state.start()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter).

        Args:
            fn: A callable that will take as many arguments as there are
                passed iterables.
            timeout: The maximum number of seconds to wait. If None, then there
                is no limit on the wait time.
            chunksize: If greater than one, the iterables will be chopped into
                chunks of size chunksize and submitted to the process pool.
                If set to one, the items in the list will be sent one at a time.

        Returns:
            An iterator equivalent to: map(func, *iterables) but the calls may
            be evaluated out-of-order.

        Raises:
            TimeoutError: If the entire result iterator could not be generated
                before the given timeout.
            Exception: If fn(*args) raises for any values.
        """
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        # _process_chunk and fn travel by name (CPython sends a partial).
        results = super().map(_process_chunk, itertools.repeat(fn),
                              _get_chunks(*iterables, chunksize=chunksize),
                              timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        state = self._state
        with self._shutdown_lock:
            state.shutdown = True
            if cancel_futures:
                # Cancel everything that has not started yet.
                for item in _base._take_queued(state.work_queue):
                    item.future.cancel()
            # Behind the queued work: each serving thread passes it on,
            # stops its worker and reaps it.
            state.work_queue.put(None)
        if wait and self._started:
            state.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__

    def __del__(self):
        # What CPython's weakref callback does: the executor is gone, so
        # its workers stop once the queued work is done.
        try:
            state = self._state
        except AttributeError:
            return  # __init__ failed
        try:
            state.work_queue.put(None)
        except Exception:
            pass  # interpreter teardown


def _chain_from_iterable_of_lists(iterable):
    """Specialized itertools.chain.from_iterable for lists: frees each
    result as soon as it is yielded."""
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()
