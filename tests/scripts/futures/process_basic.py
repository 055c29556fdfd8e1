# ProcessPoolExecutor: submit, map, values and exceptions crossing the
# process boundary. Functions are module-level: they are sent by name.
import collections
import dataclasses
import enum
import os
from concurrent.futures import ProcessPoolExecutor, as_completed


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'

    def moved(self, dx):
        return Point(self.x + dx, self.y)


class AppError(Exception):
    pass


Pair = collections.namedtuple('Pair', 'left right')


@dataclasses.dataclass
class Item:
    name: str
    tags: list


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Tagged(list):
    pass


def square(x):
    return x * x


def add(a, b=0, *, c=0):
    return a + b + c


def echo(value):
    return value


def my_pid():
    return os.getpid()


def raise_value_error(x):
    raise ValueError('bad value', x)


def raise_app_error():
    raise AppError('custom', [1, 2])


def raise_key_error():
    return {}['missing']


def open_missing():
    open('/nonexistent/file.txt')


def exit_task():
    raise SystemExit(3)


def describe(p):
    return type(p).__name__, p.x, p.y


def main():
    print(ProcessPoolExecutor.__module__)
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(ex.submit(square, 7).result())
        print(ex.submit(add, 1, 2, c=3).result())
        print(ex.submit(add, a=5).result())

        # map keeps the input order, whatever the chunking
        print(list(ex.map(square, range(10))))
        print(list(ex.map(square, range(10), chunksize=3)))
        print(list(ex.map(add, [1, 2, 3], [10, 20, 30], chunksize=2)))
        print(list(ex.map(square, [])))
        try:
            ex.map(square, [1], chunksize=0)
        except ValueError as e:
            print('ValueError:', e)

        fs = [ex.submit(square, i) for i in range(8)]
        print(sorted(f.result() for f in as_completed(fs)))

        # values survive the round trip
        values = [None, True, 2**100, -7, 1.25, float('inf'), 'héllo', b'\x00\xff',
                  (1, (2, 3)), [1, [2, {3: 'x'}]], {'a': {1, 2}, 'b': frozenset({4})},
                  Point(1, 2), square, Point, ValueError('v', 1), bytearray(b'ba'),
                  Pair(1, 'b'), Item('x', ['a']), Color.GREEN, Tagged([1, 2]),
                  collections.OrderedDict([('b', 1), ('a', 2)]),
                  collections.Counter('abca'), collections.deque([1, 2])]
        for v in values:
            r = ex.submit(echo, v).result()
            if isinstance(r, BaseException):
                print(type(r).__name__, r.args)
            else:
                print(type(r).__name__, repr(r))
        shared = [1]
        r = ex.submit(echo, [shared, shared]).result()
        print('shared stays shared:', r[0] is r[1])
        print(ex.submit(describe, Point(3, 4)).result())
        d = collections.defaultdict(list, a=[1])
        r = ex.submit(echo, d).result()
        r['b'].append(2)
        print(r)
        print(ex.submit(Point(1, 1).moved, 5).result())
        print(ex.submit(len, 'four').result())

        # the task runs in another process
        print('other process:', ex.submit(my_pid).result() != os.getpid())

        # exceptions come back with their type and args
        for fn in (raise_value_error, raise_app_error, raise_key_error,
                   open_missing, exit_task):
            args = (5,) if fn is raise_value_error else ()
            f = ex.submit(fn, *args)
            try:
                f.result()
            except BaseException as e:
                print(fn.__name__, '->', type(e).__name__, e.args, repr(str(e)))
        e = ex.submit(open_missing).exception()
        print(type(e).__name__, e.errno, e.filename)
        try:
            list(ex.map(raise_value_error, [1, 2]))
        except ValueError as e:
            print('map raised', e.args)


if __name__ == '__main__':
    main()
