# threading.local (per-thread attributes, subclasses) and the dummy Thread
# objects that stand for threads started with _thread directly.
import _thread
import threading

# ---- local: each thread sees its own attributes
data = threading.local()
data.value = 'main'
seen = {}
def worker(i):
    print_value = getattr(data, 'value', 'unset')
    data.value = i
    seen[i] = (print_value, data.value)

ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()), data.value)
print(type(data) is threading.local, threading.local is _thread._local)

# a subclass's __init__ runs again in every thread that touches it
class Counter(threading.local):
    initial = 'class attr'

    def __init__(self, start):
        self.count = start

counter = Counter(10)
counter.count += 1
results = []
def bump():
    counter.count += 5
    results.append((counter.count, counter.initial))

t = threading.Thread(target=bump)
t.start()
t.join()
print(results, counter.count)

# ---- threads started with _thread: current_thread() is a _DummyThread
done = threading.Event()
info = []
def raw():
    me = threading.current_thread()
    info.append((type(me).__name__, me.name.startswith('Dummy-'), me.daemon,
                 me.is_alive(), me.ident == threading.get_ident(),
                 me is threading.current_thread(), me in threading.enumerate(),
                 repr(me).replace(str(me.ident), 'IDENT').split(', ')[1]))
    done.set()

_thread.start_new_thread(raw, ())
done.wait()
print(info)

# a _thread thread with a lock handshake, as threading does it internally
lock = _thread.allocate_lock()
lock.acquire()
out = []
def release_when_done(x, y):
    out.append(x + y)
    lock.release()

_thread.start_new_thread(release_when_done, (2, 3))
lock.acquire()
print(out)
