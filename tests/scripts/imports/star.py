# from x import * honours __all__ (importing submodules it names) and skips _names.
from star_pkg import *
print(public, sub_mod.VALUE)
print("other" in globals(), "_private" in globals())

from star_pkg.plain import *
print(a, f(), "_b" in globals(), sys.__name__)
