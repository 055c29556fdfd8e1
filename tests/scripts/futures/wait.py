# concurrent.futures.wait with each return_when, timeouts and bad arguments.
# Futures are completed by a helper thread in an order the main thread
# dictates, so nothing depends on timing.
import threading
from concurrent.futures import (Future, wait, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED)


def names(futures, labels):
    return sorted(labels[f] for f in futures)


def show(result, labels):
    print('  done:', names(result.done, labels),
          'not_done:', names(result.not_done, labels))


def later(action, *args):
    """Run action(*args) in another thread once go is set."""
    go = threading.Event()

    def run():
        go.wait()
        action(*args)
    t = threading.Thread(target=run)
    t.start()
    return go, t


print(FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)

# Everything already done: returns at once, whatever return_when says.
a, b = Future(), Future()
a.set_result(1)
b.set_exception(ValueError())
labels = {a: 'a', b: 'b'}
for when in (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION):
    print(when)
    show(wait([a, b], return_when=when), labels)

# The result is a named tuple of two sets.
r = wait([a, a, b])
print(type(r).__name__, r._fields, type(r.done).__name__, len(r.done), len(r))

# Empty input.
print(wait([]))

# A timeout leaves the pending futures in not_done.
c = Future()
labels[c] = 'c'
print('timeout')
show(wait([a, c], timeout=0.01), labels)
show(wait([a, c], timeout=0.01, return_when=FIRST_EXCEPTION), labels)

# FIRST_COMPLETED with one future done already: no waiting.
print('first completed, one done')
show(wait([a, c], return_when=FIRST_COMPLETED), labels)

# FIRST_COMPLETED, completed from another thread.
d, e = Future(), Future()
labels.update({d: 'd', e: 'e'})
go, t = later(d.set_result, 'd')
go.set()
print('first completed')
show(wait([d, e], return_when=FIRST_COMPLETED), labels)
t.join()

# ALL_COMPLETED waits for all (a cancelled one counts once the executor
# side has been notified).
f, g = Future(), Future()
labels.update({f: 'f', g: 'g'})


def finish_both():
    f.set_result(1)
    g.cancel()
    g.set_running_or_notify_cancel()


go, t = later(finish_both)
go.set()
print('all completed')
show(wait([f, g], return_when=ALL_COMPLETED), labels)
t.join()

# FIRST_EXCEPTION: returns when one raises, even if others are pending.
h, i, j = Future(), Future(), Future()
labels.update({h: 'h', i: 'i', j: 'j'})
go, t = later(i.set_exception, KeyError('i'))
h.set_result('h')
go.set()
print('first exception')
show(wait([h, i, j], return_when=FIRST_EXCEPTION), labels)
t.join()

# FIRST_EXCEPTION with no exception behaves like ALL_COMPLETED.
k = Future()
labels[k] = 'k'
go, t = later(k.set_result, 'k')
go.set()
print('first exception, none raised')
show(wait([h, k], return_when=FIRST_EXCEPTION), labels)
t.join()

# An already failed future satisfies FIRST_EXCEPTION at once.
print('first exception, already raised')
show(wait([i, j], return_when=FIRST_EXCEPTION), labels)

# Waiters are removed again afterwards.
print('waiters left:', len(j._waiters), len(c._waiters))

# A bad return_when is only noticed when there is something to wait for.
print(wait([a], return_when='SOMETIMES').done == {a})
try:
    wait([c], return_when='SOMETIMES')
except ValueError as exc:
    print('ValueError:', exc)
