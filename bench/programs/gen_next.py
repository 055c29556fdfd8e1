# Generators: resume one generator with next(), many times.
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def main():
    g = naturals()
    total = 0
    for _ in range(10000000):
        total += next(g)
    print(total)


main()
