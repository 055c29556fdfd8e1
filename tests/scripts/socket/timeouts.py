# Timeouts, blocking and non-blocking mode.
import socket

print(socket.getdefaulttimeout())
s = socket.socket()
print(s.gettimeout(), s.timeout, s.getblocking())
s.settimeout(0.05)
print(s.gettimeout(), s.timeout, s.getblocking())
s.settimeout(2)
print(s.gettimeout())
s.setblocking(False)
print(s.gettimeout(), s.getblocking())
s.setblocking(True)
print(s.gettimeout(), s.getblocking())
s.settimeout(None)
print(s.gettimeout())
for bad in (-1, -0.5, float("nan"), "1"):
    try:
        s.settimeout(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s.close()

# recv with nothing to read times out.
a, b = socket.socketpair()
a.settimeout(0.05)
try:
    a.recv(10)
except socket.timeout as e:
    print("timeout:", e, type(e).__name__, isinstance(e, OSError), e.errno)
# The data that arrives in time is read.
b.sendall(b"in time")
print(a.recv(10))
# Non-blocking: EAGAIN is BlockingIOError.
a.setblocking(False)
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno == 11, e)
a.close()
b.close()

# accept times out on a listener nobody connects to.
server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen()
server.settimeout(0.05)
try:
    server.accept()
except TimeoutError as e:
    print("accept:", e)

# sendall on a full buffer times out.
a, b = socket.socketpair()
a.settimeout(0.05)
try:
    a.sendall(b"x" * 10_000_000)
except socket.timeout as e:
    print("sendall:", e)
a.close()
b.close()

# The default timeout applies to new sockets and to accepted ones.
socket.setdefaulttimeout(1.5)
print(socket.getdefaulttimeout())
c = socket.socket()
print(c.gettimeout())
server.settimeout(None)
c.connect(server.getsockname())
conn, _ = server.accept()
print(conn.gettimeout())
socket.setdefaulttimeout(None)
print(socket.getdefaulttimeout(), socket.socket().gettimeout())
try:
    socket.setdefaulttimeout(-1)
except ValueError as e:
    print(e)

# A connect with a timeout succeeds on loopback; connect_ex reports errors.
d = socket.socket()
d.settimeout(1)
print(d.connect_ex(server.getsockname()))
e = socket.socket()
e.setblocking(False)
print(e.connect_ex(server.getsockname()) in (0, 115))
for sock in (c, conn, d, e, server):
    sock.close()
print(socket.timeout is TimeoutError, socket.error is OSError)
