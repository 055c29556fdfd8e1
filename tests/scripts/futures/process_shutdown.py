# ProcessPoolExecutor: initializer, shutdown(cancel_futures=True), submit
# after shutdown, max_tasks_per_child, map's timeout, output of the workers,
# and exiting without shutdown.
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError

counter = 0


def init(start):
    global counter
    counter = start


def bump():
    global counter
    counter += 1
    return counter


def slow(x):
    time.sleep(0.2)
    return x


def my_pid(_):
    return os.getpid()


def shout(text):
    print('worker says', text)
    return text.upper()


def main():
    with ProcessPoolExecutor(1, initializer=init, initargs=(100,)) as ex:
        print('initializer:', [ex.submit(bump).result() for _ in range(3)])
    print('parent counter still', counter)

    ex = ProcessPoolExecutor(1)
    fs = [ex.submit(slow, i) for i in range(6)]
    while not fs[0].running():
        time.sleep(0.01)
    ex.shutdown(cancel_futures=True)
    print('first:', fs[0].result(), 'last cancelled:', fs[-1].cancelled())
    print('all done:', all(f.done() for f in fs))
    try:
        ex.submit(slow, 1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    ex.shutdown()  # again: nothing happens

    with ProcessPoolExecutor(1, max_tasks_per_child=2) as ex:
        pids = [ex.submit(my_pid, i).result() for i in range(4)]
    print('max_tasks_per_child:', pids[0] == pids[1], pids[1] != pids[2], pids[2] == pids[3])

    ex = ProcessPoolExecutor(1)
    try:
        for r in ex.map(slow, [1, 2, 3], timeout=0.1):
            print(r)
    except TimeoutError:
        print('map timed out')
    ex.shutdown(wait=True)

    for bad in (0, -1):
        try:
            ProcessPoolExecutor(bad)
        except ValueError as e:
            print('ValueError:', e)
    try:
        ProcessPoolExecutor(initializer=3)
    except TypeError as e:
        print('TypeError:', e)
    for bad in ('2', 0):
        try:
            ProcessPoolExecutor(max_tasks_per_child=bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ':', e)

    print('before the pool')
    with ProcessPoolExecutor(1) as ex:
        print(ex.submit(shout, 'hi').result())
    sys.stdout.flush()

    # Not shut down: the interpreter waits for its work at exit.
    ex = ProcessPoolExecutor(2)
    f = ex.submit(slow, 'finished at exit')
    f.add_done_callback(lambda f: print(f.result()))
    print('leaving')


if __name__ == '__main__':
    main()
