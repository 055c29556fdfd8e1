# The gc module's functions, their results' types and argument errors.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 5, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)

count = gc.get_count()
print(type(count).__name__, len(count), all(type(c) is int for c in count))
gc.collect()
print(gc.get_count()[0] < 700)
print(type(gc.collect()).__name__, gc.collect(0), gc.collect(1), gc.collect(generation=2))

print(gc.garbage, gc.callbacks)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))


class C:
    pass


# What the collector tracks: containers, not atoms.
print(gc.is_tracked(1), gc.is_tracked(1.5), gc.is_tracked("str"), gc.is_tracked(b"b"), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(gc.collect))
# Dicts of atoms are not tracked until something collectable goes in.
d = {"a": 1}
print(gc.is_tracked(d), gc.is_tracked({}))
d["b"] = []
print(gc.is_tracked(d))
# A tuple of atoms stops being tracked once a collection has seen it.
t = tuple([1, 2, 3])
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(([],)))

# Referents and referrers.
x = []
holder = [x, x]
print(gc.get_referents(holder) == [x, x])
print(any(r is holder for r in gc.get_referrers(x)))
print(gc.get_referents(1, "a"))
print(any(o is holder for o in gc.get_objects()))

# Callbacks see the start and the end of each collection.
events = []
gc.callbacks.append(lambda phase, info: events.append((phase, info["generation"], sorted(info))))
gc.collect(1)
gc.callbacks.clear()
print(events)

# DEBUG_SAVEALL keeps the garbage in gc.garbage.
gc.set_debug(gc.DEBUG_SAVEALL)
lst = []
lst.append(lst)
del lst
print(gc.collect(), len(gc.garbage), gc.garbage[0] is gc.garbage[0][0])
gc.set_debug(0)
gc.garbage[0].clear()
gc.garbage.clear()

gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())

for call in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect("0"),
             lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4),
             lambda: gc.set_threshold("x"), lambda: gc.enable(1), lambda: gc.is_tracked(),
             lambda: gc.get_objects(3), lambda: gc.get_objects("x")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
