# Threads: CPU-bound work done twice on one thread (compare thread_cpu2).
def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def main():
    print(work(3000000) + work(3000000))


main()
