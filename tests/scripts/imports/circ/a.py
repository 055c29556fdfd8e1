print("circ.a starts")
import circ.b
A_VALUE = "a"
print("circ.a ends; b sees", circ.b.seen)
