# Generators: create one and run it to exhaustion, many times.
def three():
    yield 1
    yield 2
    yield 3


def main():
    total = 0
    for _ in range(3000000):
        for v in three():
            total += v
    print(total)


main()
