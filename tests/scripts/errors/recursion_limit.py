# A million-deep recursion ends in RecursionError, not a crash.
import sys

def down(n):
    return down(n + 1) + 1

sys.setrecursionlimit(1000000)
down(0)
