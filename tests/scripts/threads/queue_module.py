# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue; blocking, timeouts,
# Empty/Full, task_done/join; producers and consumers in threads.
import queue
import threading


def error(func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except Exception as e:
        print(' ', type(e).__name__ + (f': {e}' if str(e) else ''))
    else:
        print('  no error')


def drain(q):
    items = []
    while not q.empty():
        items.append(q.get_nowait())
    return items


print(sorted(queue.__all__))
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

# ---- ordering of the three Queue kinds
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in [5, 1, 4, 2, 3]:
        q.put(x)
    print(cls.__name__, q.qsize(), q.empty(), q.full(), q.maxsize, drain(q))
q = queue.PriorityQueue()
for item in [(2, 'b'), (1, 'z'), (3, 'c'), (1, 'a')]:
    q.put_nowait(item)
print(drain(q))

# ---- bounded queues: Full, timeouts
q = queue.Queue(maxsize=2)
q.put(1)
q.put(2, block=False)
print(q.full(), q.qsize())
error(q.put, 3, False)
error(q.put_nowait, 3)
error(q.put, 3, timeout=0.01)
error(q.put, 3, timeout=-1)
print(q.get(), q.get(timeout=0.5), q.empty())
error(q.get, False)
error(q.get_nowait)
error(q.get, timeout=0.01)
error(q.get, timeout=-1)
error(q.get, True, -0.5)
q = queue.Queue()
q.put(1, timeout=-1)      # unbounded: put never waits, timeout unchecked
print(q.get(False, -1))   # non-blocking: the timeout is ignored
q = queue.Queue(maxsize=-1)
for i in range(10):
    q.put(i)
print(q.full(), q.qsize())

# ---- task_done / join
q = queue.Queue()
error(q.task_done)
processed = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        processed.append(item * 2)
        q.task_done()

workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(20):
    q.put(i)
q.join()
print('after join:', q.unfinished_tasks, sorted(processed) == [2 * i for i in range(20)])
for w in workers:
    q.put(None)
for w in workers:
    w.join()
print(q.unfinished_tasks, q.empty())

# ---- a blocked put() wakes when a consumer makes room, and vice versa
q = queue.Queue(maxsize=1)
order = []
def slow_consumer():
    for _ in range(5):
        order.append(q.get())

t = threading.Thread(target=slow_consumer)
t.start()
for i in range(5):
    q.put(i)
t.join()
print('consumed in order:', order)

q = queue.LifoQueue()
got = []
t = threading.Thread(target=lambda: got.append(q.get(timeout=5)))
t.start()
q.put('hello')
t.join()
print(got)

# ---- many producers and consumers
q = queue.Queue(maxsize=4)
lock = threading.Lock()
received = []
def produce(base):
    for i in range(25):
        q.put(base + i)

def consume():
    for _ in range(25):
        item = q.get()
        with lock:
            received.append(item)
        q.task_done()

threads = ([threading.Thread(target=produce, args=(100 * k,)) for k in range(4)]
           + [threading.Thread(target=consume) for _ in range(4)])
for t in threads:
    t.start()
for t in threads:
    t.join()
q.join()
print(len(received), sorted(received) == sorted(100 * k + i for k in range(4) for i in range(25)))

# ---- SimpleQueue
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=7)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(False))
error(sq.get, False)
error(sq.get_nowait)
error(sq.get, timeout=0.01)
error(sq.get, timeout=-1)
sq.put('x')
print(sq.get(False, -1))   # non-blocking: the timeout is ignored
results = []
def sq_consumer():
    for _ in range(10):
        results.append(sq.get())

t = threading.Thread(target=sq_consumer)
t.start()
for i in range(10):
    sq.put(i)
t.join()
print(results)

# subclasses can reorder by overriding the storage hooks
class SortedQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(reverse=True)

    def _get(self):
        return self.queue.pop()

q = SortedQueue()
for x in 'queue':
    q.put(x)
print(drain(q))

# generic aliases, for type annotations
print(queue.Queue[int], queue.PriorityQueue[tuple],
      queue.SimpleQueue[str].__origin__ is queue.SimpleQueue)
