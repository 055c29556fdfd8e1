# Threads: start a thread and join it, many times.
import threading


def main():
    results = []
    for i in range(5000):
        t = threading.Thread(target=results.append, args=(i,))
        t.start()
        t.join()
    print(len(results), sum(results))


main()
