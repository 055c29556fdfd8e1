import functools
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x!r})"
    def __str__(self): return f"<{self.x}>"
    def __format__(self, spec): return "fmt:" + format(self.x, spec)
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o)) if isinstance(o, (V, int)) else NotImplemented
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o): self.x += o; return self
    def __sub__(self, o): return V(self.x - o)
    def __rsub__(self, o): return V(o - self.x)
    def __mul__(self, o): return V(self.x * o)
    def __rmul__(self, o): return V(self.x * o * 10)
    def __truediv__(self, o): return V(self.x / o)
    def __floordiv__(self, o): return V(self.x // o)
    def __mod__(self, o): return V(self.x % o)
    def __pow__(self, o, m=None): return V(pow(self.x, o, m))
    def __rpow__(self, o): return V(o ** self.x)
    def __matmul__(self, o): return "matmul"
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __neg__(self): return V(-self.x)
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
    def __eq__(self, o): return isinstance(o, V) and o.x == self.x
    def __hash__(self): return hash(self.x)
    def __lt__(self, o): return self.x < o.x
    def __bool__(self): return self.x != 0
    def __index__(self): return self.x
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __round__(self, n=None): return ("round", n)
    def __divmod__(self, o): return ("divmod", o)
v = V(3)
print(repr(v), str(v), f"{v:>4}", "{:05}".format(v), format(v, "x"))
print(v + 1, 1 + v, v + v, v - 1, 10 - v, v * 2, 2 * v, v / 2, v // 2, v % 2, v ** 2, 2 ** v, pow(v, 2, 5))
print(v @ v, v & 1, v | 1, v ^ 1, v << 1, v >> 1, -v, +v, ~v, abs(v), divmod(v, 2), round(v), round(v, 2))
w = v; w += 5; print(w is v, v)
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(2) > V(1), sorted([V(3), V(1), V(2)]))
print(bool(V(0)), bool(V(1)), not V(0), [10, 20, 30, 40][V(2)], hex(V(255)), int(v), float(v))
print({V(1): "a"}[V(1)], len({V(1), V(1), V(2)}))
try: v + "s"
except TypeError as e: print("TypeError:", e)
try: V(1) <= V(2)
except TypeError as e: print("TypeError:", e)
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__)
try: {NoHash(): 1}
except TypeError as e: print("TypeError:", e)
@functools.total_ordering
class TO:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return self.k == o.k
    def __lt__(self, o): return self.k < o.k
print(TO(1) <= TO(2), TO(3) >= TO(2))
class R:
    def __eq__(self, o): print("R.eq"); return NotImplemented
class L2:
    def __eq__(self, o): print("L2.eq"); return NotImplemented
print(R() == L2(), R() != L2())
class Seq:
    def __init__(self): self.d = {}
    def __len__(self): return 3
    def __getitem__(self, i):
        if isinstance(i, slice): return ("slice", i.start, i.stop, i.step)
        if i >= 3: raise IndexError(i)
        return i * 10
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
    def __contains__(self, x): print("contains", x); return x == 5
s = Seq()
print(len(s), s[1], s[1:2], s[::3], list(s), 5 in s, 6 not in s)
s[0] = 1; s[1:3] = []; del s[2]; del s[:]
for x in s: print("it", x)
print(list(reversed(s)))
class Gi:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(list(Gi()), 1 in Gi(), 7 in Gi())
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), max(It()), sorted(It(), reverse=True), dict(zip(It(), "abc")))
a, *b = It(); print(a, b)
class Call:
    def __call__(self, *a, **k): return (a, k)
print(Call()(1, 2, x=3), callable(Call()), callable(Call))
class Ctx:
    def __enter__(self): print("enter"); return "val"
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None, v); return True
with Ctx() as c:
    print("body", c)
    raise ValueError("boom")
print("after")
class Ga:
    y = 5
    def __getattr__(self, n):
        if n.startswith("z"): raise AttributeError(n)
        return "ga:" + n
g = Ga(); print(g.y, g.foo, hasattr(g, "zz"), getattr(g, "zz", "dflt"))
class Sa:
    def __setattr__(self, n, v): print("setattr", n, v); super().__setattr__(n, v * 2)
    def __delattr__(self, n): print("delattr", n); super().__delattr__(n)
sa = Sa(); sa.q = 4; print(sa.q); del sa.q; print(hasattr(sa, "q"))
try: pow(V(1), 2, 3.5), pow(1.5, 2, 3)
except TypeError as e: print("TypeError:", e)
try: pow("a", 2, 3)
except TypeError as e: print("TypeError:", e)
