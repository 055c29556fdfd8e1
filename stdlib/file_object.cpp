// File objects (see file_object.h): the shared file state and its system
// calls, FileIO and the Buffered* types, the methods common to all of them,
// and the built-in open().
#include "stdlib/file_object.h"

#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>

#include "runtime/args.h"
#include "runtime/bytes_object.h"
#include "runtime/codecs.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/gil.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/module_util.h"
#include "stdlib/os_util.h"

namespace gilt {

Type file_io_type, buffered_reader_type, buffered_writer_type, buffered_random_type, text_io_wrapper_type;
Type io_base_type, raw_io_base_type, buffered_io_base_type, text_io_base_type;
Type unsupported_operation_type;

// ------------------------------------------------------------------ system calls
//
// The only functions that touch an open file's descriptor. ::read and
// ::write may block (pipes, terminals, FIFOs): they run without the GIL. The
// buffers they use are kept alive by the caller.

size_t FileState::sys_read(char* buffer, size_t size) {
  for (;;) {
    ssize_t n;
    int error;
    {
      ReleaseGIL release;
      n = ::read(fd, buffer, size);
      error = errno;  // taking the GIL back may change errno
    }
    if (n >= 0) return static_cast<size_t>(n);
    if (error != EINTR) raise_os_error(error);
    check_interrupts();
  }
}

void FileState::sys_write(std::string_view data) {
  while (!data.empty()) {
    ssize_t n;
    int error;
    {
      ReleaseGIL release;
      n = ::write(fd, data.data(), data.size());
      error = errno;  // taking the GIL back may change errno
    }
    if (n < 0) {
      if (error != EINTR) raise_os_error(error);
      check_interrupts();
      continue;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
}

int64_t FileState::sys_seek(int64_t offset, int whence) {
  off_t r = ::lseek(fd, static_cast<off_t>(offset), whence);
  if (r < 0) raise_os_error(errno);
  return static_cast<int64_t>(r);
}

// ------------------------------------------------------------------ buffering

FileState::~FileState() {
  if (closed) return;
  try {
    flush_writes();
  } catch (PyException&) {
    // Like CPython's finalizer, a failed flush at collection loses the data quietly.
  }
  if (closefd) ::close(fd);
}

bool FileState::fill() {
  if (rpos == rbuf.size()) {
    rbuf.clear();
    rpos = 0;
  } else if (rpos > buffer_size) {
    rbuf.erase(0, rpos);
    rpos = 0;
  }
  size_t old = rbuf.size();
  rbuf.resize(old + buffer_size);
  size_t n;
  try {
    n = sys_read(rbuf.data() + old, buffer_size);
  } catch (...) {
    rbuf.resize(old);
    throw;
  }
  rbuf.resize(old + n);
  eof = n == 0;
  return n != 0;
}

void FileState::flush_writes() {
  if (wbuf.empty()) return;
  std::string out;
  out.swap(wbuf);
  sys_write(out);
}

void FileState::drop_read_ahead() {
  size_t unread = rbuf.size() - rpos;
  if (unread) sys_seek(-static_cast<int64_t>(unread), SEEK_CUR);
  rbuf.clear();
  rpos = 0;
  eof = false;
}

int64_t FileState::tell() {
  return sys_seek(0, SEEK_CUR) - static_cast<int64_t>(rbuf.size() - rpos) + static_cast<int64_t>(wbuf.size());
}

void FileState::close() {
  if (closed) return;
  closed = true;
  try {
    flush_writes();
  } catch (...) {
    if (closefd) ::close(fd);
    throw;
  }
  if (closefd && ::close(fd) != 0) raise_os_error(errno);
}

// ------------------------------------------------------------------ shared helpers

void raise_closed_file() { raise_value_error("I/O operation on closed file."); }

void raise_unsupported(const std::string& message) { raise(&unsupported_operation_type, message); }

int64_t size_arg(Value v) {
  if (v.is_null() || v.is_none()) return -1;
  if (!is_int(v) && try_get_attr(v, GILT_NAME("__index__")).is_null())
    raise_type_error("argument should be integer or None, not '" + type_name(v) + "'");
  return index_int64(v);
}

Ref io_exit(Value self, CallArgs) { return call(get_attr(self, GILT_NAME("close")), {}); }

namespace {

FileObject* as_file(Value v) { return v.as<FileObject>(); }
FileState& state_of(Value v) { return *as_file(v)->state; }
bool is_raw(Value v) { return as_file(v)->kind == FileKind::Raw; }
bool is_text(Value v) { return as_file(v)->kind == FileKind::Text; }

// FileIO's operations on a closed file say so without the final period.
void check_open(Value self) {
  if (!state_of(self).closed) return;
  if (is_raw(self)) raise_value_error("I/O operation on closed file");
  raise_closed_file();
}

// A Buffered* type without read (or write) answers UnsupportedOperation
// before anything else, as CPython's inherited _BufferedIOBase.read does.
void check_readable(Value self) {
  if (!is_raw(self) && !is_text(self) && !state_of(self).readable) raise_unsupported("read");
  check_open(self);
  if (state_of(self).readable) return;
  raise_unsupported(is_raw(self) ? "File not open for reading" : "not readable");
}

void check_writable(Value self) {
  if (!is_raw(self) && !is_text(self) && !state_of(self).writable) raise_unsupported("write");
  check_open(self);
  if (state_of(self).writable) return;
  raise_unsupported(is_raw(self) ? "File not open for writing" : "not writable");
}

// Queries that every layer passes down to FileIO, whose message it is.
void check_open_raw(Value self) {
  if (state_of(self).closed) raise_value_error("I/O operation on closed file");
}

std::string_view bytes_arg(Value v) { return need_bytes_like(v); }

// A view of the same open file as `of`, of another kind (f.buffer, f.raw).
Ref new_view(Value of, FileKind kind) {
  static Type* const types[] = {&file_io_type, &buffered_reader_type, &buffered_writer_type,
                                &buffered_random_type, &text_io_wrapper_type};
  auto* f = new_object<FileObject>(types[static_cast<int>(kind)]);
  Ref r = Ref::steal(f);
  f->state = as_file(of)->state;
  f->kind = kind;
  f->mode = f->state->raw_mode;
  return r;
}

FileKind buffered_kind(const FileState& s) {
  if (s.readable && s.writable) return FileKind::BufferedRandom;
  return s.writable ? FileKind::BufferedWriter : FileKind::BufferedReader;
}

// ------------------------------------------------------------------ methods of every file type

Ref file_close(Value self, CallArgs args) {
  check_exact_args("close", args, 0);
  state_of(self).close();
  return Ref(Value::none());
}

Ref file_flush(Value self, CallArgs args) {
  check_exact_args("flush", args, 0);
  check_open(self);
  state_of(self).flush_writes();
  return Ref(Value::none());
}

Ref file_fileno(Value self, CallArgs args) {
  check_exact_args("fileno", args, 0);
  if (state_of(self).closed) raise_value_error("I/O operation on closed file");
  return int_from_int64(state_of(self).fd);
}

Ref file_isatty(Value self, CallArgs args) {
  check_exact_args("isatty", args, 0);
  check_open_raw(self);
  return Ref(Value::boolean(::isatty(state_of(self).fd)));
}

Ref file_readable(Value self, CallArgs args) {
  check_exact_args("readable", args, 0);
  check_open_raw(self);
  return Ref(Value::boolean(state_of(self).readable));
}

Ref file_writable(Value self, CallArgs args) {
  check_exact_args("writable", args, 0);
  check_open_raw(self);
  return Ref(Value::boolean(state_of(self).writable));
}

Ref file_seekable(Value self, CallArgs args) {
  check_exact_args("seekable", args, 0);
  check_open_raw(self);
  return Ref(Value::boolean(::lseek(state_of(self).fd, 0, SEEK_CUR) >= 0));
}

Ref file_enter(Value self, CallArgs args) {
  check_exact_args("__enter__", args, 0);
  check_open(self);
  return Ref(self);
}

Ref file_iter(Value self) {
  check_open(self);
  return Ref(self);
}

Ref file_writelines(Value self, CallArgs args) {
  check_exact_args("writelines", args, 1);
  check_open(self);
  Ref write = get_attr(self, GILT_NAME("write"));
  Ref it = get_iter(args.args[0]);
  for (Ref line = iter_next(it); !line.is_null(); line = iter_next(it)) call(write, {line});
  return Ref(Value::none());
}

Ref file_readlines(Value self, CallArgs args) {
  check_arg_range("readlines", args, 0, 1);
  int64_t hint = args.nargs ? size_arg(args.args[0]) : -1;
  Ref result = new_list();
  int64_t total = 0;
  Ref readline = get_attr(self, GILT_NAME("readline"));
  for (;;) {
    Ref line = call(readline, {});
    if (length(line) == 0) break;
    list_append(result, line);
    total += length(line);
    if (hint > 0 && total > hint) break;
  }
  return result;
}

// ------------------------------------------------------------------ FileIO and Buffered*

std::string take(FileState& s, size_t n) {
  n = std::min(n, s.rbuf.size() - s.rpos);
  std::string out = s.rbuf.substr(s.rpos, n);
  s.rpos += n;
  return out;
}

// read(n): n bytes, fewer at end of file; all that is left for n < 0.
Ref binary_read(Value self, CallArgs args) {
  check_arg_range("read", args, 0, 1);
  int64_t n = args.nargs ? size_arg(args.args[0]) : -1;
  check_readable(self);
  FileState& s = state_of(self);
  s.flush_writes();
  if (is_raw(self) && n >= 0) {
    // FileIO: at most one system call.
    if (s.pending().empty()) {
      std::string out(static_cast<size_t>(n), '\0');
      out.resize(s.sys_read(out.data(), out.size()));
      return new_bytes(out);
    }
    return new_bytes(take(s, static_cast<size_t>(n)));
  }
  if (n < 0) {
    while (s.fill()) {
    }
    return new_bytes(take(s, SIZE_MAX));
  }
  while (s.pending().size() < static_cast<size_t>(n) && s.fill()) {
  }
  return new_bytes(take(s, static_cast<size_t>(n)));
}

Ref binary_readall(Value self, CallArgs args) {
  check_exact_args("readall", args, 0);
  check_readable(self);
  FileState& s = state_of(self);
  s.flush_writes();
  while (s.fill()) {
  }
  return new_bytes(take(s, SIZE_MAX));
}

Ref binary_read1(Value self, CallArgs args) {
  check_arg_range("read1", args, 0, 1);
  int64_t n = args.nargs ? size_arg(args.args[0]) : -1;
  check_readable(self);
  FileState& s = state_of(self);
  s.flush_writes();
  if (n == 0) return new_bytes("");
  if (s.pending().empty()) s.fill();
  return new_bytes(take(s, n < 0 ? SIZE_MAX : static_cast<size_t>(n)));
}

std::string binary_line(Value self, int64_t limit) {
  check_readable(self);
  FileState& s = state_of(self);
  s.flush_writes();
  size_t searched = 0;
  for (;;) {
    std::string_view p = s.pending();
    size_t nl = p.find('\n', searched);
    if (nl != std::string_view::npos) return take(s, limit >= 0 ? std::min<size_t>(nl + 1, limit) : nl + 1);
    if (limit >= 0 && p.size() >= static_cast<size_t>(limit)) return take(s, static_cast<size_t>(limit));
    searched = p.size();
    if (!s.fill()) return take(s, SIZE_MAX);
  }
}

Ref binary_readline(Value self, CallArgs args) {
  check_arg_range("readline", args, 0, 1);
  int64_t limit = args.nargs ? size_arg(args.args[0]) : -1;
  return new_bytes(binary_line(self, limit));
}

Ref binary_next(Value self) {
  std::string line = binary_line(self, -1);
  if (line.empty()) return Ref();
  return new_bytes(line);
}

Ref binary_write(Value self, CallArgs args) {
  check_exact_args("write", args, 1);
  if (!is_raw(self)) check_writable(self);
  std::string_view data = bytes_arg(args.args[0]);
  check_writable(self);
  FileState& s = state_of(self);
  s.drop_read_ahead();
  if (is_raw(self)) {
    s.flush_writes();
    s.sys_write(data);
  } else {
    s.wbuf.append(data);
    if (s.wbuf.size() >= s.buffer_size) s.flush_writes();
  }
  return int_from_int64(static_cast<int64_t>(data.size()));
}

Ref binary_seek(Value self, CallArgs args) {
  check_arg_range("seek", args, 1, 2);
  int64_t whence = args.nargs > 1 ? index_int64(args.args[1]) : 0;
  if (whence < 0 || whence > 2) raise_value_error("whence value " + std::to_string(whence) + " unsupported");
  if (is_float(args.args[0])) raise_type_error("'float' object cannot be interpreted as an integer");
  int64_t offset = index_int64(args.args[0]);
  check_open(self);
  FileState& s = state_of(self);
  s.flush_writes();
  if (whence == SEEK_CUR) offset -= static_cast<int64_t>(s.pending().size());
  s.rbuf.clear();
  s.rpos = 0;
  s.eof = false;
  return int_from_int64(s.sys_seek(offset, static_cast<int>(whence)));
}

Ref file_tell(Value self, CallArgs args) {
  check_exact_args("tell", args, 0);
  check_open(self);
  return int_from_int64(state_of(self).tell());
}

Ref file_truncate(Value self, CallArgs args) {
  check_arg_range("truncate", args, 0, 1);
  check_open(self);
  FileState& s = state_of(self);
  if (!s.writable) raise_unsupported(is_raw(self) ? "File not open for writing" : "truncate");
  s.flush_writes();
  int64_t size = args.nargs && !args.args[0].is_none() ? index_int64(args.args[0]) : s.tell();
  s.drop_read_ahead();
  if (::ftruncate(s.fd, static_cast<off_t>(size)) != 0) raise_os_error(errno);
  return int_from_int64(size);
}

// ------------------------------------------------------------------ attributes and reprs

Ref file_getattr(Value self, StrObject* name) {
  FileObject* f = as_file(self);
  std::string_view n = name->view();
  if (n == "closed") return Ref(Value::boolean(f->state->closed));
  if (n == "name") return f->state->name;
  if (n == "mode") return new_str(f->mode);
  if (f->kind == FileKind::Raw && n == "closefd") return Ref(Value::boolean(f->state->closefd));
  if (f->kind != FileKind::Raw && f->kind != FileKind::Text && n == "raw") {
    if (f->raw.is_null()) f->raw = new_view(self, FileKind::Raw);
    return f->raw;
  }
  if (f->kind == FileKind::Text) {
    if (n == "buffer") {
      if (f->buffer.is_null()) f->buffer = new_view(self, buffered_kind(*f->state));
      return f->buffer;
    }
    if (n == "encoding") return new_str(f->encoding);
    if (n == "errors") return new_str(f->errors);
    if (n == "newlines") return Ref(Value::none());
    if (n == "line_buffering") return Ref(Value::boolean(f->line_buffering));
    if (n == "write_through") return Ref(Value::boolean(f->write_through));
  }
  return generic_getattr(self, name);
}

Ref file_repr(Value self) {
  FileObject* f = as_file(self);
  if (f->kind == FileKind::Text) return text_file_repr(self);
  if (f->kind == FileKind::Raw) {
    if (f->state->closed) return new_str("<_io.FileIO [closed]>");
    return new_str("<_io.FileIO name=" + repr_string(f->state->name) + " mode='" + f->mode +
                   "' closefd=" + (f->state->closefd ? "True" : "False") + ">");
  }
  return new_str("<_io." + type_name(self) + " name=" + repr_string(f->state->name) + ">");
}

Ref* file_dict(Object* o) { return &static_cast<FileObject*>(o)->dict; }

// ------------------------------------------------------------------ open()

// The locale's preferred encoding, which open() uses by default: CPython
// reads LC_CTYPE's codeset, and in the C locale runs in UTF-8 mode.
const std::string& default_encoding() {
  static const std::string encoding = [] {
    std::string result = "utf-8";
    if (locale_t loc = ::newlocale(LC_CTYPE_MASK, "", static_cast<locale_t>(nullptr))) {
      std::string codeset = ::nl_langinfo_l(CODESET, loc);
      if (!codeset.empty() && codeset != "ANSI_X3.4-1968") result = codeset;
      ::freelocale(loc);
    }
    return result;
  }();
  return encoding;
}

Value optional_str(Value v, const char* name) {
  if (v.is_null() || v.is_none()) return Value();
  if (!is_str(v))
    raise_type_error(std::string("open() argument '") + name + "' must be str or None, not " + type_name(v));
  return v;
}

struct OpenMode {
  bool creating = false, reading = false, writing = false, appending = false, updating = false;
  bool text = false, binary = false;
};

OpenMode parse_mode(std::string_view mode) {
  OpenMode m;
  for (size_t i = 0; i < mode.size(); i++) {
    char c = mode[i];
    bool* flag = c == 'x'   ? &m.creating
                 : c == 'r' ? &m.reading
                 : c == 'w' ? &m.writing
                 : c == 'a' ? &m.appending
                 : c == '+' ? &m.updating
                 : c == 't' ? &m.text
                 : c == 'b' ? &m.binary
                            : nullptr;
    if (!flag || mode.find(c, i + 1) != std::string_view::npos)
      raise_value_error("invalid mode: '" + std::string(mode) + "'");
    *flag = true;
  }
  if (m.text && m.binary) raise_value_error("can't have text and binary mode at once");
  if (m.creating + m.reading + m.writing + m.appending > 1)
    raise_value_error("must have exactly one of create/read/write/append mode");
  if (m.creating + m.reading + m.writing + m.appending == 0)
    raise_value_error("Must have exactly one of create/read/write/append mode and at most one plus");
  return m;
}

// FileIO(file, mode, closefd, opener): opens (or adopts) the descriptor.
std::shared_ptr<FileState> open_raw(Value file, const OpenMode& m, bool closefd, Value opener) {
  auto s = std::make_shared<FileState>();
  s->readable = m.reading || m.updating;
  s->writable = !m.reading || m.updating;
  s->appending = m.appending;
  int flags = (s->readable && s->writable) ? O_RDWR : s->readable ? O_RDONLY : O_WRONLY;
  if (m.writing) flags |= O_CREAT | O_TRUNC;
  if (m.appending) flags |= O_CREAT | O_APPEND;
  if (m.creating) flags |= O_CREAT | O_EXCL;
  flags |= O_CLOEXEC;
  if (is_int(file)) {
    int64_t fd = index_int64(file);
    if (fd < 0) raise_value_error("negative file descriptor");
    s->fd = static_cast<int>(fd);
    s->name = Ref(file);
  } else {
    if (!closefd) raise_value_error("Cannot use closefd=False with file name");
    FsPath p = fs_path(fspath(file), "open");
    s->name = Ref(file);
    if (opener.is_null() || opener.is_none()) {
      do {
        s->fd = ::open(p.path.c_str(), flags, 0666);
      } while (s->fd < 0 && errno == EINTR && (check_interrupts(), true));
      if (s->fd < 0) raise_os_error(errno, file);
    } else {
      Ref fd = call(opener, {file, Value::small_int(flags)});
      if (!is_int(fd)) raise_type_error("expected integer from opener");
      s->fd = static_cast<int>(index_int64(fd));
      if (s->fd < 0) raise_value_error("opener returned " + std::to_string(s->fd));
    }
  }
  s->closefd = closefd;
  struct stat st;
  if (::fstat(s->fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      if (closefd) ::close(s->fd);
      s->closed = true;
      raise_os_error(EISDIR, file);
    }
    if (st.st_blksize > 1) s->buffer_size = static_cast<size_t>(st.st_blksize);
  }
  if (m.appending) ::lseek(s->fd, 0, SEEK_END);
  s->raw_mode = m.creating    ? (s->readable ? "xb+" : "xb")
                : m.appending ? (s->readable ? "ab+" : "ab")
                : s->readable ? (s->writable ? "rb+" : "rb")
                              : "wb";
  return s;
}

}  // namespace

Ref builtin_open(Value, CallArgs args) {
  Value a[8];
  bind_args("open", args, {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"},
            1, a);
  Value file = a[0];
  if (!is_int(file)) fspath(file);  // TypeError for anything that is not a path
  Value mode_v = a[1].is_null() ? Value() : a[1];
  if (!mode_v.is_null() && !is_str(mode_v))
    raise_type_error("open() argument 'mode' must be str, not " + type_name(mode_v));
  std::string mode = mode_v.is_null() ? "r" : std::string(str_view(mode_v));
  int64_t buffering = -1;
  if (!a[2].is_null()) {
    if (is_float(a[2])) raise_type_error("'float' object cannot be interpreted as an integer");
    buffering = index_int64(a[2]);
  }
  Value encoding = optional_str(a[3], "encoding");
  Value errors = optional_str(a[4], "errors");
  Value newline = optional_str(a[5], "newline");
  bool closefd = a[6].is_null() || truthy(a[6]);
  OpenMode m = parse_mode(mode);
  if (m.binary && !encoding.is_null()) raise_value_error("binary mode doesn't take an encoding argument");
  if (m.binary && !errors.is_null()) raise_value_error("binary mode doesn't take an errors argument");
  if (m.binary && !newline.is_null()) raise_value_error("binary mode doesn't take a newline argument");

  std::shared_ptr<FileState> state = open_raw(file, m, closefd, a[7]);
  if (buffering > 1) state->buffer_size = static_cast<size_t>(buffering);
  FileKind kind = buffering == 0 ? FileKind::Raw : m.binary ? buffered_kind(*state) : FileKind::Text;
  if (buffering == 0 && !m.binary) raise_value_error("can't have unbuffered text I/O");
  static Type* const types[] = {&file_io_type, &buffered_reader_type, &buffered_writer_type,
                                &buffered_random_type, &text_io_wrapper_type};
  auto* f = new_object<FileObject>(types[static_cast<int>(kind)]);
  Ref result = Ref::steal(f);
  f->state = state;
  f->kind = kind;
  f->mode = m.binary || kind == FileKind::Raw ? state->raw_mode : mode;
  if (kind == FileKind::Text) {
    f->encoding = encoding.is_null() ? default_encoding() : std::string(str_view(encoding));
    f->codec = canonical_encoding(f->encoding);
    if (!errors.is_null()) f->errors = std::string(str_view(errors));
    if (!newline.is_null()) {
      std::string nl(str_view(newline));
      if (nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n")
        raise_value_error("illegal newline value: " + nl);
      f->newline = nl;
    } else {
      f->has_newline = true;  // universal newlines
    }
    f->line_buffering = buffering == 1 || (buffering < 0 && ::isatty(state->fd));
  }
  return result;
}

namespace {

// The buffered and raw views are made on first use, so all three may be null.
// (The shared FileState's `name` is not visited: it is a str, bytes or int,
// part of a cycle only if it is an instance of a subclass that refers back
// to the file; such a cycle is kept rather than freed.)
void file_traverse(Object* o, const Visitor& visit) {
  auto* f = static_cast<FileObject*>(o);
  visit(f->buffer);
  visit(f->raw);
  visit(f->dict);
}

void file_clear(Object* o) {
  auto* f = static_cast<FileObject*>(o);
  Ref buffer = std::move(f->buffer), raw = std::move(f->raw), dict = std::move(f->dict);
}

void init_file_type(Type& t, const char* name, Type* base, NextFn next) {
  set_gc_slots(t, file_traverse, file_clear);
  t.repr = file_repr;
  t.getattr = file_getattr;
  t.iter = file_iter;
  t.next = next;
  t.hash = identity_hash;
  init_static_type(t, name, sizeof(FileObject), dealloc_object<FileObject>, base);
  t.flags &= ~kTypeBaseType;
  t.instance_dict = file_dict;
  set_type_module(t, "_io");
  for (const FunctionDef& d : {FunctionDef{"close", file_close},
                               {"flush", file_flush},
                               {"fileno", file_fileno},
                               {"isatty", file_isatty},
                               {"readable", file_readable},
                               {"writable", file_writable},
                               {"seekable", file_seekable},
                               {"__enter__", file_enter},
                               {"__exit__", io_exit},
                               {"writelines", file_writelines},
                               {"readlines", file_readlines}})
    add_method(t, d.name, d.fn);
}

void init_types() {
  for (auto [type, name, base] : {std::tuple{&io_base_type, "_IOBase", &object_type},
                                  {&raw_io_base_type, "_RawIOBase", &io_base_type},
                                  {&buffered_io_base_type, "_BufferedIOBase", &io_base_type},
                                  {&text_io_base_type, "_TextIOBase", &io_base_type}}) {
    init_static_type(*type, name, sizeof(Object), dealloc_object<Object>, base);
    type->new_instance = nullptr;
    set_type_module(*type, "_io");
  }

  // io.UnsupportedOperation(OSError, ValueError), laid out as every exception.
  Type& u = unsupported_operation_type;
  u.new_instance = exc::OSError.new_instance;
  u.hash = object_type.hash;
  u.instance_dict = exc::OSError.instance_dict;
  init_static_type(u, "UnsupportedOperation", sizeof(ExceptionObject), exc::OSError.dealloc, &exc::OSError);
  u.flags |= kTypeExceptionSubclass;
  u.bases = make_tuple({Value::object(&exc::OSError), Value::object(&exc::ValueError)});
  u.mro = make_tuple({Value::object(&exc::OSError), Value::object(&exc::ValueError),
                      Value::object(&exc::Exception), Value::object(&exc::BaseException),
                      Value::object(&object_type)});
  set_type_module(u, "io");

  init_file_type(file_io_type, "FileIO", &raw_io_base_type, binary_next);
  init_file_type(buffered_reader_type, "BufferedReader", &buffered_io_base_type, binary_next);
  init_file_type(buffered_writer_type, "BufferedWriter", &buffered_io_base_type, binary_next);
  init_file_type(buffered_random_type, "BufferedRandom", &buffered_io_base_type, binary_next);
  for (Type* t : {&file_io_type, &buffered_reader_type, &buffered_writer_type, &buffered_random_type}) {
    for (const FunctionDef& d : {FunctionDef{"read", binary_read},
                                 {"readline", binary_readline},
                                 {"write", binary_write},
                                 {"seek", binary_seek},
                                 {"tell", file_tell},
                                 {"truncate", file_truncate}})
      add_method(*t, d.name, d.fn);
  }
  add_method(file_io_type, "readall", binary_readall);
  for (Type* t : {&buffered_reader_type, &buffered_writer_type, &buffered_random_type})
    add_method(*t, "read1", binary_read1);
  init_file_type(text_io_wrapper_type, "TextIOWrapper", &text_io_base_type, nullptr);
  init_text_file_type();
  finish_static_types();
}

}  // namespace

void init_file_types() {
  static std::once_flag once;
  std::call_once(once, init_types);
}

}  // namespace gilt
