# warnings: warn (file:line: Category: message + source line on stderr), filters, catch_warnings.
import warnings
def f():
    warnings.warn("careful", stacklevel=2)
f()
f()
warnings.warn("dep", DeprecationWarning)
warnings.warn("rt", RuntimeWarning)
warnings.simplefilter("error")
try:
    warnings.warn("boom")
except UserWarning as e:
    print("raised", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec1")
    warnings.warn("rec2", FutureWarning)
print([str(m.message) for m in w], [m.category.__name__ for m in w])
warnings.simplefilter("ignore")
warnings.warn("ignored")
warnings.resetwarnings()
warnings.warn(UserWarning("instance"))
for i in range(3):
    warnings.warn("loop")
