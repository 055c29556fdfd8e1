# Generators: resume one generator with send(), many times.
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def main():
    avg = averager()
    next(avg)
    last = 0
    for i in range(8000000):
        last = avg.send(i % 100)
    print(f"{last:.6f}")


main()
