# A first gilt program: run it with `scripts/run examples/hello.py [name]`.
import sys


def greet(name):
    return f"Hello, {name}!"


name = sys.argv[1] if len(sys.argv) > 1 else "world"
print(greet(name))
squares = [n * n for n in range(1, 6)]
print("squares:", squares, "sum:", sum(squares))
