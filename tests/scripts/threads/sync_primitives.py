# Lock, RLock, Condition, Semaphore, BoundedSemaphore and Event, used from
# several threads; output never depends on scheduling.
import threading


def error(func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except Exception as e:
        print(' ', type(e).__name__ + ':', e)
    else:
        print('  no error')


def show(obj):
    # "<threading.Event at 0x7f..: set>": the address varies between runs.
    head, _, tail = repr(obj).partition(' at ')
    return head + ' at ADDR:' + tail.partition(':')[2]


def run_all(threads):
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# ---- Lock
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
with lock:
    print('in with:', lock.locked())
error(lock.release)

# ---- RLock: reentrant, owned by one thread
rlock = threading.RLock()
with rlock:
    with rlock:
        print('nested RLock ok')
rlock.acquire()
other = []
t = threading.Thread(target=lambda: other.append(rlock.acquire(False)))
t.start()
t.join()
rlock.release()
print('other thread could acquire:', other)
error(rlock.release)

# ---- Condition
print(threading.Condition(threading.Lock()))
cond = threading.Condition()
error(cond.wait)
error(cond.notify)
error(cond.notify_all)
with cond:
    print('wait(0):', cond.wait(0), 'wait(0.01):', cond.wait(0.01))
    print('wait_for true:', cond.wait_for(lambda: 'ready'))
    print('wait_for timeout:', cond.wait_for(lambda: 0, timeout=0.01))

# producer/consumer: items handed over one at a time
items = []
consumed = []
cond = threading.Condition(threading.Lock())
def consumer():
    for _ in range(5):
        with cond:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))
            cond.notify_all()

def producer():
    for i in range(5):
        with cond:
            cond.wait_for(lambda: not items)
            items.append(i * i)
            cond.notify_all()

run_all([threading.Thread(target=consumer), threading.Thread(target=producer)])
print('consumed:', consumed)

# notify(n) wakes exactly n waiters; notify_all the rest. Two conditions
# share one lock: waiters wait on `go`, the main thread on `changed`.
shared = threading.Lock()
go = threading.Condition(shared)
changed = threading.Condition(shared)
waiting = 0
woken = []
def waiter(i):
    global waiting
    with go:
        waiting += 1
        changed.notify()
        go.wait()
        woken.append(i)
        changed.notify()

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
with shared:
    changed.wait_for(lambda: waiting == 5)
    go.notify(2)
    changed.wait_for(lambda: len(woken) == 2)
    print('after notify(2):', len(woken), len(go._waiters))
    go.notify_all()
for t in ts:
    t.join()
print('after notify_all:', sorted(woken))

# ---- Semaphore
error(threading.Semaphore, -1)
sem = threading.Semaphore(2)
print(show(sem))
print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.01))
error(sem.acquire, False, 1)
error(sem.release, 0)
sem.release(2)
print(show(sem))
with sem:
    print('in with:', show(sem))

# at most 3 threads inside at once
sem = threading.Semaphore(3)
guard = threading.Lock()
inside = 0
peak = 0
def limited():
    global inside, peak
    for _ in range(20):
        with sem:
            with guard:
                inside += 1
                peak = max(peak, inside)
            with guard:
                inside -= 1

run_all([threading.Thread(target=limited) for _ in range(6)])
print('peak <= 3:', peak <= 3, 'inside:', inside)

# release() wakes a blocked acquirer
sem = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(sem.acquire()))
t.start()
sem.release()
t.join()
print('acquired after release:', got)

# ---- BoundedSemaphore
bsem = threading.BoundedSemaphore(2)
print(show(bsem))
error(bsem.release)
bsem.acquire()
bsem.acquire()
bsem.release()
print(show(bsem))
error(bsem.release, 2)
bsem.release()
error(bsem.release)
error(threading.BoundedSemaphore, -2)

# ---- Event
ev = threading.Event()
print(show(ev), ev.is_set())
print('wait(0.01):', ev.wait(0.01), 'wait(0):', ev.wait(0))
ev.set()
print(show(ev), ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set())

start = threading.Event()
ready = []
def runner(i):
    start.wait()
    with guard:
        ready.append(i)

ts = [threading.Thread(target=runner, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
print('before set:', ready)
start.set()
for t in ts:
    t.join()
print('after set:', sorted(ready))
