# memoryview over bytes and bytearray: the byte format only.


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


m = memoryview(b"abcdef")
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets, m.obj)
print(m.c_contiguous, m.f_contiguous, m.contiguous, len(m), m[0], m[-1], m[1:3].tobytes(), m.tolist(), m.hex())
print(list(m), m == b"abcdef", m == bytearray(b"abcdef"), m != b"x", m == "abcdef", hash(m) == hash(b"abcdef"))
print(bytes(m[2:]), m[::2].tobytes(), m[::-1].tobytes(), m[::2][::-1].tolist(), m[1:5][1:3].tobytes(), m[::2].shape)
print(m.tobytes("C"), m[0:0].tobytes(), m.hex(":", 2), bytearray(m), b"-".join([m[:1], m[1:2]]), m[:2] + b"" if False else 0)
print(b"x" + m[:1], bytearray(b"y") + m[:1], m[1:2] in [b"b"], b"bc" in bytes(m), m.cast("B").tolist()[:2], m.toreadonly().readonly)
for label, fn in [("index", lambda: m[10]), ("key", lambda: m["x"]), ("order", lambda: m < m), ("str", lambda: memoryview("x")),
                  ("int", lambda: memoryview(1)), ("cast", lambda: m.cast("@B").tolist()), ("readonly set", lambda: m.__setitem__(0, 1)),
                  ("writable hash", lambda: hash(memoryview(bytearray(b"x"))))]:
    show(label, fn)

ba = bytearray(b"xyz")
mv = memoryview(ba)
print(mv.readonly, mv.obj is ba)
mv[0] = 65
mv[1:3] = b"BC"
print(ba)
for label, fn in [("size", lambda: mv.__setitem__(slice(0, 2), b"abc")), ("300", lambda: mv.__setitem__(0, 300)),
                  ("bytes item", lambda: mv.__setitem__(0, b"a")), ("delete", lambda: mv.__delitem__(0))]:
    show(label, fn)
mv[::2] = b"12"
print(ba, mv[::-1].tobytes())
mv.release()
print(repr(mv).startswith("<released memory at"))
for label, fn in [("len", lambda: len(mv)), ("item", lambda: mv[0]), ("tobytes", lambda: mv.tobytes()), ("obj", lambda: mv.obj),
                  ("enter", lambda: mv.__enter__())]:
    show(label, fn)
mv.release()
print(mv == mv)
ba.append(33)
with memoryview(ba) as v:
    print(v.tobytes(), v[0])
ba.append(34)
print(ba)
