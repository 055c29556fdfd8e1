// Shared by the two halves of the socket module: socket_module.cpp (the
// module's functions, constants, exceptions and socket addresses) and
// socket_object.cpp (the socket type).
//
// The GIL rule for everything here: a system call that may block runs inside
// a ReleaseGIL scope and touches no Python object there. Arguments are copied
// into C++ values (std::string, sockaddr_storage) before the scope, and the
// results are turned into Python objects, or raised, after it. errno is read
// inside the scope, since re-taking the GIL may change it.
#pragma once

#include <sys/socket.h>

#include <cstdint>
#include <string>

#include "runtime/type.h"

namespace gilt {

// A socket: the descriptor and what CPython's socket object keeps beside it.
struct SocketObject : Object {
  int fd = -1;  // -1 once closed or detached
  // (Not `type`: that is Object's, the Python type.)
  int sock_family = 0, sock_type = 0, sock_proto = 0;
  // Nanoseconds, as CPython keeps it: < 0 for blocking (gettimeout() is
  // None), 0 for non-blocking, > 0 for a timeout. Whenever it is >= 0 the
  // descriptor is O_NONBLOCK and waits go through poll(), as in CPython.
  int64_t timeout_ns = -1;
};

extern Type socket_type;
// socket.gaierror and socket.herror (OSError subclasses).
extern Type gaierror_type, herror_type;

void init_socket_types();

// An address in C form, as a system call takes it.
struct SockAddr {
  sockaddr_storage storage{};
  socklen_t length = 0;
  sockaddr* get() { return reinterpret_cast<sockaddr*>(&storage); }
};

// Turns the Python address `v` for a socket of `family` into a SockAddr,
// with CPython's TypeErrors and OverflowErrors; `caller` names the method in
// them ("bind(): port must be 0-65535."). Resolving a host name releases the
// GIL.
SockAddr parse_address(int family, Value v, const char* caller);
// The Python form of a C address: ('127.0.0.1', 80), (host, port, flowinfo,
// scope_id), a str path (bytes for Linux's abstract namespace).
Ref make_address(const sockaddr* addr, socklen_t length);

// socket.timeout ("timed out"), and gaierror for a getaddrinfo error code.
[[noreturn]] void raise_socket_timeout();
[[noreturn]] void raise_gai_error(int code, int saved_errno);

// The module's default timeout for new sockets, in nanoseconds (< 0: None).
int64_t default_socket_timeout();
// A timeout argument (settimeout, setdefaulttimeout) in nanoseconds, -1 for
// None; and back (None or float seconds).
int64_t parse_timeout(Value v);
Ref timeout_value(int64_t ns);

// A new socket object for an open descriptor, which it then owns; the
// descriptor gets the default timeout, as sockets that accept() returns do.
Ref wrap_socket(int fd, int family, int type, int proto);

// Methods of the socket type that the module's functions reuse.
Ref socket_close(Value self, CallArgs args);
Ref socket_connect(Value self, CallArgs args);

}  // namespace gilt
