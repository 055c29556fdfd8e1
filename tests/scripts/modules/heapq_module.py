# heapq: heap operations, merge, nsmallest/nlargest; results match CPython's
# exactly (same heap layouts, same tie order).
import heapq
import random

rng = random.Random(12345)
data = [rng.randrange(100) for _ in range(40)]
print(data)

# heappush builds the same layout as CPython
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))] == sorted(data))

# heapify layout, then pop everything
h = list(data)
heapq.heapify(h)
print(h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out == sorted(data))

# heapreplace / heappushpop
h = [5, 7, 9, 11]
heapq.heapify(h)
print(heapq.heapreplace(h, 1), h)
print(heapq.heapreplace(h, 100), h)
print(heapq.heappushpop(h, 0), h)
print(heapq.heappushpop(h, 8), h)
print(heapq.heappushpop([], 3))

# tuples and strings
h = []
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]:
    heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(4)])
words = "the quick brown fox jumps over the lazy dog".split()
heapq.heapify(words)
print(words)

# errors
for func, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)),
                   (heapq.heappush, ((), 1)), (heapq.heapify, ((1, 2),)),
                   (heapq.heappop, (None,)), (heapq.heappushpop, ('ab', 1))]:
    try:
        func(*args)
    except (IndexError, TypeError) as e:
        print(func.__name__, type(e).__name__, e)
try:
    heapq.heappush([1], 'a')
except TypeError as e:
    print('TypeError', e)

# merge
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()))
print(list(heapq.merge([], [])))
print(list(heapq.merge([1, 2, 3])))
print(list(heapq.merge([9, 5, 1], [8, 4, 0], reverse=True)))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge(['kangaroo', 'fish', 'cat'], ['horse', 'dog'],
                       key=len, reverse=True)))
# stability: equal keys come out in iterable order
a = [(1, 'a0'), (2, 'a1'), (2, 'a2')]
b = [(1, 'b0'), (2, 'b1'), (3, 'b2')]
c = [(2, 'c0')]
print(list(heapq.merge(a, b, c, key=lambda t: t[0])))
print(list(heapq.merge(a[::-1], b[::-1], c, key=lambda t: t[0], reverse=True)))
print(list(heapq.merge(iter([1, 4]), (x for x in [2, 3]), range(5, 7))))
m = heapq.merge([1], [2])
print(type(m).__name__, next(m), next(m), next(m, 'done'))

# nsmallest / nlargest, compared with the sorted() definition
for n in [-1, 0, 1, 2, 5, 39, 40, 41, 100]:
    assert heapq.nsmallest(n, data) == sorted(data)[:max(n, 0)], n
    assert heapq.nlargest(n, data) == sorted(data, reverse=True)[:max(n, 0)], n
    assert heapq.nsmallest(n, iter(data)) == sorted(data)[:max(n, 0)], n
    assert heapq.nlargest(n, iter(data)) == sorted(data, reverse=True)[:max(n, 0)], n
print(heapq.nsmallest(5, data), heapq.nlargest(5, data))
print(heapq.nsmallest(3, iter(data)), heapq.nlargest(3, iter(data)))
pairs = [(x % 7, i) for i, x in enumerate(data)]
key = lambda p: p[0]
print(heapq.nsmallest(6, pairs, key=key))
print(heapq.nlargest(6, pairs, key=key))
print(heapq.nsmallest(6, iter(pairs), key=key) == sorted(pairs, key=key)[:6])
print(heapq.nlargest(6, iter(pairs), key=key)
      == sorted(pairs, key=key, reverse=True)[:6])
print(heapq.nsmallest(1, []), heapq.nlargest(1, []), heapq.nsmallest(3, iter([])))
print(heapq.nsmallest(1, [3, 1, 2]), heapq.nlargest(1, iter([3, 1, 2]), key=lambda v: -v))
print(heapq.nlargest(2, {'a': 3, 'b': 1, 'c': 2}.items(), key=lambda kv: kv[1]))
print(heapq.nsmallest(2, 'hello'), heapq.nlargest(3, 'hello'))

# randomized cross-check of layouts against a straightforward sort
for trial in range(50):
    xs = [rng.randrange(20) for _ in range(rng.randrange(30))]
    h = []
    for x in xs:
        heapq.heappush(h, x)
    assert [heapq.heappop(h) for _ in xs] == sorted(xs)
    ys = [rng.randrange(20) for _ in range(rng.randrange(30))]
    assert list(heapq.merge(sorted(xs), sorted(ys))) == sorted(xs + ys)
print(sorted(heapq.__all__))
