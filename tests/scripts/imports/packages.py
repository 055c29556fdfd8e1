# Packages, submodules, relative imports, `import a.b as c`, `from p import submodule`.
import sys

import pkg
print(pkg.TOP, pkg.__name__, pkg.__package__)
print(pkg.__file__.endswith("imports/pkg/__init__.py"), pkg.__path__[0].endswith("imports/pkg"))
print("alpha" in dir(pkg))

import pkg.alpha
print(pkg.alpha.describe())
print("pkg.alpha" in sys.modules, "pkg.beta" in sys.modules, "pkg.sub.gamma" in sys.modules)
print(pkg.alpha.__package__, pkg.sub.__package__, pkg.sub.gamma.__package__)

import pkg.sub.deeper.leaf as leaf
print(leaf.LEAF)
print(leaf is sys.modules["pkg.sub.deeper.leaf"], pkg.sub.deeper.leaf is leaf)
try:
    leaf.too_far()
except ImportError as e:
    print(type(e).__name__, e)

from pkg import beta, sub
print(beta.BETA, sub.SUB)

# `from package import submodule` imports a submodule that is not loaded yet.
print("pkg.sub.deeper" in sys.modules)
from pkg.sub import deeper
print(deeper.__name__)

import pkg.sub.gamma as g, pkg.beta as b2
print(g.G, b2 is beta)

# A module whose body raises is removed from sys.modules again.
for attempt in range(2):
    try:
        import pkg.broken
    except RuntimeError as e:
        print("attempt", attempt, e, "pkg.broken" in sys.modules)

try:
    import pkg.bad_relative
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

# importing twice runs the body once
import pkg
import pkg.alpha
print(sys.modules["pkg"] is pkg)
