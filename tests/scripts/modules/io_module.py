# The io module: StringIO and BytesIO, the file types' names and bases,
# io.open and io.UnsupportedOperation.
import io


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# StringIO
s = io.StringIO()
print(s.write("hello"), s.write(" wörld\n"), s.write("line 2\nline 3"), s.tell())
print(repr(s.getvalue()), s.read(), s.seek(0), s.read(5), s.tell(), repr(s.readline()), s.readlines())
s.seek(0)
print(list(s), s.read(), s.tell(), s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)
s = io.StringIO("abc\ndef\nghi")
print(s.tell(), s.readline(), s.readline(2), s.readline(), s.readline(), repr(s.readline()))
s.seek(1)
s.write("XY")
print(s.getvalue(), s.tell(), s.read())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
s = io.StringIO("héllo")
print(s.read(2), s.tell(), s.seek(0, 2), s.seek(0, 1), s.truncate(3), s.getvalue(), s.tell())
print(io.StringIO("a\nb\nc").readlines(), io.StringIO("a\nb\nc").readlines(2), list(io.StringIO("x\ny")))
for newline in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=newline)
    s.write("a\r\nb\rc\nd")
    s.seek(0)
    print(repr(newline), repr(s.getvalue()), s.readlines())
print(repr(io.StringIO("x\ny", newline="\r").getvalue()))
with io.StringIO() as s:
    print("to a StringIO", 1, 2, sep="-", file=s)
    print(s.getvalue(), end="")
    s.writelines(["p", "q"])
    print(s.getvalue())
print(s.closed)
check("StringIO closed read", lambda: s.read())
check("StringIO closed getvalue", lambda: s.getvalue())
check("StringIO closed write", lambda: s.write("x"))
check("StringIO closed iter", lambda: iter(s))
check("StringIO closed enter", lambda: s.__enter__())
check("StringIO close again", lambda: s.close())
s = io.StringIO("hello")
check("seek cur", lambda: s.seek(1, 1))
check("seek end", lambda: s.seek(1, 2))
check("seek negative", lambda: s.seek(-1))
check("seek whence", lambda: s.seek(0, 5))
check("truncate negative", lambda: s.truncate(-1))
check("write bytes", lambda: s.write(b"x"))
check("init int", lambda: io.StringIO(5))
check("init newline", lambda: io.StringIO("", "x"))
check("init newline type", lambda: io.StringIO("", 5))
check("fileno", lambda: s.fileno())
check("read size type", lambda: s.read("x"))
print(repr(io.StringIO())[:20])


class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())


u = Upper()
u.tag = "subclass"
print("shout", file=u)
print(u.getvalue(), u.tag, isinstance(u, io.StringIO), isinstance(u, io.TextIOBase))

# BytesIO
b = io.BytesIO(b"abc\ndef\nghi")
print(b.read(2), b.tell(), b.readline(), b.readlines(), b.read(), b.seek(0), list(b))
print(b.seek(-2, 2), b.read(), b.seek(-100, 1), b.tell(), b.seek(10), b.write(b"!"), b.getvalue())
b = io.BytesIO()
print(b.write(b"hello"), b.seek(1), b.write(b"EL"), b.getvalue(), b.truncate(2), b.getvalue(), b.tell())
b.writelines([b"x", b"y"])
print(b.getvalue(), b.read1(), b.readable(), b.writable(), b.seekable())
check("BytesIO seek negative", lambda: b.seek(-1))
check("BytesIO seek whence", lambda: b.seek(0, 3))
check("BytesIO truncate negative", lambda: b.truncate(-1))
check("BytesIO write str", lambda: b.write("x"))
check("BytesIO init str", lambda: io.BytesIO("x"))
check("BytesIO fileno", lambda: b.fileno())
b.close()
check("BytesIO closed read", lambda: b.read())
check("BytesIO closed getvalue", lambda: b.getvalue())
print(repr(io.BytesIO())[:19])

# The module's names.
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.open is open)
for t in [io.StringIO, io.BytesIO, io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom,
          io.TextIOWrapper]:
    print(t, t.__name__)
print(io.UnsupportedOperation, issubclass(io.UnsupportedOperation, OSError),
      issubclass(io.UnsupportedOperation, ValueError))
try:
    io.StringIO().fileno()
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
try:
    io.BytesIO().fileno()
except OSError as e:
    print("caught as OSError:", type(e).__name__, e)
