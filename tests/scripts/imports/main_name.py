# __name__ is "__main__" for the script; modules next to it are importable.
import sys
print(__name__, __package__, __spec__)
import _helper_main
print(_helper_main.__name__, _helper_main.__package__)
print(sys.path[0].endswith("tests/scripts/imports"))
print(sys.modules["__main__"].__name__)
import importlib
m = importlib.import_module("pkg.beta")
print(m.BETA, m is sys.modules["pkg.beta"])
m = importlib.import_module(".sub", "pkg")
print(m.SUB)
print(__import__("pkg.sub").__name__, __import__("pkg.sub", fromlist=["x"]).__name__)
if __name__ == "__main__":
    print("main guard ran")
