#include "runtime/text_stream.h"

#include <unistd.h>

#include <cerrno>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/gil.h"
#include "runtime/int_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

Type text_stream_type;

static constexpr size_t kBlockSize = 8192;

Ref new_text_stream(int fd, const std::string& name, const std::string& mode, bool line_buffered) {
  auto* s = new_object<TextStreamObject>(&text_stream_type);
  s->fd = fd;
  s->name = name;
  s->mode = mode;
  s->line_buffered = line_buffered;
  return Ref::steal(s);
}

static void write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return;  // like CPython at exit, a broken pipe loses the output silently here
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
}

// The pending output, taken out of the buffer. Called under s->mutex.
static std::string take_output(TextStreamObject* s) {
  std::string out;
  if (s->mode == "w") out.swap(s->buffer);
  return out;
}

// Writes output taken from the buffer without the GIL (the bytes are ours,
// not a Python object's), so other threads run while a pipe is full. Only
// s->write_mutex is held meanwhile, never s->mutex: a thread holding the GIL
// may be waiting for s->mutex, and this one needs the GIL back afterwards.
static void write_out(TextStreamObject* s, const std::string& out) {
  if (out.empty()) return;
  ReleaseGIL release;
  std::lock_guard lock(s->write_mutex);
  write_all(s->fd, out);
}

void write_text(Value file, std::string_view text) {
  if (type_of(file) == &text_stream_type) {
    auto* s = file.as<TextStreamObject>();
    std::string out;
    {
      std::lock_guard lock(s->mutex);
      if (s->closed) raise_value_error("I/O operation on closed file.");
      s->buffer.append(text);
      if (s->buffer.size() >= kBlockSize || (s->line_buffered && text.find('\n') != std::string_view::npos))
        out = take_output(s);
    }
    write_out(s, out);
    return;
  }
  Ref r = call(get_attr(file, "write"), {new_str(text)});
}

void flush_stream(Value file) {
  if (type_of(file) == &text_stream_type) {
    auto* s = file.as<TextStreamObject>();
    std::string out;
    {
      std::lock_guard lock(s->mutex);
      out = take_output(s);
    }
    write_out(s, out);
    return;
  }
  Ref flush = try_get_attr(file, GILT_NAME("flush"));
  if (!flush.is_null()) call(flush, {});
}

// Reads without the GIL; s->mutex is taken after letting go of the GIL and
// released before taking it back (see write_out).
std::string read_line(Value stream) {
  auto* s = stream.as<TextStreamObject>();
  ReleaseGIL release;
  std::lock_guard lock(s->mutex);
  for (;;) {
    size_t nl = s->buffer.find('\n');
    if (nl != std::string::npos) {
      std::string line = s->buffer.substr(0, nl + 1);
      s->buffer.erase(0, nl + 1);
      return line;
    }
    char chunk[4096];
    ssize_t n = ::read(s->fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      std::string rest;
      rest.swap(s->buffer);
      return rest;
    }
    s->buffer.append(chunk, static_cast<size_t>(n));
  }
}

void reinit_stream_locks(Value stream) {
  auto* s = stream.as<TextStreamObject>();
  new (&s->mutex) std::mutex();
  new (&s->write_mutex) std::mutex();
}

static Ref stream_write(Value self, CallArgs args) {
  check_exact_args("write", args, 1);
  if (!is_str(args.args[0])) raise_type_error("write() argument must be str, not " + type_name(args.args[0]));
  write_text(self, str_view(args.args[0]));
  return int_from_int64(args.args[0].as<StrObject>()->length);
}

static Ref stream_flush(Value self, CallArgs args) {
  check_exact_args("flush", args, 0);
  flush_stream(self);
  return Ref(Value::none());
}

static Ref stream_readline(Value self, CallArgs args) {
  check_arg_range("readline", args, 0, 1);
  return new_str(read_line(self));
}

static Ref stream_read(Value self, CallArgs args) {
  check_arg_range("read", args, 0, 1);
  std::string all;
  for (std::string line = read_line(self); !line.empty(); line = read_line(self)) all += line;
  return new_str(all);
}

static Ref stream_fileno(Value self, CallArgs args) {
  check_exact_args("fileno", args, 0);
  return int_from_int64(self.as<TextStreamObject>()->fd);
}

static Ref stream_isatty(Value self, CallArgs args) {
  check_exact_args("isatty", args, 0);
  return Ref(Value::boolean(::isatty(self.as<TextStreamObject>()->fd)));
}

static Ref stream_repr(Value self) {
  auto* s = self.as<TextStreamObject>();
  return new_str("<_io.TextIOWrapper name='" + s->name + "' mode='" + s->mode + "' encoding='utf-8'>");
}

// The data attributes of CPython's std streams that programs read: handlers
// and reprs show `name`, code that reopens a stream copies mode/encoding.
static Ref stream_getattr(Value self, StrObject* name) {
  auto* s = self.as<TextStreamObject>();
  std::string_view n = name->view();
  if (n == "name") return new_str(s->name);
  if (n == "mode") return new_str(s->mode);
  if (n == "encoding") return new_str("utf-8");
  if (n == "closed") {
    std::lock_guard lock(s->mutex);
    return Ref(Value::boolean(s->closed));
  }
  return generic_getattr(self, name);
}

static Ref stream_iter(Value self) { return Ref(self); }
static Ref stream_next(Value self) {
  std::string line = read_line(self);
  if (line.empty()) return Ref();
  return new_str(line);
}

static void dealloc_stream(Object* o) {
  auto* s = static_cast<TextStreamObject*>(o);
  write_all(s->fd, take_output(s));
  dealloc_object<TextStreamObject>(o);
}

void init_text_stream_type() {
  text_stream_type.repr = stream_repr;
  text_stream_type.getattr = stream_getattr;
  text_stream_type.iter = stream_iter;
  text_stream_type.next = stream_next;
  init_static_type(text_stream_type, "TextIOWrapper", sizeof(TextStreamObject), dealloc_stream);
  add_method(text_stream_type, "write", stream_write);
  add_method(text_stream_type, "flush", stream_flush);
  add_method(text_stream_type, "readline", stream_readline);
  add_method(text_stream_type, "read", stream_read);
  add_method(text_stream_type, "fileno", stream_fileno);
  add_method(text_stream_type, "isatty", stream_isatty);
}

}  // namespace gilt
