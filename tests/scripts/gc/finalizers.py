# PEP 442: __del__ runs once per object, whether refcounting or the
# collector frees it; an object it resurrects stays alive.
import gc

gc.collect()
saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.calls = 0

    def __del__(self):
        self.calls += 1
        print("__del__", self.name, "call", self.calls)
        saved.append(self)


# Freed by refcounting, resurrected into `saved`.
p = Phoenix("refcount")
del p
print(len(saved), saved[0].name, gc.is_finalized(saved[0]))
# Dropping it again does not call __del__ again.
saved.clear()
print("cleared", len(saved))

# In a cycle: the collector calls __del__, which resurrects the whole cycle.
p = Phoenix("cycle")
p.partner = Phoenix("partner")
p.partner.partner = p
del p
print("collected", gc.collect())
print(sorted(x.name for x in saved))
print(saved[0].partner.partner is saved[0])
# The resurrected cycle is garbage again: no second __del__, and it goes.
saved.clear()
print("collected", gc.collect())
print("saved", len(saved))


# __del__ of objects freed by refcounting, in order.
class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("bye", self.name)


x = Loud("x")
x = Loud("y")
del x
print(gc.is_finalized(Loud("z")))


# A container of finalizable objects in a cycle: each is finalized once.
box = [Loud(i) for i in range(3)]
box.append(box)
del box
print("collected", gc.collect())


# A __del__ that breaks the cycle itself: the objects go by refcounting.
class Breaker:
    def __del__(self):
        print("breaking")
        self.other = None


b = Breaker()
b.other = [b]
del b
print("collected", gc.collect())

# An object created in __del__ survives.
class Maker:
    def __del__(self):
        global made
        made = [1, 2, 3]


m = Maker()
m.me = m
del m
gc.collect()
print(made)
print("end")
