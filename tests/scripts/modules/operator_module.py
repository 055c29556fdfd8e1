# The operator module: operators as functions, their in-place forms, the
# getter/caller objects and their reprs, and CPython's errors.
import operator as op


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor",
             "lt", "le", "eq", "ne", "gt", "ge", "is_", "is_not"]:
    f = getattr(op, name)
    print(name, [f(a, b) for a, b in [(7, 3), (-7, 2), (6, 6), (12, 5)]])
print(op.add("ab", "cd"), op.add([1], [2]), op.mul("ab", 3), op.truediv(7, 2), op.pow(2, -1), op.mod("%d!", 5))
print(op.neg(5), op.pos(-5), op.invert(5), op.inv(0), op.not_(0), op.not_([1]), op.truth(""), op.truth(3))
print(op.abs(-2.5), op.index(7), op.index(True), op.matmul is op.__matmul__)
print(op.contains([1, 2], 2), op.contains("abc", "d"), op.countOf([1, 2, 1, 1], 1), op.indexOf("abc", "c"))
print(op.concat([1], [2]), op.concat("a", "b"), op.concat((1,), (2,)))
d = {"a": 1}
op.setitem(d, "b", 2)
print(op.getitem(d, "b"), op.getitem([1, 2, 3], slice(1, None)))
op.delitem(d, "a")
print(d)
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.isub(5, 2), op.imul("a", 3), op.iconcat([1], [2]), op.ipow(2, 5))
print(op.itruediv(1, 4), op.ifloordiv(9, 4), op.imod(9, 4), op.ilshift(1, 3), op.irshift(16, 2))
print(op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(5, 7))
print(op.call(max, 1, 5, 2), op.call(sorted, [3, 1], reverse=True))
print(op.__add__ is op.add, op.__not__ is op.not_, op.__and__ is op.and_, op.__inv__ is op.inv)


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + other.x)

    def __iadd__(self, other):
        self.x += other.x * 10
        return self

    def __lt__(self, other):
        return self.x < other.x

    def __repr__(self):
        return "Vec(%r)" % self.x


v = Vec(1)
print(op.add(v, Vec(2)), op.iadd(v, Vec(2)), v, op.lt(Vec(1), Vec(2)), op.gt(Vec(1), Vec(2)))


class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        return self.value


print(op.length_hint(Hint(4)), op.length_hint(Hint(NotImplemented), 9))
check("length_hint negative", lambda: op.length_hint(Hint(-1)))
check("length_hint str", lambda: op.length_hint(Hint("x")))
check("length_hint default", lambda: op.length_hint(5, "x"))

# itemgetter, attrgetter, methodcaller
g = op.itemgetter(1)
print(g, g([10, 20, 30]), g("xyz"), op.itemgetter(0, -1)("abc"), op.itemgetter("k", "j")({"k": 1, "j": 2}))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=op.itemgetter(1)), op.itemgetter(slice(2))("hello"))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


n = Node("root", Node("leaf"))
a = op.attrgetter("name")
print(a, a(n), op.attrgetter("child.name")(n), op.attrgetter("name", "child.name")(n))
print(op.attrgetter("real", "imag")(3), [f(n) for f in [op.attrgetter("child.child")]])
m = op.methodcaller("split", ",", maxsplit=1)
print(m, m("a,b,c"), op.methodcaller("upper")("abc"), op.methodcaller("count", "a")("banana"))
print(repr(op.methodcaller("f", 1, "x", k=2)), repr(op.itemgetter(1, "a")), repr(op.attrgetter("a.b", "c")))
print(type(g).__name__, op.itemgetter, op.attrgetter, op.methodcaller)

# Errors.
check("add(1)", lambda: op.add(1))
check("add keywords", lambda: op.add(a=1, b=2))
check("neg()", lambda: op.neg())
check("not_()", lambda: op.not_())
check("truth(1, 2)", lambda: op.truth(1, 2))
check("add(1, 'a')", lambda: op.add(1, "a"))
check("neg('a')", lambda: op.neg("a"))
check("concat ints", lambda: op.concat(1, 2))
check("iconcat ints", lambda: op.iconcat(1, 2))
check("concat list tuple", lambda: op.concat([1], (2,)))
check("indexOf missing", lambda: op.indexOf([1, 2], 3))
check("index float", lambda: op.index(1.5))
check("getitem missing", lambda: op.getitem({}, "k"))
check("itemgetter()", lambda: op.itemgetter())
check("itemgetter call 2", lambda: op.itemgetter(1)([1, 2], 3))
check("itemgetter keywords", lambda: op.itemgetter(1, x=2))
check("itemgetter index", lambda: op.itemgetter(5)([1]))
check("attrgetter()", lambda: op.attrgetter())
check("attrgetter int", lambda: op.attrgetter(1))
check("attrgetter missing", lambda: op.attrgetter("a.b")(1))
check("attrgetter call 2", lambda: op.attrgetter("real")(1, 2))
check("methodcaller()", lambda: op.methodcaller())
check("methodcaller int", lambda: op.methodcaller(1))
check("methodcaller call 2", lambda: op.methodcaller("upper")("a", 1))
check("methodcaller missing", lambda: op.methodcaller("nope")(1))
