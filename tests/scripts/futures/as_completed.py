# concurrent.futures.as_completed: finished futures first, then the others in
# the order they finish; duplicates once; the timeout and its message.
import threading
from concurrent.futures import Future, as_completed, TimeoutError

a, b, c, d = Future(), Future(), Future(), Future()
labels = {a: 'a', b: 'b', c: 'c', d: 'd'}

a.set_result(1)
b.cancel()
b.set_running_or_notify_cancel()

# The helper thread completes d, then c, each when the main thread asks.
steps = [threading.Event(), threading.Event()]


def complete():
    steps[0].wait()
    d.set_result(4)
    steps[1].wait()
    c.set_exception(ValueError('c'))


t = threading.Thread(target=complete)
t.start()

it = as_completed([a, b, c, d, a, d])
first = sorted(labels[next(it)] for _ in range(2))  # already done: any order
print('already done:', first)
steps[0].set()
print('next:', labels[next(it)])
steps[1].set()
f = next(it)
print('next:', labels[f], repr(f.exception()))
try:
    next(it)
except StopIteration:
    print('exhausted')
t.join()
print('waiters left:', [len(f._waiters) for f in (a, b, c, d)])

# Timeout: the generator raises once the deadline has passed.
e, g = Future(), Future()
e.set_result('e')
got = []
try:
    for f in as_completed([e, g, Future()], timeout=0.02):
        got.append(f is e)
except TimeoutError as exc:
    print('TimeoutError:', exc, got)
print('waiters left:', len(g._waiters))

# timeout=0 with everything done still yields everything.
print(len(list(as_completed([a, b, c, d], timeout=0))))

# Closing the generator early detaches it from the futures.
h = Future()
it = as_completed([a, h])
next(it)
it.close()
print('waiters after close:', len(h._waiters))

print(list(as_completed([])))
