# set and frozenset: construction, order, methods, operators, errors.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

s = {3, 1, 2}
print(s, set(), frozenset(), set([5, 4, 4, 5]), set("hello") == {'h', 'e', 'l', 'o'}, set(range(10)), frozenset([3, 2, 1]), set({1: 2, 3: 4}))
print({100, 7, 64, 1, 33, 8, 15, 16}, set(range(20, 0, -3)), set([-1, -2, 0, 2**40, 2**61]))
print(len(s), 1 in s, 5 in s, 5 not in s, frozenset() in {frozenset()}, set() in {frozenset()})
show("set(1)", lambda: set(1))
show("set(1, 2)", lambda: set(1, 2))
show("set(a=1)", lambda: set(a=1))
show("{[]}", lambda: {[]})
show("[] in s", lambda: [] in s)
show("frozenset(a=1)", lambda: frozenset(a=1))

t = set()
for x in [5, 3, 9, 3, 1]:
    t.add(x)
print(t)
t.remove(3)
t.discard(9)
t.discard(100)
print(t)
show("remove missing", lambda: t.remove(100))
show("remove set", lambda: t.remove({1}))
show("add()", lambda: t.add())
show("add list", lambda: t.add([1]))
p = {1, 2, 3}
print(p.pop(), p.pop(), p, p.pop(), p)
show("pop empty", lambda: p.pop())
q = set(range(5))
c = q.copy()
q.clear()
print(q, c, c.copy() == c, c.copy() is c)
f = frozenset([1, 2])
print(f.copy() is f, frozenset(f) is f)

a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.union([7], (8,)), a.union(), a.intersection(b), a.intersection([1, 9], {1, 2}), a.intersection())
print(a.difference(b), a.difference([1], (2,)), a.difference(), a.symmetric_difference(b), a.symmetric_difference([1, 10]))
print(a.issubset(b), {3}.issubset(a), {3}.issubset([3, 4]), a.issuperset({1, 2}), a.issuperset([1, 9]), a.isdisjoint(b), a.isdisjoint([9]), a.isdisjoint({7, 8}))
fa = frozenset(a)
print(fa | b, b | fa, fa & b, fa - b, fa ^ b, type(fa | b).__name__, type(b | fa).__name__)
print(fa.union([9]), fa.intersection([1, 2]), fa.difference([1]), fa.symmetric_difference([1]))
show("set | list", lambda: a | [1])
show("set & 1", lambda: a & 1)
show("fs.add", lambda: fa.add(1))
u = {1, 2}
u2 = u
u |= {3}
u &= {1, 3, 4}
u -= {4}
u ^= {5, 1}
print(u, u is u2)
def ior_list():
    v = {1}
    v |= [2]
show("|= list", ior_list)
fz = frozenset([1])
fz2 = fz
fz |= {2}
print(fz, fz2, fz is fz2)
w = {1, 2, 3}
w.update([4], {5})
w.intersection_update(range(2, 10))
w.difference_update([5])
w.symmetric_difference_update([4, 7])
print(w)

print({1, 2} == {2, 1}, {1} == frozenset([1]), {1} != {2}, {1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, {1} >= {2}, set() == [], {1} == {1.0})
show("set < list", lambda: {1} < [1])
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([3, 2, 1])) == hash(frozenset([1, 2, 3])), hash(frozenset([frozenset([1])])))
show("hash set", lambda: hash(set()))
print({frozenset([1, 2]): 'x'}[frozenset([2, 1])])

def mutate():
    m = {1, 2, 3}
    for x in m:
        m.add(x + 10)
show("mutate", mutate)

class P:
    def __init__(self, x):
        self.x = x
    def __hash__(self):
        return self.x % 3
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
    def __repr__(self):
        return 'P' + str(self.x)
ps = {P(1), P(4), P(7), P(1)}
print(len(ps), P(4) in ps, P(10) in ps)
ps.discard(P(4))
print(len(ps), P(4) in ps, P(7) in ps)
for x in sorted({5, 1, 3}):
    print(x, end=" ")
print()
print(sorted({'b', 'a', 'c'}), min({4, 2}), max(frozenset([4, 2])), sum({1, 2, 3}), list({7}))
print(type(set()), type(frozenset()), type(iter(set())).__name__, repr(frozenset({1, 2})))
print(set([frozenset([1])]), {(1, 2), (1, 2)}, {None})
