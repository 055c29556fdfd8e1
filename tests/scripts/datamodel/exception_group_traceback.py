# An uncaught exception group is drawn as CPython draws it, nested groups in boxes.
def inner():
    raise ValueError("bad value")

def collect():
    errors = []
    for f in (inner, lambda: 1 / 0):
        try:
            f()
        except Exception as e:
            errors.append(e)
    errors.append(ExceptionGroup("nested", [KeyError("k"), TypeError("t")]))
    raise ExceptionGroup("many problems", errors)

try:
    collect()
except* ZeroDivisionError:
    print("handled the division")
