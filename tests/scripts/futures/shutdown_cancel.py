# shutdown(cancel_futures=True), shutdown(wait=False), map timeouts and
# map iterators closed early: pending work is cancelled.
import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError, wait

started = threading.Event()
gate = threading.Event()


def blocker():
    started.set()
    gate.wait()
    return 'ran'


ex = ThreadPoolExecutor(1)
running = ex.submit(blocker)
started.wait()
pending = [ex.submit(pow, 2, i) for i in range(3)]
ex.shutdown(wait=False, cancel_futures=True)
print('running:', running.running(), 'pending cancelled:', [f.cancelled() for f in pending])
gate.set()
print(running.result())
ex.shutdown(wait=True)
print('after shutdown:', running.done(), [f.done() for f in pending])
try:
    ex.submit(pow, 1, 1)
except RuntimeError as e:
    print('RuntimeError:', e)

# map with a timeout: the first result that is not ready in time raises,
# and the calls not yet started are cancelled.
started.clear()
gate.clear()
with ThreadPoolExecutor(1) as ex:
    calls = []

    def task(x):
        calls.append(x)
        if x == 0:
            started.set()
            gate.wait()
        return x

    it = ex.map(task, range(4), timeout=0.05)
    started.wait()
    try:
        next(it)
    except TimeoutError as e:
        print('map TimeoutError', repr(str(e)))
    gate.set()
print('calls made:', calls)

# Closing a map iterator early cancels the rest as well.
started.clear()
gate.clear()
with ThreadPoolExecutor(1) as ex:
    calls = []
    it = ex.map(task, [1, 0, 2, 3])
    print('first:', next(it))
    started.wait()
    it.close()
    gate.set()
print('calls made:', calls)

# map with a generous timeout just returns the results.
with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(lambda x: x * x, range(5), timeout=30)))

# A future cancelled by shutdown counts as done for wait() only after the
# executor has seen it; shutdown(cancel_futures=True) drops it instead, so
# wait() with a timeout reports it as not done.
started.clear()
gate.clear()
ex = ThreadPoolExecutor(1)
ex.submit(blocker)
started.wait()
f = ex.submit(pow, 2, 2)
ex.shutdown(wait=False, cancel_futures=True)
r = wait([f], timeout=0.01)
print('cancelled:', f.cancelled(), 'done/not_done:', len(r.done), len(r.not_done))
gate.set()
ex.shutdown()
