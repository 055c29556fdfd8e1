# _thread: starting threads, locks, RLock, identity, thread-local data, and
# what happens to an exception nobody catches in a thread.
import _thread
import time


def wait_for(lock):
    # A thread signals that it is done by releasing a lock the main thread holds.
    lock.acquire()


# ---- start_new_thread with args and kwargs; results come back through a list
results = []
done = _thread.allocate_lock()
done.acquire()


def worker(n, *, label):
    results.append((label, sum(range(n)), _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1000,), {"label": "w"})
wait_for(done)
print(results, isinstance(ident, int))

# ---- argument errors
for args in [(1, ()), (print, []), (print, (), 1)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)

# ---- lock
lock = _thread.allocate_lock()
print(type(lock).__name__, type(lock) is _thread.LockType, lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for kwargs in [dict(blocking=False, timeout=1), dict(timeout=-2), dict(timeout=1e20)]:
    try:
        lock.acquire(**kwargs)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
print(repr(lock).split(" object")[0])

# a lock released by another thread wakes its waiter
handoff = _thread.allocate_lock()
handoff.acquire()
_thread.start_new_thread(lambda: (time.sleep(0.02), handoff.release()), ())
print("woken:", handoff.acquire(timeout=5))

# ---- RLock
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
print(r._is_owned(), repr(r).split(" at ")[0])
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r.acquire()
state = r._release_save()
print(type(state).__name__, r._is_owned())
r._acquire_restore(state)
print(r._is_owned())
r.release()

other = []
r.acquire()
t_done = _thread.allocate_lock()
t_done.acquire()


def try_other():
    other.append(r.acquire(False))
    try:
        r.release()
    except RuntimeError as e:
        other.append(str(e))
    t_done.release()


_thread.start_new_thread(try_other, ())
wait_for(t_done)
r.release()
print("another thread:", other)

# ---- _local: each thread sees its own attributes
data = _thread._local()
data.x = "main"
seen = []
t_done = _thread.allocate_lock()
t_done.acquire()


def use_local():
    seen.append(hasattr(data, "x"))
    data.x = "thread"
    seen.append(data.x)
    t_done.release()


_thread.start_new_thread(use_local, ())
wait_for(t_done)
print(seen, data.x)


class Counter(_thread._local):
    def __init__(self, start):
        self.value = start


c = Counter(10)
c.value += 1
t_done = _thread.allocate_lock()
t_done.acquire()
_thread.start_new_thread(lambda: (seen.append(c.value), t_done.release()), ())
wait_for(t_done)
print(c.value, seen[-1])
try:
    _thread._local(1)
except TypeError as e:
    print("TypeError:", e)

# ---- module facts
print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError, _thread.stack_size())
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(_thread.get_native_id(), int))

# ---- _thread.exit() ends a thread quietly; an uncaught exception is reported
t_done = _thread.allocate_lock()
t_done.acquire()


def quits():
    t_done.release()
    _thread.exit()


_thread.start_new_thread(quits, ())
wait_for(t_done)


def fails():
    try:
        raise ValueError("boom")
    finally:
        t_done.release()


_thread.start_new_thread(fails, ())
wait_for(t_done)
time.sleep(0.05)  # let the report be written
print("end")
