# __getattribute__ replaces attribute lookup; __getattr__ still catches its AttributeError.
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print("get", name)
        return super().__getattribute__(name)
l = Logged()
print(l.x)
try:
    l.missing
except AttributeError as e:
    print("AttributeError:", e)
class WithFallback:
    def __getattribute__(self, name):
        if name == "special":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
w = WithFallback()
print(w.special, w.other)
class Raiser:
    def __getattribute__(self, name):
        raise AttributeError("custom " + name)
try:
    Raiser().q
except AttributeError as e:
    print(e)
print(hasattr(Raiser(), "q"), getattr(Raiser(), "q", "dflt"))
class Methods:
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v
    def m(self):
        return "m called"
print(Methods().m())
