// TextIOWrapper: text files over a FileState (see file_object.h).
//
// Reading consumes bytes from the shared read-ahead buffer, a line (or n
// characters) at a time, then translates newlines and decodes just those
// bytes, so the buffer position is always the byte position of the next
// character: tell() needs no decoder snapshots. With newline=None, "\r\n"
// and "\r" read as "\n" (universal newlines); a "\r" at the end of the
// buffer is decided by reading ahead one more chunk.
#include <fcntl.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/codecs.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "stdlib/file_object.h"
#include "stdlib/module_util.h"

namespace gilt {

namespace {

FileObject* as_file(Value v) { return v.as<FileObject>(); }

void check_open(FileObject* f) {
  if (f->state->closed) raise_closed_file();
}

void check_readable(FileObject* f) {
  check_open(f);
  if (!f->state->readable) raise_unsupported("not readable");
}

// Lines end at any of "\n", "\r", "\r\n" (newline None or ''), or only at the given newline.
bool universal(const FileObject* f) { return f->has_newline || f->newline.empty(); }

size_t char_length(const FileObject* f, unsigned char lead) {
  if (f->codec != "utf-8" || lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;  // not a lead byte: the decoder reports it
}

// How many pending bytes make up the next line (when `lines`) or the next
// `limit` characters (limit < 0: no limit), reading more as needed. 0 only
// at end of file.
size_t scan(FileObject* f, int64_t limit, bool lines) {
  FileState& s = *f->state;
  size_t i = 0;
  int64_t chars = 0;
  for (;;) {
    std::string_view p = s.pending();
    while (i < p.size()) {
      if (limit >= 0 && chars >= limit) return i;
      auto c = static_cast<unsigned char>(p[i]);
      size_t len = char_length(f, c);
      bool needs_next = c == '\r' && ((lines && (universal(f) || f->newline == "\r\n")) || f->has_newline);
      if (needs_next && i + 1 == p.size()) {
        if (s.fill()) {
          p = s.pending();
        } else {
          return i + 1;  // "\r" at end of file
        }
      }
      bool crlf = c == '\r' && i + 1 < p.size() && p[i + 1] == '\n';
      // Untranslated, "\r\n" is two characters: a limit may fall between them.
      bool crlf_fits = f->has_newline || limit < 0 || chars + 2 <= limit;
      if (lines) {
        if (universal(f) && c == '\n') return i + 1;
        if (universal(f) && c == '\r') return i + (crlf && crlf_fits ? 2 : 1);
        if (f->newline == "\n" && c == '\n') return i + 1;
        if (f->newline == "\r" && c == '\r') return i + 1;
        if (f->newline == "\r\n" && crlf && crlf_fits) return i + 2;
      }
      if (crlf && f->has_newline) len = 2;  // one character once translated
      if (i + len > p.size()) {
        if (!s.fill()) return p.size();  // a truncated character: the decoder reports it
        p = s.pending();
        continue;
      }
      i += len;
      chars++;
    }
    if (!s.fill()) return i;
  }
}

// Takes `n` pending bytes and decodes them, translating newlines for newline=None.
Ref take_text(FileObject* f, size_t n) {
  FileState& s = *f->state;
  std::string bytes = s.rbuf.substr(s.rpos, n);
  s.rpos += n;
  if (f->has_newline && bytes.find('\r') != std::string::npos) {
    std::string out;
    out.reserve(bytes.size());
    for (size_t i = 0; i < bytes.size(); i++) {
      if (bytes[i] == '\r') {
        out += '\n';
        if (i + 1 < bytes.size() && bytes[i + 1] == '\n') i++;
      } else {
        out += bytes[i];
      }
    }
    bytes.swap(out);
  }
  return decode_bytes(bytes, f->codec, f->errors);
}

Ref text_read(Value self, CallArgs args) {
  check_arg_range("read", args, 0, 1);
  int64_t size = args.nargs ? size_arg(args.args[0]) : -1;
  FileObject* f = as_file(self);
  check_readable(f);
  FileState& s = *f->state;
  s.flush_writes();
  if (size < 0) {
    while (s.fill()) {
    }
    return take_text(f, s.pending().size());
  }
  return take_text(f, scan(f, size, false));
}

Ref text_readline(Value self, CallArgs args) {
  check_arg_range("readline", args, 0, 1);
  int64_t limit = args.nargs ? size_arg(args.args[0]) : -1;
  FileObject* f = as_file(self);
  check_readable(f);
  f->state->flush_writes();
  return take_text(f, scan(f, limit, true));
}

Ref text_next(Value self) {
  FileObject* f = as_file(self);
  check_readable(f);
  f->telling = false;
  f->state->flush_writes();
  Ref line = take_text(f, scan(f, -1, true));
  if (line.as<StrObject>()->length) return line;
  f->telling = true;
  return Ref();
}

Ref text_write(Value self, CallArgs args) {
  check_exact_args("write", args, 1);
  Value text = args.args[0];
  if (!is_str(text)) raise_type_error("write() argument must be str, not " + type_name(text));
  FileObject* f = as_file(self);
  check_open(f);
  FileState& s = *f->state;
  if (!s.writable) raise_unsupported("not writable");
  std::string_view view = str_view(text);
  std::string translated;
  if (!f->has_newline && (f->newline == "\r" || f->newline == "\r\n") &&
      view.find('\n') != std::string_view::npos) {
    for (char c : view) {
      if (c == '\n')
        translated += f->newline;
      else
        translated += c;
    }
    view = translated;
  }
  s.drop_read_ahead();
  if (f->codec == "utf-8")
    s.wbuf.append(view);  // gilt's str is UTF-8 already
  else
    s.wbuf.append(encode_str(view, f->codec, f->errors));
  bool line_end = f->line_buffering && str_view(text).find_first_of("\n\r") != std::string_view::npos;
  if (s.wbuf.size() >= s.buffer_size || f->write_through || line_end) s.flush_writes();
  return int_from_int64(text.as<StrObject>()->length);
}

Ref text_tell(Value self, CallArgs args) {
  check_exact_args("tell", args, 0);
  FileObject* f = as_file(self);
  check_open(f);
  if (!f->telling) raise(&exc::OSError, "telling position disabled by next() call");
  return int_from_int64(f->state->tell());
}

Ref text_seek(Value self, CallArgs args) {
  check_arg_range("seek", args, 1, 2);
  FileObject* f = as_file(self);
  check_open(f);
  FileState& s = *f->state;
  if (::lseek(s.fd, 0, SEEK_CUR) < 0) raise_unsupported("underlying stream is not seekable");
  int64_t whence = args.nargs > 1 ? index_int64(args.args[1]) : 0;
  Value cookie = args.args[0];
  if (whence == SEEK_CUR) {
    if (!equals(cookie, Value::small_int(0))) raise_unsupported("can't do nonzero cur-relative seeks");
    f->telling = true;
    return int_from_int64(s.tell());
  }
  if (whence == SEEK_END) {
    if (!equals(cookie, Value::small_int(0))) raise_unsupported("can't do nonzero end-relative seeks");
    s.flush_writes();
    s.rbuf.clear();
    s.rpos = 0;
    f->telling = true;
    return int_from_int64(s.sys_seek(0, SEEK_END));
  }
  if (whence != SEEK_SET)
    raise_value_error("invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  if (is_float(cookie)) raise_type_error("'float' object cannot be interpreted as an integer");
  int64_t position = index_int64(cookie);
  if (position < 0) raise_value_error("negative seek position " + std::to_string(position));
  s.flush_writes();
  s.rbuf.clear();
  s.rpos = 0;
  s.eof = false;
  f->telling = true;
  s.sys_seek(position, SEEK_SET);
  return int_from_int64(position);
}

Ref text_truncate(Value self, CallArgs args) {
  check_arg_range("truncate", args, 0, 1);
  FileObject* f = as_file(self);
  check_open(f);
  FileState& s = *f->state;
  if (!s.writable) raise_unsupported("truncate");
  s.flush_writes();
  int64_t size = args.nargs && !args.args[0].is_none() ? index_int64(args.args[0]) : s.tell();
  s.drop_read_ahead();
  if (::ftruncate(s.fd, static_cast<off_t>(size)) != 0) raise_os_error(errno);
  return int_from_int64(size);
}

}  // namespace

Ref text_file_repr(Value self) {
  FileObject* f = as_file(self);
  return new_str("<_io.TextIOWrapper name=" + repr_string(f->state->name) + " mode=" + str_repr(f->mode) +
                 " encoding=" + str_repr(f->encoding) + ">");
}

void init_text_file_type() {
  Type& t = text_io_wrapper_type;
  t.next = text_next;
  for (const FunctionDef& d : {FunctionDef{"read", text_read},
                               {"readline", text_readline},
                               {"write", text_write},
                               {"tell", text_tell},
                               {"seek", text_seek},
                               {"truncate", text_truncate}})
    add_method(t, d.name, d.fn);
}

}  // namespace gilt
