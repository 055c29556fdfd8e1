# CPU-bound work runs in worker processes, not in the parent: each worker
# has its own pid and its own copy of the module's globals.
import os
import time
from concurrent.futures import ProcessPoolExecutor

calls = 0


def count_primes(limit):
    global calls
    calls += 1
    time.sleep(0.1)  # long enough for both workers to get a share
    n = 0
    for k in range(2, limit):
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            n += 1
    return n, os.getpid(), os.getppid()


def main():
    parent = os.getpid()
    with ProcessPoolExecutor(max_workers=2) as ex:
        results = list(ex.map(count_primes, [2000, 3000, 4000, 5000]))
    print('primes:', [n for n, _, _ in results])
    pids = {pid for _, pid, _ in results}
    print('pids differ from the parent:', parent not in pids)
    print('two workers did the work:', len(pids) == 2)
    print('workers are our children:', all(ppid == parent for _, _, ppid in results))
    print('globals are per process:', calls)


if __name__ == '__main__':
    main()
