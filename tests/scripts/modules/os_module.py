# The os module and os.path: files and directories (in a scratch directory
# that is removed at the end), the environment, and the pure path functions.
import os
import os.path
from os import path as p2


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(os.path is p2, os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.extsep, os.pathsep, os.altsep)
print(os.devnull, type(os.getpid()).__name__, os.getpid() > 0, os.cpu_count() >= 1)
print(type(os.getcwd()).__name__, os.path.isabs(os.getcwd()))
print(len(os.urandom(16)), type(os.urandom(0)).__name__, os.urandom(0))
print(os.strerror(2), "|", os.strerror(13), "|", os.strerror(99999))

# Environment.
os.environ["GILT_TEST_VAR"] = "value 1"
print(os.getenv("GILT_TEST_VAR"), os.environ["GILT_TEST_VAR"], os.getenv("GILT_NO_SUCH_VAR"))
print(os.getenv("GILT_NO_SUCH_VAR", "fallback"), "GILT_NO_SUCH_VAR" in os.environ)
check("getenv(1)", lambda: os.getenv(1))
check("getenv()", lambda: os.getenv())
print("PATH" in os.environ, type(os.environ.get("PATH")).__name__)

# Files and directories, in a scratch directory.
start = os.getcwd()
scratch = os.path.join("/tmp", "gilt_os_test_" + str(os.getpid()))
os.mkdir(scratch)
os.chdir(scratch)
print(os.listdir("."), os.listdir(), os.path.abspath(".") == os.path.realpath(scratch))
os.mkdir("a")
os.makedirs("b/c/d")
os.makedirs("b/c/d", exist_ok=True)
os.makedirs("b/c/e/", exist_ok=False)
with open("a/f.txt", "w") as f:
    f.write("hello\n")
print(sorted(os.listdir(".")), sorted(os.listdir("b/c")), os.listdir(b"a"))
print(os.path.exists("a"), os.path.exists("a/f.txt"), os.path.exists("nope"), os.path.exists(""))
print(os.path.isdir("a"), os.path.isdir("a/f.txt"), os.path.isfile("a/f.txt"), os.path.isfile("a"))
print(os.path.islink("a"), os.path.getsize("a/f.txt"), os.path.getmtime("a/f.txt") > 0)
st = os.stat("a/f.txt")
print(st.st_size, st.st_mode & 0o170000 == 0o100000, st[6], len(st), type(st.st_mtime).__name__,
      type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8])
print(os.access("a/f.txt", os.R_OK), os.access("nope", os.F_OK))
os.rename("a/f.txt", "a/g.txt")
print(os.listdir("a"))
os.replace("a/g.txt", "g.txt")
print(sorted(os.listdir(".")))
check("mkdir existing", lambda: os.mkdir("a"))
check("makedirs existing", lambda: os.makedirs("b/c"))
check("makedirs over file", lambda: os.makedirs("g.txt", exist_ok=True))
check("listdir missing", lambda: os.listdir("missing"))
check("listdir file", lambda: os.listdir("g.txt"))
check("remove missing", lambda: os.remove("missing"))
check("remove dir", lambda: os.remove("a"))
check("unlink dir", lambda: os.unlink("b"))
check("rmdir missing", lambda: os.rmdir("missing"))
check("rmdir not empty", lambda: os.rmdir("b"))
check("rmdir file", lambda: os.rmdir("g.txt"))
check("rename missing", lambda: os.rename("missing", "other"))
check("stat missing", lambda: os.stat("missing"))
check("getsize missing", lambda: os.path.getsize("missing"))
check("chdir missing", lambda: os.chdir("missing"))
check("mkdir()", lambda: os.mkdir())
check("listdir(1.5)", lambda: os.listdir(1.5))
check("stat(1.5)", lambda: os.stat(1.5))
check("mkdir(None)", lambda: os.mkdir(None))
check("exists(1.5)", lambda: os.path.exists(1.5))
try:
    os.remove("missing")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.filename2, e.args)
try:
    os.rename("missing", "other")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, e.filename2, e.args)
os.remove("g.txt")
for d in ["b/c/e", "b/c/d", "b/c", "b", "a"]:
    os.rmdir(d)
print(os.listdir("."))
os.chdir(start)
os.rmdir(scratch)
print(os.path.exists(scratch), os.getcwd() == start)

# The pure path functions.
for path in ["", "/", "//", "///", "a", "/a", "a/", "a/b", "/a/b/", "a//b", "a/b/c.txt", ".bashrc", "a/.b",
             "a.b.c", "a/b.", "../x.tar.gz", "//x/y", "./a/../b", "a/./b/..", "/../x"]:
    print(repr(path), os.path.split(path), os.path.splitext(path), repr(os.path.basename(path)),
          repr(os.path.dirname(path)), os.path.isabs(path), repr(os.path.normpath(path)))
print(os.path.split(b"a/b"), os.path.splitext(b"x.py"), os.path.basename(b"/q/r"), os.path.normpath(b"a//b/.."))
print(os.path.join("a"), os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"),
      os.path.join("", "x"), os.path.join("a", ""), os.path.join(b"a", b"b"))
check("join()", lambda: os.path.join())
check("join(1)", lambda: os.path.join(1))
check("join('a', 1)", lambda: os.path.join("a", 1))
check("join('a', b'b')", lambda: os.path.join("a", b"b"))
check("basename(1)", lambda: os.path.basename(1))
check("split()", lambda: os.path.split())
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a/b", "/a/b"),
      os.path.relpath("/x/y", "/a/b"))
check("relpath('')", lambda: os.path.relpath(""))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), repr(os.path.commonprefix([])))
print(os.path.splitdrive("/a/b"), os.path.normcase("A/B"), os.path.expanduser("x/~"))
print(os.path.abspath("/a/./b/../c"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(os.fspath("a"), os.fspath(b"b"))
check("fspath(1)", lambda: os.fspath(1))


class P:
    def __fspath__(self):
        return "some/where.txt"


print(os.fspath(P()), os.path.basename(P()), os.path.splitext(P()), os.path.exists(P()))
