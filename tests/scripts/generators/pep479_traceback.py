# PEP 479 as CPython reports it: the StopIteration is the RuntimeError's cause.
def leaks():
    yield 1
    raise StopIteration("x")
def user():
    for v in leaks():
        pass
user()
