# UDP over loopback: sendto/recvfrom, connected datagram sockets.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(a.type == socket.SOCK_DGRAM, a.type)
a.bind(("127.0.0.1", 0))
b.bind(("127.0.0.1", 0))
print(b.sendto(b"one", a.getsockname()))
data, addr = a.recvfrom(100)
print(data, addr == b.getsockname())
print(b.sendto(b"two", 0, a.getsockname()))
print(a.recv(100))
# A datagram longer than the buffer is truncated.
b.sendto(b"0123456789", a.getsockname())
print(a.recvfrom(4)[0])
# Connected datagram sockets use send/recv.
b.connect(a.getsockname())
b.send(b"three")
print(a.recv(100))
print(b.getpeername() == a.getsockname())
# recvfrom on a TCP socket gives no address.
x, y = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
x.send(b"dgram")
print(y.recvfrom(10))
for s in (a, b, x, y):
    s.close()
try:
    a.sendto(b"x", ("127.0.0.1", 9))
except OSError as e:
    print(type(e).__name__, e)
