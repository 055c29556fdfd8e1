# Generators: a 3-stage pipeline consumed by sum().
def numbers(n):
    for i in range(n):
        yield i


def squares(values):
    for v in values:
        yield v * v


def odd_only(values):
    for v in values:
        if v % 2:
            yield v


def main():
    print(sum(odd_only(squares(numbers(8000000)))))


main()
