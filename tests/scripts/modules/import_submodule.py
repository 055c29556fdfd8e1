# `import os.path` as the first import: the parent module is imported first and
# registers its submodule; a dotted name under a plain module is not found.
import os.path
print(os.path.join("a","b"), os.sep)
import os.path as p
print(p.basename("/x/y"))
from os.path import join
print(join("q", "r"))
try:
    import os.nothing
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import math.x
except ImportError as e:
    print(type(e).__name__, e, e.name)
