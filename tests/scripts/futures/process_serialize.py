# What cannot cross the process boundary fails the future (not the pool),
# with pickle's error types and messages.
import threading
from concurrent.futures import ProcessPoolExecutor


def echo(value):
    return value


def make_lock():
    return threading.Lock()


def make_generator():
    return (i for i in range(3))


def outer():
    def inner():
        return 1
    return inner


module_lambda = lambda: 1


def main():
    with ProcessPoolExecutor(1) as ex:
        for fn, args in [(echo, (threading.Lock(),)),
                         (echo, ((i for i in range(3)),)),
                         (make_lock, ()),
                         (make_generator, ()),
                         (module_lambda, ()),
                         (lambda: 1, ()),
                         (outer(), ())]:
            e = ex.submit(fn, *args).exception()
            print(type(e).__name__, e)
        # the pool still works
        print(ex.submit(echo, 'still fine').result())


if __name__ == '__main__':
    main()
