# The errors imports raise, with CPython's messages.
import sys


def show(code):
    try:
        exec_import(code)
    except ImportError as e:
        print(type(e).__name__ + ":", e, "| name =", e.name)


def exec_import(code):
    if code == 1:
        import no_such_module
    elif code == 2:
        import pkg.no_such_sub
    elif code == 3:
        import pkg.beta.nothing
    elif code == 4:
        from pkg import no_such_name
    elif code == 5:
        from . import sibling
    elif code == 6:
        from .sibling import x
    elif code == 7:
        import no_such_module.sub
    elif code == 8:
        from pkg.beta import MISSING


for code in range(1, 9):
    show(code)

sys.modules["blocked"] = None
show_code = 0
try:
    import blocked
except ModuleNotFoundError as e:
    print(e)

try:
    __import__("pkg", level=-1)
except ValueError as e:
    print(e)
try:
    __import__("")
except ValueError as e:
    print(e)
print(issubclass(ModuleNotFoundError, ImportError))
import no_such_module_uncaught
