# The cost of serializing CPU-bound threads under a GIL: the same work done
# on one thread and split over two, timed in one process (alternating, so
# that both see the same machine). Run it with gilt and with CPython:
#
#   build/gilt bench/gil_cost.py       /usr/bin/python3.11 bench/gil_cost.py
#
# It prints the best time of each and their ratio, two threads / one thread:
# 1.00 means serialization costs nothing beyond doing the work in turn.
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
ROUNDS = 7


def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def one_thread():
    work(N)
    work(N)


def two_threads():
    threads = [threading.Thread(target=work, args=(N,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def timed(run):
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


one = two = float("inf")
for _ in range(ROUNDS):
    one = min(one, timed(one_thread))
    two = min(two, timed(two_threads))
print(f"one thread {one:.3f} s, two threads {two:.3f} s, ratio {two / one:.3f}")
