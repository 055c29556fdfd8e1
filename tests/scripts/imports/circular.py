# Circular imports: a module is in sys.modules, partially initialised, while its body runs.
import circ.a
print(circ.a.A_VALUE, circ.b.seen)

try:
    import circ.x
except ImportError as e:
    print(type(e).__name__, str(e).replace(__file__.rsplit("/", 1)[0], "DIR"))
    print(e.name)
