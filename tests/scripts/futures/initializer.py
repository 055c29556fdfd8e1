# ThreadPoolExecutor's initializer: runs once in each worker before any work;
# if it raises, the pool is broken and pending and later work fails.
import io
import sys
import threading
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor
from concurrent.futures.thread import BrokenThreadPool

seen = []
lock = threading.Lock()


def init(tag, n):
    with lock:
        seen.append((tag, n, threading.current_thread().name))


local = threading.local()


def init_local():
    local.value = threading.current_thread().name


with ThreadPoolExecutor(1, thread_name_prefix='w', initializer=init,
                        initargs=('x', 1)) as ex:
    print([f.result() for f in [ex.submit(pow, 2, i) for i in range(3)]])
print('initialized:', seen)

with ThreadPoolExecutor(1, thread_name_prefix='loc', initializer=init_local) as ex:
    print(ex.submit(lambda: local.value).result())


def failing_init():
    raise OSError('no resource')


# The failure is logged on stderr (captured here; the traceback's paths
# differ between interpreters, so only its first and last lines are shown).
saved, sys.stderr = sys.stderr, io.StringIO()
try:
    ex = ThreadPoolExecutor(1, initializer=failing_init)
    f = ex.submit(pow, 2, 3)
    exc = f.exception()
    print('future exception:', type(exc).__name__, '-', exc)
    print(isinstance(exc, BrokenExecutor), isinstance(exc, RuntimeError))
    try:
        ex.submit(pow, 2, 4)
    except BrokenThreadPool as e:
        print('submit raised:', type(e).__name__, '-', e)
    try:
        list(ex.map(abs, [1]))
    except BrokenThreadPool as e:
        print('map raised:', type(e).__name__)
    ex.shutdown()
finally:
    log, sys.stderr = sys.stderr.getvalue(), saved
lines = log.splitlines()
print('log:', lines[0], '|', lines[1], '|', lines[-1])
print(BrokenThreadPool.__mro__[1:3])
