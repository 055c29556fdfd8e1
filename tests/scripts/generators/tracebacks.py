# Tracebacks through generator frames show the generator's lines.


def numbers():
    yield 1
    yield 1 // 0


def consume():
    for n in numbers():
        print("got", n)


try:
    consume()
except ZeroDivisionError:
    import sys

    tb = sys.exc_info()[2]
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("lines:", lines)


def waiting():
    yield "first"
    yield "second"


g = waiting()
next(g)
g.throw(KeyError("thrown in"))
