# Generators: values pulled through a 3-deep `yield from` chain.
def leaf(n):
    for i in range(n):
        yield i


def middle(n):
    yield from leaf(n)


def top(n):
    yield from middle(n)


def main():
    total = 0
    for v in top(10000000):
        total += v
    print(total)


main()
