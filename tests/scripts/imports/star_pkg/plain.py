a = 1
_b = 2
import sys
def f():
    return "f"
