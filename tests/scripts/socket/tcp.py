# TCP over loopback in one thread: the kernel completes the handshake before
# accept(), so connect, sendall, accept and recv can run in sequence.
import socket


def masked(sock):
    # fds and ports vary from run to run.
    text = repr(sock).replace("fd=%d," % sock.fileno(), "fd=N,")
    for addr in ("laddr", "raddr"):
        try:
            port = (sock.getsockname() if addr == "laddr" else sock.getpeername())[1]
            text = text.replace(", %d)" % port, ", PORT)")
        except OSError:
            pass
    return text


server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print(server.family == socket.AF_INET, server.type == socket.SOCK_STREAM, server.proto)
print(server.family, server.type, server.gettimeout(), server.getblocking())
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
server.bind(("127.0.0.1", 0))
host, port = server.getsockname()
print(host, type(port).__name__, 0 < port < 65536)
server.listen()
print(masked(server))

client = socket.socket()
client.connect(("127.0.0.1", port))
print(client.getpeername() == ("127.0.0.1", port))
client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(client.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
print(client.sendall(b"hello, "), client.send(b"world"))

conn, addr = server.accept()
print(type(conn).__name__, isinstance(conn, socket.socket), addr == client.getsockname())
print(conn.getsockname() == ("127.0.0.1", port), conn.gettimeout())
print(masked(conn))
data = b""
while len(data) < 12:
    data += conn.recv(100)
print(data)

# A large sendall goes out in several pieces; read it back in chunks.
big = bytes(range(256)) * 4096
conn.sendall(bytearray(big[:100]))
got = b""
while len(got) < 100:
    got += client.recv(7)
print(len(got), got == big[:100])

# recv_into a bytearray and a memoryview slice.
client.sendall(b"abcdef")
buf = bytearray(10)
n = 0
while n < 6:
    n += conn.recv_into(memoryview(buf)[n:])
print(n, buf)
client.sendall(b"xyz")
buf = bytearray(b"..........")
print(conn.recv_into(buf, 2), buf)
print(conn.recv(1, socket.MSG_PEEK), conn.recv(10))

# shutdown: the peer reads end of file.
client.shutdown(socket.SHUT_WR)
print(conn.recv(10))
conn.sendall(b"bye")
print(client.recv(10))

# Context managers close; repr of a closed socket.
with conn:
    pass
print(conn.fileno(), masked(conn))
with client as c:
    print(c is client)
print(client.fileno())
client.close()  # closing twice is fine

# detach gives up the descriptor; fileno= wraps it again.
other = socket.socket()
fd = other.detach()
print(other.fileno(), fd >= 0)
again = socket.socket(fileno=fd)
print(again.family, again.type, again.proto, again.fileno() == fd)
again.close()

# create_connection and create_server.
srv = socket.create_server(("127.0.0.1", 0))
print(srv.family, srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
cli = socket.create_connection(srv.getsockname(), timeout=5)
print(cli.gettimeout())
peer, _ = srv.accept()
cli.sendall(b"ping")
print(peer.recv(4))
dup = peer.dup()
peer.close()
dup.sendall(b"pong")
print(cli.recv(4))
for s in (dup, cli, srv, server):
    s.close()
print(server)
