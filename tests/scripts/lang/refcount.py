# sys.getrefcount reports reference counts, the argument's own reference included.
import sys

a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
holder = [a, a, a]
print(sys.getrefcount(a))
del holder
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))

def count_inside(x):
    return sys.getrefcount(x)

print(count_inside(a))

class Node:
    pass

n = Node()
print(sys.getrefcount(n))
d = {"k": n}
print(sys.getrefcount(n))
d.clear()
print(sys.getrefcount(n))
s = "a string built at run time".upper()
print(sys.getrefcount(s))
t = (s, s)
print(sys.getrefcount(s))
