# A worker that dies (os._exit in a task) breaks the pool: the running and
# pending futures fail with BrokenProcessPool, and so does submit().
import os
import time
from concurrent.futures import ProcessPoolExecutor, BrokenExecutor
from concurrent.futures.process import BrokenProcessPool


def die(code):
    time.sleep(0.1)  # the parent submits more work meanwhile
    os._exit(code)


def slow(x):
    time.sleep(2)  # cut short: the pool kills this worker when it breaks
    return x


def square(x):
    return x * x


def main():
    print(issubclass(BrokenProcessPool, BrokenExecutor))
    ex = ProcessPoolExecutor(max_workers=1)
    print(ex.submit(square, 3).result())
    f = ex.submit(die, 1)
    pending = [ex.submit(square, i) for i in range(3)]
    try:
        f.result()
    except BrokenProcessPool as e:
        print('result:', type(e).__name__, e)
    for p in pending:
        print('pending:', type(p.exception()).__name__)
    try:
        ex.submit(square, 2)
    except BrokenProcessPool as e:
        print('submit:', e)
    ex.shutdown()

    # Two workers: the one that dies takes the other's task down too.
    with ProcessPoolExecutor(max_workers=2) as ex:
        other = ex.submit(slow, 1)
        while not other.running():
            time.sleep(0.01)
        f = ex.submit(die, 0)
        print('die:', type(f.exception()).__name__)
        print('other:', type(other.exception()).__name__)

    # A map that hits a dead worker raises at that item.
    with ProcessPoolExecutor(max_workers=1) as ex:
        try:
            for r in ex.map(die, [2]):
                print(r)
        except BrokenProcessPool as e:
            print('map:', e)
    print('done')


if __name__ == '__main__':
    main()
