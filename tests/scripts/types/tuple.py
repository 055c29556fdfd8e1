# tuple: construction, indexing, slicing, hashing, comparison, methods.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

t = (1, 2, 3)
print(t, (), (1,), (1, (2, 3)), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(t) is t)
print(len(t), len(()), t[0], t[-1], t[1:], t[::-1], t[:0], t[::2], t[5:], t[-10:1])
show("t[3]", lambda: t[3])
show("t[-4]", lambda: t[-4])
show("t['a']", lambda: t['a'])
show("t[::0]", lambda: t[::0])
show("tuple(1)", lambda: tuple(1))
show("tuple(1, 2)", lambda: tuple(1, 2))
show("tuple(x=1)", lambda: tuple(x=1))
def setitem():
    t[0] = 5
show("setitem", setitem)

print(t + (4,), t + (), () + t, t * 2, 2 * t, t * 0, t * -3, (t * 1) is t)
show("tuple + list", lambda: t + [4])
show("tuple * str", lambda: t * 'x')
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((1, 2)) == hash((1, 2)), hash((True, 2)) == hash((1, 2)))
print(hash((-1,)), hash((0, -1, -2)), hash(((), ((),))))
print(hash(("a", 1)) == hash(("a", 1)))
show("hash list", lambda: hash((1, [2])))

print((1, 2) == (1, 2), (1, 2) != (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, 2) <= (1, 2), (1, 2) >= (1, 3))
print((1, 2) == [1, 2], (1, 'a') == (1, 'a'), (1, (2,)) < (1, (3,)))
show("(1,) < ('a',)", lambda: (1,) < ('a',))
show("(1,) < 1", lambda: (1,) < 1)
show("() > None", lambda: () > None)
print(2 in t, 5 in t, 5 not in t, (2, 3) in ((2, 3),))

u = (1, 2, 1, 3, 1)
print(u.count(1), u.count(7), u.index(3), u.index(1, 1), u.index(1, -2), u.index(1, 1, 3))
show("index missing", lambda: u.index(7))
show("index range", lambda: u.index(3, 0, 2))
show("index()", lambda: u.index())
show("count()", lambda: u.count())

l = [1]
nested = (l, 2)
l.append(nested)
print(nested)
l.pop()  # break the cycle

a, b, c = t
print(a, b, c)
for x in (1, 'two', 3.0):
    print(x, end=" ")
print()
it = iter((7, 8))
print(next(it), next(it), next(it, None))
print(sorted((3, 1, 2)), max((1, 5, 2)), min((1, 5, 2)), sum((1, 2, 3)), list(reversed((1, 2, 3))))
print(type(()), type(iter(())).__name__, isinstance((), tuple))
d = {(1, 2): 'x', (): 'empty'}
print(d[(1, 2)], d[()])
