# Errors: refused connections, bad addresses and arguments, closed sockets.
import socket


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


# A port nobody listens on: bind one, close it, connect to it.
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
closed_port = probe.getsockname()[1]
probe.close()
c = socket.socket()
try:
    c.connect(("127.0.0.1", closed_port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e.strerror, e)
print(socket.socket().connect_ex(("127.0.0.1", closed_port)))
try:
    socket.create_connection(("127.0.0.1", closed_port))
except OSError as e:
    print("create_connection:", type(e).__name__, e)
c.close()

s = socket.socket()
attempt("bind str", lambda: s.bind("x"))
attempt("bind 1-tuple", lambda: s.bind(("x",)))
attempt("bind 3-tuple", lambda: s.bind(("127.0.0.1", 1, 2)))
attempt("bind port str", lambda: s.bind(("127.0.0.1", "x")))
attempt("bind port float", lambda: s.bind(("127.0.0.1", 1.5)))
attempt("bind host int", lambda: s.bind((1, 2)))
attempt("bind big port", lambda: s.bind(("127.0.0.1", 70000)))
attempt("bind negative port", lambda: s.bind(("127.0.0.1", -1)))
attempt("connect 1-tuple", lambda: s.connect(("127.0.0.1",)))
attempt("sendto str", lambda: s.sendto(b"x", "y"))
attempt("sendto 1 arg", lambda: s.sendto(b"x"))
attempt("recv negative", lambda: s.recv(-1))
attempt("recvfrom negative", lambda: s.recvfrom(-1))
attempt("recv str", lambda: s.recv("x"))
attempt("recv no args", lambda: s.recv())
attempt("send str", lambda: s.send("x"))
attempt("send int", lambda: s.send(1))
attempt("sendall str", lambda: s.sendall("x"))
attempt("setsockopt str", lambda: s.setsockopt(1, 2, "x"))
attempt("setsockopt 2 args", lambda: s.setsockopt(1, 2))
attempt("getsockopt 1 arg", lambda: s.getsockopt(1))
attempt("listen 2 args", lambda: s.listen(1, 2))
attempt("bind no args", lambda: s.bind())
attempt("connect no args", lambda: s.connect())
attempt("recv_into bytes", lambda: s.recv_into(b"abc"))
attempt("recv_into too small", lambda: s.recv_into(bytearray(2), 5))
attempt("not connected", lambda: s.getpeername())
attempt("send unconnected", lambda: s.send(b"x"))
attempt("socket 6 args", lambda: socket.socket(1, 2, 3, 4, 5))
attempt("bad family", lambda: socket.socket(99999))
attempt("bad type", lambda: socket.socket(socket.AF_INET, 99999))
attempt("negative fileno", lambda: socket.socket(fileno=-5))
attempt("bad fileno", lambda: socket.socket(fileno=9999))

s6 = socket.socket(socket.AF_INET6)
attempt("inet6 1-tuple", lambda: s6.bind(("::1",)))
attempt("inet6 5-tuple", lambda: s6.bind(("::1", 0, 1, 2, 3)))
attempt("inet6 flowinfo", lambda: s6.bind(("::1", 0, 1 << 21)))
attempt("inet6 str", lambda: s6.bind("x"))
s6.close()
u = socket.socket(socket.AF_UNIX)
attempt("unix int", lambda: u.bind(1))
attempt("unix tuple", lambda: u.bind(("a",)))
u.close()

# Every operation on a closed socket is EBADF, except the harmless ones.
s.close()
attempt("send", lambda: s.send(b"x"))
attempt("sendall", lambda: s.sendall(b"x"))
attempt("recv", lambda: s.recv(1))
attempt("fileno", lambda: s.fileno())
attempt("getsockname", lambda: s.getsockname())
attempt("settimeout", lambda: s.settimeout(1))
attempt("gettimeout", lambda: s.gettimeout())
attempt("setblocking", lambda: s.setblocking(False))
attempt("getblocking", lambda: s.getblocking())
attempt("close", lambda: s.close())
attempt("listen", lambda: s.listen())
attempt("accept", lambda: s.accept())
attempt("shutdown", lambda: s.shutdown(socket.SHUT_RDWR))
attempt("bind", lambda: s.bind(("127.0.0.1", 0)))
attempt("connect", lambda: s.connect(("127.0.0.1", 1)))
attempt("detach", lambda: s.detach())
attempt("setsockopt", lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1))
attempt("getsockopt", lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
attempt("dup", lambda: s.dup())

# The address is in use: create_server explains.
a = socket.socket()
a.bind(("127.0.0.1", 0))
a.listen()
try:
    socket.create_server(a.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror.replace(str(a.getsockname()[1]), "PORT"))
a.close()
attempt("dualstack", lambda: socket.create_server(("", 0), dualstack_ipv6=True))
