# contextlib without generators: suppress, closing, nullcontext, ExitStack, redirect_stdout, ContextDecorator.
# (@contextmanager needs generators: see _pending_contextmanager.py.)
import contextlib
import sys
from contextlib import suppress, closing, nullcontext, ExitStack, redirect_stdout, ContextDecorator

with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


with closing(Resource("file")) as r:
    print("using", r.name)

with nullcontext(42) as value:
    print("null", value)
with nullcontext() as value:
    print("null", value)

with ExitStack() as stack:
    a = stack.enter_context(Resource("a"))
    b = stack.enter_context(Resource("b"))
    stack.callback(print, "callback", 1, end="!\n")
    stack.push(lambda *exc: print("pushed exit", exc[0]))
    print("inside", a.name, b.name)

try:
    with ExitStack() as stack:
        stack.enter_context(Resource("c"))
        stack.push(lambda typ, val, tb: typ is ValueError)
        raise ValueError("swallowed by push")
    print("ValueError suppressed")
except ValueError:
    print("not reached")

try:
    with ExitStack() as stack:
        stack.enter_context(Resource("d"))
        raise KeyError("kept")
except KeyError as e:
    print("KeyError propagated", e)


def failing_callback():
    raise RuntimeError("from callback")


try:
    with ExitStack() as stack:
        stack.callback(failing_callback)
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

with ExitStack() as outer:
    outer.enter_context(Resource("moved"))
    kept = outer.pop_all()
print("outer closed; moved still open")
kept.close()

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError:", e)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


capture = Capture()
with redirect_stdout(capture):
    print("captured line")
print("captured:", capture.parts)
with contextlib.redirect_stderr(capture):
    print("to stderr", file=sys.stderr)
print(capture.parts[-2:])


class logged(ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("finish")
        return False


@logged()
def work(x):
    print("working", x)
    return x * 2


print(work(21), work.__name__)
