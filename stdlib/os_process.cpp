// The os module's process and descriptor functions: fork, pipe, read, write,
// close, waitpid (with the W* status helpers), kill and _exit, with
// CPython's arguments and errors.
//
// read, write and waitpid may block, so they run without the GIL; a signal
// that interrupts them (EINTR) is serviced with the GIL held (Ctrl-C raises
// KeyboardInterrupt) and the call is retried, as PEP 475 asks.
//
// os.fork() does not flush sys.stdout or sys.stderr, exactly like CPython's:
// output still buffered at the fork is printed by both processes.
// Programs flush before forking (multiprocessing and gilt's
// ProcessPoolExecutor do it for their workers).
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <memory>
#include <new>
#include <string>

#include "runtime/args.h"
#include "runtime/bytes_object.h"
#include "runtime/error.h"
#include "runtime/float_object.h"
#include "runtime/gil.h"
#include "runtime/int_object.h"
#include "runtime/ops.h"
#include "runtime/tuple_object.h"
#include "stdlib/module_util.h"

namespace gilt {

namespace {

// A C int argument (descriptors, pids, signals, options, statuses), with
// PyArg's "i" errors.
int c_int_arg(Value v) {
  if (is_float(v)) raise_type_error("'float' object cannot be interpreted as an integer");
  Ref i = index_value(v);
  int64_t out;
  if (!int_to_int64(i, out) || out > INT_MAX) raise_overflow_error("signed integer is greater than maximum");
  if (out < INT_MIN) raise_overflow_error("signed integer is less than minimum");
  return static_cast<int>(out);
}

// A Py_ssize_t argument (os.read's length).
int64_t ssize_arg(Value v) {
  if (is_float(v)) raise_type_error("'float' object cannot be interpreted as an integer");
  Ref i = index_value(v);
  int64_t out;
  if (!int_to_int64(i, out)) raise_overflow_error("Python int too large to convert to C ssize_t");
  return out;
}

Ref os_fork(Value, CallArgs args) {
  check_exact_args("posix.fork", args, 0);
  pid_t pid = ::fork();
  if (pid < 0) raise_os_error(errno);
  // Only this thread exists in the child: the GIL and the thread bookkeeping
  // must forget the others before any Python code runs.
  if (pid == 0) after_fork_in_child();
  return int_from_int64(pid);
}

// Both ends are non-inheritable (close-on-exec), as PEP 446 makes them.
Ref os_pipe(Value, CallArgs args) {
  check_exact_args("posix.pipe", args, 0);
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) raise_os_error(errno);
  return make_tuple({Value::small_int(fds[0]), Value::small_int(fds[1])});
}

Ref os_read(Value, CallArgs args) {
  check_arg_range("read", args, 2, 2);
  int fd = c_int_arg(args.args[0]);
  int64_t length = ssize_arg(args.args[1]);
  if (length < 0) raise_os_error(EINVAL);
  // Left uninitialized: a big length for a pipe, which returns what is
  // there, costs address space, not memory.
  std::unique_ptr<char[]> buffer;
  try {
    buffer.reset(new char[static_cast<size_t>(length)]);
  } catch (std::bad_alloc&) {
    raise_memory_error();
  }
  for (;;) {
    ssize_t n;
    int error;
    {
      ReleaseGIL release;
      n = ::read(fd, buffer.get(), static_cast<size_t>(length));
      error = errno;  // taking the GIL back may change errno
    }
    if (n >= 0) return new_bytes(std::string_view(buffer.get(), static_cast<size_t>(n)));
    if (error != EINTR) raise_os_error(error);
    check_interrupts();
  }
}

// ::write with SIGPIPE blocked in this thread: writing to a pipe whose reader
// is gone fails with EPIPE (BrokenPipeError, as CPython, which ignores the
// signal process-wide) instead of killing the process. gilt leaves the host's
// signal dispositions alone, so the signal this write raised is consumed
// here rather than left pending.
ssize_t write_without_sigpipe(int fd, const char* data, size_t size, int& error) {
  sigset_t pipe_only, old_mask, pending;
  sigemptyset(&pipe_only);
  sigaddset(&pipe_only, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_only, &old_mask);
  sigpending(&pending);
  bool was_pending = sigismember(&pending, SIGPIPE);
  ssize_t n = ::write(fd, data, size);
  error = errno;
  if (n < 0 && error == EPIPE && !was_pending) {
    timespec no_wait{};
    ::sigtimedwait(&pipe_only, nullptr, &no_wait);
  }
  pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
  return n;
}

// Returns the number of bytes written, which may be fewer than given.
Ref os_write(Value, CallArgs args) {
  check_arg_range("write", args, 2, 2);
  int fd = c_int_arg(args.args[0]);
  std::string data(need_bytes_like(args.args[1]));  // a copy: it is used without the GIL
  for (;;) {
    ssize_t n;
    int error;
    {
      ReleaseGIL release;
      n = write_without_sigpipe(fd, data.data(), data.size(), error);
    }
    if (n >= 0) return int_from_int64(n);
    if (error != EINTR) raise_os_error(error);
    check_interrupts();
  }
}

// No retry on EINTR: the descriptor is released even then (PEP 475).
Ref os_close(Value, CallArgs args) {
  Value a[1];
  bind_args("close", args, {"fd"}, 1, a);
  int fd = c_int_arg(a[0]);
  if (::close(fd) != 0 && errno != EINTR) raise_os_error(errno);
  return Ref(Value::none());
}

// waitpid(pid, options) -> (pid, status); (0, 0) with WNOHANG while the
// child runs.
Ref os_waitpid(Value, CallArgs args) {
  check_arg_range("waitpid", args, 2, 2);
  pid_t pid = c_int_arg(args.args[0]);
  int options = c_int_arg(args.args[1]);
  for (;;) {
    pid_t r;
    int status = 0, error;
    {
      ReleaseGIL release;
      r = ::waitpid(pid, &status, options);
      error = errno;
    }
    if (r >= 0) return make_tuple({Value::small_int(r), Value::small_int(status)});
    if (error != EINTR) raise_os_error(error);
    check_interrupts();
  }
}

Ref os_kill(Value, CallArgs args) {
  check_arg_range("kill", args, 2, 2);
  pid_t pid = c_int_arg(args.args[0]);
  int sig = c_int_arg(args.args[1]);
  if (::kill(pid, sig) != 0) raise_os_error(errno);
  return Ref(Value::none());
}

// Ends the process at once: no atexit handlers, no thread joins, no flushing
// of buffered streams (what a forked child must do to leave its parent's
// cleanup to the parent).
Ref os_exit_now(Value, CallArgs args) {
  Value a[1];
  bind_args("_exit", args, {"status"}, 1, a);
  ::_exit(c_int_arg(a[0]));
}

int status_arg(const char* fname, CallArgs args) {
  Value a[1];
  bind_args(fname, args, {"status"}, 1, a);
  return c_int_arg(a[0]);
}

Ref os_wifexited(Value, CallArgs args) { return Ref(Value::boolean(WIFEXITED(status_arg("WIFEXITED", args)))); }
Ref os_wexitstatus(Value, CallArgs args) {
  return Ref(Value::small_int(WEXITSTATUS(status_arg("WEXITSTATUS", args))));
}
Ref os_wifsignaled(Value, CallArgs args) {
  return Ref(Value::boolean(WIFSIGNALED(status_arg("WIFSIGNALED", args))));
}
Ref os_wtermsig(Value, CallArgs args) { return Ref(Value::small_int(WTERMSIG(status_arg("WTERMSIG", args)))); }
Ref os_wifstopped(Value, CallArgs args) { return Ref(Value::boolean(WIFSTOPPED(status_arg("WIFSTOPPED", args)))); }
Ref os_wstopsig(Value, CallArgs args) { return Ref(Value::small_int(WSTOPSIG(status_arg("WSTOPSIG", args)))); }

// The exit code subprocess reports: the status, or -signal for a child
// killed by a signal.
Ref os_waitstatus_to_exitcode(Value, CallArgs args) {
  int status = status_arg("waitstatus_to_exitcode", args);
  if (WIFEXITED(status)) return Ref(Value::small_int(WEXITSTATUS(status)));
  if (WIFSIGNALED(status)) return Ref(Value::small_int(-WTERMSIG(status)));
  if (WIFSTOPPED(status))
    raise_value_error("process stopped by delivery of signal " + std::to_string(WSTOPSIG(status)));
  raise_value_error("invalid wait status: " + std::to_string(status));
}

}  // namespace

// Called by make_os_module.
void add_os_process_functions(Value module) {
  add_functions(module, {
                            {"fork", os_fork},
                            {"pipe", os_pipe},
                            {"read", os_read},
                            {"write", os_write},
                            {"close", os_close},
                            {"waitpid", os_waitpid},
                            {"kill", os_kill},
                            {"_exit", os_exit_now},
                            {"WIFEXITED", os_wifexited},
                            {"WEXITSTATUS", os_wexitstatus},
                            {"WIFSIGNALED", os_wifsignaled},
                            {"WTERMSIG", os_wtermsig},
                            {"WIFSTOPPED", os_wifstopped},
                            {"WSTOPSIG", os_wstopsig},
                            {"waitstatus_to_exitcode", os_waitstatus_to_exitcode},
                        });
  module_set(module, "WNOHANG", Value::small_int(WNOHANG));
  module_set(module, "WUNTRACED", Value::small_int(WUNTRACED));
}

}  // namespace gilt
