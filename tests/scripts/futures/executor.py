# ThreadPoolExecutor: submit, map, errors, shutdown, thread names and reuse.
import os
import threading
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=4) as ex:
    print(type(ex).__name__, isinstance(ex, cf.Executor))
    f = ex.submit(pow, 2, 10)
    print(f.result())
    f = ex.submit(lambda *a, **k: (a, sorted(k.items())), 1, 2, fn=3, self=4)
    print(f.result())
    f = ex.submit(int, 'x')
    print(repr(f.exception()))
    try:
        f.result()
    except ValueError as e:
        print('result raised', e)
    print(list(ex.map(abs, [-3, 2, -1])))
    print(list(ex.map(pow, [2, 3, 4], [5, 2], chunksize=3)))
    print(list(ex.map(str, [])))
    it = ex.map(lambda x: 10 // x, [5, 0, 2])
    print(next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print('map raised', e)
    print(list(it))  # the generator is finished after raising
print('shutdown:', ex._shutdown)

# with returns the executor and does not swallow exceptions.
try:
    with ThreadPoolExecutor(1) as ex2:
        print(ex2 is not None and isinstance(ex2, ThreadPoolExecutor))
        raise KeyError('inside')
except KeyError as e:
    print('propagated', e)

for call in (lambda: ex.submit(print, 'never'), lambda: ex.map(print, [1])):
    try:
        call()
    except RuntimeError as e:
        print('RuntimeError:', e)
ex.shutdown()  # again: harmless
ex.shutdown(wait=False)

# Constructor checks.
for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print('TypeError:', e)
ex = ThreadPoolExecutor()
print('default max_workers ok:', ex._max_workers == min(32, os.cpu_count() + 4))
ex.shutdown()

# Thread names: the given prefix, else ThreadPoolExecutor-N (N counts the
# executors made without a prefix), then _index.
arrived = []
all_arrived = threading.Condition()


def name_after_barrier():
    # Hold each worker until all three are busy, so three threads must exist.
    with all_arrived:
        arrived.append(1)
        all_arrived.notify_all()
        while len(arrived) % 3:
            all_arrived.wait()
    return threading.current_thread().name


with ThreadPoolExecutor(3, thread_name_prefix='pool') as ex:
    print(sorted(f.result() for f in [ex.submit(name_after_barrier) for _ in range(3)]))
with ThreadPoolExecutor(3) as ex:  # the fourth executor without a prefix
    print(sorted(f.result() for f in [ex.submit(name_after_barrier) for _ in range(3)]))
print('workers exited:', [t.is_alive() for t in ex._threads])

# An idle worker is reused rather than a new one started.
with ThreadPoolExecutor(4) as ex:
    for i in range(5):
        ex.submit(pow, i, 2).result()
        # The worker counts itself idle just after completing the future;
        # wait for that so the next submit finds it.
        ex._idle_semaphore.acquire()
        ex._idle_semaphore.release()
    print('threads after 5 sequential calls:', len(ex._threads))

# Never more than max_workers threads.
gate = threading.Event()
with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(gate.wait) for _ in range(6)]
    print('threads:', len(ex._threads))
    gate.set()
    print(all(f.result() for f in fs))

# Work queued before shutdown(wait=True) still runs.
gate = threading.Event()
ex = ThreadPoolExecutor(1)
first = ex.submit(gate.wait)
rest = [ex.submit(pow, 3, i) for i in range(3)]
gate.set()
ex.shutdown(wait=True)
print([f.result() for f in rest])
