# if/elif/else, while/else, for/else, break, continue, conditional expressions.
for n in range(-2, 8):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0:
        kind = "even"
    else:
        kind = "odd"
    print(n, kind, "big" if n > 4 else "small")

i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 8:
        break
    print("while", i)
else:
    print("not reached")

i = 0
while i < 3:
    i += 1
else:
    print("while-else ran, i =", i)

for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("for-else ran")

for x in "abc":
    for y in range(3):
        if y == 1:
            continue
        if x == "c":
            break
        print(x, y)

total = 0
for a, b in [(1, 2), (3, 4), (5, 6)]:
    total += a * b
print("total", total)

print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", not 0, not [1])
print([] or {} or 0 or "last")
x = 5
print(1 < x < 10, 10 < x < 20, x == 5 != 6, 1 < 2 < 3 < 4 < 0)
print(x if x > 3 else -x, (lambda: "lam")())
if (n := len("hello")) > 3:
    print("walrus", n)
values = [y for v in range(5) if (y := v * v) > 4]
print(values, y)
pass
