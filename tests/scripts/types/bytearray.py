# bytearray: construction, mutation (items, slices, methods, += and *=),
# comparisons, and the buffer lock a memoryview holds.


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- construction")
for args in [(), (b"abc",), (3,), ([65, 66],), (range(3),), ("é", "utf-8"), ("aé", "ascii", "replace"),
             (memoryview(b"mv"),), (bytearray(b"copy"),), (iter([1, 2]),)]:
    show(repr(args), lambda: bytearray(*args))
for args in [("abc",), (-1,), ([256],), ([-1],), (1.5,), (b"x", "utf-8"), (None,), (["a"],), ("a", 1),
             ("a", "utf-8", 1), ("a", "bogus")]:
    show(repr(args), lambda: bytearray(*args))
show("kw", lambda: bytearray(source="é", encoding="latin-1"))
show("errors only", lambda: bytearray(errors="strict"))
print(repr(bytearray(b"'")), repr(bytearray(b'"')), repr(bytearray(b"'\"")), str(bytearray(b"s")))

print("-- items")


def mutate(label, fn):
    ba = bytearray(b"abcdef")
    try:
        fn(ba)
        print(label, ba)
    except Exception as e:
        print(label, type(e).__name__, e, ba)


def setitem(ba, k, v):
    ba[k] = v


def delitem(ba, k):
    del ba[k]


mutate("set 0", lambda ba: setitem(ba, 0, 65))
mutate("set -1", lambda ba: setitem(ba, -1, 90))
mutate("set bytes", lambda ba: setitem(ba, 0, b"x"))
mutate("set 256", lambda ba: setitem(ba, 0, 256))
mutate("set out", lambda ba: setitem(ba, 10, 1))
mutate("set str key", lambda ba: setitem(ba, "x", 1))
mutate("slice", lambda ba: setitem(ba, slice(1, 3), b"XYZ"))
mutate("slice list", lambda ba: setitem(ba, slice(1, 2), [65, 66]))
mutate("slice self", lambda ba: setitem(ba, slice(0, 0), ba))
mutate("slice empty", lambda ba: setitem(ba, slice(2, 4), b""))
mutate("slice int", lambda ba: setitem(ba, slice(0, 1), 5))
mutate("slice str", lambda ba: setitem(ba, slice(0, 1), "x"))
mutate("slice bad int", lambda ba: setitem(ba, slice(0, 1), [300]))
mutate("slice reversed bounds", lambda ba: setitem(ba, slice(4, 2), b"--"))
mutate("ext slice", lambda ba: setitem(ba, slice(None, None, 2), b"XYZ"))
mutate("ext slice size", lambda ba: setitem(ba, slice(None, None, 2), b"X"))
mutate("ext slice neg", lambda ba: setitem(ba, slice(None, None, -2), b"123"))
mutate("del 0", lambda ba: delitem(ba, 0))
mutate("del -1", lambda ba: delitem(ba, -1))
mutate("del out", lambda ba: delitem(ba, 9))
mutate("del slice", lambda ba: delitem(ba, slice(1, 4)))
mutate("del ext", lambda ba: delitem(ba, slice(None, None, 2)))
mutate("del ext neg", lambda ba: delitem(ba, slice(None, None, -3)))
show("get", lambda: (bytearray(b"abc")[0], bytearray(b"abc")[-1], bytearray(b"abc")[1:], bytearray(b"abc")[::-1]))
show("get out", lambda: bytearray(b"abc")[3])
show("get str", lambda: bytearray(b"abc")["x"])

print("-- methods")
mutate("append", lambda ba: ba.append(103))
mutate("append bytes", lambda ba: ba.append(b"g"))
mutate("append 256", lambda ba: ba.append(256))
mutate("extend", lambda ba: ba.extend(b"gh"))
mutate("extend list", lambda ba: ba.extend([1, 2]))
mutate("extend gen", lambda ba: ba.extend(x for x in range(65, 68)))
mutate("extend self", lambda ba: ba.extend(ba))
mutate("extend str", lambda ba: ba.extend("gh"))
mutate("extend int", lambda ba: ba.extend(5))
mutate("extend 300", lambda ba: ba.extend([1, 300]))
mutate("insert", lambda ba: ba.insert(1, 88))
mutate("insert neg", lambda ba: ba.insert(-1, 88))
mutate("insert far", lambda ba: (ba.insert(100, 49), ba.insert(-100, 48)))
mutate("insert one", lambda ba: ba.insert(0))
mutate("insert str", lambda ba: ba.insert("x", 1))
mutate("pop", lambda ba: print(ba.pop(), ba.pop(0), ba.pop(-2)))
mutate("pop out", lambda ba: ba.pop(10))
mutate("pop empty", lambda ba: bytearray().pop())
mutate("remove", lambda ba: ba.remove(99))
mutate("remove missing", lambda ba: ba.remove(122))
mutate("remove bytes", lambda ba: ba.remove(b"a"))
mutate("clear", lambda ba: ba.clear())
mutate("reverse", lambda ba: ba.reverse())
mutate("copy", lambda ba: print(ba.copy() == ba, ba.copy() is ba, type(ba.copy()).__name__))
mutate("iadd", lambda ba: ba.__iadd__(b"+"))
mutate("iadd list", lambda ba: ba.__iadd__([1]))
mutate("imul", lambda ba: ba.__imul__(2))
mutate("imul 0", lambda ba: ba.__imul__(0))


def imul_str(ba):
    ba *= "x"


mutate("imul str", imul_str)
ba = bytearray(b"ab")
alias = ba
ba += b"cd"
ba *= 2
print(ba, alias is ba, ba.__alloc__() > len(ba), ba.__sizeof__() > 0, bytearray.__hash__)
show("hash", lambda: hash(bytearray(b"x")))
show("reduce", lambda: bytearray(b"ab\xff").__reduce__())
show("reduce_ex", lambda: bytearray(b"").__reduce_ex__(2))
show("add", lambda: (bytearray(b"a") + b"b", type(b"a" + bytearray(b"b")).__name__))
show("mul", lambda: (bytearray(b"ab") * 3, 2 * bytearray(b"x"), bytearray(b"x") * -1))

print("-- iteration")
ba = bytearray(b"abc")
it = iter(ba)
print(type(it).__name__, next(it), it.__length_hint__())
ba.append(100)
print(list(it), list(reversed(ba)), sorted(bytearray(b"cab")), max(bytearray(b"az")), 98 in ba, b"bc" in ba)

print("-- exports")
ba = bytearray(b"xyz")
mv = memoryview(ba)
for op in ["append", "extend", "pop", "clear", "del", "slice grow", "iadd", "imul"]:
    try:
        if op == "append":
            ba.append(1)
        elif op == "extend":
            ba.extend(b"1")
        elif op == "pop":
            ba.pop()
        elif op == "clear":
            ba.clear()
        elif op == "del":
            del ba[0]
        elif op == "slice grow":
            ba[0:1] = b"12"
        elif op == "iadd":
            ba += b"1"
        else:
            ba *= 2
    except BufferError as e:
        print(op, type(e).__name__, e)
ba[0] = 65
ba[1:3] = b"BC"
ba.reverse()
print(ba, mv.tobytes())
mv.release()
ba.append(33)
print(ba)
with memoryview(ba) as v:
    print(v[0])
ba.clear()
print(ba)


class MyArray(bytearray):
    pass


m = MyArray(b"x")
m += b"y"
m.extra = 1
print(repr(m), type(m).__name__, m.extra, repr(m[0:1]), repr(m + b"z"), repr(m.copy()), m.__reduce__())
