# Threads: the same CPU-bound work as thread_cpu1, split over two threads:
# under a GIL the time shows what serializing them costs.
import threading


def work(n, out):
    total = 0
    for i in range(n):
        total += i * i % 7
    out.append(total)


def main():
    out = []
    threads = [threading.Thread(target=work, args=(3000000, out)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sum(out))


main()
