# Files from the built-in open(): text and binary modes, reading and writing,
# universal newlines, seek/tell, iteration, context managers and the errors.
# Everything happens in a scratch directory that is removed at the end.
import os


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


start = os.getcwd()
scratch = os.path.join("/tmp", "gilt_files_test_" + str(os.getpid()))
os.mkdir(scratch)
os.chdir(scratch)

# Writing and reading text.
f = open("a.txt", "w")
print(repr(f), f.name, f.mode, f.closed, f.encoding == f.encoding, f.readable(), f.writable(), f.seekable())
print(f.write("first line\n"), f.write("second line\nthird"), f.write(""), f.tell())
f.close()
print(f.closed, repr(f))
f.close()
with open("a.txt") as f:
    print(repr(f.read()))
with open("a.txt", "r", encoding="utf-8") as f:
    print(repr(f), f.readline(), f.readline(), repr(f.readline()), repr(f.readline()))
with open("a.txt") as f:
    print(f.readlines())
with open("a.txt") as f:
    print([line for line in f])
with open("a.txt") as f:
    print(f.read(5), f.read(3), f.tell(), f.read(), repr(f.read()), f.tell())
with open("a.txt") as f:
    print(repr(f.readline(4)), repr(f.readline(0)), repr(f.readline(100)), f.readlines(12))
with open("a.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open("a.txt", "a") as f:
    print(f.tell(), f.write("\nappended\n"))
with open("a.txt", "rt") as f:
    print(f.read().splitlines())

# Unicode: characters, not bytes, for read(n); tell() is a byte position.
with open("u.txt", "w", encoding="utf-8") as f:
    f.write("héllo wörld €100 😀\nnext ✓\n")
with open("u.txt", encoding="utf-8") as f:
    print(f.read(3), f.tell(), f.read(4), f.tell(), f.readline(), f.tell(), f.read())
with open("u.txt", "rb") as f:
    print(f.read())
with open("l1.txt", "w", encoding="latin-1") as f:
    f.write("café\n")
with open("l1.txt", "rb") as f:
    print(f.read())
with open("l1.txt", encoding="latin-1") as f:
    print(f.read(), repr(f))
check("bad utf-8", lambda: open("l1.txt", encoding="utf-8").read())
print(open("l1.txt", encoding="utf-8", errors="replace").read())
check("unencodable", lambda: open("x.txt", "w", encoding="ascii").write("é"))

# Universal newlines on reading; newline= controls translation.
with open("nl.txt", "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rlast")
with open("nl.txt") as f:
    print(repr(f.read()))
with open("nl.txt") as f:
    print(f.readlines())
with open("nl.txt", newline="") as f:
    print(f.readlines())
with open("nl.txt", newline="\n") as f:
    print(f.readlines())
with open("nl.txt", newline="\r") as f:
    print(f.readlines())
with open("nl.txt", newline="\r\n") as f:
    print(f.readlines())
with open("nl.txt") as f:
    print(repr(f.read(9)), repr(f.read(2)), f.tell(), repr(f.read(1)))
# A size limit may fall between the "\r" and "\n" of an untranslated "\r\n".
for newline in [None, "", "\r\n"]:
    with open("nl.txt", newline=newline) as f:
        print(repr(newline), [f.readline(), f.readline(8), f.readline(1), f.readline(), f.readline(2)])
with open("w.txt", "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open("w.txt", "rb") as f:
    print(f.read())
# A "\r\n" split across the read-ahead boundary still reads as one newline.
with open("big.txt", "wb") as f:
    f.write(b"x" * 8191 + b"\r\n" + b"y" * 10000 + b"\r")
with open("big.txt") as f:
    lines = f.readlines()
    print(len(lines), [len(line) for line in lines], repr(lines[0][-2:]))
with open("big.txt") as f:
    data = f.read()
    print(len(data), data.count("\n"), data.count("\r"))

# seek and tell.
with open("a.txt", "r+") as f:
    print(f.read(5), f.seek(0), f.read(5), f.seek(0, 2), f.seek(0, 1), f.tell())
    f.seek(6)
    f.write("LINE")
    f.seek(0)
    print(repr(f.readline()))
    check("cur-relative", lambda: f.seek(3, 1))
    check("end-relative", lambda: f.seek(-1, 2))
    check("negative", lambda: f.seek(-1))
    check("whence", lambda: f.seek(0, 3))
    print(f.truncate(10), f.seek(0), repr(f.read()))
with open("a.txt") as f:
    for line in f:
        check("tell while iterating", lambda: f.tell())
        break
with open("a.txt", "w+") as f:
    f.write("hello world")
    print(f.tell(), repr(f.read()), f.seek(0), repr(f.read()), f.seek(6), repr(f.read(3)))

# Binary files.
with open("b.bin", "wb") as f:
    print(repr(f), f.mode, f.write(b"\x00\x01\x02abc\n"), f.write(b"line2\n"), f.tell())
    f.writelines([b"x", b"y\n"])
with open("b.bin", "rb") as f:
    print(repr(f), f.mode, f.read(2), f.read1(3), f.tell(), f.readline(), f.readlines(), f.read())
with open("b.bin", "rb") as f:
    print(list(f), repr(f.raw), f.raw.mode, f.raw.closefd)
with open("b.bin", "r+b") as f:
    print(repr(f), f.seek(-3, 2), f.read(), f.seek(1), f.write(b"Z"), f.seek(0), f.read(4))
    print(f.seek(2, 1), f.read(1), f.tell())
with open("b.bin", "rb", buffering=0) as f:
    print(repr(f), f.read(3), f.readall())
print(repr(f))
with open("b.bin", "ab") as f:
    print(f.tell(), f.write(b"more"), f.tell())
with open("b.bin", "rb") as f:
    print(f.read()[-6:], os.path.getsize("b.bin"))

# x mode, a+ mode, text over the buffer.
with open("new.txt", "x") as f:
    f.write("created")
check("x existing", lambda: open("new.txt", "x"))
with open("new.txt", "a+") as f:
    f.write("!")
    f.seek(0)
    print(f.read())
with open("new.txt") as f:
    print(repr(f.buffer), f.buffer.read(3), repr(f.buffer.raw))

# print(file=...) and writelines.
with open("p.txt", "w") as f:
    print("x", 1, 2.5, sep=", ", end="!\n", file=f)
    print("second", file=f)
    f.writelines(["a\n", "b\n"])
with open("p.txt") as f:
    print(f.read())

# Errors.
check("missing", lambda: open("missing.txt"))
check("missing dir", lambda: open("no/such/file.txt", "w"))
check("directory", lambda: open("."))
check("directory w", lambda: open(".", "w"))
try:
    e = None
    open("missing.txt")
except FileNotFoundError as exc:
    e = exc
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, isinstance(e, OSError))
for mode in ["", "rw", "rr", "z", "rt+b", "b", "+", "r+w", "rU"]:
    check("mode " + repr(mode), lambda: open("a.txt", mode))
check("encoding binary", lambda: open("a.txt", "rb", encoding="utf-8"))
check("errors binary", lambda: open("a.txt", "rb", errors="strict"))
check("newline binary", lambda: open("a.txt", "rb", newline=""))
check("bad newline", lambda: open("a.txt", newline="x"))
check("newline type", lambda: open("a.txt", newline=5))
check("encoding type", lambda: open("a.txt", encoding=5))
check("unknown encoding", lambda: open("a.txt", encoding="nope"))
check("unbuffered text", lambda: open("a.txt", buffering=0))
check("file type", lambda: open(1.5))
check("no args", lambda: open())
check("bad keyword", lambda: open("a.txt", foo=1))
check("mode type", lambda: open("a.txt", mode=5))
f = open("a.txt")
check("write on read", lambda: f.write("x"))
check("write bytes", lambda: f.write(b"x"))
check("read size type", lambda: f.read("x"))
f.close()
for name, op in [("read", lambda: f.read()), ("readline", lambda: f.readline()), ("write", lambda: f.write("x")),
                 ("tell", lambda: f.tell()), ("seek", lambda: f.seek(0)), ("next", lambda: next(f)),
                 ("iter", lambda: iter(f)), ("flush", lambda: f.flush()), ("fileno", lambda: f.fileno()),
                 ("enter", lambda: f.__enter__()), ("readable", lambda: f.readable()), ("close", lambda: f.close())]:
    check("closed " + name, op)
f = open("a.txt", "w")
check("read on write", lambda: f.read())
check("readline on write", lambda: f.readline())
f.close()
f = open("b.bin", "rb")
check("binary write on read", lambda: f.write(b"x"))
check("binary write str", lambda: f.write("x"))
f.close()
f = open("b.bin", "wb")
check("binary read on write", lambda: f.read())
f.close()
f = open("b.bin", "rb", buffering=0)
check("raw write on read", lambda: f.write(b"x"))
f.close()
check("raw closed", lambda: f.read())


# Objects with __fspath__ are paths.
class Where:
    def __fspath__(self):
        return "a.txt"


with open(Where()) as f:
    print(len(f.read()) > 0)

for name in sorted(os.listdir(".")):
    if os.path.isdir(name):
        os.rmdir(name)
    else:
        os.remove(name)
os.chdir(start)
os.rmdir(scratch)
print(os.path.exists(scratch))
