// bytes: an immutable byte string, stored inline after the header like str.
// Its methods (shared with bytearray) are in bytes_methods.cpp and
// bytes_text_methods.cpp; this file has the type's slots and bytes().
#include "runtime/bytes_object.h"

#include <cstring>
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/bytearray_object.h"
#include "runtime/bytes_methods.h"
#include "runtime/codecs.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/memoryview_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/utf8.h"

namespace gilt {

Type bytes_type;
static Type bytes_iterator_type;

// ---------------------------------------------------------------- allocation

static BytesObject* alloc_bytes(Type* type, size_t size) {
  if (size > (size_t(1) << 40)) raise_memory_error();
  void* mem = allocate_object(type, sizeof(BytesObject) + size + 1);
  auto* b = new (mem) BytesObject();
  b->type = type;
  b->size = static_cast<int64_t>(size);
  b->data()[size] = '\0';
  if (type->flags & kTypeHeap) incref(Value::object(type));
  return b;
}

static void dealloc_bytes(Object* o) {
  auto* b = static_cast<BytesObject*>(o);
  size_t size = sizeof(BytesObject) + b->size + 1;
  Type* type = o->type;
  b->~BytesObject();
  free_object(o, type, size);
}

static Ref empty_bytes;

static Ref bytes_of_type(Type* type, std::string_view data) {
  if (data.empty() && type == &bytes_type && !empty_bytes.is_null()) return empty_bytes;
  BytesObject* b = alloc_bytes(type, data.size());
  if (!data.empty()) std::memcpy(b->data(), data.data(), data.size());
  return Ref::steal(b);
}

Ref new_bytes(std::string_view data) { return bytes_of_type(&bytes_type, data); }

static std::string_view bytes_view(Value v) { return v.as<BytesObject>()->view(); }

std::string_view bytes_data(Value v) {
  if (is_bytes(v)) return bytes_view(v);
  if (is_bytearray(v)) return bytearray_view(v);
  return memoryview_data(v);
}

std::string_view need_bytes_like(Value v) {
  if (!is_bytes_like(v)) raise_type_error("a bytes-like object is required, not '" + type_name(v) + "'");
  return bytes_data(v);
}

// An iterable of ints in range(256) as data; ValueError otherwise.
static std::string bytes_from_iterable(Value src) {
  std::string data;
  for_each_item(src, [&](Value item) {
    int64_t n = index_int64(item);
    if (n < 0 || n > 255) raise_value_error("bytes must be in range(0, 256)");
    data += static_cast<char>(n);
  });
  return data;
}

Ref bytes_from_object(Value v) {
  if (type_of(v) == &bytes_type) return Ref(v);
  if (is_bytes_like(v)) return new_bytes(bytes_data(v));
  Type* t = type_of(v);
  if (is_str(v) || is_int(v) || (!t->iter && !t->getitem))
    raise_type_error("cannot convert '" + t->name + "' object to bytes");
  return new_bytes(bytes_from_iterable(v));
}

std::string bytes_repr(std::string_view data, bool escape_single_quotes) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  static const char hex[] = "0123456789abcdef";
  std::string out = "b";
  out += quote;
  for (char ch : data) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\' || (escape_single_quotes && c == '\'')) {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

// ---------------------------------------------------------------- slots

static Ref bytes_repr_slot(Value self) { return new_str(bytes_repr(bytes_view(self))); }

// The same function as str's hash, so hash(b'abc') == hash('abc') as in CPython.
static int64_t bytes_hash(Value self) {
  auto* b = self.as<BytesObject>();
  if (b->hash != -1) return b->hash;
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : b->view()) h = (h ^ c) * 1099511628211ull;
  auto r = static_cast<int64_t>(h >> 1);
  if (r == -1) r = -2;
  b->hash = r;
  return r;
}

// bytes compares with bytes only; bytearray and memoryview compare with bytes
// from their side.
static Ref bytes_compare(Value a, Value b, CompareOp op) {
  if (!is_bytes(a) || !is_bytes(b)) return Ref(not_implemented());
  int c = bytes_view(a).compare(bytes_view(b));
  return bool_ref(compare_int64(c, 0, op));
}

static int64_t bytes_len(Value self) { return self.as<BytesObject>()->size; }

unsigned char byte_value(Value v) {
  int64_t n = index_int64(v);
  if (n < 0 || n > 255) raise_value_error("byte must be in range(0, 256)");
  return static_cast<unsigned char>(n);
}

static bool bytes_contains(Value self, Value item) {
  if (is_bytes_like(item)) return bytes_view(self).find(bytes_data(item)) != std::string_view::npos;
  if (!has_index(item)) raise_type_error("a bytes-like object is required, not '" + type_name(item) + "'");
  return bytes_view(self).find(static_cast<char>(byte_value(item))) != std::string_view::npos;
}

static Ref bytes_getitem(Value self, Value key) {
  std::string_view s = bytes_view(self);
  int64_t n = static_cast<int64_t>(s.size());
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step;
    int64_t count = slice_indices(key.as<SliceObject>(), n, start, stop, step);
    if (step == 1) {
      if (count == n && type_of(self) == &bytes_type) return Ref(self);
      return new_bytes(s.substr(start, count));
    }
    std::string out;
    out.reserve(count);
    for (int64_t i = 0, j = start; i < count; i++, j += step) out += s[j];
    return new_bytes(out);
  }
  if (!has_index(key)) raise_type_error("byte indices must be integers or slices, not " + type_name(key));
  int64_t i = normalize_index(key, n);
  if (i < 0) raise_index_error("index out of range");
  return Ref(Value::small_int(static_cast<unsigned char>(s[i])));
}

static Ref bytes_add(Value a, Value b) {
  if (!is_bytes(a)) return Ref(not_implemented());
  if (!is_bytes_like(b)) {
    if ((type_of(b)->flags & kTypeHeap) && type_of(b)->binary[int(BinaryOp::Add)]) return Ref(not_implemented());
    raise_type_error("can't concat " + type_name(b) + " to bytes");
  }
  std::string_view x = bytes_view(a), y = bytes_data(b);
  if (y.empty() && type_of(a) == &bytes_type) return Ref(a);
  if (x.empty() && type_of(b) == &bytes_type) return Ref(b);
  BytesObject* r = alloc_bytes(&bytes_type, x.size() + y.size());
  std::memcpy(r->data(), x.data(), x.size());
  std::memcpy(r->data() + x.size(), y.data(), y.size());
  return Ref::steal(r);
}

static Ref bytes_mul(Value a, Value b) {
  Value seq;
  int64_t count = 0;
  Ref not_impl;
  if (!sequence_repeat_operands(a, b, is_bytes, seq, count, not_impl)) return not_impl;
  std::string_view s = bytes_view(seq);
  if (count <= 0 || s.empty()) return new_bytes("");
  if (count == 1 && type_of(seq) == &bytes_type) return Ref(seq);
  if (static_cast<uint64_t>(count) > (uint64_t(1) << 40) / s.size()) raise_memory_error();
  BytesObject* r = alloc_bytes(&bytes_type, s.size() * count);
  for (int64_t i = 0; i < count; i++) std::memcpy(r->data() + i * s.size(), s.data(), s.size());
  return Ref::steal(r);
}

// ---------------------------------------------------------------- iterator

struct BytesIterObject : Object {
  Ref bytes;  // null once exhausted
  int64_t index = 0;
};

static Ref bytes_iter(Value self) {
  auto* it = new_object<BytesIterObject>(&bytes_iterator_type);
  it->bytes = Ref(self);
  return Ref::steal(it);
}

static Ref bytes_iter_next(Value self) {
  auto* it = self.as<BytesIterObject>();
  if (it->bytes.is_null()) return Ref();
  std::string_view s = bytes_view(it->bytes);
  if (it->index < static_cast<int64_t>(s.size()))
    return Ref(Value::small_int(static_cast<unsigned char>(s[it->index++])));
  it->bytes.reset();
  return Ref();
}

// ---------------------------------------------------------------- bytes()

static Ref bytes_new(Type* type, CallArgs args) {
  Value out[3];
  bind_args("bytes", args, {"source", "encoding", "errors"}, 0, out);
  Value src = out[0];
  for (int i = 1; i < 3; i++)
    if (!out[i].is_null() && !is_str(out[i]))
      raise_type_error(std::string("bytes() argument '") + (i == 1 ? "encoding" : "errors") + "' must be str, not " +
                       type_name(out[i]));
  if (src.is_null()) {
    if (!out[1].is_null()) raise_type_error("encoding without a string argument");
    if (!out[2].is_null()) raise_type_error("errors without a string argument");
    return bytes_of_type(type, "");
  }
  if (is_str(src)) {
    if (out[1].is_null()) raise_type_error("string argument without an encoding");
    std::string_view errors = out[2].is_null() ? "strict" : str_view(out[2]);
    return bytes_of_type(type, encode_str(str_view(src), str_view(out[1]), errors));
  }
  if (!out[1].is_null()) raise_type_error("encoding without a string argument");
  if (!out[2].is_null()) raise_type_error("errors without a string argument");
  if (is_bytes_like(src) && !is_bytes(src)) return bytes_of_type(type, bytes_data(src));
  if (type_of(src)->flags & kTypeHeap) {
    Ref b = call_method_if_present(src, GILT_NAME("__bytes__"), {});
    if (!b.is_null()) {
      if (!is_bytes(b)) raise_type_error("__bytes__ returned non-bytes (type " + type_name(b) + ")");
      return type == &bytes_type && type_of(b) == &bytes_type ? b : bytes_of_type(type, bytes_view(b));
    }
  }
  if (is_bytes(src)) return type == &bytes_type && type_of(src) == &bytes_type ? Ref(src) : bytes_of_type(type, bytes_view(src));
  if (has_index(src)) {
    int64_t n = index_int64(src);
    if (n < 0) raise_value_error("negative count");
    return bytes_of_type(type, std::string(static_cast<size_t>(n), '\0'));
  }
  Type* st = type_of(src);
  if (!st->iter && !st->getitem) raise_type_error("cannot convert '" + st->name + "' object to bytes");
  return bytes_of_type(type, bytes_from_iterable(src));
}

static Ref bytes_mod(Value a, Value b) {
  if (!is_bytes(a)) return Ref(not_implemented());
  return bytes_percent_format(a, b);
}

static Ref bytes_getnewargs(Value self, CallArgs args) {
  check_exact_args("bytes.__getnewargs__", args, 0);
  return make_tuple({new_bytes(bytes_view(self))});
}

// bytes.__bytes__(): an exact bytes with the same data.
static Ref bytes_bytes(Value self, CallArgs args) {
  check_exact_args("bytes.__bytes__", args, 0);
  return type_of(self) == &bytes_type ? Ref(self) : new_bytes(bytes_view(self));
}

// CPython's size: a 33-byte header and the data.
static Ref bytes_sizeof(Value self, CallArgs args) {
  check_exact_args("bytes.__sizeof__", args, 0);
  return int_from_int64(33 + self.as<BytesObject>()->size);
}

// ---------------------------------------------------------------- the type

void init_bytes_type() {
  bytes_type.getattr = generic_getattr;
  bytes_type.repr = bytes_repr_slot;
  bytes_type.hash = bytes_hash;
  bytes_type.compare = bytes_compare;
  bytes_type.len = bytes_len;
  bytes_type.contains = bytes_contains;
  bytes_type.getitem = bytes_getitem;
  bytes_type.iter = bytes_iter;
  bytes_type.binary[int(BinaryOp::Add)] = bytes_add;
  bytes_type.binary[int(BinaryOp::Mul)] = bytes_mul;
  bytes_type.new_instance = bytes_new;
  init_static_type(bytes_type, "bytes", sizeof(BytesObject), dealloc_bytes);

  bytes_type.binary[int(BinaryOp::Mod)] = bytes_mod;
  add_bytes_search_methods(bytes_type);
  add_bytes_text_methods(bytes_type);
  add_method(bytes_type, "__getnewargs__", bytes_getnewargs);
  add_method(bytes_type, "__bytes__", bytes_bytes);
  add_method(bytes_type, "__sizeof__", bytes_sizeof);

  // The bytes may be an instance of a subclass, whose __dict__ can refer back.
  set_gc_slots(
      bytes_iterator_type,
      [](Object* o, const Visitor& visit) { visit(static_cast<BytesIterObject*>(o)->bytes); },
      [](Object* o) { static_cast<BytesIterObject*>(o)->bytes.reset(); });
  init_static_type(bytes_iterator_type, "bytes_iterator", sizeof(BytesIterObject), dealloc_object<BytesIterObject>);
  bytes_iterator_type.flags &= ~kTypeBaseType;
  bytes_iterator_type.getattr = generic_getattr;
  bytes_iterator_type.iter = iter_self;
  bytes_iterator_type.next = bytes_iter_next;

  BytesObject* e = alloc_bytes(&bytes_type, 0);
  e->refcount = kImmortal;
  empty_bytes = Ref::steal(e);
}

}  // namespace gilt
