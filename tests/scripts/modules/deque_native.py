# collections.deque (native, from _collections): every method, operator and
# error message, mutation during iteration, subclassing, copying, cycles.
from collections import deque
import collections
import copy
import gc


def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def kind(f):
    "Only the exception type: gilt names the type 'deque' where CPython says 'collections.deque'."
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)


# ---- construction and maxlen
print(deque(), deque([1, 2]), deque("abc"), deque(range(5), 3), deque(iterable=[1], maxlen=2))
print(deque(maxlen=0), deque([1, 2], maxlen=None), deque([1, 2], maxlen=True).maxlen)
print(deque().maxlen, deque(maxlen=4).maxlen, deque.maxlen.__name__)
check(lambda: deque(maxlen=-1))
check(lambda: deque(maxlen=1.5))
check(lambda: deque(maxlen="a"))
check(lambda: deque(maxlen=2 ** 70))
check(lambda: deque(1))
check(lambda: deque([1], 2, 3))
check(lambda: deque(foo=1))
kind(lambda: setattr(deque(), "maxlen", 3))
kind(lambda: setattr(deque(), "x", 3))
d = deque([1, 2, 3])
d.__init__([5])
print(d, d.maxlen)
d.__init__([5, 6, 7], 2)
print(d, d.maxlen)
print(deque.__name__, deque.__qualname__, deque.__module__, deque, collections.deque is deque)
print(type(iter(deque())), type(reversed(deque())))

# ---- append / pop at both ends
d = deque()
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), bool(d), d[0], d[-1])
print(d.pop(), d.popleft(), d, d.pop(), d.pop(), d, bool(d))
check(lambda: deque().pop())
check(lambda: deque().popleft())
check(lambda: deque().append())
check(lambda: deque().pop(0))
check(lambda: deque().appendleft(1, 2))
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b)
b.appendleft(-1)
print(b)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(iter([3, 4]))
print(z, len(z))

# many items: the ring grows, wraps and shrinks
d = deque()
for i in range(1000):
    d.append(i)
    if i % 3 == 0:
        d.appendleft(-i)
print(len(d), d[0], d[-1], d[500], sum(d))
while len(d) > 3:
    d.popleft()
print(d)
for i in range(100):
    d.append(i)
    d.popleft()
print(d, list(d) == [97, 98, 99])

# ---- extend / extendleft
d = deque([1, 2, 3])
d.extend([4, 5])
d.extend((6,))
d.extend(x * 10 for x in range(2))
d.extendleft([-1, -2])
print(d)
d = deque([1, 2, 3])
d.extend(d)
print(d)
d = deque([1, 2, 3])
d.extendleft(d)
print(d)
d = deque([1, 2, 3], maxlen=4)
d.extend(range(10, 15))
print(d)
d.extendleft("ab")
print(d)
check(lambda: deque().extend())
check(lambda: deque().extend(5))

# ---- clear, copy, count, index
d = deque([1, 2, 1, 3, 1], maxlen=7)
c = d.copy()
print(c, c is d, c == d, c.maxlen, d.count(1), d.count(9))
d.clear()
print(d, c, d.maxlen)
c2 = deque([1, 2, 3], maxlen=5).__copy__()
print(c2)
d = deque("abcabc")
print(d.index("b"), d.index("b", 2), d.index("c", -1), d.index("a", 1, 4), d.index("a", -100, 100))
check(lambda: d.index("z"))
check(lambda: d.index("a", 1, 3))
check(lambda: d.index("c", 0, 2))
check(lambda: deque([1]).index(5))
check(lambda: d.index())
check(lambda: d.index(1, 2, 3, 4))
check(lambda: d.index("a", "x"))
check(lambda: deque().count())

# ---- insert, remove, reverse, rotate
d = deque([1, 2, 3])
d.insert(0, "a")
d.insert(2, "b")
d.insert(-1, "c")
d.insert(100, "d")
d.insert(-100, "e")
print(d)
d = deque(range(10))
for i in (1, 8, 5, -3):
    d.insert(i, "x%d" % i)
print(d)
check(lambda: deque([1], maxlen=1).insert(0, 2))
check(lambda: deque([1]).insert(1))
check(lambda: deque([1]).insert("a", 1))
d = deque([1, 2, 3, 2])
d.remove(2)
print(d)
check(lambda: d.remove(5))
d = deque(range(10))
d.remove(1)
d.remove(8)
print(d)
d.reverse()
print(d)
d = deque(range(6))
d.rotate()
print(d)
d.rotate(2)
print(d)
d.rotate(-4)
print(d)
d.rotate(13)
print(d)
d.rotate(-13)
print(d)
d.rotate(0)
print(d)
full = deque(range(8))  # a full ring: rotation moves the start only
full.rotate(3)
print(full)
full.rotate(-5)
print(full)
full.append(8)
print(full)
e = deque()
e.rotate(5)
print(e)
check(lambda: deque().rotate("a"))
check(lambda: deque().rotate(1.0))
check(lambda: deque().rotate(1, 2))
check(lambda: deque([1, 2]).rotate(2 ** 70))

# ---- len, bool, in, iteration, reversed
d = deque([1, 2, 3])
print(len(d), bool(d), bool(deque()), 2 in d, 5 in d, 5 not in d)
print(list(d), list(reversed(d)), [x * 2 for x in d], sorted(d, reverse=True))
it = iter(d)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
it = reversed(d)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(iter(it) is it)


def during(name, op):
    d = deque([1, 2, 3])
    try:
        for x in d:
            op(d)
        print(name, "ok", d)
    except RuntimeError as e:
        print(name, "RuntimeError:", e)


during("append", lambda d: d.append(4))
during("appendleft", lambda d: d.appendleft(4))
during("pop", lambda d: d.pop())
during("clear", lambda d: d.clear())
during("rotate", lambda d: d.rotate(0))
during("insert", lambda d: d.insert(0, 5))
during("del", lambda d: d.__delitem__(0))
during("setitem", lambda d: d.__setitem__(0, 9))
during("reverse", lambda d: d.reverse())
during("extend empty", lambda d: d.extend([]))
d = deque([1, 2, 3])
try:
    for x in reversed(d):
        d.pop()
except RuntimeError as e:
    print("reversed:", e)


class Evil:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(1)
        return False


for meth in ["count", "index", "remove", "__contains__"]:
    d = deque([1, 2, 3])
    check(lambda: getattr(d, meth)(Evil(d)))

# ---- indexing
d = deque([10, 20, 30])
print(d[0], d[2], d[-1], d[-3], d[True])
d[1] = 21
d[-1] = 31
print(d)
del d[0]
print(d)
d = deque(range(10))
del d[7]
del d[2]
del d[-1]
print(d)
check(lambda: deque([1])[3])
check(lambda: deque([1])[-2])
check(lambda: deque()[0])
check(lambda: deque([1])[0:1])
check(lambda: deque([1])["a"])
check(lambda: deque([1])[2 ** 70])
check(lambda: deque([1]).__setitem__(5, 1))


def set_slice():
    d = deque([1])
    d[0:1] = [2]


check(set_slice)
check(lambda: deque([1]).__delitem__(-5))

# ---- + += * *=
print(deque([1, 2]) + deque([3]), deque([1], maxlen=2) + deque([2, 3]), deque([1]) + deque([2], maxlen=1))
kind(lambda: deque([1]) + [2])
kind(lambda: [1] + deque([2]))
d = deque([1])
d += [2, 3]
d += deque([4])
d += d
print(d)
d = deque([1, 2, 3], maxlen=2)
d += [4, 5, 6]
print(d)
print(deque([1, 2]) * 2, 2 * deque([1, 2]), deque([1, 2]) * 0, deque([1, 2]) * -1, deque() * 5)
print(deque([1, 2, 3], maxlen=4) * 2, 3 * deque([1, 2], maxlen=3), deque([7], maxlen=3) * 10)
check(lambda: deque([1]) * "a")
check(lambda: deque([1]) * 1.5)
d = deque([1, 2, 3])
d *= 2
print(d)
d *= 1
print(d)
d *= 0
print(d)
d = deque([1, 2, 3], maxlen=5)
d *= 3
print(d)

# ---- comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2]), deque([1]) < deque([2]))
print(deque([1, 2]) <= deque([1, 2]), deque([1, 2]) > deque([1]), deque([1, 2]) >= deque([1, 3]))
print(deque([1, 2]) == deque([1, 2], maxlen=5), deque([1]) == [1], deque() == deque())
kind(lambda: deque([1]) < [1])
check(lambda: deque(["a"]) < deque([1]))
check(lambda: deque([1, "a"]) == deque([1, 2]))

# ---- repr, recursion, hash
print(repr(deque()), repr(deque([1, "x"])), repr(deque([1], maxlen=3)), str(deque([None])))
d = deque([1])
d.append(d)
print(d, deque([d]))
b = deque([[1]], maxlen=2)
b.append(b)
print(b)
kind(lambda: hash(deque()))
print(deque.__hash__)
kind(lambda: {deque(): 1})

# ---- __class_getitem__, reduce, copy
print(deque[int], deque[str].__origin__ is deque, deque[int]([1, 2]))
r = deque([1, 2]).__reduce__()
print(r[0] is deque, r[1], r[2], list(r[3]))
r = deque([1, 2], maxlen=4).__reduce__()
print(r[0] is deque, r[1], r[2], list(r[3]))
d = deque([[1], [2]], maxlen=5)
c = copy.copy(d)
print(c, c.maxlen, c[0] is d[0], c is d)
c = copy.deepcopy(d)
print(c, c.maxlen, c[0] is d[0], c == d)
rec = deque([1])
rec.append(rec)
c = copy.deepcopy(rec)
print(c[1] is c, c)

# ---- subclasses


class MyDeque(deque):
    def __init__(self, iterable=(), tag="x"):
        super().__init__(iterable)
        self.tag = tag

    def total(self):
        return sum(self)


m = MyDeque([1, 2], tag="t")
m.append(3)
m.extra = 5
print(m, m.tag, m.extra, m.total(), len(m), isinstance(m, deque), type(m).__mro__[1] is deque)
print(m.copy(), m.copy().tag, copy.copy(m).tag, m * 2, m + deque([9]), deque([0]) + m)
c = copy.deepcopy(m)
print(type(c).__name__, c, c.tag, c.extra)
r = m.__reduce__()
print(r[0] is MyDeque, r[1], r[2], list(r[3]))


class Plain(deque):
    pass


p = Plain([1, 2, 3], maxlen=3)
print(p, p.maxlen, p.__reduce__()[:3], vars(p), Plain() == deque(), p == deque([1, 2, 3]))


class Odd(deque):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def copy(self):
        return "not a deque"


check(lambda: Odd(1).__copy__())


class Bounded(deque):
    def __init__(self, iterable=(), maxlen=2):
        super().__init__(iterable, maxlen)


bd = Bounded([1, 2, 3])
print(bd, bd.copy(), bd.__class__.__name__)


class Counted(deque):
    def append(self, x):
        super().append(x * 10)


cd = Counted()
cd.append(1)
cd.extend([2])  # extend does not go through the override
print(cd)

# ---- cycles are collected
gc.collect()


class Tracked:
    deleted = 0

    def __del__(self):
        Tracked.deleted += 1


for _ in range(3):
    d = deque([Tracked()])
    d.append(d)
    m = MyDeque([Tracked()])
    m.me = m
    it = iter(d)
    d.append(it)
del d, m, it
gc.collect()
print("collected:", Tracked.deleted)

# ---- threading and queue use deque
import queue

q = queue.Queue()
for i in range(5):
    q.put(i)
print([q.get() for _ in range(5)], q.empty())

# ---- a deterministic random workout against a list model
from collections import deque as _dq

seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


for maxlen in (None, 0, 1, 5, 40):
    d = _dq(maxlen=maxlen)
    model = []
    for step in range(3000):
        op = rnd(12)
        x = rnd(1000)
        if op < 3:
            d.append(x)
            model.append(x)
            if maxlen is not None and len(model) > maxlen:
                del model[0]
        elif op < 5:
            d.appendleft(x)
            model.insert(0, x)
            if maxlen is not None and len(model) > maxlen:
                model.pop()
        elif op == 5 and model:
            assert d.pop() == model.pop()
        elif op == 6 and model:
            assert d.popleft() == model.pop(0)
        elif op == 7 and model:
            n = rnd(2 * len(model) + 1) - len(model)
            d.rotate(n)
            if n:
                n %= len(model)
                model[:] = model[-n:] + model[:-n]
        elif op == 8 and model:
            i = rnd(len(model))
            del d[i]
            del model[i]
        elif op == 9 and (maxlen is None or len(model) < maxlen):
            i = rnd(len(model) + 3) - 1
            d.insert(i, x)
            model.insert(i, x)
        elif op == 10 and model:
            i = rnd(len(model))
            d[i] = x
            model[i] = x
        elif op == 11:
            d.reverse()
            model.reverse()
        assert list(d) == model, (step, op, list(d), model)
        assert len(d) == len(model) and list(reversed(d)) == model[::-1]
    print("model ok", maxlen, len(d))
