# add_done_callback: order, immediate calls, the calling thread, and callbacks
# that raise (reported on stderr, the others still run).
import io
import sys
import threading
from concurrent.futures import Future

calls = []


def make(tag):
    def callback(fut):
        calls.append((tag, threading.current_thread().name, fut.done()))
    return callback


f = Future()
f.add_done_callback(make('a'))
f.add_done_callback(make('b'))
print('before:', calls)
f.set_result(1)
print('after set_result:', calls)
calls.clear()
f.add_done_callback(make('late'))  # already done: runs at once, here
print('late:', calls)

# Completed by another thread: the callbacks run in that thread.
calls.clear()
f = Future()
f.add_done_callback(make('t'))
t = threading.Thread(target=f.set_exception, args=(KeyError('k'),), name='setter')
t.start()
t.join()
print('thread:', calls)

# Cancelling calls the callbacks too (once).
calls.clear()
f = Future()
f.add_done_callback(make('c'))
f.cancel()
f.cancel()
f.set_running_or_notify_cancel()
print('cancel:', calls)


def norm(text, fut):
    return text.replace('%#x' % id(fut), '0x...')


def bad(fut):
    raise ZeroDivisionError('callback failed')


def report(log, fut):
    lines = norm(log, fut).splitlines()
    print('log head:', lines[0])
    print('log has traceback:', lines[1] == 'Traceback (most recent call last):')
    print('log tail:', lines[-1])


# A raising callback is logged with its traceback; later callbacks still run.
calls.clear()
f = Future()
f.add_done_callback(bad)
f.add_done_callback(make('after-bad'))
saved, sys.stderr = sys.stderr, io.StringIO()
try:
    f.set_result('x')
finally:
    log, sys.stderr = sys.stderr.getvalue(), saved
report(log, f)
print('still called:', calls)

# The same for a callback added after completion.
saved, sys.stderr = sys.stderr, io.StringIO()
try:
    f.add_done_callback(bad)
finally:
    log, sys.stderr = sys.stderr.getvalue(), saved
report(log, f)
