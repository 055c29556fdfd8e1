# Threads: queue.Queue throughput from a producer thread to a consumer thread.
import queue
import threading

ITEMS = 100000


def main():
    q = queue.Queue(maxsize=100)
    total = [0]

    def consumer():
        while True:
            item = q.get()
            if item is None:
                break
            total[0] += item

    t = threading.Thread(target=consumer)
    t.start()
    for i in range(ITEMS):
        q.put(i)
    q.put(None)
    t.join()
    print(total[0])


main()
