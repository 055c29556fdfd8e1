import traceback, sys, io
def f(x):
    return 1 / x
def g():
    return f(0)
try:
    g()
except ZeroDivisionError:
    print(traceback.format_exc())
    print(traceback.format_exception(*sys.exc_info()))
    e = sys.exc_info()[1]
    print(traceback.format_exception_only(e))
    print(traceback.format_tb(e.__traceback__, limit=1))
    print(traceback.format_tb(e.__traceback__, limit=-1))
    print(traceback.extract_tb(e.__traceback__))
    print([tuple(x) for x in traceback.extract_tb(e.__traceback__)])
    print(''.join(traceback.format_exception(e, limit=2)))
try:
    try:
        {}['k']
    except KeyError as k:
        raise ValueError("bad") from k
except ValueError as v:
    s = io.StringIO()
    traceback.print_exc(file=s)
    print(s.getvalue())
    print(''.join(traceback.format_exception(v, chain=False)))
    print(''.join(traceback.format_exception(v, limit=1)))
def h():
    return traceback.format_stack()
print(''.join(h()))
print(traceback.extract_stack()[-1].name)
print(traceback.format_exception_only(None), traceback.format_exception(None))
print(repr(traceback.FrameSummary("a.py", 3, "f", line="x = 1")))
def r(n):
    if n == 0:
        raise RuntimeError("deep")
    return r(n - 1)
try:
    r(8)
except RuntimeError as e:
    print(''.join(traceback.format_tb(e.__traceback__)))
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
    print(''.join(traceback.format_list(traceback.extract_tb(e.__traceback__))))
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    traceback.print_exc(file=sys.stdout)
try:
    compile("x = (", "<s>", "exec")
except SyntaxError as se:
    print(traceback.format_exception_only(se))
try:
    traceback.print_exception(ValueError, ValueError(1))
except ValueError as e:
    print("ValueError:", e)
try:
    traceback.print_exception(3)
except TypeError as e:
    print("TypeError:", e)
e = KeyError('x')
e.add_note("note one")
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))

# walk_stack and extract_stack from inside functions
def a():
    return [f.f_code.co_name for f, n in traceback.walk_stack(None)]
def b():
    return a()
print(b()[:3])
def c():
    return traceback.extract_stack(limit=2)
print([fs.name for fs in c()])
print(traceback.extract_tb(None), traceback.format_tb(None))

# print_exc in a thread, into a stream
import threading
out = io.StringIO()
def worker():
    try:
        int("x")
    except ValueError:
        traceback.print_exc(file=out)
t = threading.Thread(target=worker)
t.start()
t.join()
print(out.getvalue())

# sys.tracebacklimit
sys.tracebacklimit = 1
try:
    r(3)
except RuntimeError:
    print(traceback.format_exc())
del sys.tracebacklimit
