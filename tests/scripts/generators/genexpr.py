# Generator expressions, and generators used wherever iterators are.


def noisy(n):
    print("iterating", n)
    return range(n)


g = (x * 2 for x in noisy(3))  # the first iterable is evaluated now
print("created")
print(list(g), list(g))

try:
    (x for x in 42)
except TypeError as e:
    print("TypeError:", e)

lazy = (1 // x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

print(sum(x * x for x in range(10)))
print(max(len(w) for w in "a bb ccc".split()), min((x for x in [3, 1, 2]), default=None))
print(",".join(str(x) for x in range(5)))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(sorted((x % 3, x) for x in range(6)))
print(dict((k, v) for k, v in zip("abc", range(3))))
print(sorted(set(c for c in "hello")), tuple(i for i in range(3)))
print([(i, j) for i, j in enumerate(c.upper() for c in "xyz")])
print(list(zip((i for i in range(3)), (c for c in "abcdef"))))
print(list(map(str, (i for i in range(3)))), list(filter(None, (i % 2 for i in range(5)))))
print(3 in (i for i in range(5)), 9 in (i for i in range(5)))
a, b, *rest = (i for i in range(5))
print(a, b, rest)
print(list(reversed([x for x in (y for y in range(3))])))
print([x for x in ((y, z) for y in range(2) for z in "ab" if z != "a")])
print(list(x for x in range(10) if x % 2 if x > 4))

# Scoping: the genexp's own variables do not leak; outer names are late-bound.
x = "outer"
gen = (x for _ in range(1))
x = "rebound"
print(list(gen), x)


def scoped(n):
    return list(i * n for i in range(3))


print(scoped(10))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
gen = (i for i in range(3))
print(type(gen).__name__, gen.__name__, gen.__qualname__.endswith("<genexpr>"))


def in_function():
    return (v for v in "ab")


print(in_function().__qualname__)
for i, ch in enumerate(c for c in "hi"):
    print(i, ch)
