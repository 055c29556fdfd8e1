// The io module: open(), the file types (file_object.h), and the in-memory
// streams StringIO and BytesIO, with CPython's behaviour down to their
// messages (StringIO's operations on a closed stream say "I/O operation on
// closed file" without the period that the file types use).
#include <mutex>
#include <string>

#include "runtime/args.h"
#include "runtime/bytes_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/utf8.h"
#include "stdlib/file_object.h"
#include "stdlib/module_util.h"
#include "vm/interpreter_state.h"

namespace gilt {

namespace {

Type string_io_type, bytes_io_type;

// ------------------------------------------------------------------ StringIO

// Text as code points, so that positions are character positions.
struct StringIOObject : Object {
  std::u32string text;
  size_t pos = 0;
  bool closed = false;
  bool translate = false;         // newline=None: "\r\n" and "\r" are written as "\n"
  bool universal = false;         // newline None or '': readline ends at any newline
  std::u32string readnl = U"\n";  // otherwise the line ending readline looks for
  std::u32string writenl;         // "\n" is written as this ('\r' or '\r\n'), if set
  Ref dict;
};

StringIOObject* as_sio(Value v) { return v.as<StringIOObject>(); }

std::u32string to_u32(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) out += static_cast<char32_t>(utf8::decode(utf8, i));
  return out;
}

Ref from_u32(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : text) utf8::append(out, static_cast<uint32_t>(c));
  return new_str(out);
}

void sio_check(Value self) {
  if (as_sio(self)->closed) raise_value_error("I/O operation on closed file");
}

// Appends or overwrites at the position, after newline translation.
void sio_write_text(StringIOObject* s, std::string_view utf8) {
  std::u32string t = to_u32(utf8);
  if (s->translate) {
    std::u32string out;
    for (size_t i = 0; i < t.size(); i++) {
      if (t[i] == U'\r') {
        out += U'\n';
        if (i + 1 < t.size() && t[i + 1] == U'\n') i++;
      } else {
        out += t[i];
      }
    }
    t.swap(out);
  } else if (!s->writenl.empty()) {
    std::u32string out;
    for (char32_t c : t) {
      if (c == U'\n')
        out += s->writenl;
      else
        out += c;
    }
    t.swap(out);
  }
  if (s->pos > s->text.size()) s->text.resize(s->pos, U'\0');
  size_t overlap = std::min(t.size(), s->text.size() - s->pos);
  s->text.replace(s->pos, overlap, t);
  s->pos += t.size();
}

Ref sio_new(Type* type, CallArgs) {
  auto* s = alloc_instance<StringIOObject>(type);
  return Ref::steal(s);
}

void sio_init(Value self, CallArgs args) {
  Value a[2];
  bind_args("StringIO", args, {"initial_value", "newline"}, 0, a);
  StringIOObject* s = as_sio(self);
  Value initial = a[0], newline = a[1];
  if (!newline.is_null() && !newline.is_none() && !is_str(newline))
    raise_type_error("newline must be str or None, not " + type_name(newline));
  std::string nl = newline.is_null() ? "\n" : newline.is_none() ? "" : std::string(str_view(newline));
  if (!newline.is_null() && !newline.is_none() && nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n")
    raise_value_error("illegal newline value: " + repr_string(newline));
  if (!initial.is_null() && !initial.is_none() && !is_str(initial))
    raise_type_error("initial_value must be str or None, not " + type_name(initial));
  bool none = !newline.is_null() && newline.is_none();
  s->translate = none;
  s->universal = none || nl.empty();
  s->readnl = to_u32(nl);
  s->writenl = (nl == "\r" || nl == "\r\n") ? to_u32(nl) : std::u32string();
  s->text.clear();
  s->pos = 0;
  s->closed = false;
  if (!initial.is_null() && !initial.is_none()) {
    sio_write_text(s, str_view(initial));
    s->pos = 0;
  }
}

Ref sio_getvalue(Value self, CallArgs args) {
  check_exact_args("getvalue", args, 0);
  sio_check(self);
  return from_u32(as_sio(self)->text);
}

Ref sio_read(Value self, CallArgs args) {
  check_arg_range("read", args, 0, 1);
  int64_t n = args.nargs ? size_arg(args.args[0]) : -1;
  sio_check(self);
  StringIOObject* s = as_sio(self);
  if (s->pos >= s->text.size()) return new_str("");
  size_t avail = s->text.size() - s->pos;
  size_t take = n < 0 ? avail : std::min<size_t>(avail, static_cast<size_t>(n));
  Ref r = from_u32(std::u32string_view(s->text).substr(s->pos, take));
  s->pos += take;
  return r;
}

// The end of the line starting at the position (exclusive), at most `limit` characters.
size_t sio_line_end(StringIOObject* s, int64_t limit) {
  std::u32string_view t(s->text);
  size_t end = t.size();
  if (limit >= 0) end = std::min(end, s->pos + static_cast<size_t>(limit));
  for (size_t i = s->pos; i < end; i++) {
    if (s->universal) {
      if (t[i] == U'\n') return i + 1;
      if (t[i] == U'\r') return i + 1 < end && t[i + 1] == U'\n' ? i + 2 : i + 1;
    } else if (t.substr(i, s->readnl.size()) == s->readnl) {
      return std::min(end, i + s->readnl.size());
    }
  }
  return end;
}

Ref sio_readline_impl(Value self, int64_t limit) {
  StringIOObject* s = as_sio(self);
  if (s->pos >= s->text.size()) return new_str("");
  size_t end = sio_line_end(s, limit);
  Ref r = from_u32(std::u32string_view(s->text).substr(s->pos, end - s->pos));
  s->pos = end;
  return r;
}

Ref sio_readline(Value self, CallArgs args) {
  check_arg_range("readline", args, 0, 1);
  int64_t limit = args.nargs ? size_arg(args.args[0]) : -1;
  sio_check(self);
  return sio_readline_impl(self, limit);
}

Ref sio_next(Value self) {
  if (as_sio(self)->closed) raise_closed_file();
  Ref line = sio_readline_impl(self, -1);
  if (line.as<StrObject>()->length == 0) return Ref();
  return line;
}

Ref sio_write(Value self, CallArgs args) {
  check_exact_args("write", args, 1);
  Value text = args.args[0];
  if (!is_str(text)) raise_type_error("string argument expected, got '" + type_name(text) + "'");
  sio_check(self);
  sio_write_text(as_sio(self), str_view(text));
  return int_from_int64(text.as<StrObject>()->length);
}

Ref sio_seek(Value self, CallArgs args) {
  check_arg_range("seek", args, 1, 2);
  if (is_float(args.args[0])) raise_type_error("'float' object cannot be interpreted as an integer");
  int64_t pos = index_int64(args.args[0]);
  int64_t whence = args.nargs > 1 ? index_int64(args.args[1]) : 0;
  sio_check(self);
  StringIOObject* s = as_sio(self);
  if (whence < 0 || whence > 2)
    raise_value_error("Invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  if (whence == 0 && pos < 0) raise_value_error("Negative seek position " + std::to_string(pos));
  if (whence != 0 && pos != 0) raise(&exc::OSError, "Can't do nonzero cur-relative seeks");
  if (whence == 1) pos = static_cast<int64_t>(s->pos);
  if (whence == 2) pos = static_cast<int64_t>(s->text.size());
  s->pos = static_cast<size_t>(pos);
  return int_from_int64(pos);
}

Ref sio_tell(Value self, CallArgs args) {
  check_exact_args("tell", args, 0);
  sio_check(self);
  return int_from_int64(static_cast<int64_t>(as_sio(self)->pos));
}

Ref sio_truncate(Value self, CallArgs args) {
  check_arg_range("truncate", args, 0, 1);
  StringIOObject* s = as_sio(self);
  int64_t size =
      args.nargs && !args.args[0].is_none() ? index_int64(args.args[0]) : static_cast<int64_t>(s->pos);
  sio_check(self);
  if (size < 0) raise_value_error("Negative size value " + std::to_string(size));
  if (static_cast<size_t>(size) < s->text.size()) s->text.resize(static_cast<size_t>(size));
  return int_from_int64(size);
}

Ref sio_close(Value self, CallArgs args) {
  check_exact_args("close", args, 0);
  StringIOObject* s = as_sio(self);
  s->closed = true;
  s->text.clear();
  s->text.shrink_to_fit();
  return Ref(Value::none());
}

// ------------------------------------------------------------------ BytesIO

struct BytesIOObject : Object {
  std::string data;
  size_t pos = 0;
  bool closed = false;
  Ref dict;
};

BytesIOObject* as_bio(Value v) { return v.as<BytesIOObject>(); }

void bio_check(Value self) {
  if (as_bio(self)->closed) raise_closed_file();
}

std::string_view bytes_arg(Value v) { return need_bytes_like(v); }

Ref bio_new(Type* type, CallArgs) { return Ref::steal(alloc_instance<BytesIOObject>(type)); }

void bio_init(Value self, CallArgs args) {
  Value a[1];
  bind_args("BytesIO", args, {"initial_bytes"}, 0, a);
  BytesIOObject* b = as_bio(self);
  b->data = a[0].is_null() || a[0].is_none() ? std::string() : std::string(bytes_arg(a[0]));
  b->pos = 0;
  b->closed = false;
}

Ref bio_getvalue(Value self, CallArgs args) {
  check_exact_args("getvalue", args, 0);
  bio_check(self);
  return new_bytes(as_bio(self)->data);
}

Ref bio_take(BytesIOObject* b, size_t n) {
  if (b->pos >= b->data.size()) return new_bytes("");
  n = std::min(n, b->data.size() - b->pos);
  Ref r = new_bytes(std::string_view(b->data).substr(b->pos, n));
  b->pos += n;
  return r;
}

Ref bio_read(Value self, CallArgs args) {
  check_arg_range("read", args, 0, 1);
  int64_t n = args.nargs ? size_arg(args.args[0]) : -1;
  bio_check(self);
  return bio_take(as_bio(self), n < 0 ? SIZE_MAX : static_cast<size_t>(n));
}

Ref bio_readline_impl(Value self, int64_t limit) {
  BytesIOObject* b = as_bio(self);
  if (b->pos >= b->data.size()) return new_bytes("");
  size_t nl = b->data.find('\n', b->pos);
  size_t n = nl == std::string::npos ? b->data.size() - b->pos : nl + 1 - b->pos;
  if (limit >= 0) n = std::min(n, static_cast<size_t>(limit));
  return bio_take(b, n);
}

Ref bio_readline(Value self, CallArgs args) {
  check_arg_range("readline", args, 0, 1);
  int64_t limit = args.nargs ? size_arg(args.args[0]) : -1;
  bio_check(self);
  return bio_readline_impl(self, limit);
}

Ref bio_next(Value self) {
  bio_check(self);
  Ref line = bio_readline_impl(self, -1);
  if (line.as<BytesObject>()->size == 0) return Ref();
  return line;
}

Ref bio_write(Value self, CallArgs args) {
  check_exact_args("write", args, 1);
  bio_check(self);
  std::string_view data = bytes_arg(args.args[0]);
  BytesIOObject* b = as_bio(self);
  if (b->pos > b->data.size()) b->data.resize(b->pos, '\0');
  size_t overlap = std::min(data.size(), b->data.size() - b->pos);
  b->data.replace(b->pos, overlap, data);
  b->pos += data.size();
  return int_from_int64(static_cast<int64_t>(data.size()));
}

Ref bio_seek(Value self, CallArgs args) {
  check_arg_range("seek", args, 1, 2);
  if (is_float(args.args[0])) raise_type_error("'float' object cannot be interpreted as an integer");
  int64_t pos = index_int64(args.args[0]);
  int64_t whence = args.nargs > 1 ? index_int64(args.args[1]) : 0;
  bio_check(self);
  BytesIOObject* b = as_bio(self);
  if (whence < 0 || whence > 2)
    raise_value_error("invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  if (whence == 0 && pos < 0) raise_value_error("negative seek value " + std::to_string(pos));
  if (whence == 1) pos += static_cast<int64_t>(b->pos);
  if (whence == 2) pos += static_cast<int64_t>(b->data.size());
  if (pos < 0) pos = 0;
  b->pos = static_cast<size_t>(pos);
  return int_from_int64(pos);
}

Ref bio_tell(Value self, CallArgs args) {
  check_exact_args("tell", args, 0);
  bio_check(self);
  return int_from_int64(static_cast<int64_t>(as_bio(self)->pos));
}

Ref bio_truncate(Value self, CallArgs args) {
  check_arg_range("truncate", args, 0, 1);
  bio_check(self);
  BytesIOObject* b = as_bio(self);
  int64_t size =
      args.nargs && !args.args[0].is_none() ? index_int64(args.args[0]) : static_cast<int64_t>(b->pos);
  if (size < 0) raise_value_error("negative size value " + std::to_string(size));
  if (static_cast<size_t>(size) < b->data.size()) b->data.resize(static_cast<size_t>(size));
  return int_from_int64(size);
}

Ref bio_close(Value self, CallArgs args) {
  check_exact_args("close", args, 0);
  BytesIOObject* b = as_bio(self);
  b->closed = true;
  b->data.clear();
  b->data.shrink_to_fit();
  return Ref(Value::none());
}

// ------------------------------------------------------------------ shared by both

bool memory_closed(Value self) {
  return type_of(self)->is_subtype_of(&string_io_type) ? as_sio(self)->closed : as_bio(self)->closed;
}

// StringIO's checks lack the period; BytesIO's have it.
void memory_check(Value self) {
  if (type_of(self)->is_subtype_of(&string_io_type))
    sio_check(self);
  else
    bio_check(self);
}

Ref memory_true(Value self, CallArgs args) {
  check_exact_args("readable", args, 0);
  memory_check(self);
  return Ref(Value::true_());
}

Ref memory_isatty(Value self, CallArgs args) {
  check_exact_args("isatty", args, 0);
  memory_check(self);
  return Ref(Value::false_());
}

Ref memory_flush(Value self, CallArgs args) {
  check_exact_args("flush", args, 0);
  memory_check(self);
  return Ref(Value::none());
}

Ref memory_fileno(Value, CallArgs) { raise_unsupported("fileno"); }

Ref memory_enter(Value self, CallArgs args) {
  check_exact_args("__enter__", args, 0);
  if (memory_closed(self)) raise_closed_file();
  return Ref(self);
}

Ref memory_iter(Value self) {
  if (memory_closed(self)) raise_closed_file();
  return Ref(self);
}

Ref memory_readlines(Value self, CallArgs args) {
  check_arg_range("readlines", args, 0, 1);
  int64_t hint = args.nargs ? size_arg(args.args[0]) : -1;
  memory_check(self);
  Ref result = new_list();
  int64_t total = 0;
  Type* t = type_of(self);
  for (;;) {
    Ref line = t->next(self);
    if (line.is_null()) break;
    list_append(result, line);
    total += length(line);
    if (hint > 0 && total > hint) break;
  }
  return result;
}

Ref memory_writelines(Value self, CallArgs args) {
  check_exact_args("writelines", args, 1);
  memory_check(self);
  Ref write = get_attr(self, GILT_NAME("write"));
  Ref it = get_iter(args.args[0]);
  for (Ref line = iter_next(it); !line.is_null(); line = iter_next(it)) call(write, {line});
  return Ref(Value::none());
}

Ref memory_getattr(Value self, StrObject* name) {
  std::string_view n = name->view();
  if (n == "closed") return Ref(Value::boolean(memory_closed(self)));
  if (type_of(self)->is_subtype_of(&string_io_type)) {
    if (n == "line_buffering") {
      sio_check(self);
      return Ref(Value::false_());
    }
    if (n == "newlines") return Ref(Value::none());
  }
  return generic_getattr(self, name);
}

Ref* sio_dict(Object* o) { return &static_cast<StringIOObject*>(o)->dict; }
Ref* bio_dict(Object* o) { return &static_cast<BytesIOObject*>(o)->dict; }

void init_memory_type(Type& t, const char* name, size_t size, DeallocFn dealloc, Type* base,
                      NewFn new_instance, InitFn init, NextFn next, Ref* (*dict)(Object*)) {
  t.new_instance = new_instance;
  t.init = init;
  t.next = next;
  t.iter = memory_iter;
  t.getattr = memory_getattr;
  t.repr = native_object_repr;
  t.hash = identity_hash;
  init_static_type(t, name, size, dealloc, base);
  t.instance_dict = dict;
  set_type_module(t, "_io");
  for (const FunctionDef& d : {FunctionDef{"readable", memory_true},
                               {"writable", memory_true},
                               {"seekable", memory_true},
                               {"isatty", memory_isatty},
                               {"flush", memory_flush},
                               {"fileno", memory_fileno},
                               {"__enter__", memory_enter},
                               {"__exit__", io_exit},
                               {"readlines", memory_readlines},
                               {"writelines", memory_writelines}})
    add_method(t, d.name, d.fn);
}

// In-memory files hold nothing but their attributes (subclasses' __dict__).
template <class T>
void memory_traverse(Object* o, const Visitor& visit) {
  visit(static_cast<T*>(o)->dict);
}

template <class T>
void memory_clear(Object* o) {
  Ref dict = std::move(static_cast<T*>(o)->dict);
}

void init_io_types() {
  init_file_types();
  set_gc_slots(string_io_type, memory_traverse<StringIOObject>, memory_clear<StringIOObject>);
  set_gc_slots(bytes_io_type, memory_traverse<BytesIOObject>, memory_clear<BytesIOObject>);
  init_memory_type(string_io_type, "StringIO", sizeof(StringIOObject), dealloc_object<StringIOObject>,
                   &text_io_base_type, sio_new, sio_init, sio_next, sio_dict);
  for (const FunctionDef& d : {FunctionDef{"getvalue", sio_getvalue},
                               {"read", sio_read},
                               {"readline", sio_readline},
                               {"write", sio_write},
                               {"seek", sio_seek},
                               {"tell", sio_tell},
                               {"truncate", sio_truncate},
                               {"close", sio_close}})
    add_method(string_io_type, d.name, d.fn);
  init_memory_type(bytes_io_type, "BytesIO", sizeof(BytesIOObject), dealloc_object<BytesIOObject>,
                   &buffered_io_base_type, bio_new, bio_init, bio_next, bio_dict);
  for (const FunctionDef& d : {FunctionDef{"getvalue", bio_getvalue},
                               {"read", bio_read},
                               {"read1", bio_read},
                               {"readline", bio_readline},
                               {"write", bio_write},
                               {"seek", bio_seek},
                               {"tell", bio_tell},
                               {"truncate", bio_truncate},
                               {"close", bio_close}})
    add_method(bytes_io_type, d.name, d.fn);
  finish_static_types();
}

}  // namespace

Ref make_io_module(InterpreterState* interp) {
  static std::once_flag once;
  std::call_once(once, init_io_types);
  Ref m = new_module("io");
  // io.open is the built-in open itself.
  Value open = dict_get_str(as_dict(interp->builtins), GILT_NAME("open"));
  module_set(m, "open", open.is_null() ? Value(new_builtin_function("open", builtin_open, m)) : open);
  struct TypeDef {
    const char* name;
    Type* type;
  };
  for (const TypeDef& t : {TypeDef{"StringIO", &string_io_type},
                           {"BytesIO", &bytes_io_type},
                           {"FileIO", &file_io_type},
                           {"BufferedReader", &buffered_reader_type},
                           {"BufferedWriter", &buffered_writer_type},
                           {"BufferedRandom", &buffered_random_type},
                           {"TextIOWrapper", &text_io_wrapper_type},
                           {"IOBase", &io_base_type},
                           {"RawIOBase", &raw_io_base_type},
                           {"BufferedIOBase", &buffered_io_base_type},
                           {"TextIOBase", &text_io_base_type},
                           {"UnsupportedOperation", &unsupported_operation_type}})
    module_set(m, t.name, Value::object(t.type));
  module_set(m, "DEFAULT_BUFFER_SIZE", Value::small_int(8192));
  module_set(m, "SEEK_SET", Value::small_int(0));
  module_set(m, "SEEK_CUR", Value::small_int(1));
  module_set(m, "SEEK_END", Value::small_int(2));
  return m;
}

}  // namespace gilt
