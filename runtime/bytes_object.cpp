// bytes: an immutable byte string, stored inline after the header like str.
//
// Its text-like methods treat bytes as ASCII: only A-Z/a-z change case and
// only ASCII whitespace, letters and digits are classified, as in CPython.
#include "runtime/bytes_object.h"

#include <cstring>
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/codecs.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
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

// The same bytes, as an exact bytes object.
static Ref same_bytes(Value self) {
  if (type_of(self) == &bytes_type) return Ref(self);
  return new_bytes(bytes_view(self));
}

std::string bytes_repr(std::string_view data) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  static const char hex[] = "0123456789abcdef";
  std::string out = "b";
  out += quote;
  for (char ch : data) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
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

static Ref bytes_compare(Value a, Value b, CompareOp op) {
  if (!is_bytes(a) || !is_bytes(b)) return Ref(not_implemented());
  int c = bytes_view(a).compare(bytes_view(b));
  return bool_ref(compare_int64(c, 0, op));
}

static int64_t bytes_len(Value self) { return self.as<BytesObject>()->size; }

// A "bytes-like object" argument: bytes only, in gilt.
static std::string_view need_bytes(Value v) {
  if (!is_bytes(v)) raise_type_error("a bytes-like object is required, not '" + type_name(v) + "'");
  return bytes_view(v);
}

// A single byte given as an int (ValueError outside 0..255).
static unsigned char byte_value(Value v) {
  int64_t n = index_int64(v);
  if (n < 0 || n > 255) raise_value_error("byte must be in range(0, 256)");
  return static_cast<unsigned char>(n);
}

static bool bytes_contains(Value self, Value item) {
  if (is_bytes(item)) return bytes_view(self).find(bytes_view(item)) != std::string_view::npos;
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
  if (!is_bytes(b)) {
    if ((type_of(b)->flags & kTypeHeap) && type_of(b)->binary[int(BinaryOp::Add)]) return Ref(not_implemented());
    raise_type_error("can't concat " + type_name(b) + " to bytes");
  }
  std::string_view x = bytes_view(a), y = bytes_view(b);
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
    if (!out[1].is_null() || !out[2].is_null()) raise_type_error("encoding or errors without sequence argument");
    return bytes_of_type(type, "");
  }
  if (is_str(src)) {
    if (out[1].is_null()) raise_type_error("string argument without an encoding");
    std::string_view errors = out[2].is_null() ? "strict" : str_view(out[2]);
    return bytes_of_type(type, encode_str(str_view(src), str_view(out[1]), errors));
  }
  if (!out[1].is_null()) raise_type_error("encoding without a string argument");
  if (!out[2].is_null()) raise_type_error("errors without a string argument");
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
  std::string data;
  for_each_item(src, [&](Value item) {
    int64_t n = index_int64(item);
    if (n < 0 || n > 255) raise_value_error("bytes must be in range(0, 256)");
    data += static_cast<char>(n);
  });
  return bytes_of_type(type, data);
}

// ---------------------------------------------------------------- searching

static Value arg_or_null(CallArgs args, size_t i) { return i < args.nargs ? args.args[i] : Value(); }

static int64_t slice_index(Value v, int64_t dflt) {
  if (v.is_null() || v.is_none()) return dflt;
  if (!has_index(v)) raise_type_error("slice indices must be integers or None or have an __index__ method");
  Ref i = index_value(v);
  int64_t out;
  if (int_to_int64(i, out)) return out;
  return int_to_bigint(i).is_negative() ? INT64_MIN / 2 : INT64_MAX / 2;
}

// (sub[, start[, end]]) with start/end clamped like a slice's; `sub` is
// bytes or (when allow_int) a single byte as an int.
struct ByteSearch {
  std::string sub;
  int64_t start, end;
};

static ByteSearch byte_search_args(const char* name, Value self, CallArgs args, bool allow_int = true) {
  if (args.nkwargs()) raise_type_error(std::string("bytes.") + name + "() takes no keyword arguments");
  if (args.nargs < 1)
    raise_type_error(std::string(name) + "() takes at least 1 argument (" + std::to_string(args.nargs) + " given)");
  if (args.nargs > 3)
    raise_type_error(std::string(name) + "() takes at most 3 arguments (" + std::to_string(args.nargs) + " given)");
  ByteSearch a;
  Value sub = args.args[0];
  if (is_bytes(sub)) {
    a.sub = std::string(bytes_view(sub));
  } else if (allow_int && has_index(sub)) {
    a.sub = std::string(1, static_cast<char>(byte_value(sub)));
  } else {
    raise_type_error("argument should be integer or bytes-like object, not '" + type_name(sub) + "'");
  }
  int64_t len = bytes_len(self);
  a.start = slice_index(arg_or_null(args, 1), 0);
  a.end = slice_index(arg_or_null(args, 2), INT64_MAX / 2);
  if (a.end > len) a.end = len;
  else if (a.end < 0) a.end = std::max<int64_t>(a.end + len, 0);
  if (a.start < 0) a.start = std::max<int64_t>(a.start + len, 0);
  return a;
}

static int64_t byte_find(Value self, const ByteSearch& a, bool reverse) {
  if (a.end - a.start < static_cast<int64_t>(a.sub.size())) return -1;
  std::string_view hay = bytes_view(self).substr(a.start, a.end - a.start);
  size_t p = reverse ? hay.rfind(a.sub) : hay.find(a.sub);
  return p == std::string_view::npos ? -1 : a.start + static_cast<int64_t>(p);
}

static Ref find_common(const char* name, Value self, CallArgs args, bool reverse, bool must_find) {
  int64_t i = byte_find(self, byte_search_args(name, self, args), reverse);
  if (i < 0 && must_find) raise_value_error("subsection not found");
  return Ref(Value::small_int(i));
}

static Ref bytes_find(Value self, CallArgs args) { return find_common("find", self, args, false, false); }
static Ref bytes_rfind(Value self, CallArgs args) { return find_common("rfind", self, args, true, false); }
static Ref bytes_index(Value self, CallArgs args) { return find_common("index", self, args, false, true); }
static Ref bytes_rindex(Value self, CallArgs args) { return find_common("rindex", self, args, true, true); }

static Ref bytes_count(Value self, CallArgs args) {
  ByteSearch a = byte_search_args("count", self, args);
  if (a.end - a.start < static_cast<int64_t>(a.sub.size())) return Ref(Value::small_int(0));
  if (a.sub.empty()) return Ref(Value::small_int(a.end - a.start + 1));
  std::string_view hay = bytes_view(self).substr(a.start, a.end - a.start);
  int64_t n = 0;
  for (size_t p = hay.find(a.sub); p != std::string_view::npos; p = hay.find(a.sub, p + a.sub.size())) n++;
  return Ref(Value::small_int(n));
}

static Ref affix_common(const char* name, Value self, CallArgs args, bool at_end) {
  // Validate the count and start/end with a placeholder, then test each prefix.
  Value first = args.nargs ? args.args[0] : Value();
  std::vector<Value> candidates;
  if (!first.is_null() && is_tuple(first)) {
    auto* t = first.as<TupleObject>();
    for (int64_t i = 0; i < t->size; i++) {
      if (!is_bytes(t->items()[i]))
        raise_type_error("a bytes-like object is required, not '" + type_name(t->items()[i]) + "'");
      candidates.push_back(t->items()[i]);
    }
  } else if (!first.is_null()) {
    if (!is_bytes(first))
      raise_type_error(std::string(name) + " first arg must be bytes or a tuple of bytes, not " + type_name(first));
    candidates.push_back(first);
  }
  std::vector<Value> copy(args.args, args.args + args.nargs + args.nkwargs());
  if (!copy.empty()) copy[0] = Value::small_int(0);
  ByteSearch a = byte_search_args(name, self, CallArgs{copy.data(), args.nargs, args.kwnames});
  std::string_view s = bytes_view(self);
  for (Value c : candidates) {
    std::string_view p = bytes_view(c);
    if (a.start > static_cast<int64_t>(s.size()) || a.end - a.start < static_cast<int64_t>(p.size())) continue;
    std::string_view hay = s.substr(a.start, a.end - a.start);
    if (at_end ? hay.substr(hay.size() - p.size()) == p : hay.substr(0, p.size()) == p) return bool_ref(true);
  }
  return bool_ref(false);
}

static Ref bytes_startswith(Value self, CallArgs args) { return affix_common("startswith", self, args, false); }
static Ref bytes_endswith(Value self, CallArgs args) { return affix_common("endswith", self, args, true); }

// ---------------------------------------------------------------- split, join, strip, replace

static bool ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static Ref bytes_split_common(const char* name, Value self, CallArgs args, bool reverse) {
  Value out[2];
  bind_args(name, args, {"sep", "maxsplit"}, 0, out);
  int64_t maxsplit = out[1].is_null() ? -1 : index_int64(out[1]);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::string_view s = bytes_view(self);
  std::vector<std::string_view> parts;
  if (out[0].is_null() || out[0].is_none()) {
    if (!reverse) {
      size_t i = 0;
      for (int64_t count = 0;; count++) {
        while (i < s.size() && ascii_space(s[i])) i++;
        if (i == s.size()) break;
        if (count == maxsplit) {
          parts.push_back(s.substr(i));
          break;
        }
        size_t j = i;
        while (j < s.size() && !ascii_space(s[j])) j++;
        parts.push_back(s.substr(i, j - i));
        i = j;
      }
    } else {
      size_t i = s.size();
      for (int64_t count = 0;; count++) {
        while (i > 0 && ascii_space(s[i - 1])) i--;
        if (i == 0) break;
        if (count == maxsplit) {
          parts.push_back(s.substr(0, i));
          break;
        }
        size_t j = i;
        while (j > 0 && !ascii_space(s[j - 1])) j--;
        parts.push_back(s.substr(j, i - j));
        i = j;
      }
    }
  } else {
    std::string_view d = need_bytes(out[0]);
    if (d.empty()) raise_value_error("empty separator");
    if (!reverse) {
      size_t pos = 0;
      for (int64_t count = 0; count < maxsplit; count++) {
        size_t p = s.find(d, pos);
        if (p == std::string_view::npos) break;
        parts.push_back(s.substr(pos, p - pos));
        pos = p + d.size();
      }
      parts.push_back(s.substr(pos));
    } else {
      size_t end = s.size();
      for (int64_t count = 0; count < maxsplit && end >= d.size(); count++) {
        size_t p = s.rfind(d, end - d.size());
        if (p == std::string_view::npos) break;
        parts.push_back(s.substr(p + d.size(), end - p - d.size()));
        end = p;
      }
      parts.push_back(s.substr(0, end));
    }
  }
  Ref list = new_list(static_cast<int64_t>(parts.size()));
  if (reverse)
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) list_append(list, new_bytes(*it));
  else
    for (std::string_view p : parts) list_append(list, new_bytes(p));
  return list;
}

static Ref bytes_split(Value self, CallArgs args) { return bytes_split_common("split", self, args, false); }
static Ref bytes_rsplit(Value self, CallArgs args) { return bytes_split_common("rsplit", self, args, true); }

static Ref bytes_join(Value self, CallArgs args) {
  check_exact_args("bytes.join", args, 1);
  Ref items = list_from_iterable(args.args[0]);
  auto& v = as_list(items)->items;
  std::string_view sep = bytes_view(self);
  std::string out;
  for (size_t i = 0; i < v.size(); i++) {
    if (!is_bytes(v[i]))
      raise_type_error("sequence item " + std::to_string(i) + ": expected a bytes-like object, " + type_name(v[i]) +
                       " found");
    if (i) out += sep;
    out += bytes_view(v[i]);
  }
  return new_bytes(out);
}

static Ref strip_common(const char* name, Value self, CallArgs args, bool left, bool right) {
  check_arg_range(name, args, 0, 1);
  Value chars = arg_or_null(args, 0);
  bool whitespace = chars.is_null() || chars.is_none();
  std::string_view set = whitespace ? std::string_view() : need_bytes(chars);
  auto strippable = [&](char c) {
    return whitespace ? ascii_space(static_cast<unsigned char>(c)) : set.find(c) != std::string_view::npos;
  };
  std::string_view s = bytes_view(self);
  size_t b = 0, e = s.size();
  if (left)
    while (b < e && strippable(s[b])) b++;
  if (right)
    while (e > b && strippable(s[e - 1])) e--;
  if (b == 0 && e == s.size()) return same_bytes(self);
  return new_bytes(s.substr(b, e - b));
}

static Ref bytes_strip(Value self, CallArgs args) { return strip_common("strip", self, args, true, true); }
static Ref bytes_lstrip(Value self, CallArgs args) { return strip_common("lstrip", self, args, true, false); }
static Ref bytes_rstrip(Value self, CallArgs args) { return strip_common("rstrip", self, args, false, true); }

static Ref bytes_replace(Value self, CallArgs args) {
  check_no_kwargs("replace", args);
  check_arg_range("replace", args, 2, 3);
  std::string_view old = need_bytes(args.args[0]), rep = need_bytes(args.args[1]);
  int64_t count = args.nargs > 2 ? index_int64(args.args[2]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string_view s = bytes_view(self);
  std::string out;
  if (old.empty()) {
    size_t i = 0;
    for (int64_t n = 0; n < count; n++) {
      out += rep;
      if (i >= s.size()) break;
      out += s[i++];
    }
    out.append(s.substr(i));
    return new_bytes(out);
  }
  size_t pos = 0;
  for (int64_t n = 0; n < count; n++) {
    size_t p = s.find(old, pos);
    if (p == std::string_view::npos) break;
    out.append(s.substr(pos, p - pos));
    out += rep;
    pos = p + old.size();
  }
  out.append(s.substr(pos));
  return new_bytes(out);
}

static Ref partition_common(const char* name, Value self, CallArgs args, bool reverse) {
  check_exact_args(name, args, 1);
  std::string_view s = bytes_view(self), d = need_bytes(args.args[0]);
  if (d.empty()) raise_value_error("empty separator");
  size_t p = reverse ? s.rfind(d) : s.find(d);
  Ref empty = new_bytes("");
  if (p == std::string_view::npos) {
    if (reverse) return make_tuple({empty, empty, same_bytes(self)});
    return make_tuple({same_bytes(self), empty, empty});
  }
  return make_tuple({new_bytes(s.substr(0, p)), new_bytes(d), new_bytes(s.substr(p + d.size()))});
}

static Ref bytes_partition(Value self, CallArgs args) { return partition_common("bytes.partition", self, args, false); }
static Ref bytes_rpartition(Value self, CallArgs args) { return partition_common("bytes.rpartition", self, args, true); }

// ---------------------------------------------------------------- case and classes

static Ref bytes_upper(Value self, CallArgs args) {
  check_exact_args("bytes.upper", args, 0);
  std::string s(bytes_view(self));
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return new_bytes(s);
}

static Ref bytes_lower(Value self, CallArgs args) {
  check_exact_args("bytes.lower", args, 0);
  std::string s(bytes_view(self));
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return new_bytes(s);
}

template <class Pred>
static Ref all_bytes(const char* name, Value self, CallArgs args, Pred pred) {
  check_exact_args(name, args, 0);
  std::string_view s = bytes_view(self);
  if (s.empty()) return bool_ref(false);
  for (char c : s)
    if (!pred(static_cast<unsigned char>(c))) return bool_ref(false);
  return bool_ref(true);
}

static bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool ascii_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

static Ref bytes_isdigit(Value self, CallArgs args) { return all_bytes("bytes.isdigit", self, args, ascii_digit); }
static Ref bytes_isalpha(Value self, CallArgs args) { return all_bytes("bytes.isalpha", self, args, ascii_alpha); }
static Ref bytes_isspace(Value self, CallArgs args) { return all_bytes("bytes.isspace", self, args, ascii_space); }
static Ref bytes_isalnum(Value self, CallArgs args) {
  return all_bytes("bytes.isalnum", self, args, [](unsigned char c) { return ascii_alpha(c) || ascii_digit(c); });
}

// ---------------------------------------------------------------- decode, hex

static Ref bytes_decode(Value self, CallArgs args) {
  Value out[2];
  bind_args("decode", args, {"encoding", "errors"}, 0, out);
  for (int i = 0; i < 2; i++)
    if (!out[i].is_null() && !is_str(out[i]))
      raise_type_error(std::string("decode() argument '") + (i ? "errors" : "encoding") + "' must be str, not " +
                       type_name(out[i]));
  std::string_view encoding = out[0].is_null() ? "utf-8" : str_view(out[0]);
  std::string_view errors = out[1].is_null() ? "strict" : str_view(out[1]);
  return decode_bytes(bytes_view(self), encoding, errors);
}

static Ref bytes_hex(Value self, CallArgs args) {
  Value out[2];
  bind_args("hex", args, {"sep", "bytes_per_sep"}, 0, out);
  std::string sep;
  if (!out[0].is_null()) {
    if (is_str(out[0])) sep = std::string(str_view(out[0]));
    else if (is_bytes(out[0])) sep = std::string(bytes_view(out[0]));
    else raise_type_error("object of type '" + type_name(out[0]) + "' has no len()");
    if (sep.size() != 1) raise_value_error("sep must be length 1.");
    if (static_cast<unsigned char>(sep[0]) >= 0x80) raise_value_error("sep must be ASCII.");
  }
  int64_t group = out[1].is_null() ? 1 : index_int64(out[1]);
  static const char hex[] = "0123456789abcdef";
  std::string_view s = bytes_view(self);
  std::string r;
  int64_t n = static_cast<int64_t>(s.size());
  int64_t g = group < 0 ? -group : group;
  for (int64_t i = 0; i < n; i++) {
    if (!sep.empty() && i > 0 && g > 0) {
      // Positive groups count from the right, negative from the left.
      bool boundary = group > 0 ? (n - i) % g == 0 : i % g == 0;
      if (boundary) r += sep;
    }
    auto c = static_cast<unsigned char>(s[i]);
    r += hex[c >> 4];
    r += hex[c & 15];
  }
  return new_str(r);
}

static int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// bytes.fromhex(string): a class method (self is the class).
static Ref bytes_fromhex(Value cls, CallArgs args) {
  check_exact_args("fromhex", args, 1);
  Value arg = args.args[0];
  if (!is_str(arg)) raise_type_error("fromhex() argument must be str, not " + type_name(arg));
  std::string_view s = str_view(arg);
  std::string out;
  size_t i = 0;
  auto fail = [&](size_t pos) {
    raise_value_error("non-hexadecimal number found in fromhex() arg at position " +
                      std::to_string(utf8::length(s.substr(0, pos))));
  };
  while (i < s.size()) {
    if (ascii_space(static_cast<unsigned char>(s[i]))) {
      i++;
      continue;
    }
    int hi = hex_digit(s[i]);
    if (hi < 0) fail(i);
    if (i + 1 >= s.size()) fail(i + 1);
    int lo = hex_digit(s[i + 1]);
    if (lo < 0) fail(i + 1);
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  Type* t = cls.as<Type>();
  if (t == &bytes_type) return new_bytes(out);
  Ref b = new_bytes(out);
  return call(cls, {b});
}

static Ref bytes_getnewargs(Value self, CallArgs args) {
  check_exact_args("bytes.__getnewargs__", args, 0);
  return make_tuple({new_bytes(bytes_view(self))});
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

  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static const Entry methods[] = {
      {"decode", bytes_decode},       {"hex", bytes_hex},
      {"find", bytes_find},           {"rfind", bytes_rfind},
      {"index", bytes_index},         {"rindex", bytes_rindex},
      {"count", bytes_count},         {"startswith", bytes_startswith},
      {"endswith", bytes_endswith},   {"split", bytes_split},
      {"rsplit", bytes_rsplit},       {"join", bytes_join},
      {"strip", bytes_strip},         {"lstrip", bytes_lstrip},
      {"rstrip", bytes_rstrip},       {"replace", bytes_replace},
      {"partition", bytes_partition}, {"rpartition", bytes_rpartition},
      {"upper", bytes_upper},         {"lower", bytes_lower},
      {"isdigit", bytes_isdigit},     {"isalpha", bytes_isalpha},
      {"isspace", bytes_isspace},     {"isalnum", bytes_isalnum},
      {"__getnewargs__", bytes_getnewargs},
  };
  for (const Entry& m : methods) add_method(bytes_type, m.name, m.fn);
  add_class_method(bytes_type, "fromhex", bytes_fromhex);

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
