# Frame objects: a traceback's tb_frame, sys._getframe() with f_locals and
# f_back, and one frame type for them and gi_frame.
import sys
def inner(x):
    y = x * 2
    raise ValueError("v")
def outer():
    inner(3)
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        f = tb.tb_frame
        # (a finished frame's f_lineno is its last line; gilt's module frame is a
        # snapshot, so compare only the frames that have finished)
        done = f.f_code.co_name != "<module>"
        frames.append((f.f_code.co_name, tb.tb_lineno, not done or f.f_lineno == tb.tb_lineno, f.f_globals is globals(), type(f).__name__))
        tb = tb.tb_next
    print(frames)
    print(e.__traceback__.tb_frame.f_code.co_filename.endswith("tbf.py"))
def caller():
    a = 1
    return callee()
def callee():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_locals, f.f_back.f_code.co_name, sorted(sys._getframe().f_locals)
print(caller())
print(sys._getframe().f_locals is globals(), sys._getframe().f_back)
def g():
    yield 1
gen = g()
print(type(gen.gi_frame) is type(sys._getframe()))
