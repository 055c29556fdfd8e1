// bytearray (see bytearray_object.h): construction, the sequence slots with
// item and slice assignment, concatenation in place, and the mutators.
#include "runtime/bytearray_object.h"

#include <algorithm>
#include <vector>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/bytes_methods.h"
#include "runtime/bytes_object.h"
#include "runtime/codecs.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

Type bytearray_type;
static Type bytearray_iterator_type;

static BytearrayObject* as_ba(Value v) { return v.as<BytearrayObject>(); }
static std::string& data_of(Value v) { return as_ba(v)->data; }

Ref new_bytearray(std::string_view data) {
  auto* b = alloc_instance<BytearrayObject>(&bytearray_type);
  Ref r = Ref::steal(b);
  b->data = std::string(data);
  return r;
}

// Every change of size goes through here first.
static void check_resizable(Value self) {
  if (as_ba(self)->exports > 0)
    raise(&exc::BufferError, "Existing exports of data: object cannot be re-sized");
}

// An iterable of ints in range(256), as bytes.
static std::string bytes_of_ints(Value iterable) {
  std::string out;
  for_each_item(iterable, [&](Value item) { out += static_cast<char>(byte_value(item)); });
  return out;
}

// ---------------------------------------------------------------- construction

static Ref bytearray_new(Type* type, CallArgs) { return Ref::steal(alloc_instance<BytearrayObject>(type)); }

// bytearray(source=b'', encoding=..., errors=...)
static void bytearray_init(Value self, CallArgs args) {
  Value a[3];
  bind_args("bytearray", args, {"source", "encoding", "errors"}, 0, a);
  for (int i = 1; i < 3; i++)
    if (!a[i].is_null() && !is_str(a[i]))
      raise_type_error(std::string("bytearray() argument '") + (i == 1 ? "encoding" : "errors") +
                       "' must be str, not " + type_name(a[i]));
  Value src = a[0];
  std::string data;
  if (src.is_null()) {
    if (!a[1].is_null()) raise_type_error("encoding without a string argument");
    if (!a[2].is_null()) raise_type_error("errors without a string argument");
  } else if (is_str(src)) {
    if (a[1].is_null()) raise_type_error("string argument without an encoding");
    data = encode_str(str_view(src), str_view(a[1]), a[2].is_null() ? "strict" : str_view(a[2]));
  } else if (!a[1].is_null() || !a[2].is_null()) {
    raise_type_error(!a[1].is_null() ? "encoding without a string argument"
                                     : "errors without a string argument");
  } else if (is_bytes_like(src)) {
    data = std::string(bytes_data(src));
  } else if (has_index(src)) {
    int64_t n = index_int64(src);
    if (n < 0) raise_value_error("negative count");
    if (n > (int64_t(1) << 40)) raise_memory_error();
    data.assign(static_cast<size_t>(n), '\0');
  } else if (type_of(src)->iter || type_of(src)->getitem) {
    data = bytes_of_ints(src);
  } else {
    raise_type_error("cannot convert '" + type_name(src) + "' object to bytearray");
  }
  check_resizable(self);
  data_of(self) = std::move(data);
}

// ---------------------------------------------------------------- slots

static Ref bytearray_repr(Value self) {
  const std::string& name = type_of(self)->name;
  return new_str(name + "(" + bytes_repr(data_of(self), true) + ")");
}

// Compares with any bytes-like object.
static Ref bytearray_compare(Value a, Value b, CompareOp op) {
  if (!is_bytes_like(a) || !is_bytes_like(b)) return Ref(not_implemented());
  return bool_ref(compare_int64(bytes_data(a).compare(bytes_data(b)), 0, op));
}

static int64_t bytearray_len(Value self) { return static_cast<int64_t>(data_of(self).size()); }

static bool bytearray_contains(Value self, Value item) {
  const std::string& s = data_of(self);
  if (is_bytes_like(item)) return s.find(bytes_data(item)) != std::string::npos;
  if (!has_index(item)) raise_type_error("a bytes-like object is required, not '" + type_name(item) + "'");
  return s.find(static_cast<char>(byte_value(item))) != std::string::npos;
}

static Ref bytearray_getitem(Value self, Value key) {
  const std::string& s = data_of(self);
  auto n = static_cast<int64_t>(s.size());
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step;
    int64_t count = slice_indices(key.as<SliceObject>(), n, start, stop, step);
    std::string out;
    out.reserve(count);
    for (int64_t i = 0, j = start; i < count; i++, j += step) out += s[j];
    return new_bytearray(out);
  }
  if (!has_index(key))
    raise_type_error("bytearray indices must be integers or slices, not " + type_name(key));
  int64_t i = normalize_index(key, n);
  if (i < 0) raise_index_error("bytearray index out of range");
  return Ref(Value::small_int(static_cast<unsigned char>(s[i])));
}

// The data a slice assignment inserts: binary data or an iterable of ints.
static std::string assigned_bytes(Value value) {
  if (is_bytes_like(value)) return std::string(bytes_data(value));
  Type* t = type_of(value);
  if (is_str(value) || has_index(value) || (!t->iter && !t->getitem))
    raise_type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  return bytes_of_ints(value);
}

static void set_slice(Value self, SliceObject* slice, Value value) {
  std::string& s = data_of(self);
  int64_t start, stop, step;
  int64_t n = slice_indices(slice, static_cast<int64_t>(s.size()), start, stop, step);
  if (value.is_null()) {  // del b[slice]
    if (n == 0) return;
    check_resizable(self);
    if (step < 0) {  // the same bytes, visited upwards
      start += step * (n - 1);
      step = -step;
    }
    std::string kept;
    for (int64_t i = 0; i < static_cast<int64_t>(s.size()); i++)
      if (!(i >= start && (i - start) % step == 0 && (i - start) / step < n)) kept += s[i];
    s = std::move(kept);
    return;
  }
  std::string repl = assigned_bytes(value);
  n = slice_indices(slice, static_cast<int64_t>(s.size()), start, stop, step);  // converting may run code
  if (step == 1) {
    stop = std::max(stop, start);
    if (static_cast<int64_t>(repl.size()) != stop - start) check_resizable(self);
    s.replace(static_cast<size_t>(start), static_cast<size_t>(stop - start), repl);
    return;
  }
  if (static_cast<int64_t>(repl.size()) != n)
    raise_value_error("attempt to assign bytes of size " + std::to_string(repl.size()) +
                      " to extended slice of size " + std::to_string(n));
  for (int64_t i = 0, j = start; i < n; i++, j += step) s[j] = repl[i];
}

static void bytearray_setitem(Value self, Value key, Value value) {
  if (type_of(key) == &slice_type) return set_slice(self, key.as<SliceObject>(), value);
  if (!has_index(key))
    raise_type_error("bytearray indices must be integers or slices, not " + type_name(key));
  std::string& s = data_of(self);
  int64_t i = normalize_index(key, static_cast<int64_t>(s.size()));
  if (value.is_null()) {
    if (i < 0) raise_index_error("bytearray index out of range");
    check_resizable(self);
    s.erase(static_cast<size_t>(i), 1);
    return;
  }
  unsigned char byte = byte_value(value);
  if (i < 0) raise_index_error("bytearray index out of range");
  s[i] = static_cast<char>(byte);
}

static Ref bytearray_add(Value a, Value b) {
  if (!is_bytearray(a)) return Ref(not_implemented());
  if (!is_bytes_like(b)) raise_type_error("can't concat " + type_name(b) + " to bytearray");
  std::string out = data_of(a);
  out += bytes_data(b);
  return new_bytearray(out);
}

static Ref bytearray_iadd(Value a, Value b) {
  if (!is_bytes_like(b)) raise_type_error("can't concat " + type_name(b) + " to bytearray");
  std::string tail(bytes_data(b));  // b may be a itself
  if (!tail.empty()) check_resizable(a);
  data_of(a) += tail;
  return Ref(a);
}

static std::string repeated(const std::string& s, int64_t count) {
  if (count <= 0 || s.empty()) return std::string();
  if (static_cast<uint64_t>(count) > (uint64_t(1) << 40) / s.size()) raise_memory_error();
  std::string out;
  out.reserve(s.size() * count);
  for (int64_t i = 0; i < count; i++) out += s;
  return out;
}

static Ref bytearray_mul(Value a, Value b) {
  Value seq;
  int64_t count = 0;
  Ref not_impl;
  if (!sequence_repeat_operands(a, b, is_bytearray, seq, count, not_impl)) return not_impl;
  return new_bytearray(repeated(data_of(seq), count));
}

static Ref bytearray_imul(Value a, Value b) {
  if (!has_index(b)) return Ref(not_implemented());  // `*` then reports the type error
  std::string out = repeated(data_of(a), index_int64(b));
  if (out.size() != data_of(a).size()) check_resizable(a);
  data_of(a) = std::move(out);
  return Ref(a);
}

static Ref bytearray_mod(Value a, Value b) {
  if (!is_bytearray(a)) return Ref(not_implemented());
  return bytes_percent_format(a, b);
}

// ---------------------------------------------------------------- iterator

struct BytearrayIterObject : Object {
  Ref seq;  // null once exhausted
  int64_t index = 0;
};

static Ref bytearray_iter(Value self) {
  auto* it = new_object<BytearrayIterObject>(&bytearray_iterator_type);
  it->seq = Ref(self);
  return Ref::steal(it);
}

// Reads the live data, so changes made while iterating show, as in CPython.
static Ref bytearray_iter_next(Value self) {
  auto* it = self.as<BytearrayIterObject>();
  if (it->seq.is_null()) return Ref();
  const std::string& s = data_of(it->seq);
  if (it->index < static_cast<int64_t>(s.size()))
    return Ref(Value::small_int(static_cast<unsigned char>(s[it->index++])));
  it->seq.reset();
  return Ref();
}

static Ref bytearray_iter_length_hint(Value self, CallArgs args) {
  check_exact_args("__length_hint__", args, 0);
  auto* it = self.as<BytearrayIterObject>();
  if (it->seq.is_null()) return Ref(Value::small_int(0));
  return Ref(
      Value::small_int(std::max<int64_t>(0, static_cast<int64_t>(data_of(it->seq).size()) - it->index)));
}

// ---------------------------------------------------------------- methods

static Ref none() { return Ref(Value::none()); }

static Ref m_append(Value self, CallArgs args) {
  check_exact_args("bytearray.append", args, 1);
  unsigned char byte = byte_value(args.args[0]);
  check_resizable(self);
  data_of(self) += static_cast<char>(byte);
  return none();
}

static Ref m_extend(Value self, CallArgs args) {
  check_exact_args("bytearray.extend", args, 1);
  Value v = args.args[0];
  std::string tail;
  if (is_bytes_like(v)) {
    tail = std::string(bytes_data(v));
  } else {
    if (!type_of(v)->iter && !type_of(v)->getitem)
      raise_type_error("can't extend bytearray with " + type_name(v));
    tail = bytes_of_ints(v);
  }
  if (!tail.empty()) check_resizable(self);
  data_of(self) += tail;
  return none();
}

static Ref m_insert(Value self, CallArgs args) {
  check_arg_range("insert", args, 2, 2);
  int64_t i = index_int64(args.args[0]);
  unsigned char byte = byte_value(args.args[1]);
  check_resizable(self);
  std::string& s = data_of(self);
  auto n = static_cast<int64_t>(s.size());
  if (i < 0) i = std::max<int64_t>(i + n, 0);
  if (i > n) i = n;
  s.insert(s.begin() + i, static_cast<char>(byte));
  return none();
}

static Ref m_pop(Value self, CallArgs args) {
  check_arg_range("pop", args, 0, 1);
  std::string& s = data_of(self);
  if (s.empty()) raise_index_error("pop from empty bytearray");
  auto n = static_cast<int64_t>(s.size());
  int64_t i = args.nargs ? index_int64(args.args[0]) : -1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise_index_error("pop index out of range");
  check_resizable(self);
  auto byte = static_cast<unsigned char>(s[i]);
  s.erase(static_cast<size_t>(i), 1);
  return Ref(Value::small_int(byte));
}

static Ref m_remove(Value self, CallArgs args) {
  check_exact_args("bytearray.remove", args, 1);
  char byte = static_cast<char>(byte_value(args.args[0]));
  std::string& s = data_of(self);
  size_t p = s.find(byte);
  if (p == std::string::npos) raise_value_error("value not found in bytearray");
  check_resizable(self);
  s.erase(p, 1);
  return none();
}

static Ref m_clear(Value self, CallArgs args) {
  check_exact_args("bytearray.clear", args, 0);
  if (!data_of(self).empty()) check_resizable(self);
  data_of(self).clear();
  return none();
}

static Ref m_reverse(Value self, CallArgs args) {
  check_exact_args("bytearray.reverse", args, 0);
  std::reverse(data_of(self).begin(), data_of(self).end());
  return none();
}

static Ref m_copy(Value self, CallArgs args) {
  check_exact_args("bytearray.copy", args, 0);
  return new_bytearray(data_of(self));
}

// __alloc__(): the bytes allocated, including the trailing NUL.
static Ref m_alloc(Value self, CallArgs args) {
  check_exact_args("bytearray.__alloc__", args, 0);
  return Ref(Value::small_int(static_cast<int64_t>(data_of(self).capacity()) + 1));
}

static Ref m_sizeof(Value self, CallArgs args) {
  check_exact_args("bytearray.__sizeof__", args, 0);
  return Ref(Value::small_int(static_cast<int64_t>(sizeof(BytearrayObject) + data_of(self).capacity())));
}

// (type(self), (data as latin-1 str, 'latin-1'), __dict__ or None), as CPython pickles it.
static Ref m_reduce(Value self, CallArgs) {
  Ref text = decode_bytes(data_of(self), "latin-1", "strict");
  Ref args = data_of(self).empty() ? make_tuple({}) : make_tuple({text, new_str("latin-1")});
  Ref state = type_of(self)->instance_dict ? try_get_attr(self, GILT_NAME("__dict__")) : Ref();
  if (state.is_null() || !truthy(state)) state = Ref(Value::none());
  return make_tuple({Value::object(type_of(self)), args, state});
}

void init_bytearray_type() {
  bytearray_type.new_instance = bytearray_new;
  bytearray_type.init = bytearray_init;
  bytearray_type.getattr = generic_getattr;
  bytearray_type.repr = bytearray_repr;
  bytearray_type.compare = bytearray_compare;
  bytearray_type.len = bytearray_len;
  bytearray_type.contains = bytearray_contains;
  bytearray_type.getitem = bytearray_getitem;
  bytearray_type.setitem = bytearray_setitem;
  bytearray_type.iter = bytearray_iter;
  bytearray_type.binary[int(BinaryOp::Add)] = bytearray_add;
  bytearray_type.binary[int(BinaryOp::Mul)] = bytearray_mul;
  bytearray_type.binary[int(BinaryOp::Mod)] = bytearray_mod;
  bytearray_type.inplace[int(BinaryOp::Add)] = bytearray_iadd;
  bytearray_type.inplace[int(BinaryOp::Mul)] = bytearray_imul;
  init_static_type(bytearray_type, "bytearray", sizeof(BytearrayObject), dealloc_object<BytearrayObject>);
  add_bytes_search_methods(bytearray_type);
  add_bytes_text_methods(bytearray_type);
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static const Entry methods[] = {
      {"append", m_append},   {"extend", m_extend},     {"insert", m_insert},     {"pop", m_pop},
      {"remove", m_remove},   {"clear", m_clear},       {"reverse", m_reverse},   {"copy", m_copy},
      {"__alloc__", m_alloc}, {"__sizeof__", m_sizeof}, {"__reduce__", m_reduce}, {"__reduce_ex__", m_reduce},
  };
  for (const Entry& m : methods) add_method(bytearray_type, m.name, m.fn);

  init_static_type(bytearray_iterator_type, "bytearray_iterator", sizeof(BytearrayIterObject),
                   dealloc_object<BytearrayIterObject>);
  bytearray_iterator_type.flags &= ~kTypeBaseType;
  bytearray_iterator_type.getattr = generic_getattr;
  bytearray_iterator_type.iter = iter_self;
  bytearray_iterator_type.next = bytearray_iter_next;
  add_method(bytearray_iterator_type, "__length_hint__", bytearray_iter_length_hint);
}

}  // namespace gilt
