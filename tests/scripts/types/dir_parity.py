# The public (non-dunder) names of the built-in types, as dir() lists them:
# gilt must offer exactly CPython's method and attribute sets.
import types

for t in [object, type, int, bool, float, str, bytes, bytearray, memoryview, list, tuple, dict, set, frozenset, range,
          slice, type({}.keys()), type({}.values()), type({}.items()), types.MappingProxyType, property, staticmethod,
          classmethod, super, enumerate, zip, map, filter, reversed, type(None), type(NotImplemented), type(...)]:
    print(t.__name__, sorted(n for n in dir(t) if not n.startswith("__")))

# The special methods that carry behaviour (dunders of object itself aside).
base = set(dir(object))
for t in [type, int, bool, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice,
          type({}.keys()), type({}.values()), type({}.items())]:
    print(t.__name__, sorted(n for n in set(dir(t)) - base))
print("object", sorted(dir(object)))
print("builtins", sorted(n for n in dir(__builtins__) if n not in ("complex", "__loader__", "__spec__", "__build_class__")))
