# Reference cycles that refcounting cannot free are found and freed by
# gc.collect(); __del__ shows when each object goes.
import gc

gc.collect()


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


# An instance referring to itself.
a = Node("self-loop")
a.me = a
del a
print("before collect")
print("collected", gc.collect())

# Two instances referring to each other.
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("collected", gc.collect())

# A list that contains itself, and an instance inside it.
lst = [Node("in list")]
lst.append(lst)
del lst
print("collected", gc.collect())

# A dict cycle.
d = {"node": Node("in dict")}
d["d"] = d
del d
print("collected", gc.collect())

# A cycle through a tuple.
t = ([Node("in tuple")],)
t[0].append(t)
del t
print("collected", gc.collect())

# A function whose attribute refers back to it.
def f():
    pass


f.attr = f
del f
print("collected", gc.collect())

# A closure cell: the inner function refers to itself through its cell.
def outer():
    def inner():
        return inner

    inner.node = Node("closure")
    return inner


g = outer()
del g
print("collected", gc.collect())

# A bound method stored on its own instance.
class Holder(Node):
    def method(self):
        pass


h = Holder("bound method")
h.m = h.method
del h
print("collected", gc.collect())

# A set holding a frozenset... and an instance that holds the set.
n = Node("set")
n.s = {1, 2, n}
del n
print("collected", gc.collect())

# An exception that refers to an object that refers back to it.
try:
    raise ValueError("boom")
except ValueError as e:
    holder = Node("exception")
    holder.exc = e
    e.holder = holder
del holder
print("collected", gc.collect())

# A class whose attribute is an instance of it.
class Registry(Node):
    pass


Registry.default = Registry("class attribute")
del Registry
gc.collect()
print("class cycle freed")

# Reachable cycles survive a collection.
keep = Node("kept")
keep.me = keep
print("collected", gc.collect())
print(keep.me is keep)

# A long chain of objects ending in a cycle.
head = Node("chain head")
cur = head
for i in range(1000):
    nxt = [cur]
    cur = nxt
head.tail = cur
del head, cur, nxt
print("collected", gc.collect())
print("done")
