# socketpair and AF_UNIX sockets.
import os
import socket

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.family, a.type, a.proto)
print(repr(a.getsockname()), repr(b.getpeername()))
a.sendall(b"over the pair")
print(b.recv(100))
b.send(b"back")
print(a.recv(100))
a.close()
print(b.recv(100))
b.close()
print(repr(a).startswith("<socket.socket [closed] fd=-1, family=1, type=1, proto=0"))

# A named AF_UNIX socket.
path = "/tmp/gilt-socket-test-%d" % os.getpid()
if os.path.exists(path):
    os.unlink(path)
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(path)
print(server.getsockname() == path)
server.listen(1)
client = socket.socket(socket.AF_UNIX)
client.connect(path)
conn, addr = server.accept()
print(repr(addr), client.getpeername() == path)
client.sendall(b"unix")
print(conn.recv(10))
for s in (client, conn, server):
    s.close()
os.unlink(path)

# Linux's abstract namespace: names are bytes that start with NUL.
name = b"\0gilt-abstract-%d" % os.getpid()
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(name)
print(s.getsockname() == name, type(s.getsockname()).__name__)
s.close()
try:
    socket.socket(socket.AF_UNIX).bind("x" * 200)
except OSError as e:
    print(type(e).__name__, e)
