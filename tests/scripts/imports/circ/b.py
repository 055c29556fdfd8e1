print("circ.b starts")
import sys
from circ import a
seen = getattr(a, "A_VALUE", "<not yet>")
print("circ.b: circ.a in sys.modules:", "circ.a" in sys.modules)
