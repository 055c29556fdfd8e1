// The socket module (CPython 3.11's socket and _socket in one): constants,
// the exceptions, conversions between Python and C socket addresses, name
// resolution (getaddrinfo, gethostbyname), the helpers written in Python in
// CPython's socket.py (create_connection, create_server, socketpair), the
// default timeout and the byte-order functions. The socket type itself is in
// socket_object.cpp.
//
// Differences from CPython: the constants are plain ints, not AddressFamily
// and SocketKind enum members (so their repr is a number), and host names
// are encoded as UTF-8 rather than with the IDNA codec.
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <climits>
#include <cerrno>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <mutex>
#include <vector>

#include "runtime/args.h"
#include "runtime/bytes_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/gil.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/module_util.h"
#include "stdlib/socket_module.h"

namespace gilt {

Type gaierror_type, herror_type;

namespace {

// The default timeout, process-wide as in CPython (a static of _socket).
std::atomic<int64_t> default_timeout{-1};

}  // namespace

int64_t default_socket_timeout() { return default_timeout.load(std::memory_order_relaxed); }

int64_t parse_timeout(Value v) {
  if (v.is_none()) return -1;
  int64_t ns;
  if (is_float(v)) {
    double d = float_value(v);
    if (std::isnan(d)) raise_value_error("Invalid value NaN (not a number)");
    double scaled = std::ceil(d * 1e9);  // CPython rounds timeouts up
    if (!(scaled < 9.2e18 && scaled > -9.2e18)) raise_overflow_error("timestamp too large to convert to C _PyTime_t");
    ns = static_cast<int64_t>(scaled);
  } else {
    Ref i = index_value(v);  // "'str' object cannot be interpreted as an integer"
    int64_t secs;
    if (!int_to_int64(i, secs) || secs > INT64_MAX / 1000000000 || secs < INT64_MIN / 1000000000)
      raise_overflow_error("timestamp too large to convert to C _PyTime_t");
    ns = secs * 1000000000;
  }
  if (ns < 0) raise_value_error("Timeout value out of range");
  return ns;
}

// Seconds as CPython's _PyTime_AsSecondsDouble computes them.
Ref timeout_value(int64_t ns) {
  if (ns < 0) return Ref(Value::none());
  if (ns % 1000000000 == 0) return new_float(static_cast<double>(ns / 1000000000));
  return new_float(static_cast<double>(ns) / 1e9);
}

void raise_socket_timeout() { raise(&exc::TimeoutError, "timed out"); }

void raise_gai_error(int code, int saved_errno) {
  // EAI_SYSTEM means "look at errno": an ordinary OSError.
  if (code == EAI_SYSTEM) raise_os_error(saved_errno);
  raise(new_exception(&gaierror_type, make_tuple({Value::small_int(code), new_str(gai_strerror(code))})));
}

// ------------------------------------------------------------------ addresses

namespace {

// The text of a host argument: str (UTF-8), bytes or bytearray.
std::string host_text(Value v) {
  if (is_str(v)) return std::string(str_view(v));
  if (is_bytes(v) || is_bytearray(v)) return std::string(bytes_data(v));
  raise_type_error("str, bytes or bytearray expected, not " + type_name(v));
}

// A C int from an int-like argument, with PyArg_ParseTuple's "i" errors.
int64_t integer_arg(Value v) {
  if (is_float(v)) raise_type_error("'float' object cannot be interpreted as an integer");
  Ref i = index_value(v);
  int64_t out;
  if (!int_to_int64(i, out)) raise_overflow_error("Python int too large to convert to C long");
  return out;
}

// A port: 0-65535, with the caller in the message.
uint16_t port_arg(Value v, const char* caller) {
  if (is_float(v)) raise_type_error("'float' object cannot be interpreted as an integer");
  Ref i = index_value(v);
  int64_t port;
  if (!int_to_int64(i, port) || port < 0 || port > 65535)
    raise_overflow_error(std::string(caller) + "(): port must be 0-65535.");
  return static_cast<uint16_t>(port);
}

// Resolves `name` for `family` into `out` (CPython's setipaddr): "" is the
// wildcard address, "<broadcast>" the IPv4 broadcast address, numeric
// addresses are parsed without a lookup, anything else goes to getaddrinfo
// with the GIL released.
void resolve_host(const std::string& name, int family, SockAddr& out) {
  out = SockAddr();
  if (name.empty() || name == "<broadcast>" || name == "255.255.255.255") {
    if (family != AF_INET && family != AF_INET6 && family != AF_UNSPEC)
      raise(&exc::OSError, "address family mismatched");
    bool broadcast = !name.empty();
    if (broadcast && family == AF_INET6) raise(&exc::OSError, "address family mismatched");
    if (family == AF_INET6) {
      auto* a = reinterpret_cast<sockaddr_in6*>(&out.storage);
      a->sin6_family = AF_INET6;
      a->sin6_addr = in6addr_any;
      out.length = sizeof(sockaddr_in6);
    } else {
      auto* a = reinterpret_cast<sockaddr_in*>(&out.storage);
      a->sin_family = AF_INET;
      a->sin_addr.s_addr = htonl(broadcast ? INADDR_BROADCAST : INADDR_ANY);
      out.length = sizeof(sockaddr_in);
    }
    return;
  }
  if (family == AF_INET || family == AF_UNSPEC) {
    auto* a = reinterpret_cast<sockaddr_in*>(&out.storage);
    if (inet_pton(AF_INET, name.c_str(), &a->sin_addr) == 1) {
      a->sin_family = AF_INET;
      out.length = sizeof(sockaddr_in);
      return;
    }
  }
  if (family == AF_INET6 || family == AF_UNSPEC) {
    auto* a = reinterpret_cast<sockaddr_in6*>(&out.storage);
    if (inet_pton(AF_INET6, name.c_str(), &a->sin6_addr) == 1) {
      a->sin6_family = AF_INET6;
      out.length = sizeof(sockaddr_in6);
      return;
    }
  }
  if (name.find('\0') != std::string::npos) raise_type_error("host name must not contain null character");
  addrinfo hints{};
  hints.ai_family = family;
  addrinfo* result = nullptr;
  int code, saved_errno;
  {
    ReleaseGIL unlocked;
    code = getaddrinfo(name.c_str(), nullptr, &hints, &result);
    saved_errno = errno;
    if (code == 0) {
      std::memcpy(&out.storage, result->ai_addr, result->ai_addrlen);
      out.length = result->ai_addrlen;
      freeaddrinfo(result);
    }
  }
  if (code) raise_gai_error(code, saved_errno);
}

// The numeric text of an IP address.
std::string numeric_host(const sockaddr* addr, socklen_t length) {
  char host[NI_MAXHOST];
  int code = getnameinfo(addr, length, host, sizeof host, nullptr, 0, NI_NUMERICHOST);
  if (code) raise_gai_error(code, errno);
  return host;
}

}  // namespace

SockAddr parse_address(int family, Value v, const char* caller) {
  SockAddr out;
  switch (family) {
    case AF_INET: {
      if (!is_tuple(v))
        raise_type_error(std::string(caller) + "(): AF_INET address must be tuple, not " + type_name(v));
      auto* t = v.as<TupleObject>();
      if (t->size != 2) raise_type_error("AF_INET address must be a pair (host, port)");
      std::string host = host_text(t->items()[0]);
      uint16_t port = port_arg(t->items()[1], caller);
      resolve_host(host, AF_INET, out);
      reinterpret_cast<sockaddr_in*>(&out.storage)->sin_port = htons(port);
      return out;
    }
    case AF_INET6: {
      if (!is_tuple(v))
        raise_type_error(std::string(caller) + "(): AF_INET6 address must be tuple, not " + type_name(v));
      auto* t = v.as<TupleObject>();
      if (t->size < 2 || t->size > 4)
        raise_type_error("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
      std::string host = host_text(t->items()[0]);
      uint16_t port = port_arg(t->items()[1], caller);
      // flowinfo and scope_id are C unsigned ints that CPython does not range
      // check on the way in (a negative number wraps around), then flowinfo
      // must fit its 20 bits.
      auto flowinfo = static_cast<uint32_t>(t->size > 2 ? integer_arg(t->items()[2]) : 0);
      auto scope_id = static_cast<uint32_t>(t->size > 3 ? integer_arg(t->items()[3]) : 0);
      if (flowinfo > 0xfffff) raise_overflow_error(std::string(caller) + "(): flowinfo must be 0-1048575.");
      resolve_host(host, AF_INET6, out);
      auto* a = reinterpret_cast<sockaddr_in6*>(&out.storage);
      a->sin6_port = htons(port);
      a->sin6_flowinfo = htonl(flowinfo);
      a->sin6_scope_id = scope_id;
      return out;
    }
    case AF_UNIX: {
      std::string path = is_str(v) ? std::string(str_view(v)) : std::string(need_bytes_like(v));
      auto* a = reinterpret_cast<sockaddr_un*>(&out.storage);
      // A path that starts with NUL is in Linux's abstract namespace and is
      // not NUL-terminated; a file system path is.
      bool abstract = !path.empty() && path[0] == '\0';
      if (path.size() + (abstract ? 0 : 1) > sizeof a->sun_path) raise(&exc::OSError, "AF_UNIX path too long");
      a->sun_family = AF_UNIX;
      std::memcpy(a->sun_path, path.data(), path.size());
      out.length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + path.size() + (abstract ? 0 : 1));
      return out;
    }
    default:
      raise(&exc::OSError, std::string(caller) + "(): bad family");
  }
}

Ref make_address(const sockaddr* addr, socklen_t length) {
  if (length == 0) return Ref(Value::none());
  switch (addr->sa_family) {
    case AF_INET: {
      auto* a = reinterpret_cast<const sockaddr_in*>(addr);
      return make_tuple({new_str(numeric_host(addr, length)), Value::small_int(ntohs(a->sin_port))});
    }
    case AF_INET6: {
      auto* a = reinterpret_cast<const sockaddr_in6*>(addr);
      return make_tuple({new_str(numeric_host(addr, length)), Value::small_int(ntohs(a->sin6_port)),
                         int_from_int64(ntohl(a->sin6_flowinfo)), int_from_int64(a->sin6_scope_id)});
    }
    case AF_UNIX: {
      auto* a = reinterpret_cast<const sockaddr_un*>(addr);
      size_t n = length > offsetof(sockaddr_un, sun_path) ? length - offsetof(sockaddr_un, sun_path) : 0;
      if (n > 0 && a->sun_path[0] == '\0') return new_bytes(std::string_view(a->sun_path, n));
      return new_str(std::string_view(a->sun_path, strnlen(a->sun_path, n)));
    }
    default:
      return make_tuple({Value::small_int(addr->sa_family),
                         new_bytes(std::string_view(addr->sa_data, sizeof addr->sa_data))});
  }
}

// ------------------------------------------------------------------ name resolution

namespace {

// getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)
Ref socket_getaddrinfo(Value, CallArgs args) {
  Value a[6];
  bind_python_args("getaddrinfo", args, {"host", "port", "family", "type", "proto", "flags"}, 2, a);
  bool has_host = !a[0].is_none(), has_port = !a[1].is_none();
  std::string host, port;
  if (is_str(a[0]) || is_bytes(a[0]))
    host = std::string(is_str(a[0]) ? str_view(a[0]) : bytes_data(a[0]));
  else if (has_host)
    raise_type_error("getaddrinfo() argument 1 must be string or None");
  if (is_int(a[1]) && !a[1].is_bool())
    port = str_string(a[1]);
  else if (is_str(a[1]) || is_bytes(a[1]))
    port = std::string(is_str(a[1]) ? str_view(a[1]) : bytes_data(a[1]));
  else if (has_port)
    raise(&exc::OSError, "Int or String expected");
  addrinfo hints{};
  hints.ai_family = a[2].is_null() ? AF_UNSPEC : static_cast<int>(integer_arg(a[2]));
  hints.ai_socktype = a[3].is_null() ? 0 : static_cast<int>(integer_arg(a[3]));
  hints.ai_protocol = a[4].is_null() ? 0 : static_cast<int>(integer_arg(a[4]));
  hints.ai_flags = a[5].is_null() ? 0 : static_cast<int>(integer_arg(a[5]));
  addrinfo* result = nullptr;
  int code, saved_errno;
  {
    ReleaseGIL unlocked;
    code = getaddrinfo(has_host ? host.c_str() : nullptr, has_port ? port.c_str() : nullptr, &hints, &result);
    saved_errno = errno;
  }
  if (code) raise_gai_error(code, saved_errno);
  // Free the C list however building the Python one ends.
  std::unique_ptr<addrinfo, void (*)(addrinfo*)> owner(result, freeaddrinfo);
  Ref list = new_list();
  for (addrinfo* ai = result; ai; ai = ai->ai_next) {
    Ref address = make_address(ai->ai_addr, ai->ai_addrlen);
    list_append(list, make_tuple({Value::small_int(ai->ai_family), Value::small_int(ai->ai_socktype),
                                  Value::small_int(ai->ai_protocol), new_str(ai->ai_canonname ? ai->ai_canonname : ""),
                                  address}));
  }
  return list;
}

Ref socket_gethostname(Value, CallArgs args) {
  check_exact_args("gethostname", args, 0);
  char name[1024];
  if (gethostname(name, sizeof name) != 0) raise_os_error(errno);
  name[sizeof name - 1] = '\0';
  return new_str(name);
}

Ref socket_gethostbyname(Value, CallArgs args) {
  check_exact_args("gethostbyname", args, 1);
  Value v = args.args[0];
  if (!is_str(v) && !is_bytes(v) && !is_bytearray(v))
    raise_type_error("gethostbyname() argument 1 must be str, bytes or bytearray, not " + type_name(v));
  SockAddr addr;
  resolve_host(host_text(v), AF_INET, addr);
  return new_str(numeric_host(addr.get(), addr.length));
}

// ------------------------------------------------------------------ timeouts

Ref socket_getdefaulttimeout(Value, CallArgs args) {
  check_exact_args("getdefaulttimeout", args, 0);
  return timeout_value(default_socket_timeout());
}

Ref socket_setdefaulttimeout(Value, CallArgs args) {
  check_exact_args("setdefaulttimeout", args, 1);
  default_timeout.store(parse_timeout(args.args[0]), std::memory_order_relaxed);
  return Ref(Value::none());
}

// ------------------------------------------------------------------ socket.py's helpers

// create_connection(address, timeout=<default>, source_address=None, *, all_errors=False):
// tries each address getaddrinfo gives for (host, port) in turn; when all
// fail, raises the last error.
Ref socket_create_connection(Value module, CallArgs args) {
  Value a[4];
  bind_python_args("create_connection", args, {"address", "timeout", "source_address", "all_errors"}, 1, a, 3);
  Value address = a[0];
  if (!is_tuple(address) || address.as<TupleObject>()->size != 2)
    raise_value_error("too many values to unpack (expected 2)");
  Value host = address.as<TupleObject>()->items()[0], port = address.as<TupleObject>()->items()[1];
  Ref infos = call(get_attr(module, "getaddrinfo"), {host, port, Value::small_int(0), Value::small_int(SOCK_STREAM)});
  Ref last_error;
  for (int64_t i = 0; i < length(infos); i++) {
    Ref info = get_item(infos, Value::small_int(i));
    auto* t = info.as<TupleObject>();
    Ref sock = call(Value::object(&socket_type), {t->items()[0], t->items()[1], t->items()[2]});
    try {
      if (!a[1].is_null()) call(get_attr(sock, "settimeout"), {a[1]});
      if (!a[2].is_null() && !a[2].is_none()) call(get_attr(sock, "bind"), {a[2]});
      Value connect_args[] = {t->items()[4]};
      socket_connect(sock, CallArgs{connect_args, 1, nullptr});
      return sock;
    } catch (PyException& e) {
      if (!type_of(e.exception)->is_subtype_of(&exc::OSError)) throw;
      last_error = e.exception;
      socket_close(sock, CallArgs{});
    }
  }
  if (!last_error.is_null()) raise(last_error);
  raise(&exc::OSError, "getaddrinfo returns an empty list");
}

// create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False)
Ref socket_create_server(Value, CallArgs args) {
  Value a[5];
  bind_python_args("create_server", args, {"address", "family", "backlog", "reuse_port", "dualstack_ipv6"}, 1, a,
                   1);
  Value family = a[1].is_null() ? Value::small_int(AF_INET) : a[1];
  bool reuse_port = !a[3].is_null() && truthy(a[3]);
  bool dualstack = !a[4].is_null() && truthy(a[4]);
  if (dualstack && !(family.is_small_int() && family.small_int() == AF_INET6))
    raise_value_error("dualstack_ipv6 requires AF_INET6 family");
  Ref sock = call(Value::object(&socket_type), {family, Value::small_int(SOCK_STREAM)});
  auto setopt = [&](int level, int option, int value) {
    call(get_attr(sock, "setsockopt"), {Value::small_int(level), Value::small_int(option), Value::small_int(value)});
  };
  try {
    // Without SO_REUSEADDR a restarted server could not bind while the old
    // connections linger in TIME_WAIT; CPython sets it on POSIX, ignoring errors.
    try {
      setopt(SOL_SOCKET, SO_REUSEADDR, 1);
    } catch (PyException& e) {
      if (!type_of(e.exception)->is_subtype_of(&exc::OSError)) throw;
    }
    if (reuse_port) setopt(SOL_SOCKET, SO_REUSEPORT, 1);
    if (family.is_small_int() && family.small_int() == AF_INET6) setopt(IPPROTO_IPV6, IPV6_V6ONLY, dualstack ? 0 : 1);
    try {
      call(get_attr(sock, "bind"), {a[0]});
    } catch (PyException& e) {
      if (!type_of(e.exception)->is_subtype_of(&exc::OSError)) throw;
      Ref code = get_attr(e.exception, "errno"), strerror = get_attr(e.exception, "strerror");
      std::string message = (strerror.get().is_none() ? std::string("None") : str_string(strerror)) +
                            " (while attempting to bind on address " + repr_string(a[0]) + ")";
      raise(new_exception(&exc::OSError, make_tuple({code, new_str(message)})));
    }
    if (a[2].is_null() || a[2].is_none())
      call(get_attr(sock, "listen"), {});
    else
      call(get_attr(sock, "listen"), {a[2]});
  } catch (PyException&) {
    socket_close(sock, CallArgs{});
    throw;
  }
  return sock;
}

// socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)
Ref socket_socketpair(Value, CallArgs args) {
  Value a[3];
  bind_python_args("socketpair", args, {"family", "type", "proto"}, 0, a);
  auto int_or = [](Value v, int fallback) {
    return v.is_null() || v.is_none() ? fallback : static_cast<int>(integer_arg(v));
  };
  int family = int_or(a[0], AF_UNIX), type = int_or(a[1], SOCK_STREAM), proto = int_or(a[2], 0);
  int fds[2];
  if (::socketpair(family, type | SOCK_CLOEXEC, proto, fds) != 0) raise_os_error(errno);
  Ref first, second;
  try {
    first = wrap_socket(fds[0], family, type, proto);
  } catch (...) {
    ::close(fds[1]);
    throw;
  }
  second = wrap_socket(fds[1], family, type, proto);
  return make_tuple({first, second});
}

// ------------------------------------------------------------------ byte order and IPv4 text

// htons/ntohs: a 16-bit unsigned value, with CPython's OverflowErrors.
uint16_t short_arg(const char* fname, Value v) {
  if (!is_int(v)) raise_type_error(std::string(fname) + "() argument must be int, not " + type_name(v));
  int64_t x;
  bool fits = int_to_int64(v, x);
  if (fits && x < 0)
    raise_overflow_error(std::string(fname) + ": can't convert negative Python int to C 16-bit unsigned integer");
  if (!fits || x > 0xffff)
    raise_overflow_error(std::string(fname) + ": Python int too large to convert to C 16-bit unsigned integer");
  return static_cast<uint16_t>(x);
}

uint32_t long_arg(const char* fname, Value v) {
  if (!is_int(v)) raise_type_error("expected int, " + type_name(v) + " found");
  (void)fname;
  int64_t x;
  bool fits = int_to_int64(v, x);
  if (fits && x < 0) raise_overflow_error("can't convert negative value to unsigned int");
  if (!fits || x > 0xffffffffLL) raise_overflow_error("int larger than 32 bits");
  return static_cast<uint32_t>(x);
}

Ref socket_htons(Value, CallArgs args) {
  check_exact_args("htons", args, 1);
  return Ref(Value::small_int(htons(short_arg("htons", args.args[0]))));
}

Ref socket_ntohs(Value, CallArgs args) {
  check_exact_args("ntohs", args, 1);
  return Ref(Value::small_int(ntohs(short_arg("ntohs", args.args[0]))));
}

Ref socket_htonl(Value, CallArgs args) {
  check_exact_args("htonl", args, 1);
  return int_from_int64(htonl(long_arg("htonl", args.args[0])));
}

Ref socket_ntohl(Value, CallArgs args) {
  check_exact_args("ntohl", args, 1);
  return int_from_int64(ntohl(long_arg("ntohl", args.args[0])));
}

Ref socket_inet_aton(Value, CallArgs args) {
  check_exact_args("inet_aton", args, 1);
  Value v = args.args[0];
  if (!is_str(v)) raise_type_error("inet_aton() argument 1 must be str, not " + type_name(v));
  in_addr addr;
  std::string text(str_view(v));
  // inet_aton, not inet_pton: CPython accepts the old short forms ("127.1").
  if (inet_aton(text.c_str(), &addr) == 0) raise(&exc::OSError, "illegal IP address string passed to inet_aton");
  return new_bytes(std::string_view(reinterpret_cast<const char*>(&addr), 4));
}

Ref socket_inet_ntoa(Value, CallArgs args) {
  check_exact_args("inet_ntoa", args, 1);
  std::string_view packed = need_bytes_like(args.args[0]);
  if (packed.size() != 4) raise(&exc::OSError, "packed IP wrong length for inet_ntoa");
  char text[INET_ADDRSTRLEN];
  inet_ntop(AF_INET, packed.data(), text, sizeof text);
  return new_str(text);
}

// ------------------------------------------------------------------ the module

void init_exception_type(Type& t, const char* name) {
  t.new_instance = exc::OSError.new_instance;
  t.init = exc::OSError.init;
  t.hash = object_type.hash;
  t.instance_dict = exc::OSError.instance_dict;
  init_static_type(t, name, sizeof(ExceptionObject), exc::OSError.dealloc, &exc::OSError);
  t.flags |= kTypeExceptionSubclass;
  set_type_module(t, "socket");
}

void init_module_types() {
  init_exception_type(gaierror_type, "gaierror");
  init_exception_type(herror_type, "herror");
  init_socket_types();
  finish_static_types();
}

bool ipv6_available() {
  int fd = ::socket(AF_INET6, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return false;
  ::close(fd);
  return true;
}

}  // namespace

Ref make_socket_module(InterpreterState*) {
  static std::once_flag once;
  std::call_once(once, init_module_types);
  Ref m = new_module("socket");
  add_functions(m, {
                       {"getaddrinfo", socket_getaddrinfo},
                       {"gethostname", socket_gethostname},
                       {"gethostbyname", socket_gethostbyname},
                       {"getdefaulttimeout", socket_getdefaulttimeout},
                       {"setdefaulttimeout", socket_setdefaulttimeout},
                       {"create_connection", socket_create_connection},
                       {"create_server", socket_create_server},
                       {"socketpair", socket_socketpair},
                       {"htons", socket_htons},
                       {"ntohs", socket_ntohs},
                       {"htonl", socket_htonl},
                       {"ntohl", socket_ntohl},
                       {"inet_aton", socket_inet_aton},
                       {"inet_ntoa", socket_inet_ntoa},
                   });
  module_set(m, "socket", Value::object(&socket_type));
  module_set(m, "SocketType", Value::object(&socket_type));
  module_set(m, "error", Value::object(&exc::OSError));
  module_set(m, "timeout", Value::object(&exc::TimeoutError));
  module_set(m, "gaierror", Value::object(&gaierror_type));
  module_set(m, "herror", Value::object(&herror_type));
  module_set(m, "has_ipv6", Value::boolean(ipv6_available()));
  static const std::pair<const char*, int> constants[] = {
      {"AF_UNSPEC", AF_UNSPEC},
      {"AF_INET", AF_INET},
      {"AF_INET6", AF_INET6},
      {"AF_UNIX", AF_UNIX},
      {"SOCK_STREAM", SOCK_STREAM},
      {"SOCK_DGRAM", SOCK_DGRAM},
      {"SOCK_RAW", SOCK_RAW},
      {"SOCK_NONBLOCK", SOCK_NONBLOCK},
      {"SOCK_CLOEXEC", SOCK_CLOEXEC},
      {"SOL_SOCKET", SOL_SOCKET},
      {"SO_REUSEADDR", SO_REUSEADDR},
      {"SO_REUSEPORT", SO_REUSEPORT},
      {"SO_KEEPALIVE", SO_KEEPALIVE},
      {"SO_RCVBUF", SO_RCVBUF},
      {"SO_SNDBUF", SO_SNDBUF},
      {"SO_BROADCAST", SO_BROADCAST},
      {"SO_ERROR", SO_ERROR},
      {"SO_TYPE", SO_TYPE},
      {"SO_LINGER", SO_LINGER},
      {"SOL_TCP", SOL_TCP},
      {"IPPROTO_IP", IPPROTO_IP},
      {"IPPROTO_IPV6", IPPROTO_IPV6},
      {"IPPROTO_TCP", IPPROTO_TCP},
      {"IPPROTO_UDP", IPPROTO_UDP},
      {"IPV6_V6ONLY", IPV6_V6ONLY},
      {"TCP_NODELAY", TCP_NODELAY},
      {"SHUT_RD", SHUT_RD},
      {"SHUT_WR", SHUT_WR},
      {"SHUT_RDWR", SHUT_RDWR},
      {"MSG_PEEK", MSG_PEEK},
      {"MSG_DONTWAIT", MSG_DONTWAIT},
      {"MSG_WAITALL", MSG_WAITALL},
      {"AI_PASSIVE", AI_PASSIVE},
      {"AI_CANONNAME", AI_CANONNAME},
      {"AI_NUMERICHOST", AI_NUMERICHOST},
      {"AI_NUMERICSERV", AI_NUMERICSERV},
      {"AI_ADDRCONFIG", AI_ADDRCONFIG},
      {"EAI_NONAME", EAI_NONAME},
      {"EAI_SERVICE", EAI_SERVICE},
      {"EAI_FAMILY", EAI_FAMILY},
      {"NI_NUMERICHOST", NI_NUMERICHOST},
      {"NI_NUMERICSERV", NI_NUMERICSERV},
      // glibc's SOMAXCONN, which CPython exports as is.
      {"SOMAXCONN", SOMAXCONN},
  };
  for (auto [name, value] : constants) module_set(m, name, Value::small_int(value));
  module_set(m, "INADDR_ANY", Value::small_int(INADDR_ANY));
  module_set(m, "INADDR_LOOPBACK", int_from_int64(INADDR_LOOPBACK));
  return m;
}

}  // namespace gilt
