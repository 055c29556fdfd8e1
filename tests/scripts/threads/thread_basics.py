# threading.Thread: names, daemon flags, start/join/is_alive, reprs, errors,
# subclasses, current_thread/main_thread/enumerate/active_count.
import threading
import warnings


def show(t):
    # Thread idents differ from run to run.
    text = repr(t)
    if t.ident is not None:
        text = text.replace(str(t.ident), 'IDENT')
    return text


def error(func, *args):
    try:
        func(*args)
    except Exception as e:
        print(' ', type(e).__name__ + ':', e)
    else:
        print('  no error')


main = threading.main_thread()
print(main is threading.current_thread(), main.name, main.daemon, main.is_alive())
print(show(main), type(main).__name__)
print(main.ident == threading.get_ident(), type(main.ident).__name__)
print(type(threading.get_native_id()).__name__, main.native_id == threading.get_native_id())
print(threading.active_count(), threading.enumerate() == [main])
print(threading.TIMEOUT_MAX > 0, threading.ThreadError is RuntimeError)

# default names: "Thread-N (target)"; explicit names are str()ed
def work():
    pass

t1 = threading.Thread(target=work)
t2 = threading.Thread()
t3 = threading.Thread(target=work, name=42)
t4 = threading.Thread(target=lambda: None)
t5 = threading.Thread(target=print)
t6 = threading.Thread(target=work, name='')
print([t.name for t in (t1, t2, t3, t4, t5, t6)])
print(show(t1), t1.ident, t1.native_id, t1.is_alive(), t1.daemon)

# start / join
results = []
def add(a, b, *, scale=1):
    results.append((a + b) * scale)
    results.append(threading.current_thread().name)

t = threading.Thread(target=add, args=(2, 3), kwargs={'scale': 10}, name='adder')
t.start()
t.join()
print(results, t.is_alive(), show(t))
print(t.ident is not None, type(t.native_id).__name__)
t.join()            # joining a finished thread again is fine
t.join(0)
print('errors:')
error(t.start)
error(threading.Thread().join)
error(threading.current_thread().join)
error(setattr, t, 'daemon', True)

# a running thread: repr says "started", join(timeout) returns while it runs
go = threading.Event()
entered = threading.Event()
def wait_for_go():
    entered.set()
    go.wait()

t = threading.Thread(target=wait_for_go, name='waiter', daemon=True)
t.start()
entered.wait()
print(show(t), t.is_alive())
t.join(0.01)
print('after join(0.01):', t.is_alive())
print(t in threading.enumerate(), threading.active_count())
go.set()
t.join()
print(show(t), t.is_alive(), t in threading.enumerate(), threading.active_count())

# daemon is inherited from the creating thread
flags = []
def child_flags():
    flags.append(threading.Thread().daemon)
    flags.append(threading.Thread(daemon=False).daemon)

for daemon in (True, False):
    t = threading.Thread(target=child_flags, daemon=daemon)
    t.start()
    t.join()
print(flags)
t = threading.Thread()
t.daemon = True
print(t.daemon, show(t))
t.name = 'renamed'
print(t.name)

# the deprecated spellings still work, with a DeprecationWarning
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    t = threading.Thread(name='old')
    print(t.getName(), t.isDaemon())
    t.setName('older')
    t.setDaemon(True)
    print(t.name, t.daemon)
    print(threading.currentThread() is main, threading.activeCount())
    e = threading.Event()
    print(e.isSet())
    c = threading.Condition()
    with c:
        c.notifyAll()
for w in caught:
    print(' ', w.category.__name__, w.message)

# subclasses override run(); forgetting Thread.__init__ is an error
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f'worker-{n}')
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n

workers = [Worker(n) for n in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.name, w.result) for w in workers], show(workers[0]))

class Broken(threading.Thread):
    def __init__(self):
        pass

b = Broken()
error(b.start)
error(b.join)
error(setattr, b, 'daemon', True)

# many threads, results collected under a lock
lock = threading.Lock()
total = []
def count(n):
    for i in range(n):
        with lock:
            total.append(i)

ts = [threading.Thread(target=count, args=(100,)) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(total), sum(total), threading.active_count())
