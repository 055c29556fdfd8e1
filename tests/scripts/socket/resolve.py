# Name resolution, constants and conversions.
import socket

print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SO_REUSEPORT, socket.SO_KEEPALIVE,
      socket.SO_RCVBUF, socket.SO_SNDBUF)
print(socket.IPPROTO_TCP, socket.IPPROTO_UDP, socket.TCP_NODELAY)
print(socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR, socket.AI_PASSIVE, socket.SOMAXCONN)
print(type(socket.has_ipv6).__name__)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.gaierror, socket.herror, socket.socket)


def plain(infos):
    return [(int(f), int(t), p, c, a) for f, t, p, c, a in infos]


print(plain(socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM)))
print(plain(socket.getaddrinfo("127.0.0.1", "80", type=socket.SOCK_DGRAM)))
print(plain(socket.getaddrinfo(b"127.0.0.1", b"80", socket.AF_INET, socket.SOCK_STREAM)))
print(plain(socket.getaddrinfo(None, 8080, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)))
print(plain(socket.getaddrinfo("127.0.0.1", None, socket.AF_INET, socket.SOCK_STREAM)))
print(plain(socket.getaddrinfo("::1", 80, socket.AF_INET6, socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)))
infos = socket.getaddrinfo("localhost", 80)
print(len(infos) > 0, all(len(i) == 5 for i in infos))
print(("127.0.0.1", 80) in [i[4] for i in infos if i[0] == socket.AF_INET])

for args in [("localhost", 1.5), (1, 80), ("localhost", "no-such-service", socket.AF_INET, socket.SOCK_STREAM),
             (None, None), ("localhost",)]:
    try:
        socket.getaddrinfo(*args)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except socket.gaierror as e:
    print("gaierror", type(e.errno).__name__, e.errno < 0)

print(socket.gethostbyname("localhost"), socket.gethostbyname("10.1.2.3"), socket.gethostbyname(""))
try:
    socket.gethostbyname("no-such-host.invalid")
except socket.gaierror as e:
    print("gaierror", e.errno < 0)
print(type(socket.gethostname()).__name__, len(socket.gethostname()) > 0)

print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.htons(socket.ntohs(0x1234)) == 0x1234, socket.htonl(0xffffffff))
for f, v in [(socket.htons, 70000), (socket.htons, -1), (socket.htonl, 1 << 32), (socket.htonl, -1)]:
    try:
        f(v)
    except OverflowError as e:
        print("OverflowError", e)
print(socket.inet_aton("127.0.0.1"), socket.inet_aton("1.2.3"), socket.inet_ntoa(b"\x7f\0\0\1"))
for f, v in [(socket.inet_aton, "x"), (socket.inet_ntoa, b"abc")]:
    try:
        f(v)
    except OSError as e:
        print(type(e).__name__, e)
e = socket.gaierror(-2, "Name or service not known")
print(e, e.errno, e.strerror, e.args)
