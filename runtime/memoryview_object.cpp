// memoryview (see memoryview_object.h). CPython's memoryview speaks every
// struct format and any number of dimensions; gilt's covers the common
// case — byte views of bytes and bytearray, sliced with any step — and
// says so when asked for more (cast to another format).
#include "runtime/memoryview_object.h"

#include <cstdio>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/bytearray_object.h"
#include "runtime/bytes_object.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/getset_descriptor.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

Type memoryview_type;

Ref bytes_hex_method(Value self, CallArgs args);  // bytes_text_methods.cpp

static MemoryViewObject* as_view(Value v) { return v.as<MemoryViewObject>(); }

static MemoryViewObject* live(Value v) {
  MemoryViewObject* m = as_view(v);
  if (m->base.is_null()) raise_value_error("operation forbidden on released memoryview object");
  return m;
}

// The whole buffer of the viewed object.
static std::string_view base_data(MemoryViewObject* m) {
  return is_bytearray(m->base) ? bytearray_view(m->base) : m->base.as<BytesObject>()->view();
}

std::string_view memoryview_data(Value v) {
  MemoryViewObject* m = live(v);
  std::string_view all = base_data(m);
  if (m->step == 1) return all.substr(m->start, m->length);
  m->gathered.clear();
  for (int64_t i = 0, j = m->start; i < m->length; i++, j += m->step) m->gathered += all[j];
  return m->gathered;
}

static Ref new_view(Value base, int64_t start, int64_t step, int64_t length, bool readonly) {
  auto* m = new_object<MemoryViewObject>(&memoryview_type);
  Ref r = Ref::steal(m);
  m->base = Ref(base);
  m->start = start;
  m->step = step;
  m->length = length;
  m->readonly = readonly;
  if (is_bytearray(base)) base.as<BytearrayObject>()->exports++;
  return r;
}

static void release_view(MemoryViewObject* m) {
  if (m->base.is_null()) return;
  if (is_bytearray(m->base)) m->base.as<BytearrayObject>()->exports--;
  m->base.reset();
}

static void dealloc_view(Object* o) {
  release_view(static_cast<MemoryViewObject*>(o));
  dealloc_object<MemoryViewObject>(o);
}

static Ref memoryview_new(Type*, CallArgs args) {
  Value a[1];
  bind_args("memoryview", args, {"object"}, 1, a);
  Value obj = a[0];
  if (is_memoryview(obj)) {
    MemoryViewObject* m = live(obj);
    return new_view(m->base, m->start, m->step, m->length, m->readonly);
  }
  if (is_bytes(obj)) return new_view(obj, 0, 1, obj.as<BytesObject>()->size, true);
  if (is_bytearray(obj)) return new_view(obj, 0, 1, static_cast<int64_t>(bytearray_view(obj).size()), false);
  raise_type_error("memoryview: a bytes-like object is required, not '" + type_name(obj) + "'");
}

// ---------------------------------------------------------------- slots

static Ref memoryview_repr(Value self) {
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(self.object()));
  return new_str(std::string(as_view(self)->base.is_null() ? "<released memory at " : "<memory at ") + addr +
                 ">");
}

static int64_t memoryview_len(Value self) { return live(self)->length; }

static Ref memoryview_getitem(Value self, Value key) {
  MemoryViewObject* m = live(self);
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<SliceObject>(), m->length, start, stop, step);
    return new_view(m->base, m->start + start * m->step, m->step * step, n, m->readonly);
  }
  if (!has_index(key)) raise_type_error("memoryview: invalid slice key");
  int64_t i = index_int64(key);
  if (i < 0) i += m->length;
  if (i < 0 || i >= m->length) raise_index_error("index out of bounds on dimension 1");
  return Ref(Value::small_int(static_cast<unsigned char>(base_data(m)[m->start + i * m->step])));
}

static void memoryview_setitem(Value self, Value key, Value value) {
  MemoryViewObject* m = live(self);
  if (m->readonly) raise_type_error("cannot modify read-only memory");
  if (value.is_null()) raise_type_error("cannot delete memory");
  std::string& data = m->base.as<BytearrayObject>()->data;
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<SliceObject>(), m->length, start, stop, step);
    std::string src(need_bytes_like(value));
    if (static_cast<int64_t>(src.size()) != n)
      raise_value_error("memoryview assignment: lvalue and rvalue have different structures");
    for (int64_t i = 0; i < n; i++) data[m->start + (start + i * step) * m->step] = src[i];
    return;
  }
  if (!has_index(key)) raise_type_error("memoryview: invalid slice key");
  int64_t i = index_int64(key);
  if (i < 0) i += m->length;
  if (i < 0 || i >= m->length) raise_index_error("index out of bounds on dimension 1");
  if (!is_int(value)) raise_type_error("memoryview: invalid type for format 'B'");
  int64_t byte;
  if (!int_to_int64(value, byte) || byte < 0 || byte > 255)
    raise_value_error("memoryview: invalid value for format 'B'");
  data[m->start + i * m->step] = static_cast<char>(byte);
}

static Ref memoryview_compare(Value a, Value b, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return Ref(not_implemented());
  if (!is_bytes_like(b)) return Ref(not_implemented());
  // A released view equals only itself.
  if (as_view(a)->base.is_null() || (is_memoryview(b) && as_view(b)->base.is_null()))
    return bool_ref(a.is(b) == (op == CompareOp::Eq));
  std::string x(bytes_data(a));
  bool eq = x == bytes_data(b);
  return bool_ref(eq == (op == CompareOp::Eq));
}

static int64_t memoryview_hash(Value self) {
  MemoryViewObject* m = live(self);
  if (!m->readonly) raise_value_error("cannot hash writable memoryview object");
  return hash(new_bytes(bytes_data(self)));
}

static Ref memoryview_iter(Value self) {
  Ref items = new_list();
  for (char c : memoryview_data(self)) list_append(items, Value::small_int(static_cast<unsigned char>(c)));
  return get_iter(items);
}

// ---------------------------------------------------------------- methods

static Ref m_tobytes(Value self, CallArgs args) {
  Value a[1];
  bind_args("tobytes", args, {"order"}, 0, a);
  return new_bytes(memoryview_data(self));
}

static Ref m_tolist(Value self, CallArgs args) {
  check_exact_args("memoryview.tolist", args, 0);
  Ref items = new_list();
  for (char c : memoryview_data(self)) list_append(items, Value::small_int(static_cast<unsigned char>(c)));
  return items;
}

static Ref m_hex(Value self, CallArgs args) {
  live(self);
  return bytes_hex_method(self, args);
}

static Ref m_release(Value self, CallArgs args) {
  check_exact_args("memoryview.release", args, 0);
  release_view(as_view(self));
  return Ref(Value::none());
}

static Ref m_enter(Value self, CallArgs args) {
  check_exact_args("memoryview.__enter__", args, 0);
  live(self);
  return Ref(self);
}

static Ref m_exit(Value self, CallArgs) {
  release_view(as_view(self));
  return Ref(Value::none());
}

static Ref m_toreadonly(Value self, CallArgs args) {
  check_exact_args("memoryview.toreadonly", args, 0);
  MemoryViewObject* m = live(self);
  return new_view(m->base, m->start, m->step, m->length, true);
}

// cast(format): only to the byte formats; gilt has no other.
static Ref m_cast(Value self, CallArgs args) {
  Value a[2];
  bind_args("cast", args, {"format", "shape"}, 1, a);
  MemoryViewObject* m = live(self);
  if (!is_str(a[0])) raise_type_error("memoryview: format argument must be a string");
  std::string_view f = str_view(a[0]);
  if (f.size() == 2 && f[0] == '@') f.remove_prefix(1);
  if (f != "B" || !a[1].is_null())
    raise(&exc::NotImplementedError, "memoryview: gilt supports only the unsigned byte format 'B'");
  return new_view(m->base, m->start, m->step, m->length, m->readonly);
}

static Ref get_obj(Value self) { return live(self)->base; }
static Ref get_nbytes(Value self) { return Ref(Value::small_int(live(self)->length)); }
static Ref get_readonly(Value self) { return bool_ref(live(self)->readonly); }
static Ref get_itemsize(Value self) {
  live(self);
  return Ref(Value::small_int(1));
}
static Ref get_format(Value self) {
  live(self);
  return new_str("B");
}
static Ref get_ndim(Value self) {
  live(self);
  return Ref(Value::small_int(1));
}
static Ref get_shape(Value self) { return make_tuple({Value::small_int(live(self)->length)}); }
static Ref get_strides(Value self) { return make_tuple({Value::small_int(live(self)->step)}); }
static Ref get_suboffsets(Value self) {
  live(self);
  return make_tuple({});
}
static Ref get_contiguous(Value self) { return bool_ref(live(self)->step == 1 || live(self)->length <= 1); }

void init_memoryview_type() {
  memoryview_type.new_instance = memoryview_new;
  memoryview_type.getattr = generic_getattr;
  memoryview_type.repr = memoryview_repr;
  memoryview_type.len = memoryview_len;
  memoryview_type.getitem = memoryview_getitem;
  memoryview_type.setitem = memoryview_setitem;
  memoryview_type.compare = memoryview_compare;
  memoryview_type.hash = memoryview_hash;
  memoryview_type.iter = memoryview_iter;
  init_static_type(memoryview_type, "memoryview", sizeof(MemoryViewObject), dealloc_view);
  memoryview_type.flags &= ~kTypeBaseType;
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static const Entry methods[] = {
      {"tobytes", m_tobytes},       {"tolist", m_tolist},   {"hex", m_hex},
      {"release", m_release},       {"__enter__", m_enter}, {"__exit__", m_exit},
      {"toreadonly", m_toreadonly}, {"cast", m_cast},
  };
  for (const Entry& m : methods) add_method(memoryview_type, m.name, m.fn);
  add_getset(memoryview_type, "obj", get_obj);
  add_getset(memoryview_type, "nbytes", get_nbytes);
  add_getset(memoryview_type, "readonly", get_readonly);
  add_getset(memoryview_type, "itemsize", get_itemsize);
  add_getset(memoryview_type, "format", get_format);
  add_getset(memoryview_type, "ndim", get_ndim);
  add_getset(memoryview_type, "shape", get_shape);
  add_getset(memoryview_type, "strides", get_strides);
  add_getset(memoryview_type, "suboffsets", get_suboffsets);
  add_getset(memoryview_type, "c_contiguous", get_contiguous);
  add_getset(memoryview_type, "f_contiguous", get_contiguous);
  add_getset(memoryview_type, "contiguous", get_contiguous);
}

}  // namespace gilt
