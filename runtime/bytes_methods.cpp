// The searching and splitting methods of bytes and bytearray (see
// bytes_methods.h): find/index/count, startswith/endswith, split/rsplit,
// join, strip, replace, partition and removeprefix/removesuffix.
#include "runtime/bytes_methods.h"

#include <algorithm>
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/bytearray_object.h"
#include "runtime/bytes_object.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/substring.h"
#include "runtime/tuple_object.h"

namespace gilt {

// ---------------------------------------------------------------- shared helpers

Ref new_bytes_like(Value self, std::string_view data) {
  return is_bytearray(self) ? new_bytearray(data) : new_bytes(data);
}

Ref same_bytes_like(Value self) {
  if (type_of(self) == &bytes_type) return Ref(self);
  return new_bytes_like(self, bytes_data(self));
}

const char* bytes_kind(Value self) { return is_bytearray(self) ? "bytearray" : "bytes"; }

std::string bytes_method_name(Value self, const char* name) {
  return std::string(bytes_kind(self)) + "." + name;
}

static Value arg_or_null(CallArgs args, size_t i) { return i < args.nargs ? args.args[i] : Value(); }

// A start/end argument: None or an index, saturated far outside any length.
static int64_t slice_index(Value v, int64_t dflt) {
  if (v.is_null() || v.is_none()) return dflt;
  if (!has_index(v)) raise_type_error("slice indices must be integers or None or have an __index__ method");
  Ref i = index_value(v);
  int64_t out;
  if (int_to_int64(i, out)) return out;
  return int_to_bigint(i).is_negative() ? INT64_MIN / 2 : INT64_MAX / 2;
}

// ---------------------------------------------------------------- find, index, count

// (sub[, start[, end]]) with start/end clamped like a slice's; `sub` is
// bytes-like or (when allow_int) a single byte as an int.
struct ByteSearch {
  std::string sub;
  int64_t start, end;
};

static ByteSearch byte_search_args(const char* name, Value self, CallArgs args, bool allow_int = true) {
  if (args.nkwargs()) raise_type_error(bytes_method_name(self, name) + "() takes no keyword arguments");
  if (args.nargs < 1)
    raise_type_error(std::string(name) + "() takes at least 1 argument (" + std::to_string(args.nargs) +
                     " given)");
  if (args.nargs > 3)
    raise_type_error(std::string(name) + "() takes at most 3 arguments (" + std::to_string(args.nargs) +
                     " given)");
  ByteSearch a;
  Value sub = args.args[0];
  if (is_bytes_like(sub)) {
    a.sub = std::string(bytes_data(sub));
  } else if (allow_int && has_index(sub)) {
    a.sub = std::string(1, static_cast<char>(byte_value(sub)));
  } else {
    raise_type_error("argument should be integer or bytes-like object, not '" + type_name(sub) + "'");
  }
  auto len = static_cast<int64_t>(bytes_data(self).size());
  a.start = slice_index(arg_or_null(args, 1), 0);
  a.end = slice_index(arg_or_null(args, 2), INT64_MAX / 2);
  if (a.end > len)
    a.end = len;
  else if (a.end < 0)
    a.end = std::max<int64_t>(a.end + len, 0);
  if (a.start < 0) a.start = std::max<int64_t>(a.start + len, 0);
  return a;
}

static int64_t byte_find(Value self, const ByteSearch& a, bool reverse) {
  if (a.end - a.start < static_cast<int64_t>(a.sub.size())) return -1;
  std::string_view hay = bytes_data(self).substr(a.start, a.end - a.start);
  size_t p = reverse ? hay.rfind(a.sub) : hay.find(a.sub);
  return p == std::string_view::npos ? -1 : a.start + static_cast<int64_t>(p);
}

static Ref find_common(const char* name, Value self, CallArgs args, bool reverse, bool must_find) {
  int64_t i = byte_find(self, byte_search_args(name, self, args), reverse);
  if (i < 0 && must_find) raise_value_error("subsection not found");
  return Ref(Value::small_int(i));
}

static Ref m_find(Value self, CallArgs args) { return find_common("find", self, args, false, false); }
static Ref m_rfind(Value self, CallArgs args) { return find_common("rfind", self, args, true, false); }
static Ref m_index(Value self, CallArgs args) { return find_common("index", self, args, false, true); }
static Ref m_rindex(Value self, CallArgs args) { return find_common("rindex", self, args, true, true); }

static Ref m_count(Value self, CallArgs args) {
  ByteSearch a = byte_search_args("count", self, args);
  if (a.end - a.start < static_cast<int64_t>(a.sub.size())) return Ref(Value::small_int(0));
  if (a.sub.empty()) return Ref(Value::small_int(a.end - a.start + 1));
  std::string_view hay = bytes_data(self).substr(a.start, a.end - a.start);
  int64_t n = 0;
  for (size_t p = hay.find(a.sub); p != std::string_view::npos; p = hay.find(a.sub, p + a.sub.size())) n++;
  return Ref(Value::small_int(n));
}

static Ref affix_common(const char* name, Value self, CallArgs args, bool at_end) {
  Value first = args.nargs ? args.args[0] : Value();
  std::vector<std::string> candidates;
  if (!first.is_null() && is_tuple(first)) {
    auto* t = first.as<TupleObject>();
    for (int64_t i = 0; i < t->size; i++) {
      if (!is_bytes_like(t->items()[i]))
        raise_type_error("a bytes-like object is required, not '" + type_name(t->items()[i]) + "'");
      candidates.emplace_back(bytes_data(t->items()[i]));
    }
  } else if (!first.is_null()) {
    if (!is_bytes_like(first))
      raise_type_error(std::string(name) + " first arg must be bytes or a tuple of bytes, not " +
                       type_name(first));
    candidates.emplace_back(bytes_data(first));
  }
  // Check the count and start/end with a placeholder for the first argument.
  std::vector<Value> copy(args.args, args.args + args.nargs + args.nkwargs());
  if (!copy.empty()) copy[0] = Value::small_int(0);
  ByteSearch a = byte_search_args(name, self, CallArgs{copy.data(), args.nargs, args.kwnames});
  std::string_view s = bytes_data(self);
  for (const std::string& p : candidates) {
    if (a.start > static_cast<int64_t>(s.size()) || a.end - a.start < static_cast<int64_t>(p.size()))
      continue;
    std::string_view hay = s.substr(a.start, a.end - a.start);
    if (at_end ? hay.substr(hay.size() - p.size()) == p : hay.substr(0, p.size()) == p) return bool_ref(true);
  }
  return bool_ref(false);
}

static Ref m_startswith(Value self, CallArgs args) { return affix_common("startswith", self, args, false); }
static Ref m_endswith(Value self, CallArgs args) { return affix_common("endswith", self, args, true); }

// ---------------------------------------------------------------- split, join

static std::vector<std::string_view> split_whitespace(std::string_view s, int64_t maxsplit, bool reverse) {
  std::vector<std::string_view> parts;
  if (!reverse) {
    size_t i = 0;
    for (int64_t count = 0;; count++) {
      while (i < s.size() && ascii_space(s[i])) i++;
      if (i == s.size()) break;
      if (count == maxsplit) {
        parts.push_back(s.substr(i));  // the rest keeps its trailing whitespace
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
  return parts;
}

static std::vector<std::string_view> split_on(std::string_view s, std::string_view d, int64_t maxsplit,
                                              bool reverse) {
  std::vector<std::string_view> parts;
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
  return parts;
}

static Ref split_common(const char* name, Value self, CallArgs args, bool reverse) {
  Value out[2];
  bind_args(name, args, {"sep", "maxsplit"}, 0, out);
  int64_t maxsplit = out[1].is_null() ? -1 : index_int64(out[1]);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  // A copy: the separator may be self, and building the result may run code.
  std::string s(bytes_data(self));
  std::vector<std::string_view> parts;
  std::string d;
  if (out[0].is_null() || out[0].is_none()) {
    parts = split_whitespace(s, maxsplit, reverse);
  } else {
    d = std::string(need_bytes_like(out[0]));
    if (d.empty()) raise_value_error("empty separator");
    parts = split_on(s, d, maxsplit, reverse);
  }
  Ref list = new_list(static_cast<int64_t>(parts.size()));
  if (reverse) std::reverse(parts.begin(), parts.end());
  for (std::string_view p : parts) list_append(list, new_bytes_like(self, p));
  return list;
}

static Ref m_split(Value self, CallArgs args) { return split_common("split", self, args, false); }
static Ref m_rsplit(Value self, CallArgs args) { return split_common("rsplit", self, args, true); }

static Ref m_join(Value self, CallArgs args) {
  check_exact_args(bytes_method_name(self, "join").c_str(), args, 1);
  Ref items = list_from_iterable(args.args[0]);
  auto& v = as_list(items)->items;
  std::string sep(bytes_data(self));
  std::string out;
  for (size_t i = 0; i < v.size(); i++) {
    if (!is_bytes_like(v[i]))
      raise_type_error("sequence item " + std::to_string(i) + ": expected a bytes-like object, " +
                       type_name(v[i]) + " found");
    if (i) out += sep;
    out += bytes_data(v[i]);
  }
  return new_bytes_like(self, out);
}

// ---------------------------------------------------------------- strip, replace, partition

static Ref strip_common(const char* name, Value self, CallArgs args, bool left, bool right) {
  check_arg_range(name, args, 0, 1);
  Value chars = arg_or_null(args, 0);
  bool whitespace = chars.is_null() || chars.is_none();
  std::string set = whitespace ? std::string() : std::string(need_bytes_like(chars));
  auto strippable = [&](char c) {
    return whitespace ? ascii_space(static_cast<unsigned char>(c)) : set.find(c) != std::string::npos;
  };
  std::string_view s = bytes_data(self);
  size_t b = 0, e = s.size();
  if (left)
    while (b < e && strippable(s[b])) b++;
  if (right)
    while (e > b && strippable(s[e - 1])) e--;
  if (b == 0 && e == s.size()) return same_bytes_like(self);
  return new_bytes_like(self, s.substr(b, e - b));
}

static Ref m_strip(Value self, CallArgs args) { return strip_common("strip", self, args, true, true); }
static Ref m_lstrip(Value self, CallArgs args) { return strip_common("lstrip", self, args, true, false); }
static Ref m_rstrip(Value self, CallArgs args) { return strip_common("rstrip", self, args, false, true); }

static Ref m_replace(Value self, CallArgs args) {
  check_no_kwargs("replace", args);
  check_arg_range("replace", args, 2, 3);
  std::string old(need_bytes_like(args.args[0])), rep(need_bytes_like(args.args[1]));
  int64_t count = args.nargs > 2 ? index_int64(args.args[2]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string_view s = bytes_data(self);
  std::string out;
  if (old.empty()) {
    size_t i = 0;
    for (int64_t n = 0; n < count; n++) {
      out += rep;
      if (i >= s.size()) break;
      out += s[i++];
    }
    out.append(s.substr(i));
    return new_bytes_like(self, out);
  }
  if (!replace_substrings(s, old, rep, count, out)) return same_bytes_like(self);
  return new_bytes_like(self, out);
}

static Ref partition_common(const char* name, Value self, CallArgs args, bool reverse) {
  check_exact_args(bytes_method_name(self, name).c_str(), args, 1);
  std::string d(need_bytes_like(args.args[0]));
  if (d.empty()) raise_value_error("empty separator");
  std::string s(bytes_data(self));
  size_t p = reverse ? s.rfind(d) : s.find(d);
  if (p == std::string::npos) {
    if (reverse)
      return make_tuple({new_bytes_like(self, ""), new_bytes_like(self, ""), same_bytes_like(self)});
    return make_tuple({same_bytes_like(self), new_bytes_like(self, ""), new_bytes_like(self, "")});
  }
  std::string_view sv = s;
  return make_tuple({new_bytes_like(self, sv.substr(0, p)), new_bytes_like(self, d),
                     new_bytes_like(self, sv.substr(p + d.size()))});
}

static Ref m_partition(Value self, CallArgs args) { return partition_common("partition", self, args, false); }
static Ref m_rpartition(Value self, CallArgs args) {
  return partition_common("rpartition", self, args, true);
}

static Ref m_removeprefix(Value self, CallArgs args) {
  check_exact_args("removeprefix", args, 1);
  std::string prefix(need_bytes_like(args.args[0]));
  std::string_view s = bytes_data(self);
  if (s.substr(0, prefix.size()) != prefix || prefix.empty()) return same_bytes_like(self);
  return new_bytes_like(self, s.substr(prefix.size()));
}

static Ref m_removesuffix(Value self, CallArgs args) {
  check_exact_args("removesuffix", args, 1);
  std::string suffix(need_bytes_like(args.args[0]));
  std::string_view s = bytes_data(self);
  if (suffix.empty() || s.size() < suffix.size() || s.substr(s.size() - suffix.size()) != suffix)
    return same_bytes_like(self);
  return new_bytes_like(self, s.substr(0, s.size() - suffix.size()));
}

void add_bytes_search_methods(Type& type) {
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static const Entry methods[] = {
      {"find", m_find},
      {"rfind", m_rfind},
      {"index", m_index},
      {"rindex", m_rindex},
      {"count", m_count},
      {"startswith", m_startswith},
      {"endswith", m_endswith},
      {"split", m_split},
      {"rsplit", m_rsplit},
      {"join", m_join},
      {"strip", m_strip},
      {"lstrip", m_lstrip},
      {"rstrip", m_rstrip},
      {"replace", m_replace},
      {"partition", m_partition},
      {"rpartition", m_rpartition},
      {"removeprefix", m_removeprefix},
      {"removesuffix", m_removesuffix},
  };
  for (const Entry& m : methods) add_method(type, m.name, m.fn);
}

}  // namespace gilt
