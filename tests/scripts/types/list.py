# list: construction, indexing, slicing, slice assignment, methods, operators.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

a = [1, 2, 3]
print(a, len(a), [], [[]], list(), list("abc"), list((4, 5)), list(range(4)))
print(a[0], a[-1], a[2], a[-3])
show("a[3]", lambda: a[3])
show("a[-4]", lambda: a[-4])
show("a['x']", lambda: a['x'])
show("a[1.5]", lambda: a[1.5])
show("a[True]", lambda: a[True])
show("list(1)", lambda: list(1))
show("list(1, 2)", lambda: list(1, 2))

b = list(range(10))
print(b[2:5], b[:3], b[7:], b[::2], b[::-1], b[-3:], b[:-3], b[8:2:-2], b[100:], b[-100:2])
print(b[::3], b[1::3], b[5:5], b[5:1], b[::-4])
show("b[::0]", lambda: b[::0])

c = list(range(6))
c[1:3] = ['a', 'b', 'c']
print(c)
c[:0] = [-1]
print(c)
c[len(c):] = [99]
print(c)
c[2:4] = []
print(c)
c[::2] = [0, 0, 0, 0]
print(c)
c[::-1] = c[:]
print(c)
c[1:2] = c
print(c)
del c[::2]
print(c)
del c[1:3]
print(c)
del c[-1]
print(c)
c[0] = 'z'
print(c)
d = [1, 2, 3]
def assign_ext():
    d[::2] = [1]
show("ext size", assign_ext)
def assign_int():
    d[0:1] = 5
show("slice int", assign_int)
def assign_ext_int():
    d[::2] = 5
show("ext int", assign_ext_int)
def set_oob():
    d[3] = 1
show("set oob", set_oob)
def del_oob():
    del d[-4]
show("del oob", del_oob)
d[5:1] = [9]
print(d)

e = [3, 1, 2]
e.append(4)
e.extend([5, 6])
e.extend((7,))
e.extend(range(8, 10))
e.insert(0, 0)
e.insert(-1, 'x')
e.insert(100, 'end')
e.insert(-100, 'start')
print(e)
print(e.pop(), e.pop(0), e.pop(-2), e)
e.remove(9)
print(e, e.index(4), e.index(2, 1), e.count(1), e.count(100))
show("remove", lambda: e.remove(100))
show("index", lambda: e.index(100))
show("index2", lambda: e.index(3, 1, 2))
show("pop empty", lambda: [].pop())
show("pop oob", lambda: [1].pop(5))
show("append()", lambda: e.append())
show("append(1,2)", lambda: e.append(1, 2))
show("insert(1)", lambda: e.insert(1))
show("pop(1,2)", lambda: e.pop(1, 2))
show("index()", lambda: e.index())
show("clear(1)", lambda: e.clear(1))
f = e.copy()
f.reverse()
print(f, e == f, f is e)
e.clear()
print(e, len(e), bool(e), bool(f))

g = [5, 2, 8, 1, 9, 3]
g.sort()
print(g)
g.sort(reverse=True)
print(g)
words = ["pear", "Apple", "fig", "banana", "kiwi", "date"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
words.sort(key=str.lower)
print(words)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
h = [3, 'a', 1]
show("sort mixed", lambda: h.sort())
print(len(h))
show("sort(1)", lambda: h.sort(1))
show("sort(foo=1)", lambda: h.sort(foo=1))
big = [(i * 37) % 101 for i in range(101)]
big.sort()
print(big == list(range(101)))

print([1, 2] + [3], [1] * 3, 3 * [0], [1, 2] * 0, [1] * -1, [] * 5)
show("list + tuple", lambda: [1] + (2,))
show("list * str", lambda: [1] * 'a')
show("list * float", lambda: [1] * 1.5)
show("float * list", lambda: 1.5 * [1])
i = [1]
j = i
i += [2]
i += (3,)
i += "ab"
print(i, j, i is j)
i *= 2
print(j)
def iadd_int():
    global i
    i += 1
show("+= int", iadd_int)

print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 5], [] <= [], [1] >= [1, 0])
print([1, 2] == (1, 2), [1, [2, 3]] == [1, [2, 3]])
show("[1] < ['a']", lambda: [1] < ['a'])
show("[] < 1", lambda: [] < 1)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], [1] in [[1]], float('nan') in [float('nan')])
nan = float('nan')
print(nan in [nan], [nan] == [nan])

r = [1, 2]
r.append(r)
print(r)
r2 = [r, [r]]
print(r2)
r.pop()  # break the cycle (no leaks under LeakSanitizer)
show("hash", lambda: hash([]))

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v
    def __repr__(self):
        return "Eq(" + repr(self.v) + ")"
objs = [Eq(1), Eq(2), Eq(1)]
print(objs.count(Eq(1)), objs.index(Eq(2)), Eq(2) in objs, objs)
objs.remove(Eq(1))
print(objs)

for x in [10, 20, 30]:
    print(x, end=" ")
print()
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
print(list(reversed([1, 2, 3])), sorted([3, 1, 2]), min([4, 2, 8]), max([4, 2, 8]), sum([1, 2, 3]))
print(type([]), type(iter([])).__name__, isinstance([], list))
