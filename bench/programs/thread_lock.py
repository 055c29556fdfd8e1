# Threads: acquire and release an uncontended lock, many times.
import threading


def main():
    lock = threading.Lock()
    n = 0
    for _ in range(2000000):
        lock.acquire()
        n += 1
        lock.release()
    print(n)


main()
