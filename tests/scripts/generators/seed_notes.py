# The generator scenarios of the study notes (seeds), as written there.
from collections import deque


def countdown(n):
    while n > 0:
        yield n
        n -= 1


g1 = countdown(10)
g2 = countdown(20)
print(next(g1))
print(next(g2))
print(next(g1))
print(next(g2))

# Round-robin "multi-tasking without threads".
tasks = [countdown(10), countdown(5), countdown(20)]
while tasks:
    task = tasks[0]
    tasks.remove(task)
    try:
        print(next(task))
        tasks.append(task)
    except Exception:
        print("Task completed")

# Yielding from another iterator.
models = deque(("Catherine", "Elizabeth", "Nicole"))


def get_models():
    yield from models


g = get_models()
print(repr(next(g)))


def greet_model(generator):
    while True:
        try:
            model = next(generator)
            yield f"Hello {model}"
        except StopIteration:
            pass


g = greet_model(get_models())
print(repr(next(g)))

# Receiving data with a yield expression: a coroutine driven by send().
models = deque(("Catherine", "Elizabeth", "Nicole"))


def model_upper():
    while models:
        model = models.popleft().upper()
        greeting = yield
        print(f"{greeting} {model}")


def greet(gen):
    gen.send(None)
    while True:
        greeting = yield
        gen.send(greeting)


greeter = greet(model_upper())
print(greeter.send(None))
greeter.send("Hello")
print("Hello world multi-tasking")
greeter.send("How are you!")
try:
    greeter.send("Bye")
except RuntimeError as e:
    # model_upper's StopIteration escapes greet's frame: PEP 479.
    print(type(e).__name__, e, type(e.__cause__).__name__)
