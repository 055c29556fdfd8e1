# Future without an executor: states, results, cancellation, repr and the
# InvalidStateError / RuntimeError paths.
import io
import sys
from concurrent.futures import (Future, CancelledError, InvalidStateError,
                                TimeoutError)


def norm(text, *futures):
    # Addresses differ from run to run (and between interpreters).
    for f in futures:
        text = text.replace('%#x' % id(f), '0x...').replace(str(id(f)), 'ID')
    return text


def show(f):
    print(norm(repr(f), f), f.done(), f.running(), f.cancelled())


f = Future()
show(f)
try:
    f.result(timeout=0)
except TimeoutError as e:
    print('result timeout:', type(e).__name__, repr(str(e)))
try:
    f.exception(timeout=0.01)
except TimeoutError as e:
    print('exception timeout:', type(e).__name__)
print(f.set_running_or_notify_cancel())
show(f)
print('cancel running:', f.cancel())
f.set_result(42)
show(f)
print(f.result(), f.exception(), f.result(timeout=0))
print('cancel finished:', f.cancel())
try:
    f.set_result(1)
except InvalidStateError as e:
    print('InvalidStateError:', norm(str(e), f))
try:
    f.set_exception(ValueError())
except InvalidStateError as e:
    print('InvalidStateError:', norm(str(e), f))

# set_running_or_notify_cancel on a finished future: RuntimeError, and a
# critical log line naming the future's id.
saved, sys.stderr = sys.stderr, io.StringIO()
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print('RuntimeError:', e)
finally:
    logged, sys.stderr = sys.stderr.getvalue(), saved
print('logged:', norm(logged, f).rstrip())

# A result of another type shows in the repr.
f = Future()
f.set_result(None)
show(f)
f = Future()
f.set_result([1])
show(f)

# An exception.
f = Future()
err = ValueError('bad value')
f.set_exception(err)
show(f)
print(f.exception() is err)
try:
    f.result()
except ValueError as e:
    print('result raised:', repr(e), e is err)


class MyError(Exception):
    pass


f = Future()
f.set_exception(MyError('mine'))
show(f)

# Cancellation.
f = Future()
print('cancel pending:', f.cancel(), 'again:', f.cancel())
show(f)
for call in (f.result, f.exception):
    try:
        call()
    except CancelledError as e:
        print(call.__name__, 'raised', repr(e))
try:
    f.set_result(3)
except InvalidStateError as e:
    print('InvalidStateError:', norm(str(e), f))
print('notify:', f.set_running_or_notify_cancel())
show(f)
print('cancel notified:', f.cancel())
try:
    f.set_exception(ValueError())
except InvalidStateError as e:
    print('InvalidStateError:', norm(str(e), f))

# Futures are generic in annotations.
print(Future[int])
print(Future[int].__origin__ is Future)
