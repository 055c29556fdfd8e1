# Creating instances: __init__ arguments, errors, defaults, subclasses.
class P:
    def __init__(self, x, y=0, *rest, key=None):
        self.args = (x, y, rest, key)

print(P(1).args, P(1, 2, 3, key="k").args, P(y=5, x=6).args)

class Q(P):
    pass

print(Q(7).args, type(Q(7)).__name__)

class Bad:
    def __init__(self):
        return 5

def attempt(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: Bad())
attempt(lambda: P())
attempt(lambda: P(1, 2, 3, nope=1))

class Raises:
    def __init__(self, n):
        if n < 0:
            raise ValueError("negative")
        self.n = n

attempt(lambda: Raises(-1))
print(Raises(3).n)

class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v

print(WithNew(9).v)

class NoInit:
    pass

attempt(lambda: NoInit(1))
print(type(NoInit()).__name__)
objs = [P(i) for i in range(3)]
print([o.args[0] for o in objs])
