# Uncaught exceptions in threads: threading.excepthook and its arguments,
# the default hook's report, SystemExit, and a hook that fails itself.
import io
import sys
import threading


def fail():
    raise ValueError('boom')


def run(target, name):
    t = threading.Thread(target=target, name=name)
    t.start()
    t.join()
    return t


def captured_stderr(func):
    # Run func with sys.stderr redirected; return what it wrote, as lines.
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        func()
        return sys.stderr.getvalue().splitlines()
    finally:
        sys.stderr = saved


def summary(lines):
    # The traceback's frames inside threading.py differ between
    # implementations; keep the header, this file's functions, the last line.
    ours = [line.split(', ')[-1] for line in lines
            if line.lstrip().startswith('File') and 'excepthook.py' in line]
    return lines[:1] + ours + lines[-1:]


print(threading.excepthook is threading.__excepthook__)

# a custom hook sees the exception and the thread
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value),
                 args.exc_traceback is not None, args.thread.name,
                 args.thread is threading.current_thread()))

threading.excepthook = hook
t = run(fail, 'failing')
print(seen, t.is_alive())
seen.clear()
run(lambda: sys.exit(3), 'exiting')
print('SystemExit reaches the hook too:', seen)
threading.excepthook = threading.__excepthook__

# the default hook prints "Exception in thread NAME:" and the traceback
print(summary(captured_stderr(lambda: run(fail, 'worker'))))
# ... says nothing about SystemExit
print(captured_stderr(lambda: run(lambda: sys.exit(1), 'quiet')))
print(captured_stderr(lambda: run(sys.exit, 'quiet2')))

# the hook can be called directly; with no thread it names the ident
try:
    raise KeyError('k')
except KeyError:
    args = threading.ExceptHookArgs([*sys.exc_info(), None])
print(args.exc_type.__name__, args.exc_value, args.thread, len(args))
lines = captured_stderr(lambda: threading.excepthook(args))
print(lines[0] == f'Exception in thread {threading.get_ident()}:', lines[-1])
args = threading.ExceptHookArgs([OSError, OSError(2, 'gone'), None,
                                 threading.main_thread()])
print(captured_stderr(lambda: threading.excepthook(args)))

# a hook that raises: both failures are reported
def bad_hook(args):
    raise RuntimeError('hook failed')

threading.excepthook = bad_hook
lines = captured_stderr(lambda: run(fail, 'doomed'))
print(lines[0], '|', lines[-1])
threading.excepthook = threading.__excepthook__

# a failed thread does not disturb the others
results = []
ts = [threading.Thread(target=fail if i % 2 else (lambda i=i: results.append(i)))
      for i in range(6)]
threading.excepthook = lambda args: results.append(args.exc_type.__name__)
for t in ts:
    t.start()
for t in ts:
    t.join()
threading.excepthook = threading.__excepthook__
print(sorted(map(str, results)))
