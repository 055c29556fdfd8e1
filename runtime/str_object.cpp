// str: the type, its core slots and interning. Methods live in str_methods.cpp.
#include "runtime/str_object.h"

#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>

#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/tuple_object.h"
#include "runtime/unicode.h"
#include "runtime/utf8.h"

namespace gilt {

Type str_type;

size_t utf8::valid_prefix(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      i++;
      continue;
    }
    int extra;
    uint32_t cp, min;
    if ((c & 0xE0) == 0xC0) extra = 1, cp = c & 0x1F, min = 0x80;
    else if ((c & 0xF0) == 0xE0) extra = 2, cp = c & 0x0F, min = 0x800;
    else if ((c & 0xF8) == 0xF0) extra = 3, cp = c & 0x07, min = 0x10000;
    else return i;
    if (i + extra >= s.size()) return i;  // truncated sequence
    for (int k = 1; k <= extra; k++) {
      auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += extra + 1;
  }
  return i;
}

static StrObject* alloc_str(size_t size) {
  void* mem = allocate_object_memory(sizeof(StrObject) + size + 1);
  auto* s = new (mem) StrObject();
  s->type = &str_type;
  s->size = static_cast<int64_t>(size);
  s->data()[size] = '\0';
  return s;
}

static void dealloc_str(Object* o) {
  auto* s = static_cast<StrObject*>(o);
  size_t size = sizeof(StrObject) + s->size + 1;
  Type* type = o->type;
  s->~StrObject();
  free_object(o, type, size);
}

static Ref empty_str;
static Ref latin1_chars[256];

Ref new_str(std::string_view utf8) {
  if (utf8.empty() && !empty_str.is_null()) return empty_str;
  StrObject* s = alloc_str(utf8.size());
  std::memcpy(s->data(), utf8.data(), utf8.size());
  s->ascii = utf8::is_ascii(utf8);
  s->length = s->ascii ? s->size : utf8::length(utf8);
  return Ref::steal(s);
}

Ref str_from_code_point(uint32_t cp) {
  if (cp < 256 && !latin1_chars[cp].is_null()) return latin1_chars[cp];
  std::string out;
  utf8::append(out, cp);
  return new_str(out);
}

namespace {
struct InternTable {
  std::mutex mutex;
  std::unordered_map<std::string_view, StrObject*> map;
};
InternTable& intern_table() {
  static auto* table = new InternTable();  // never destroyed: interned strings are immortal
  return *table;
}
}  // namespace

StrObject* intern(std::string_view name) {
  InternTable& table = intern_table();
  std::lock_guard lock(table.mutex);
  auto it = table.map.find(name);
  if (it != table.map.end()) return it->second;
  Ref s = new_str(name);
  auto* so = s.as<StrObject>();
  if (so->interned || so->size == 0) {
    // The empty string is shared; make a dedicated immortal copy.
    so = alloc_str(name.size());
    std::memcpy(so->data(), name.data(), name.size());
    so->ascii = utf8::is_ascii(name);
    so->length = so->ascii ? so->size : utf8::length(name);
  } else {
    s.release();
  }
  so->refcount = kImmortal;
  so->interned = true;
  table.map.emplace(so->view(), so);
  return so;
}

int64_t str_hash_compute(StrObject* s) {
  // FNV-1a, 64 bit. CPython randomizes str hashes per process, so no
  // program can depend on their values.
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s->view()) h = (h ^ c) * 1099511628211ull;
  auto r = static_cast<int64_t>(h >> 1);
  if (r == -1) r = -2;
  s->hash = r;
  return r;
}

bool str_equals(const StrObject* a, const StrObject* b) {
  if (a == b) return true;
  if (a->size != b->size) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data(), b->data(), a->size) == 0;
}

Ref str_concat(Value a, Value b) {
  auto* x = a.as<StrObject>();
  auto* y = b.as<StrObject>();
  if (y->size == 0 && type_of(a) == &str_type) return Ref(a);
  if (x->size == 0 && type_of(b) == &str_type) return Ref(b);
  StrObject* s = alloc_str(x->size + y->size);
  std::memcpy(s->data(), x->data(), x->size);
  std::memcpy(s->data() + x->size, y->data(), y->size);
  s->ascii = x->ascii && y->ascii;
  s->length = x->length + y->length;
  return Ref::steal(s);
}

std::string str_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  static const char hex[] = "0123456789abcdef";
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = utf8::decode(s, i);
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (unicode::is_printable(cp)) {
      utf8::append(out, cp);
    } else if (cp < 0x100) {
      out += "\\x";
      out += hex[cp >> 4];
      out += hex[cp & 15];
    } else if (cp < 0x10000) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += hex[(cp >> shift) & 15];
    } else {
      out += "\\U";
      for (int shift = 28; shift >= 0; shift -= 4) out += hex[(cp >> shift) & 15];
    }
  }
  out += quote;
  return out;
}

// ------------------------------------------------------------------ slots

static Ref str_repr_slot(Value self) { return new_str(str_repr(str_view(self))); }
static Ref str_str_slot(Value self) {
  if (type_of(self) == &str_type) return Ref(self);
  return new_str(str_view(self));
}
static int64_t str_hash_slot(Value self) { return str_hash(self.as<StrObject>()); }
static int64_t str_len(Value self) { return self.as<StrObject>()->length; }

static Ref str_compare(Value a, Value b, CompareOp op) {
  if (!is_str(b)) return Ref(not_implemented());
  auto* x = a.as<StrObject>();
  auto* y = b.as<StrObject>();
  if (op == CompareOp::Eq) return Ref(Value::boolean(str_equals(x, y)));
  if (op == CompareOp::Ne) return Ref(Value::boolean(!str_equals(x, y)));
  // UTF-8 byte order is code point order.
  int c = x->view().compare(y->view());
  switch (op) {
    case CompareOp::Lt: return Ref(Value::boolean(c < 0));
    case CompareOp::Le: return Ref(Value::boolean(c <= 0));
    case CompareOp::Gt: return Ref(Value::boolean(c > 0));
    default: return Ref(Value::boolean(c >= 0));
  }
}

static Ref str_add(Value a, Value b) {
  if (!is_str(a) || !is_str(b)) return Ref(not_implemented());
  return str_concat(a, b);
}

static Ref str_repeat(Value s, int64_t n) {
  auto* x = s.as<StrObject>();
  if (n <= 0 || x->size == 0) return new_str("");
  if (n == 1 && type_of(s) == &str_type) return Ref(s);
  if (x->size > (int64_t(1) << 40) / n) raise_memory_error();
  StrObject* r = alloc_str(x->size * n);
  for (int64_t i = 0; i < n; i++) std::memcpy(r->data() + i * x->size, x->data(), x->size);
  r->ascii = x->ascii;
  r->length = x->length * n;
  return Ref::steal(r);
}

static Ref str_mul(Value a, Value b) {
  Value s = is_str(a) ? a : b;
  Value n = is_str(a) ? b : a;
  if (!is_str(s)) return Ref(not_implemented());
  if (!is_int(n)) {
    Type* nt = type_of(n);
    if (nt->flags & kTypeHeap) {
      Ref idx = call_method_if_present(n, GILT_NAME("__index__"), {});
      if (!idx.is_null()) return str_repeat(s, index_int64(idx));
    }
    if (is_str(a) && !is_str(b))
      raise_type_error("can't multiply sequence by non-int of type '" + type_name(n) + "'");
    return Ref(not_implemented());
  }
  int64_t count;
  if (!int_to_int64(n, count)) raise_overflow_error("cannot fit 'int' into an index-sized integer");
  return str_repeat(s, count);
}

static bool str_contains(Value self, Value item) {
  if (!is_str(item))
    raise_type_error("'in <string>' requires string as left operand, not " + type_name(item));
  return str_view(self).find(str_view(item)) != std::string_view::npos;
}

// Code point i of s (0 <= i < length) as a new one-character str.
static Ref str_char_at(StrObject* s, int64_t i) {
  if (s->ascii) return latin1_chars[static_cast<unsigned char>(s->data()[i])];
  size_t off = utf8::offset_of(s->view(), i);
  size_t pos = off;
  uint32_t cp = utf8::decode(s->view(), pos);
  return str_from_code_point(cp);
}

Ref str_slice(Value self, int64_t start, int64_t step, int64_t count) {
  auto* s = self.as<StrObject>();
  if (step == 1) {
    if (count == s->length && type_of(self) == &str_type) return Ref(self);
    if (s->ascii) return new_str(s->view().substr(start, count));
    size_t b = utf8::offset_of(s->view(), start);
    size_t e = b + utf8::offset_of(s->view().substr(b), count);
    return new_str(s->view().substr(b, e - b));
  }
  std::string out;
  if (s->ascii) {
    for (int64_t i = 0, j = start; i < count; i++, j += step) out += s->data()[j];
  } else {
    // Decode once into code points for arbitrary steps.
    std::u32string cps;
    for (size_t i = 0; i < static_cast<size_t>(s->size);) cps += utf8::decode(s->view(), i);
    for (int64_t i = 0, j = start; i < count; i++, j += step) utf8::append(out, cps[j]);
  }
  return new_str(out);
}

static Ref str_getitem(Value self, Value key) {
  auto* s = self.as<StrObject>();
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<SliceObject>(), s->length, start, stop, step);
    (void)stop;
    return str_slice(self, start, step, n);
  }
  Ref idx;
  if (!is_int(key)) {
    idx = call_method_if_present(key, GILT_NAME("__index__"), {});
    if (idx.is_null()) raise_type_error("string indices must be integers, not '" + type_name(key) + "'");
    key = idx;
  }
  int64_t i;
  if (!int_to_int64(key, i)) raise_index_error("cannot fit 'int' into an index-sized integer");
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) raise_index_error("string index out of range");
  return str_char_at(s, i);
}

// The iterator over a str's characters.
struct StrIterObject : Object {
  Ref str;
  size_t offset = 0;
};
// CPython names the iterator of an ASCII string differently.
static Type str_ascii_iterator_type, str_iterator_type;

static Ref str_iter(Value self) {
  auto* it =
      new_object<StrIterObject>(self.as<StrObject>()->ascii ? &str_ascii_iterator_type : &str_iterator_type);
  it->str = Ref(self);
  return Ref::steal(it);
}

static Ref str_iter_next(Value self) {
  auto* it = self.as<StrIterObject>();
  if (it->str.is_null()) return Ref();
  auto* s = it->str.as<StrObject>();
  if (it->offset >= static_cast<size_t>(s->size)) {
    it->str.reset();
    return Ref();
  }
  if (s->ascii) return latin1_chars[static_cast<unsigned char>(s->data()[it->offset++])];
  uint32_t cp = utf8::decode(s->view(), it->offset);
  return str_from_code_point(cp);
}

static Ref self_iter(Value self) { return Ref(self); }

// The str may be an instance of a subclass, whose __dict__ can refer back.
static void str_iter_traverse(Object* o, const Visitor& visit) { visit(static_cast<StrIterObject*>(o)->str); }
static void str_iter_clear(Object* o) { static_cast<StrIterObject*>(o)->str.reset(); }

Ref str_new(Type* type, CallArgs args);  // str_methods.cpp: str(object='', encoding, errors)

void init_str_type() {
  str_type.repr = str_repr_slot;
  str_type.str = str_str_slot;
  str_type.hash = str_hash_slot;
  str_type.compare = str_compare;
  str_type.len = str_len;
  str_type.contains = str_contains;
  str_type.getitem = str_getitem;
  str_type.iter = str_iter;
  str_type.binary[static_cast<int>(BinaryOp::Add)] = str_add;
  str_type.binary[static_cast<int>(BinaryOp::Mul)] = str_mul;
  str_type.new_instance = str_new;
  init_static_type(str_type, "str", sizeof(StrObject), dealloc_str);
  str_type.flags |= kTypeStrSubclass;

  for (Type* t : {&str_ascii_iterator_type, &str_iterator_type}) {
    t->iter = self_iter;
    t->next = str_iter_next;
    set_gc_slots(*t, str_iter_traverse, str_iter_clear);
    init_static_type(*t, t == &str_iterator_type ? "str_iterator" : "str_ascii_iterator",
                     sizeof(StrIterObject), dealloc_object<StrIterObject>);
    t->flags &= ~kTypeBaseType;
  }

  empty_str = Ref::steal(alloc_str(0));
  empty_str.object()->refcount = kImmortal;
  for (uint32_t c = 0; c < 256; c++) {
    std::string s;
    utf8::append(s, c);
    StrObject* o = alloc_str(s.size());
    std::memcpy(o->data(), s.data(), s.size());
    o->ascii = c < 0x80;
    o->length = 1;
    o->refcount = kImmortal;
    latin1_chars[c] = Ref::steal(o);
  }
}

}  // namespace gilt
