// socket.socket: a blocking (or timed, or non-blocking) socket over one
// descriptor, with CPython 3.11's methods, errors and repr.
//
// Blocking calls follow CPython's sock_call: with a timeout the descriptor
// is non-blocking, and each attempt is preceded by a poll() that waits at
// most until the operation's deadline; without one the call itself blocks.
// Either way the wait runs with the GIL released (see socket_module.h), and
// a call interrupted by a signal checks for Ctrl-C and is retried (PEP 475).
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <ctime>
#include <string>

#include "runtime/args.h"
#include "runtime/bytearray_object.h"
#include "runtime/bytes_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/getset_descriptor.h"
#include "runtime/gil.h"
#include "runtime/int_object.h"
#include "runtime/memoryview_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/module_util.h"
#include "stdlib/socket_module.h"

namespace gilt {

Type socket_type;

namespace {

SocketObject* as_socket(Value v) { return v.as<SocketObject>(); }

int64_t monotonic_ns() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// PyArg_ParseTuple's argument count messages, which the socket methods
// with optional arguments use: "recv() takes at least 1 argument (0 given)".
void check_tuple_args(const char* fname, CallArgs args, size_t min, size_t max) {
  check_no_kwargs(fname, args);
  if (args.nargs >= min && args.nargs <= max) return;
  size_t n = args.nargs > max ? max : min;
  const char* bound = min == max ? "exactly" : args.nargs > max ? "at most" : "at least";
  raise_type_error(std::string(fname) + "() takes " + bound + " " + std::to_string(n) + " argument" +
                   (n == 1 ? "" : "s") + " (" + std::to_string(args.nargs) + " given)");
}

// A C int argument (flags, levels, option names), with PyArg's "i" errors.
int int_arg(Value v) {
  if (is_float(v)) raise_type_error("'float' object cannot be interpreted as an integer");
  Ref i = index_value(v);
  int64_t out;
  if (!int_to_int64(i, out) || out > INT_MAX) raise_overflow_error("signed integer is greater than maximum");
  if (out < INT_MIN) raise_overflow_error("signed integer is less than minimum");
  return static_cast<int>(out);
}

// Puts the descriptor in blocking or non-blocking mode (CPython's
// internal_setblocking); raises OSError, e.g. EBADF for a closed socket.
void set_blocking(int fd, bool blocking) {
  int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) flags = ::fcntl(fd, F_SETFL, blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK);
  if (flags < 0) raise_os_error(errno);
}

// Records the timeout first and then switches the descriptor, as CPython
// does: a closed socket raises EBADF but keeps the new timeout.
void set_timeout(SocketObject* s, int64_t ns) {
  s->timeout_ns = ns;
  set_blocking(s->fd, ns < 0);
}

// ------------------------------------------------------------------ waiting

enum class Wait { Read, Write };

// No deadline: wait as long as it takes.
constexpr int64_t kForever = -1;

// The deadline of one operation on `s`: now plus its timeout, or kForever.
int64_t deadline_of(const SocketObject* s) {
  return s->timeout_ns > 0 ? monotonic_ns() + s->timeout_ns : kForever;
}

// Waits until `fd` is ready or the deadline passes. Called with the GIL
// released. 1: ready, 0: timed out, -1: poll failed (errno).
int wait_ready(int fd, Wait wait, int64_t deadline) {
  int ms = -1;
  if (deadline != kForever) {
    int64_t left = deadline - monotonic_ns();
    if (left < 0) return 0;
    int64_t rounded = (left + 999999) / 1000000;  // round up: never wake early
    ms = rounded > INT_MAX ? INT_MAX : static_cast<int>(rounded);
  }
  pollfd p{fd, static_cast<short>(wait == Wait::Read ? POLLIN : POLLOUT), 0};
  return ::poll(&p, 1, ms);
}

// Runs `attempt(fd)`, a system call returning < 0 with errno on failure,
// until it succeeds: with a timeout, poll() first (and again after a false
// alarm, EAGAIN); on EINTR check for Ctrl-C and retry. `attempt` runs with
// the GIL released, so it must touch only C++ data.
template <class Attempt>
ssize_t sock_call(SocketObject* s, Wait wait, int64_t deadline, Attempt&& attempt) {
  for (;;) {
    // Read again on every try: another thread may have closed the socket
    // or changed its timeout while this one waited.
    int fd = s->fd;
    bool timed = s->timeout_ns > 0;
    ssize_t n = -1;
    int err = 0;
    bool timed_out = false;
    {
      ReleaseGIL unlocked;
      if (timed && fd >= 0) {
        int ready = wait_ready(fd, wait, deadline);
        if (ready == 0) timed_out = true;
        if (ready < 0) err = errno;
      }
      if (!timed_out && !err) {
        n = attempt(fd);
        if (n < 0) err = errno;
      }
    }
    if (timed_out) raise_socket_timeout();
    if (!err) return n;
    if (err == EINTR) {
      check_interrupts();
      continue;
    }
    if (timed && (err == EAGAIN || err == EWOULDBLOCK)) continue;
    raise_os_error(err);
  }
}

// connect(), returning 0 or an errno; a timeout raises socket.timeout when
// `raise_timeout`, else gives EWOULDBLOCK (connect_ex). As in CPython, a
// connect that was interrupted or is in progress on a socket with a timeout
// is waited for, and its outcome read from SO_ERROR.
int connect_socket(SocketObject* s, SockAddr& addr, bool raise_timeout) {
  int fd = s->fd, err = 0;
  {
    ReleaseGIL unlocked;
    if (::connect(fd, addr.get(), addr.length) != 0) err = errno;
  }
  if (err == 0) return 0;
  if (err == EINTR) {
    check_interrupts();
    // The connection goes on in the background; a non-blocking socket
    // reports the interruption, the others wait for it.
    if (s->timeout_ns == 0) return err;
  } else if (!(err == EINPROGRESS && s->timeout_ns > 0)) {
    return err;
  }
  int64_t deadline = deadline_of(s);
  for (;;) {
    int ready, so_error = 0, wait_err = 0;
    {
      ReleaseGIL unlocked;
      ready = wait_ready(fd, Wait::Write, deadline);
      if (ready < 0) wait_err = errno;
      if (ready > 0) {
        socklen_t length = sizeof so_error;
        if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &so_error, &length) != 0) so_error = errno;
      }
    }
    if (ready == 0) {
      if (raise_timeout) raise_socket_timeout();
      return EWOULDBLOCK;
    }
    if (ready < 0) {
      if (wait_err != EINTR) return wait_err;
      check_interrupts();
      continue;
    }
    return so_error;
  }
}

// Closes the descriptor (CPython's sock_close): ECONNRESET is not an error
// worth reporting at close, since the peer is gone anyway.
void close_socket(SocketObject* s) {
  int fd = s->fd;
  if (fd < 0) return;
  s->fd = -1;
  int err = 0;
  {
    ReleaseGIL unlocked;
    if (::close(fd) != 0) err = errno;
  }
  if (err && err != ECONNRESET) raise_os_error(err);
}

// The data argument of send/sendall/sendto, copied so that the GIL can be
// released while it is sent (a bytearray could change meanwhile).
std::string data_arg(Value v) { return std::string(need_bytes_like(v)); }

// "negative buffersize in recv"
size_t bufsize_arg(Value v, const char* fname) {
  int64_t n = index_int64(v);
  if (n < 0) raise_value_error(std::string("negative buffersize in ") + fname);
  return static_cast<size_t>(n);
}

// ------------------------------------------------------------------ construction

Ref socket_new(Type* type, CallArgs) {
  auto* s = alloc_instance<SocketObject>(type);
  s->fd = -1;
  s->timeout_ns = -1;
  return Ref::steal(s);
}

// An option of an open descriptor, for socket(fileno=fd) without a family.
int query_option(int fd, int option) {
  int value = 0;
  socklen_t length = sizeof value;
  if (::getsockopt(fd, SOL_SOCKET, option, &value, &length) != 0) raise_os_error(errno);
  return value;
}

// socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)
void socket_init(Value self, CallArgs args) {
  Value a[4];
  // socket.socket.__init__ is a Python function in CPython's socket.py.
  bind_python_args("socket.__init__", args, {"family", "type", "proto", "fileno"}, 0, a, -1, 1);
  auto int_or = [](Value v) { return v.is_null() || v.is_none() ? -1 : int_arg(v); };
  int family = int_or(a[0]), type = int_or(a[1]), proto = int_or(a[2]);
  SocketObject* s = as_socket(self);
  int fd;
  if (!a[3].is_null() && !a[3].is_none()) {
    if (is_float(a[3])) raise_type_error("'float' object cannot be interpreted as an integer");
    int64_t n = index_int64(a[3]);
    if (n < 0) raise_value_error("negative file descriptor");
    if (n > INT_MAX) raise_overflow_error("file descriptor out of range");
    fd = static_cast<int>(n);
    // What was not given is asked of the descriptor (which also checks it is a socket).
    if (family == -1) family = query_option(fd, SO_DOMAIN);
    if (type == -1) type = query_option(fd, SO_TYPE);
    if (proto == -1) proto = query_option(fd, SO_PROTOCOL);
  } else {
    if (family == -1) family = AF_INET;
    if (type == -1) type = SOCK_STREAM;
    if (proto == -1) proto = 0;
    fd = ::socket(family, type | SOCK_CLOEXEC, proto);
    if (fd < 0) raise_os_error(errno);
  }
  if (s->fd >= 0) ::close(s->fd);  // __init__ called again
  s->fd = fd;
  s->sock_family = family;
  s->sock_type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  s->sock_proto = proto;
  set_timeout(s, (type & SOCK_NONBLOCK) ? 0 : default_socket_timeout());
}

void socket_dealloc(Object* o) {
  auto* s = static_cast<SocketObject*>(o);
  // An unclosed socket is closed when collected (CPython also warns, with a
  // ResourceWarning that is ignored by default).
  if (s->fd >= 0) ::close(s->fd);
  dealloc_object<SocketObject>(o);
}

// "<socket.socket fd=3, family=2, type=1, proto=0, laddr=('127.0.0.1', 5000)>"
Ref socket_repr(Value self) {
  SocketObject* s = as_socket(self);
  Type* t = type_of(self);
  Ref module = try_get_attr(Value::object(t), GILT_NAME("__module__"));
  std::string text = "<" + (module.is_null() ? std::string("socket") : str_string(module)) + "." + t->qualname;
  if (s->fd < 0) text += " [closed]";
  text += " fd=" + std::to_string(s->fd) + ", family=" + std::to_string(s->sock_family) +
          ", type=" + std::to_string(s->sock_type) + ", proto=" + std::to_string(s->sock_proto);
  // The addresses appear when the socket has them (CPython skips empty ones
  // and swallows errors).
  if (s->fd >= 0) {
    using AddressFn = int (*)(int, sockaddr*, socklen_t*);
    for (auto [label, get] : {std::pair<const char*, AddressFn>{"laddr", ::getsockname}, {"raddr", ::getpeername}}) {
      SockAddr addr;
      addr.length = sizeof addr.storage;
      if (get(s->fd, addr.get(), &addr.length) != 0) continue;
      Ref value = make_address(addr.get(), addr.length);
      if (truthy(value)) text += std::string(", ") + label + "=" + str_string(str(value));
    }
  }
  return new_str(text + ">");
}

}  // namespace

Ref wrap_socket(int fd, int family, int type, int proto) {
  Ref sock = socket_new(&socket_type, CallArgs{});
  SocketObject* s = as_socket(sock);
  s->fd = fd;
  s->sock_family = family;
  s->sock_type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  s->sock_proto = proto;
  set_timeout(s, default_socket_timeout());
  return sock;
}

// ------------------------------------------------------------------ connections

Ref socket_connect(Value self, CallArgs args) {
  check_exact_args("socket.connect", args, 1);
  SocketObject* s = as_socket(self);
  SockAddr addr = parse_address(s->sock_family, args.args[0], "connect");
  int err = connect_socket(s, addr, true);
  if (err) raise_os_error(err);
  return Ref(Value::none());
}

Ref socket_close(Value self, CallArgs args) {
  check_exact_args("socket.close", args, 0);
  close_socket(as_socket(self));
  return Ref(Value::none());
}

namespace {

Ref socket_connect_ex(Value self, CallArgs args) {
  check_exact_args("socket.connect_ex", args, 1);
  SocketObject* s = as_socket(self);
  SockAddr addr = parse_address(s->sock_family, args.args[0], "connect_ex");
  return Ref(Value::small_int(connect_socket(s, addr, false)));
}

Ref socket_bind(Value self, CallArgs args) {
  check_exact_args("socket.bind", args, 1);
  SocketObject* s = as_socket(self);
  SockAddr addr = parse_address(s->sock_family, args.args[0], "bind");
  if (::bind(s->fd, addr.get(), addr.length) != 0) raise_os_error(errno);
  return Ref(Value::none());
}

Ref socket_listen(Value self, CallArgs args) {
  check_tuple_args("listen", args, 0, 1);
  // CPython's default backlog is min(SOMAXCONN, 128); a negative one means 0.
  int backlog = args.nargs ? int_arg(args.args[0]) : (SOMAXCONN < 128 ? SOMAXCONN : 128);
  if (backlog < 0) backlog = 0;
  if (::listen(as_socket(self)->fd, backlog) != 0) raise_os_error(errno);
  return Ref(Value::none());
}

Ref socket_accept(Value self, CallArgs args) {
  check_exact_args("socket.accept", args, 0);
  SocketObject* s = as_socket(self);
  SockAddr addr;
  auto fd = static_cast<int>(sock_call(s, Wait::Read, deadline_of(s), [&](int listener) {
    addr.length = sizeof addr.storage;
    return ::accept4(listener, addr.get(), &addr.length, SOCK_CLOEXEC);
  }));
  Ref sock;
  try {
    sock = wrap_socket(fd, s->sock_family, s->sock_type, s->sock_proto);
  } catch (...) {
    ::close(fd);
    throw;
  }
  return make_tuple({sock, make_address(addr.get(), addr.length)});
}

Ref socket_shutdown(Value self, CallArgs args) {
  check_exact_args("socket.shutdown", args, 1);
  int how = int_arg(args.args[0]);
  if (::shutdown(as_socket(self)->fd, how) != 0) raise_os_error(errno);
  return Ref(Value::none());
}

// ------------------------------------------------------------------ sending

// MSG_NOSIGNAL: writing to a connection the peer closed must raise
// BrokenPipeError, not kill the process with SIGPIPE (CPython ignores the
// signal process-wide; gilt leaves the host's signal handling alone).
Ref socket_send(Value self, CallArgs args) {
  check_tuple_args("send", args, 1, 2);
  std::string data = data_arg(args.args[0]);
  int flags = args.nargs > 1 ? int_arg(args.args[1]) : 0;
  SocketObject* s = as_socket(self);
  ssize_t n = sock_call(s, Wait::Write, deadline_of(s),
                        [&](int fd) { return ::send(fd, data.data(), data.size(), flags | MSG_NOSIGNAL); });
  return int_from_int64(n);
}

// The timeout bounds the whole of sendall, not each piece (as since CPython 3.5).
Ref socket_sendall(Value self, CallArgs args) {
  check_tuple_args("sendall", args, 1, 2);
  std::string data = data_arg(args.args[0]);
  int flags = args.nargs > 1 ? int_arg(args.args[1]) : 0;
  SocketObject* s = as_socket(self);
  int64_t deadline = deadline_of(s);
  size_t sent = 0;
  do {
    ssize_t n = sock_call(s, Wait::Write, deadline, [&](int fd) {
      return ::send(fd, data.data() + sent, data.size() - sent, flags | MSG_NOSIGNAL);
    });
    sent += static_cast<size_t>(n);
    check_interrupts();  // a signal between pieces (CPython checks here too)
  } while (sent < data.size());
  return Ref(Value::none());
}

// sendto(data, address) or sendto(data, flags, address)
Ref socket_sendto(Value self, CallArgs args) {
  check_no_kwargs("sendto", args);
  if (args.nargs != 2 && args.nargs != 3)
    raise_type_error("sendto() takes 2 or 3 arguments (" + std::to_string(args.nargs) + " given)");
  std::string data = data_arg(args.args[0]);
  int flags = args.nargs == 3 ? int_arg(args.args[1]) : 0;
  SocketObject* s = as_socket(self);
  SockAddr addr = parse_address(s->sock_family, args.args[args.nargs - 1], "sendto");
  ssize_t n = sock_call(s, Wait::Write, deadline_of(s), [&](int fd) {
    return ::sendto(fd, data.data(), data.size(), flags | MSG_NOSIGNAL, addr.get(), addr.length);
  });
  return int_from_int64(n);
}

// ------------------------------------------------------------------ receiving

Ref socket_recv(Value self, CallArgs args) {
  check_tuple_args("recv", args, 1, 2);
  size_t size = bufsize_arg(args.args[0], "recv");
  int flags = args.nargs > 1 ? int_arg(args.args[1]) : 0;
  SocketObject* s = as_socket(self);
  std::string buffer(size, '\0');
  ssize_t n = sock_call(s, Wait::Read, deadline_of(s),
                        [&](int fd) { return ::recv(fd, buffer.data(), buffer.size(), flags); });
  return new_bytes(std::string_view(buffer.data(), static_cast<size_t>(n)));
}

Ref socket_recvfrom(Value self, CallArgs args) {
  check_tuple_args("recvfrom", args, 1, 2);
  size_t size = bufsize_arg(args.args[0], "recvfrom");
  int flags = args.nargs > 1 ? int_arg(args.args[1]) : 0;
  SocketObject* s = as_socket(self);
  std::string buffer(size, '\0');
  SockAddr addr;
  ssize_t n = sock_call(s, Wait::Read, deadline_of(s), [&](int fd) {
    addr.length = sizeof addr.storage;
    return ::recvfrom(fd, buffer.data(), buffer.size(), flags, addr.get(), &addr.length);
  });
  Ref data = new_bytes(std::string_view(buffer.data(), static_cast<size_t>(n)));
  return make_tuple({data, make_address(addr.get(), addr.length)});
}

// recv_into(buffer, nbytes=0, flags=0): into a bytearray or a writable,
// contiguous memoryview of one. The bytes arrive in a private buffer first
// and are copied in with the GIL held, since the target may be resized by
// another thread while this one waits.
Ref socket_recv_into(Value self, CallArgs args) {
  Value a[3];
  bind_args("recv_into", args, {"buffer", "nbytes", "flags"}, 1, a);
  Value target = a[0];
  std::string* bytes = nullptr;
  size_t offset = 0, capacity = 0;
  if (is_bytearray(target)) {
    bytes = &target.as<BytearrayObject>()->data;
    capacity = bytes->size();
  } else if (is_memoryview(target)) {
    auto* view = target.as<MemoryViewObject>();
    if (!view->readonly && view->step == 1 && !view->base.is_null() && is_bytearray(view->base)) {
      bytes = &view->base.as<BytearrayObject>()->data;
      offset = static_cast<size_t>(view->start);
      capacity = static_cast<size_t>(view->length);
    }
  }
  if (!bytes)
    raise_type_error("recv_into() argument 1 must be read-write bytes-like object, not " +
                     type_name(target));
  int64_t wanted = a[1].is_null() ? 0 : index_int64(a[1]);
  if (wanted < 0) raise_value_error("negative buffersize in recv_into");
  if (wanted == 0) wanted = static_cast<int64_t>(capacity);
  if (static_cast<size_t>(wanted) > capacity) raise_value_error("buffer too small for requested bytes");
  int flags = a[2].is_null() ? 0 : int_arg(a[2]);
  SocketObject* s = as_socket(self);
  std::string received(static_cast<size_t>(wanted), '\0');
  ssize_t n = sock_call(s, Wait::Read, deadline_of(s),
                        [&](int fd) { return ::recv(fd, received.data(), received.size(), flags); });
  // The target may have shrunk while the GIL was free: copy what still fits.
  size_t count = static_cast<size_t>(n);
  if (offset < bytes->size()) bytes->replace(offset, std::min(count, bytes->size() - offset), received, 0, count);
  return int_from_int64(n);
}

// ------------------------------------------------------------------ options and state

// setsockopt(level, optname, value: int | bytes-like) or setsockopt(level, optname, None, optlen)
Ref socket_setsockopt(Value self, CallArgs args) {
  check_no_kwargs("setsockopt", args);
  if (args.nargs != 3 && args.nargs != 4)
    raise_type_error("setsockopt() takes exactly 3 arguments (" + std::to_string(args.nargs) + " given)");
  int level = int_arg(args.args[0]), option = int_arg(args.args[1]);
  SocketObject* s = as_socket(self);
  int rc;
  if (args.nargs == 4) {
    if (!args.args[2].is_none()) raise_type_error("setsockopt() argument 3 must be NoneType, not " + type_name(args.args[2]));
    rc = ::setsockopt(s->fd, level, option, nullptr, static_cast<socklen_t>(int_arg(args.args[3])));
  } else if (is_int(args.args[2])) {
    int value = int_arg(args.args[2]);
    rc = ::setsockopt(s->fd, level, option, &value, sizeof value);
  } else {
    std::string_view value = need_bytes_like(args.args[2]);
    rc = ::setsockopt(s->fd, level, option, value.data(), static_cast<socklen_t>(value.size()));
  }
  if (rc != 0) raise_os_error(errno);
  return Ref(Value::none());
}

// getsockopt(level, optname[, buflen]): an int, or bytes when buflen is given.
Ref socket_getsockopt(Value self, CallArgs args) {
  check_tuple_args("getsockopt", args, 2, 3);
  int level = int_arg(args.args[0]), option = int_arg(args.args[1]);
  SocketObject* s = as_socket(self);
  if (args.nargs == 2) {
    int value = 0;
    socklen_t length = sizeof value;
    if (::getsockopt(s->fd, level, option, &value, &length) != 0) raise_os_error(errno);
    return int_from_int64(value);
  }
  int buflen = int_arg(args.args[2]);
  if (buflen <= 0 || buflen > 1024) raise(&exc::OSError, "getsockopt buflen out of range");
  std::string buffer(static_cast<size_t>(buflen), '\0');
  auto length = static_cast<socklen_t>(buflen);
  if (::getsockopt(s->fd, level, option, buffer.data(), &length) != 0) raise_os_error(errno);
  return new_bytes(std::string_view(buffer.data(), length));
}

Ref address_of(Value self, int (*get)(int, sockaddr*, socklen_t*)) {
  SockAddr addr;
  addr.length = sizeof addr.storage;
  if (get(as_socket(self)->fd, addr.get(), &addr.length) != 0) raise_os_error(errno);
  return make_address(addr.get(), addr.length);
}

Ref socket_getsockname(Value self, CallArgs args) {
  check_exact_args("socket.getsockname", args, 0);
  return address_of(self, ::getsockname);
}

Ref socket_getpeername(Value self, CallArgs args) {
  check_exact_args("socket.getpeername", args, 0);
  return address_of(self, ::getpeername);
}

Ref socket_fileno(Value self, CallArgs args) {
  check_exact_args("socket.fileno", args, 0);
  return Ref(Value::small_int(as_socket(self)->fd));
}

// Gives up the descriptor without closing it.
Ref socket_detach(Value self, CallArgs args) {
  check_exact_args("socket.detach", args, 0);
  SocketObject* s = as_socket(self);
  int fd = s->fd;
  s->fd = -1;
  return Ref(Value::small_int(fd));
}

// dup(): a new socket on a duplicate descriptor, with the same timeout.
Ref socket_dup(Value self, CallArgs args) {
  check_exact_args("socket.dup", args, 0);
  SocketObject* s = as_socket(self);
  int fd = ::fcntl(s->fd, F_DUPFD_CLOEXEC, 0);
  if (fd < 0) raise_os_error(errno);
  Ref sock = wrap_socket(fd, s->sock_family, s->sock_type, s->sock_proto);
  set_timeout(as_socket(sock), s->timeout_ns);
  return sock;
}

Ref socket_settimeout(Value self, CallArgs args) {
  check_exact_args("socket.settimeout", args, 1);
  set_timeout(as_socket(self), parse_timeout(args.args[0]));
  return Ref(Value::none());
}

Ref socket_gettimeout(Value self, CallArgs args) {
  check_exact_args("socket.gettimeout", args, 0);
  return timeout_value(as_socket(self)->timeout_ns);
}

Ref socket_setblocking(Value self, CallArgs args) {
  check_exact_args("socket.setblocking", args, 1);
  set_timeout(as_socket(self), truthy(args.args[0]) ? -1 : 0);
  return Ref(Value::none());
}

Ref socket_getblocking(Value self, CallArgs args) {
  check_exact_args("socket.getblocking", args, 0);
  return Ref(Value::boolean(as_socket(self)->timeout_ns != 0));
}

Ref socket_enter(Value self, CallArgs args) {
  check_exact_args("socket.__enter__", args, 0);
  return Ref(self);
}

Ref socket_exit(Value self, CallArgs) {
  close_socket(as_socket(self));
  return Ref(Value::none());
}

Ref get_family(Value self) { return Ref(Value::small_int(as_socket(self)->sock_family)); }
Ref get_type(Value self) { return Ref(Value::small_int(as_socket(self)->sock_type)); }
Ref get_proto(Value self) { return Ref(Value::small_int(as_socket(self)->sock_proto)); }
Ref get_timeout(Value self) { return timeout_value(as_socket(self)->timeout_ns); }

}  // namespace

void init_socket_types() {
  socket_type.new_instance = socket_new;
  socket_type.init = socket_init;
  socket_type.repr = socket_repr;
  socket_type.hash = identity_hash;
  init_static_type(socket_type, "socket", sizeof(SocketObject), socket_dealloc);
  set_type_module(socket_type, "socket");
  static const FunctionDef methods[] = {
      {"bind", socket_bind},
      {"listen", socket_listen},
      {"accept", socket_accept},
      {"connect", socket_connect},
      {"connect_ex", socket_connect_ex},
      {"send", socket_send},
      {"sendall", socket_sendall},
      {"sendto", socket_sendto},
      {"recv", socket_recv},
      {"recvfrom", socket_recvfrom},
      {"recv_into", socket_recv_into},
      {"shutdown", socket_shutdown},
      {"close", socket_close},
      {"detach", socket_detach},
      {"dup", socket_dup},
      {"fileno", socket_fileno},
      {"getsockname", socket_getsockname},
      {"getpeername", socket_getpeername},
      {"setsockopt", socket_setsockopt},
      {"getsockopt", socket_getsockopt},
      {"settimeout", socket_settimeout},
      {"gettimeout", socket_gettimeout},
      {"setblocking", socket_setblocking},
      {"getblocking", socket_getblocking},
      {"__enter__", socket_enter},
      {"__exit__", socket_exit},
  };
  for (const FunctionDef& d : methods) add_method(socket_type, d.name, d.fn);
  add_getset(socket_type, "family", get_family);
  add_getset(socket_type, "type", get_type);
  add_getset(socket_type, "proto", get_proto);
  add_getset(socket_type, "timeout", get_timeout);
}

}  // namespace gilt
