# Collections happen by themselves: allocating containers counts towards
# generation 0's threshold, and passing it runs a collection at the next
# safe point, without any call to gc.collect().
import gc

freed = 0


class Cyclic:
    def __init__(self):
        self.me = self

    def __del__(self):
        global freed
        freed += 1


gc.collect()
for i in range(5000):
    Cyclic()
print("freed without collect:", freed > 0)
print("but not all of them:", freed < 5000)
print("count below threshold:", gc.get_count()[0] <= gc.get_threshold()[0])

# Disabled, the cycles pile up until an explicit collection.
gc.disable()
freed = 0
for i in range(5000):
    Cyclic()
print("freed while disabled:", freed)
gc.collect()
print("freed by collect:", freed >= 5000)
gc.enable()

# A lower threshold collects sooner.
gc.collect()
gc.set_threshold(10)
freed = 0
for i in range(100):
    Cyclic()
print("freed with threshold 10:", freed >= 80)
gc.set_threshold(700)

# The older generations get their turn: objects that survive move up, and
# garbage that reached an older generation is found by its collections.
gc.collect()
survivors = []
for i in range(30000):
    obj = Cyclic()
    if i % 1000 == 0:
        survivors.append(obj)
del obj
survivors.clear()
freed = 0
for i in range(30000):
    Cyclic()
print("old garbage freed eventually:", freed > 29000)
stats = gc.get_stats()
print("generations collected:", [s["collections"] > 0 for s in stats])
