# Assignment forms: tuple/list/starred unpacking, chained, augmented, annotated, del.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *middle, tail = "abcdef"
print(head, middle, tail)
x = y = z = 0
print(x, y, z)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
n: int = 5
m: list
print(n, __annotations__)
items = [1, 2, 3]
items[0], items[2] = items[2], items[0]
print(items)
data = {"k": 1}
data["k"] += 10
print(data)
class Box:
    pass
bx = Box()
bx.v = 1
bx.v += 1
print(bx.v)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
print(lst)
del x
try:
    print(x)
except NameError as e:
    print(e)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *[9]], (*"ab",), {*[1, 2], *[2, 3]}, {**{"a": 1}, "b": 2, **{"a": 3}})
def attempt(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
def bad1():
    a, b = 1
def bad2():
    a, b = [1, 2, 3]
def bad3():
    a, b, c = "ab"
def bad4():
    a, *b, c = [1]
attempt(bad1)
attempt(bad2)
attempt(bad3)
attempt(bad4)
