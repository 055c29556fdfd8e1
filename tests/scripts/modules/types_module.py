# types: type names, SimpleNamespace, MappingProxyType, new_class.
import types
import sys


def f():
    pass


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance([].append, types.BuiltinMethodType), isinstance(sys, types.ModuleType))
print(types.NoneType, types.FunctionType, types.ModuleType)
m = types.ModuleType("dyn", "a docstring")
m.x = 1
print(m, m.__name__, m.__doc__, m.x)
bound = types.MethodType(lambda self, y: (self, y), "obj")
print(bound(2))

ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a)
ns.c = [3]
del ns.a
print(ns, ns == types.SimpleNamespace(b="two", c=[3]), ns != types.SimpleNamespace())
print(types.SimpleNamespace())
ns.self = ns
print(ns)
del ns.self  # no cycle collector yet: break the cycle


class Sub(types.SimpleNamespace):
    pass


print(Sub(x=1))
print(types.SimpleNamespace.__hash__)

proxy = types.MappingProxyType({"k": 1})
print(proxy["k"], len(proxy), list(proxy), "k" in proxy, proxy.get("z", 0))
try:
    proxy["k"] = 2
except TypeError as e:
    print("TypeError:", e)


def body(ns):
    ns["hello"] = lambda self: "hi from " + type(self).__name__


Dyn = types.new_class("Dyn", (C,), exec_body=body)
print(Dyn().hello(), Dyn.__mro__[1] is C)
