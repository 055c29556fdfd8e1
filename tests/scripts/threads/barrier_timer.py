# threading.Barrier (indexes, action, reuse, abort, reset, timeout) and
# threading.Timer (fires, cancel).
import threading
import time


def show(obj):
    # "<threading.Barrier at 0x7f..: waiters=0/3>": addresses vary.
    head, _, tail = repr(obj).partition(' at ')
    return head + ' at ADDR:' + tail.partition(':')[2]


def wait_until(predicate):
    # Nothing notifies us when a thread blocks in Barrier.wait(): poll.
    while not predicate():
        time.sleep(0.001)


def run_all(threads):
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# ---- Barrier: every party gets a distinct index; the action runs once per
# round, before anyone is released.
log = []
guard = threading.Lock()
barrier = threading.Barrier(3, action=lambda: log.append('action'))
print(show(barrier), barrier.parties, barrier.n_waiting, barrier.broken)

def party(i):
    for rnd in range(3):
        index = barrier.wait()
        with guard:
            log.append((rnd, index))

run_all([threading.Thread(target=party, args=(i,)) for i in range(3)])
print(log.count('action'), sorted(x for x in log if x != 'action'))
print(show(barrier), barrier.n_waiting, barrier.broken)

# n_waiting counts the threads blocked in wait()
barrier = threading.Barrier(3)
def wait_once():
    barrier.wait()

ts = [threading.Thread(target=wait_once) for _ in range(2)]
for t in ts:
    t.start()
wait_until(lambda: barrier.n_waiting == 2)
print('waiting:', barrier.n_waiting, show(barrier))
print('last index:', barrier.wait())
for t in ts:
    t.join()

# abort(): waiters and later callers get BrokenBarrierError
barrier = threading.Barrier(3)
outcomes = []
def wait_and_record():
    try:
        barrier.wait()
        outcomes.append('passed')
    except threading.BrokenBarrierError as e:
        outcomes.append(type(e).__name__)

ts = [threading.Thread(target=wait_and_record) for _ in range(2)]
for t in ts:
    t.start()
wait_until(lambda: barrier.n_waiting == 2)
barrier.abort()
for t in ts:
    t.join()
print(outcomes, barrier.broken, show(barrier), barrier.n_waiting)
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print('wait on broken barrier: BrokenBarrierError')
print(issubclass(threading.BrokenBarrierError, RuntimeError))

# reset() repairs a broken barrier
barrier.reset()
print('after reset:', barrier.broken)
outcomes.clear()
run_all([threading.Thread(target=wait_and_record) for _ in range(3)])
print(outcomes)

# reset() while threads wait breaks their wait
outcomes.clear()
ts = [threading.Thread(target=wait_and_record) for _ in range(2)]
for t in ts:
    t.start()
wait_until(lambda: barrier.n_waiting == 2)
barrier.reset()
for t in ts:
    t.join()
print(outcomes, barrier.broken)

# a timeout breaks the barrier; so does an action that raises
barrier = threading.Barrier(2, timeout=0.01)
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print('timed out, broken:', barrier.broken)
barrier = threading.Barrier(2)
try:
    barrier.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print('wait(timeout) timed out, broken:', barrier.broken)

def bad_action():
    raise ValueError('action failed')

barrier = threading.Barrier(1, action=bad_action)
try:
    barrier.wait()
except ValueError as e:
    print('action raised:', e, 'broken:', barrier.broken)
print(threading.Barrier(1).wait(), threading.Barrier(1).wait())

# ---- Timer
fired = []
done = threading.Event()
def callback(*args, **kwargs):
    fired.append((args, kwargs))
    done.set()

timer = threading.Timer(0.01, callback, args=(1, 2), kwargs={'k': 'v'})
print(isinstance(timer, threading.Thread), timer.name.startswith('Thread-'),
      timer.interval, timer.args, timer.kwargs)
timer.start()
done.wait()
timer.join()
print('fired:', fired, timer.finished.is_set(), timer.is_alive())

timer = threading.Timer(10, callback)
print(timer.args, timer.kwargs)
timer.start()
timer.cancel()
timer.join()
print('cancelled:', len(fired), timer.finished.is_set())

timer = threading.Timer(0, callback, ['now'])
timer.cancel()          # cancelled before it even starts
timer.start()
timer.join()
print('cancelled before start:', len(fired))
