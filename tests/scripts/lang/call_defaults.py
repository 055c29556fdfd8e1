# Calls that leave out trailing parameters take the defaults (a fast path in
# the interpreter): values, errors, __defaults__ changed or removed later.
def f(a, b=2, c=3): return (a, b, c)
print(f(1), f(1, 5), f(1, 5, 6))
try: f()
except TypeError as e: print(e)
try: f(1, 2, 3, 4)
except TypeError as e: print(e)
def g(a, b, c=3): return (a, b, c)
try: g(1)
except TypeError as e: print(e)
f.__defaults__ = (20, 30)
print(f(1), f(1, 2))
f.__defaults__ = None
try: f(1)
except TypeError as e: print(e)
def h(a, b=[]):
    b.append(a); return b
print(h(1), h(2))
class C:
    def m(self, x, y=10): return x + y
print(C().m(1), C().m(1, 2))
def cl(a, b=1):
    def inner(): return a + b
    return inner()
print(cl(5))
def gen(a, b=2):
    yield a; yield b
print(list(gen(1)))
