# except*: matching parts of exception groups, wrapping naked exceptions, re-raising.
def f(excs):
    try:
        raise ExceptionGroup("grp", excs)
    except* ValueError as eg:
        print("ValueError part:", repr(eg))
    except* TypeError as eg:
        print("TypeError part:", repr(eg))
f([ValueError(1), TypeError(2)])
f([ValueError(1)])
try:
    f([ValueError(1), KeyError(3)])
except ExceptionGroup as e:
    print("rest propagates:", repr(e))
try:
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("naked wrapped:", repr(eg), repr(eg.exceptions[0]))
        raise
except ExceptionGroup as e:
    print("reraised:", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print("new + rest:", repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    print("reraise keeps structure:", repr(e))
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError(1)
    except* (ValueError, TypeError) as e:
        import sys
        print("handled:", repr(sys.exception()))
    else:
        print("no")
except Exception as e:
    print("unexpected", e)
try:
    pass
except* ValueError:
    pass
else:
    print("else runs")
finally:
    print("finally runs")

# An except* clause body may not be left with return, break or continue.
for source in ["def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
               "for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n",
               "for x in []:\n    try:\n        pass\n    except* ValueError:\n        for y in []:\n            continue\n",
               "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n"]:
    try:
        exec(source)
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)


# Notes and the traceback survive the split; exceptions raised in clauses chain.
def failing():
    e = ExceptionGroup("batch", [ValueError("v"), OSError("o")])
    e.add_note("while processing the batch")
    raise e


try:
    try:
        failing()
    except* OSError as matched:
        print("matched notes:", matched.__notes__, matched.__traceback__ is not None)
except* ValueError as rest:
    print("rest:", repr(rest), rest.__notes__)
