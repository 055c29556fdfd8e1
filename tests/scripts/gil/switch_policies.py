# Two CPU-bound threads both make progress while the main thread waits: the
# GIL changes hands by itself, under the time-interval policy (CPython's,
# sys.setswitchinterval) and under gilt's check-interval policy (Python 2's
# ticks, sys.setcheckinterval; CPython 3.11 lacks it and runs the time
# policy there too, so the output is the same).
import _thread
import sys


def race(seconds):
    counts = [0, 0]
    stop = [False]
    finished = _thread.allocate_lock()
    finished.acquire()
    left = [2]

    def spin(k):
        n = 0
        while not stop[0]:
            n += 1
            counts[k] = n
        left[0] -= 1
        if left[0] == 0:
            finished.release()

    _thread.start_new_thread(spin, (0,))
    _thread.start_new_thread(spin, (1,))
    gate = _thread.allocate_lock()
    gate.acquire()
    gate.acquire(timeout=seconds)  # waits without the GIL
    stop[0] = True
    finished.acquire()
    return min(counts) > 0


print("default interval:", sys.getswitchinterval(), race(0.2))
sys.setswitchinterval(0.001)
print("1 ms interval:", sys.getswitchinterval(), race(0.2))
sys.setswitchinterval(0.005)
if hasattr(sys, "setcheckinterval"):
    sys.setcheckinterval(100)
print("ticks:", race(0.2))
if hasattr(sys, "setcheckinterval"):
    sys.setcheckinterval(0)
print("back to the interval:", race(0.2))
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
