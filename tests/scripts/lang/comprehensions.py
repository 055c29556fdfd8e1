# List, set and dict comprehensions: nesting, conditions, scoping.
nums = range(10)
print([n * n for n in nums if n % 2 == 0])
print({n % 3 for n in nums})
print({n: n * n for n in nums if n > 6})
print([(x, y) for x in range(3) for y in range(x)])
print([[row * col for col in range(3)] for row in range(3)])
print([c.upper() for c in "gilt" if c != "i"])
words = ["apple", "banana", "cherry", "avocado"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print({k: len(v) for k, v in sorted(by_letter.items())})
x = "outer"
print([x for x in "ab"], x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print(sum([i for i in range(101)]), max({-i for i in range(5)}), sorted({i % 4 for i in range(20)}))
print([i for i in range(20) if i % 2 if i % 3])
def make(n):
    base = 10
    return [base + i for i in range(n)]
print(make(3))
print({(a, b): a * b for a in range(2) for b in range(2)})
