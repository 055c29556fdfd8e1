# contextlib.contextmanager: needs generators. Not collected as a test yet (the
# leading underscore); once gilt runs generators, rename it to
# contextmanager_module.py and run scripts/regen-expected on it.
from contextlib import contextmanager, ExitStack


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("b") as upper:
    print("inside", upper)

try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed KeyError")


with swallow():
    raise KeyError("k")


@tag("p")
def decorated():
    print("body")


decorated()


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with ExitStack() as stack:
    print([stack.enter_context(tag(n)) for n in "xy"])
