# Every kind of container can be part of a cycle, and the collector frees
# each one. A Canary in the cycle reports when it goes. The threshold is
# lowered so that automatic collections also run at almost every step.
import gc
import io
import itertools
import operator
import random
import sys
import time

gc.set_threshold(5, 2, 2)


class Canary:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def check(name, make):
    make(Canary(name))
    gc.collect()


def via_list(c):
    lst = [c]
    lst.append(lst)


def via_dict(c):
    d = {"c": c}
    d["d"] = d


def via_set(c):
    class Box:
        pass

    b = Box()
    b.s = {b, c}


def via_frozenset(c):
    c.fs = frozenset([c])


def via_tuple(c):
    lst = [c]
    lst.append((lst,))


def via_instance_dict(c):
    c.me = c


def via_function_default(c):
    def f(x=c):
        return x

    c.f = f


def via_closure(c):
    def f():
        return c

    c.f = f


def via_bound_method(c):
    class K:
        def m(self):
            pass

    k = K()
    k.c = c
    k.m2 = k.m


def via_class_attribute(c):
    class K:
        pass

    K.c = c
    c.k = K


def via_metaclass(c):
    class Meta(type):
        pass

    class K(metaclass=Meta):
        pass

    K.c = c
    c.k = K


def via_staticmethod(c):
    class K:
        @staticmethod
        def s():
            pass

        @classmethod
        def cm(cls):
            pass

        @property
        def p(self):
            return 1

    K.c = c


def via_module(c):
    m = type(sys)("fake")
    m.c = c
    m.m = m


def via_exception(c):
    try:
        raise ValueError(c)
    except ValueError as e:
        e.e = e


def via_exception_context(c):
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise ValueError(c)
    except ValueError as e:
        c.e = e


def via_exception_group(c):
    eg = ExceptionGroup("group", [ValueError(c)])
    c.eg = eg


def via_generator(c):
    def gen(x):
        yield x
        yield x

    g = gen(c)
    next(g)
    c.g = g


def via_generator_frame(c):
    def gen():
        yield 1

    g = gen()
    c.frame = g.gi_frame
    c.g = g


def via_builtin_iterators(c):
    lst = [c]
    c.its = [iter(lst), reversed(lst), enumerate(lst), zip(lst, lst), map(id, lst), filter(None, lst),
             iter({c: 1}), iter({c: 1}.values()), iter({c: 1}.items()), {c: 1}.keys(), iter({c}),
             iter((c,)), iter(c.name)]


def via_itertools(c):
    lst = [c]
    c.its = [itertools.cycle(lst), itertools.repeat(c), itertools.chain(lst), itertools.islice(lst, 1),
             itertools.accumulate(lst, lambda a, b: a), itertools.starmap(print, [(c,)]),
             itertools.takewhile(bool, lst), itertools.dropwhile(bool, lst), itertools.filterfalse(bool, lst),
             itertools.compress(lst, [1]), itertools.zip_longest(lst, fillvalue=c), itertools.pairwise(lst),
             itertools.product(lst), itertools.permutations(lst), itertools.combinations(lst, 1),
             itertools.combinations_with_replacement(lst, 1), itertools.groupby(lst),
             itertools.count(0, 1)]
    a, b = itertools.tee(lst)
    c.tees = [a, b]


def via_cycle_saved(c):
    cyc = itertools.cycle([c])
    next(cyc)
    c.cyc = cyc


def via_operator(c):
    c.getters = [operator.itemgetter(c), operator.attrgetter("name"), operator.methodcaller("x", c)]


def via_super(c):
    class A:
        pass

    class B(A):
        def get(self):
            return super()

    b = B()
    b.c = c
    b.s = b.get()


def via_list_subclass(c):
    class L(list):
        pass

    lst = L([c])
    lst.me = lst


def via_dict_subclass(c):
    class D(dict):
        pass

    d = D(c=c)
    d["d"] = d


def via_int_subclass(c):
    class I(int):
        pass

    i = I(5)
    i.c = c
    i.me = i


def via_str_subclass(c):
    class S(str):
        pass

    s = S("text")
    s.c = c
    s.it = iter(s)


def via_tuple_subclass(c):
    class T(tuple):
        pass

    lst = []
    t = T([c, lst])
    lst.append(t)


def via_stringio(c):
    class MyIO(io.StringIO):
        pass

    s = MyIO()
    s.c = c
    s.me = s


def via_random(c):
    class R(random.Random):
        pass

    r = R(1)
    r.c = c
    r.me = r


def via_struct_time(c):
    lst = [c]
    lst.append(time.struct_time((lst, 1, 1, 1, 1, 1, 1, 1, 1)))


def via_slice(c):
    lst = [c]
    lst.append(slice(lst, None))


def via_cell(c):
    def outer():
        x = c

        def inner():
            return x

        return inner

    c.inner = outer()


for name, make in list(globals().items()):
    if name.startswith("via_"):
        check(name, make)

gc.set_threshold(700, 10, 10)
print("end")
