# The itertools module: every iterator's results, laziness (how far each one
# draws from its source), reprs and errors, as CPython's.
import itertools as it
from itertools import islice


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Noisy:
    """An iterator that reports each item it hands out."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            print("  (Noisy exhausted)")
            raise StopIteration
        self.i += 1
        print("  (Noisy ->", self.i, ")")
        return self.i


# count
c = it.count()
print(c, next(c), next(c), c)
print(list(islice(it.count(5), 3)), list(islice(it.count(5, 2), 3)), list(islice(it.count(10, -3), 4)))
print(list(islice(it.count(0.5, 0.25), 4)), list(islice(it.count(2**64), 2)), list(islice(it.count(True), 2)))
print(it.count(5), it.count(5, 2), it.count(0.5, 0.1), it.count(1, 1.0), it.count(2**70), it.count(step=-1))
c = it.count(0.1, 0.1)
print([next(c) for _ in range(5)], c)
check("count('a')", lambda: it.count("a"))
check("count(x=1)", lambda: it.count(x=1))
check("count(1, 2, 3)", lambda: it.count(1, 2, 3))

# cycle and repeat
print(list(islice(it.cycle("abc"), 8)), list(it.cycle([])), list(islice(it.cycle(Noisy(2)), 5)))
r = it.repeat("a", 3)
print(r, list(r), r, it.repeat(None), it.repeat(1, -2), list(it.repeat(1, -2)), it.repeat(1, times=2))
print(list(islice(it.repeat(7), 3)), it.repeat(1, 4).__length_hint__())
check("repeat length_hint", lambda: it.repeat(1).__length_hint__())
check("repeat()", lambda: it.repeat())
check("repeat(1, 'x')", lambda: it.repeat(1, "x"))
check("cycle()", lambda: it.cycle())
check("cycle(1)", lambda: it.cycle(1))

# chain
print(list(it.chain("ab", [1, 2], (), range(2))), list(it.chain()), list(it.chain.from_iterable(["xy", "z"])))
ch = it.chain([1], 5)
print(next(ch))
check("chain non-iterable", lambda: next(ch))
check("chain(x=1)", lambda: it.chain(x=1))
print(list(it.chain.from_iterable(it.repeat("ab", 2))))

# islice: values and how far it reads
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice("ABCDEFG", 1, 6, 3)), list(islice("AB", 5, 10)))
print(list(islice("ABCDEFG", None)), list(islice(range(10), None, None, 3)), list(islice([], 3)))
src = iter(range(10))
print(list(islice(src, 3)), next(src), list(islice(src, 1, 3)), next(src))
print(list(islice(Noisy(10), 1, 5, 2)))
for args in [(-1,), (-5,), (1.5,), (-1, 2), (0, 2, 0), (0, 2, -1), (0, 2, 1.5), ("a",), (2**70,)]:
    check("islice" + repr(args), lambda: islice([1], *args))
check("islice()", lambda: islice())
check("islice(x)", lambda: islice([1]))
check("islice 5 args", lambda: islice([1], 1, 2, 3, 4))
check("islice keyword", lambda: islice([1], stop=1))

# accumulate
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=10)), list(it.accumulate([])))
print(list(it.accumulate([], initial=5)), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate("abc")))
print(list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], func=None, initial=None)))
check("accumulate mixed", lambda: list(it.accumulate([1, "a"])))
check("accumulate()", lambda: it.accumulate())
check("accumulate(x=1)", lambda: it.accumulate([1], x=1))

# starmap, takewhile, dropwhile, filterfalse, compress
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.starmap(max, [[1, 5], "ab"])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a", None])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress("ABC", [1])), list(it.compress(data="ab", selectors=[0, 1])))
tw = it.takewhile(lambda x: x < 2, Noisy(5))
print(list(tw), list(tw))
print(list(it.dropwhile(lambda x: x < 3, Noisy(4))))
check("starmap non-iterable", lambda: list(it.starmap(len, [1])))
check("starmap(len)", lambda: it.starmap(len))
check("takewhile(len)", lambda: it.takewhile(len))
check("dropwhile keyword", lambda: it.dropwhile(len, [], x=1))
check("filterfalse(None)", lambda: it.filterfalse(None))
check("compress([1])", lambda: it.compress([1]))

# zip_longest and pairwise
print(list(it.zip_longest("ABCD", "xy")), list(it.zip_longest("AB", "xyz", fillvalue="-")), list(it.zip_longest()))
print(list(it.zip_longest([1], [], [2, 3])), list(it.pairwise("ABCD")), list(it.pairwise("A")), list(it.pairwise([])))
check("zip_longest keyword", lambda: it.zip_longest([1], x=1))
check("zip_longest(1)", lambda: it.zip_longest(1))
check("pairwise()", lambda: it.pairwise())
check("pairwise(1)", lambda: it.pairwise(1))

# product, permutations, combinations, combinations_with_replacement
print(list(it.product("ab", range(2))), list(it.product([1, 2], repeat=2)), list(it.product()))
print(list(it.product("ab", [])), list(it.product(repeat=0)), list(it.product("xy", "z", repeat=2)))
print(list(it.permutations("abc")), list(it.permutations(range(4), 2)), list(it.permutations([], 0)))
print(list(it.permutations("ab", 3)), list(it.permutations("abc", 0)), len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)), list(it.combinations("ab", 3)))
print(list(it.combinations("abc", 0)), list(it.combinations([], 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 2)),
      list(it.combinations_with_replacement([], 0)), list(it.combinations_with_replacement("ab", 3)))
check("product keyword", lambda: it.product([1], x=1))
check("product repeat", lambda: it.product([1], repeat=-1))
check("product(1)", lambda: it.product(1))
check("permutations()", lambda: it.permutations())
check("permutations r", lambda: it.permutations([1], -1))
check("permutations float", lambda: it.permutations([1], 1.5))
check("combinations one", lambda: it.combinations([1]))
check("combinations r", lambda: it.combinations([1], -1))
check("cwr r", lambda: it.combinations_with_replacement([1], -1))

# groupby
print([(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
print([k for k, g in it.groupby("AAAABBBCCD")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], lambda x: x % 2)])
groups = it.groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, next(g2), [(k, list(g)) for k, g in groups], list(g2))
print([(k, list(g)) for k, g in it.groupby([])], [(k, list(g)) for k, g in it.groupby(Noisy(3), key=lambda x: x < 3)])
check("groupby()", lambda: it.groupby())

# tee
a, b = it.tee([1, 2, 3])
print(next(a), next(a), list(b), list(a), type(a).__name__)
x, y, z = it.tee(Noisy(3), 3)
print(next(x), next(y), list(z), list(x), list(y))
print(it.tee("ab", 0), len(it.tee("ab", 5)), [list(t) for t in it.tee("abc", 2)])
a, b = it.tee(range(200))
print(sum(a), sum(b))
c, d = it.tee(a)
print(list(c), list(d))
a, b = it.tee("xyz")
next(a)
a2, a3 = it.tee(a)
print(list(a2), list(a3), list(b))
check("tee negative", lambda: it.tee([1], -1))
check("tee()", lambda: it.tee())

# Reprs of the plain iterators name their module.
for obj in [it.cycle("a"), it.chain(), islice("", 1), it.tee("")[0], next(it.groupby("a"))[1], it.pairwise("")]:
    print(repr(obj).split(" object at ")[0])
print(it.count, it.chain.from_iterable.__name__, type(it.product("a")).__name__)
