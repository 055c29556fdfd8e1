# dict: construction, lookup, ordering, methods, views, operators, errors.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

d = {'a': 1, 'b': 2}
print(d, {}, len(d), d['a'], dict(), dict(x=1, y=2), dict([(1, 2), [3, 4]]), dict(d), dict(d, c=3), dict({1: 2}, **{'k': 'v'}))
print(dict([('a', 0), ('b', 1)]), dict([('a', 1), ('a', 2)]), dict([], a=1), dict({}, **{}))
show("d['z']", lambda: d['z'])
show("d[[1]]", lambda: d[[1]])
show("dict(1)", lambda: dict(1))
show("dict([1])", lambda: dict([1]))
show("dict([(1,2,3)])", lambda: dict([(1, 2, 3)]))
show("dict(['ab', 'cde'])", lambda: dict(['ab', 'cde']))
show("dict(1, 2)", lambda: dict(1, 2))
print(dict(['ab', 'cd']))

e = {}
e[3] = 'c'
e[1] = 'a'
e[2] = 'b'
e[1] = 'A'
print(e, list(e), list(e.keys()), list(e.values()), list(e.items()))
del e[3]
e[3] = 'C'
print(e)
def delmissing():
    del e[99]
show("del missing", delmissing)
print(1 in e, 99 in e, 99 not in e, e.get(1), e.get(99), e.get(99, 'dflt'))
show("in unhashable", lambda: [] in e)

f = {}
for i in range(100):
    f[i] = i * i
for i in range(0, 100, 2):
    del f[i]
for i in range(200, 210):
    f[i] = -i
print(len(f), list(f)[:5], list(f)[-5:], f[99], sum(f.values()))

print(1 == 1.0, {1: 'int', 1.0: 'float', True: 'bool'})
print({(1, 2): 'tuple', 'key': None, None: 0, 3.5: [1]})

g = {'x': 1, 'y': 2, 'z': 3}
print(g.pop('x'), g.pop('nope', None), g)
show("pop missing", lambda: g.pop('nope'))
show("pop()", lambda: g.pop())
print(g.setdefault('y', 100), g.setdefault('w', 100), g.setdefault('v'), g)
print(g.popitem(), g.popitem(), g)
g.update({'a': 1}, b=2)
g.update([('c', 3)])
g.update(d=4)
g.update()
print(g)
show("update(1, 2)", lambda: g.update(1, 2))
show("update(1)", lambda: g.update(1))
h = g.copy()
h['new'] = 1
print(g == h, len(g), len(h))
g.clear()
print(g, len(g), bool(g), bool(h))
show("popitem empty", lambda: g.popitem())
show("get()", lambda: g.get())
show("keys(1)", lambda: g.keys(1))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), {}.fromkeys((5,), 'v'))
show("fromkeys()", lambda: dict.fromkeys())

k = {'one': 1, 'two': 2, 'three': 3}
ks, vs, its = k.keys(), k.values(), k.items()
print(ks, vs, its, len(ks), len(vs), len(its))
print('one' in ks, 'four' in ks, 2 in vs, 5 in vs, ('two', 2) in its, ('two', 3) in its, 'two' in its)
k['four'] = 4
print(ks, list(vs), list(its)[-1])
print(ks == {'one', 'two', 'three', 'four'}, ks & {'one', 'x'}, sorted(ks | {'x'}), sorted(ks - {'one'}), sorted(ks ^ {'one', 'z'}))
print({'one', 'q'} & ks, its == {('one', 1), ('two', 2), ('three', 3), ('four', 4)}, ks.isdisjoint({'z'}))
print(type(ks).__name__, type(vs).__name__, type(its).__name__, type(iter(k)).__name__, type(iter(vs)).__name__, type(iter(its)).__name__)
for key in k:
    print(key, k[key], end="; ")
print()
for key, value in k.items():
    print(key, value, end="; ")
print()
print(list(reversed(k)), sorted(k), max(k), min(k.values()), sum(k.values()))

def mutate():
    m = {1: 1, 2: 2}
    for x in m:
        m[x + 10] = 0
show("mutate", mutate)
def mutate_del():
    m = {1: 1, 2: 2}
    for x in m:
        del m[x]
show("mutate del", mutate_del)
m = {1: 1, 2: 2}
for x in m:
    m[x] = 'changed'
print(m)

print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == [], {1: 2} == {1: 2.0})
show("dict < dict", lambda: {} < {})
print({1: 'a'} | {2: 'b'}, {1: 'a'} | {1: 'b'})
show("dict | list", lambda: {1: 2} | [(3, 4)])
n = {1: 'a'}
n2 = n
n |= {2: 'b'}
n |= [(3, 'c')]
print(n, n is n2)
show("hash", lambda: hash({}))

r = {}
r['self'] = r
print(r)
r2 = {'a': [r]}
print(r2)
r.clear()  # break the cycle

class Key:
    def __init__(self, name, h):
        self.name = name
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return 'Key(' + self.name + ')'
kd = {}
for name in ['a', 'b', 'c', 'd']:
    kd[Key(name, 42)] = name
print(kd, kd[Key('c', 42)], Key('e', 42) in kd, len(kd))
del kd[Key('b', 42)]
print(kd, Key('b', 42) in kd, kd.get(Key('d', 42)))
kd[Key('b', 42)] = 'again'
print(kd)
print(hash(-1), {-1: 'a', -2: 'b'})
