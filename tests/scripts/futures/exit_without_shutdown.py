# An executor that is never shut down must not keep the process alive once
# its work is done: work still queued when the main thread ends runs, then
# the process exits. An executor dropped without shutdown lets its workers go.
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()


def task(n):
    gate.wait()  # released by the main thread's last statement
    print('task', n, 'ran')


def dropped():
    ex = ThreadPoolExecutor(2)
    print(ex.submit(pow, 2, 5).result())
    return list(ex._threads)


workers = dropped()
for t in workers:
    t.join(timeout=10)
print('dropped executor workers alive:', [t.is_alive() for t in workers])

ex = ThreadPoolExecutor(1)
for n in range(3):
    ex.submit(task, n)
print('main thread done')
gate.set()
