# Binary data beyond bytes: int(), float() and str() of bytes-like objects,
# BytesIO and binary files taking bytearray and memoryview, reprs.
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)
import io, os
show("int bytes", lambda: (int(b"12"), int(bytearray(b" 7 ")), int(b"ff", 16), int(memoryview(b"9"))))
show("int bad bytes", lambda: int(b"x"))
show("float bytes", lambda: (float(b"1.5"), float(bytearray(b"2"))))
show("float bad bytes", lambda: float(b"x"))
show("str decode", lambda: (str(bytearray(b"abc"), "ascii"), str(memoryview(b"x"), "utf-8"), str(b"x", errors="strict")))
show("BytesIO", lambda: io.BytesIO(bytearray(b"init")).read())
b = io.BytesIO()
show("BytesIO write", lambda: (b.write(bytearray(b"ab")), b.write(memoryview(b"cd")), b.getvalue()))
path = "/tmp/builtins-work/_bytes_file.bin"
with open(path, "wb") as f:
    show("file write", lambda: (f.write(bytearray(b"xy")), f.write(memoryview(b"z"))))
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
show("hash bytes", lambda: hash(b"abc") == hash(memoryview(b"abc")))
show("bytes in dict", lambda: {b"k": 1}[bytes(bytearray(b"k"))])
show("str(bytearray)", lambda: str(bytearray(b"x")))
show("bytes(str)", lambda: bytes("é", "utf-8"))
show("list(mv)", lambda: list(memoryview(bytearray(b"ab"))))
show("sorted ba", lambda: sorted(bytearray(b"ba")))
show("bytes.join gen", lambda: b",".join(bytes([c]) for c in b"abc"))
show("ba compare list", lambda: bytearray(b"a") == [97])
show("int from_bytes ba", lambda: int.from_bytes(bytearray(b"\x01\x00"), "big"))
show("bytes fromhex ws", lambda: bytes.fromhex(" 01\t02\n"))
show("str.encode/decode", lambda: "é".encode().decode("utf-8"))
show("bytes repr escapes", lambda: repr(bytes(range(0, 256, 15))))
show("ba repr escapes", lambda: repr(bytearray(range(0, 256, 15))))
