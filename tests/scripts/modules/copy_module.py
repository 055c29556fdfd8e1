# copy: copy and deepcopy of containers, instances, namedtuples, cycles.
import copy
from collections import namedtuple, defaultdict, OrderedDict, Counter

data = {"a": [1, 2, {"b": (3, [4])}], "c": {5, 6}}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
data["a"][2]["b"][1].append(99)
print(shallow["a"] is data["a"], deep["a"] is data["a"], deep, shallow["a"][2]["b"])

cyclic = [1]
cyclic.append(cyclic)
dup = copy.deepcopy(cyclic)
print(dup[1] is dup, dup is not cyclic)
cyclic.clear()  # no cycle collector yet: break the cycles
dup.clear()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("t")
print(q, r, q.tags is p.tags, r.tags is p.tags)


class Custom:
    def __init__(self):
        self.copied = False

    def __copy__(self):
        c = Custom()
        c.copied = "shallow"
        return c

    def __deepcopy__(self, memo):
        c = Custom()
        c.copied = "deep"
        return c


print(copy.copy(Custom()).copied, copy.deepcopy(Custom()).copied)
NT = namedtuple("NT", "a b")
nt = NT([1], 2)
print(copy.copy(nt), copy.deepcopy(nt).a is nt.a, copy.copy(nt).a is nt.a)
dd = defaultdict(list, {"k": [1]})
dd2 = copy.deepcopy(dd)
dd2["k"].append(2)
print(dd, dd2, copy.copy(OrderedDict(a=1)), copy.deepcopy(Counter("aab")))
print(copy.copy(5), copy.deepcopy("s"), copy.deepcopy((1, 2)), copy.copy(len))
t = (1, [2])
print(copy.deepcopy(t) is t, copy.copy(t) is t)


class ListSub(list):
    pass


ls = ListSub([1, [2]])
ls.attr = "x"
ls2 = copy.deepcopy(ls)
print(type(ls2).__name__, ls2, ls2.attr, ls2[1] is ls[1])
