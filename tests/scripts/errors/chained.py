class MyError(Exception):
    pass

def f(n):
    if n == 0:
        raise MyError("boom")
    return f(n - 1) + 1

def g():
    try:
        f(5)
    except MyError as e:
        raise ValueError("wrapped") from e

def h():
    try:
        g()
    except ValueError:
        x = {}["missing"]

h()
