// str's methods and str().
//
// Text is UTF-8 (see str_object.h), so searching works on bytes — UTF-8 is
// self-synchronising, so a byte match is always a code-point match — and only
// the indices Python code sees are converted between code points and bytes.
// Case mapping and classification go code point by code point (unicode.h);
// encoding and decoding are codecs.h's, formatting format_value.h's.
#include "runtime/str_methods.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/bytes_object.h"
#include "runtime/codecs.h"
#include "runtime/container_util.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/format_value.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/number_format.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/substring.h"
#include "runtime/tuple_object.h"
#include "runtime/unicode.h"
#include "runtime/utf8.h"

namespace gilt {

using namespace unicode;  // NOLINT: the classification helpers read best unqualified

// ================================================================ helpers

namespace {

StrObject* as_str(Value v) { return v.as<StrObject>(); }
Ref int_ref(int64_t i) { return Ref(Value::small_int(i)); }

// A str's text with code-point/byte index conversion.
struct Text {
  std::string_view s;
  bool ascii;
  int64_t len;
  explicit Text(Value v) : s(as_str(v)->view()), ascii(as_str(v)->ascii), len(as_str(v)->length) {}
  size_t offset(int64_t cp) const { return ascii ? static_cast<size_t>(cp) : utf8::offset_of(s, cp); }
  int64_t index(size_t byte) const { return ascii ? static_cast<int64_t>(byte) : utf8::length(s.substr(0, byte)); }
};

// The `self` of a method, returned unchanged (a str subclass gets a plain copy).
Ref same_str(Value self) {
  if (type_of(self) == &str_type) return Ref(self);
  return new_str(str_view(self));
}

Value arg_or_null(CallArgs args, size_t i) { return i < args.nargs ? args.args[i] : Value(); }

// "must be str, not int" and its variants: `prefix` + "must be str, not T".
StrObject* need_str(Value v, const std::string& prefix) {
  if (!is_str(v)) raise_type_error(prefix + "must be str, not " + type_name(v));
  return as_str(v);
}

// An integer argument via __index__ ("'str' object cannot be interpreted as an integer").
int64_t int_arg(Value v) {
  Ref i = index_value(v);
  int64_t out;
  if (!int_to_int64(i, out)) raise_overflow_error("Python int too large to convert to C ssize_t");
  return out;
}

// A start/end argument (CPython's _PyEval_SliceIndex): None means the default;
// huge ints clamp.
int64_t slice_index(Value v, int64_t dflt) {
  if (v.is_null() || v.is_none()) return dflt;
  if (!has_index(v)) raise_type_error("slice indices must be integers or None or have an __index__ method");
  Ref i = index_value(v);
  int64_t out;
  if (int_to_int64(i, out)) return out;
  return int_to_bigint(i).is_negative() ? INT64_MIN / 2 : INT64_MAX / 2;
}

void adjust_indices(int64_t& start, int64_t& end, int64_t len) {
  if (end > len) {
    end = len;
  } else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
}

// The (sub[, start[, end]]) arguments of find, count, startswith, ...
struct SearchArgs {
  Value sub;
  int64_t start, end;
};

SearchArgs search_args(const char* name, Value self, CallArgs args) {
  if (args.nkwargs()) raise_type_error(std::string("str.") + name + "() takes no keyword arguments");
  if (args.nargs < 1)
    raise_type_error(std::string(name) + "() takes at least 1 argument (" + std::to_string(args.nargs) + " given)");
  if (args.nargs > 3)
    raise_type_error(std::string(name) + "() takes at most 3 arguments (" + std::to_string(args.nargs) + " given)");
  SearchArgs a{args.args[0], slice_index(arg_or_null(args, 1), 0),
               slice_index(arg_or_null(args, 2), INT64_MAX / 2)};
  adjust_indices(a.start, a.end, as_str(self)->length);
  return a;
}

// Index of `sub` in self[start:end] (code points), or -1.
int64_t find_in(Value self, Value sub, int64_t start, int64_t end, bool reverse) {
  Text t(self), u(sub);
  if (end - start < u.len) return -1;
  size_t b0 = t.offset(start);
  size_t b1 = t.ascii ? static_cast<size_t>(end) : b0 + utf8::offset_of(t.s.substr(b0), end - start);
  std::string_view hay = t.s.substr(b0, b1 - b0);
  size_t p = reverse ? hay.rfind(u.s) : hay.find(u.s);
  if (p == std::string_view::npos) return -1;
  return start + (t.ascii ? static_cast<int64_t>(p) : utf8::length(hay.substr(0, p)));
}

Ref find_common(const char* name, Value self, CallArgs args, bool reverse, bool raise_if_missing) {
  SearchArgs a = search_args(name, self, args);
  need_str(a.sub, "");
  int64_t i = find_in(self, a.sub, a.start, a.end, reverse);
  if (i < 0 && raise_if_missing) raise_value_error("substring not found");
  return int_ref(i);
}

Ref str_find(Value self, CallArgs args) { return find_common("find", self, args, false, false); }
Ref str_rfind(Value self, CallArgs args) { return find_common("rfind", self, args, true, false); }
Ref str_index(Value self, CallArgs args) { return find_common("index", self, args, false, true); }
Ref str_rindex(Value self, CallArgs args) { return find_common("rindex", self, args, true, true); }

Ref str_count(Value self, CallArgs args) {
  SearchArgs a = search_args("count", self, args);
  need_str(a.sub, "");
  Text t(self), u(a.sub);
  if (a.end - a.start < u.len) return int_ref(0);
  if (u.len == 0) return int_ref(a.end - a.start + 1);
  size_t b0 = t.offset(a.start);
  size_t b1 = t.ascii ? static_cast<size_t>(a.end) : b0 + utf8::offset_of(t.s.substr(b0), a.end - a.start);
  std::string_view hay = t.s.substr(b0, b1 - b0);
  int64_t n = 0;
  for (size_t p = hay.find(u.s); p != std::string_view::npos; p = hay.find(u.s, p + u.s.size())) n++;
  return int_ref(n);
}

// startswith / endswith: one prefix, or any of a tuple of them.
bool tail_match(Value self, Value sub, int64_t start, int64_t end, bool at_end) {
  Text t(self), u(sub);
  if (start > t.len || end - start < u.len) return false;
  size_t b0 = t.offset(start);
  size_t b1 = t.ascii ? static_cast<size_t>(end) : b0 + utf8::offset_of(t.s.substr(b0), end - start);
  std::string_view hay = t.s.substr(b0, b1 - b0);
  if (hay.size() < u.s.size()) return false;
  return at_end ? hay.substr(hay.size() - u.s.size()) == u.s : hay.substr(0, u.s.size()) == u.s;
}

Ref affix_common(const char* name, Value self, CallArgs args, bool at_end) {
  SearchArgs a = search_args(name, self, args);
  if (is_tuple(a.sub)) {
    auto* t = a.sub.as<TupleObject>();
    for (int64_t i = 0; i < t->size; i++) {
      Value p = t->items()[i];
      if (!is_str(p))
        raise_type_error("tuple for " + std::string(name) + " must only contain str, not " + type_name(p));
      if (tail_match(self, p, a.start, a.end, at_end)) return bool_ref(true);
    }
    return bool_ref(false);
  }
  if (!is_str(a.sub))
    raise_type_error(std::string(name) + " first arg must be str or a tuple of str, not " + type_name(a.sub));
  return bool_ref(tail_match(self, a.sub, a.start, a.end, at_end));
}

Ref str_startswith(Value self, CallArgs args) { return affix_common("startswith", self, args, false); }
Ref str_endswith(Value self, CallArgs args) { return affix_common("endswith", self, args, true); }

// ---------------------------------------------------------------- split family

// split(sep=None, maxsplit=-1) / rsplit: the bound arguments.
void split_args(const char* name, CallArgs args, Value& sep, int64_t& maxsplit) {
  Value out[2];
  bind_args(name, args, {"sep", "maxsplit"}, 0, out);
  sep = out[0].is_null() ? Value::none() : out[0];
  maxsplit = out[1].is_null() ? -1 : int_arg(out[1]);
  if (!sep.is_none()) {
    if (!is_str(sep)) raise_type_error("must be str or None, not " + type_name(sep));
    if (as_str(sep)->size == 0) raise_value_error("empty separator");
  }
  if (maxsplit < 0) maxsplit = INT64_MAX;
}

Ref str_split(Value self, CallArgs args) {
  Value sep;
  int64_t maxsplit;
  split_args("split", args, sep, maxsplit);
  std::string_view s = str_view(self);
  Ref list = new_list();
  if (sep.is_none()) {
    size_t i = 0;
    int64_t count = 0;
    for (;;) {
      size_t j = i;
      while (i < s.size() && is_space(utf8::decode(s, j))) i = j;
      if (i >= s.size()) break;
      if (count == maxsplit) {
        list_append(list, new_str(s.substr(i)));
        break;
      }
      size_t start = i;
      j = i;
      while (i < s.size() && !is_space(utf8::decode(s, j))) i = j;
      list_append(list, new_str(s.substr(start, i - start)));
      count++;
    }
    return list;
  }
  std::string_view d = str_view(sep);
  size_t pos = 0;
  for (int64_t count = 0; count < maxsplit; count++) {
    size_t p = s.find(d, pos);
    if (p == std::string_view::npos) break;
    list_append(list, new_str(s.substr(pos, p - pos)));
    pos = p + d.size();
  }
  list_append(list, new_str(s.substr(pos)));
  return list;
}

Ref str_rsplit(Value self, CallArgs args) {
  Value sep;
  int64_t maxsplit;
  split_args("rsplit", args, sep, maxsplit);
  std::string_view s = str_view(self);
  std::vector<std::string_view> parts;
  if (sep.is_none()) {
    size_t i = s.size();
    int64_t count = 0;
    auto space_before = [&](size_t at, size_t& prev) {
      prev = prev_offset(s, at);
      size_t k = prev;
      return is_space(utf8::decode(s, k));
    };
    for (;;) {
      size_t prev;
      while (i > 0 && space_before(i, prev)) i = prev;
      if (i == 0) break;
      if (count == maxsplit) {
        parts.push_back(s.substr(0, i));
        break;
      }
      size_t end = i;
      while (i > 0 && !space_before(i, prev)) i = prev;
      parts.push_back(s.substr(i, end - i));
      count++;
    }
  } else {
    std::string_view d = str_view(sep);
    size_t end = s.size();
    for (int64_t count = 0; count < maxsplit; count++) {
      if (end < d.size()) break;
      size_t p = s.rfind(d, end - d.size());
      if (p == std::string_view::npos) break;
      parts.push_back(s.substr(p + d.size(), end - p - d.size()));
      end = p;
    }
    parts.push_back(s.substr(0, end));
  }
  Ref list = new_list(static_cast<int64_t>(parts.size()));
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) list_append(list, new_str(*it));
  return list;
}

Ref str_splitlines(Value self, CallArgs args) {
  Value out[1];
  bind_args("splitlines", args, {"keepends"}, 0, out);
  bool keepends = !out[0].is_null() && (out[0].is_bool() ? out[0].is_true() : int_arg(out[0]) != 0);
  std::string_view s = str_view(self);
  Ref list = new_list();
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i, eol = i;
    uint32_t c = 0;
    while (i < s.size()) {
      eol = i;
      c = utf8::decode(s, i);
      if (is_linebreak(c)) break;
      eol = i;
    }
    if (c == '\r' && i < s.size() && s[i] == '\n') i++;
    if (!is_linebreak(c)) eol = i;
    list_append(list, new_str(s.substr(start, (keepends ? i : eol) - start)));
  }
  return list;
}

Ref partition_common(const char* name, Value self, CallArgs args, bool reverse) {
  check_exact_args(name, args, 1);
  Value sep = args.args[0];
  need_str(sep, "");
  std::string_view s = str_view(self), d = str_view(sep);
  if (d.empty()) raise_value_error("empty separator");
  size_t p = reverse ? s.rfind(d) : s.find(d);
  Ref empty = new_str("");
  if (p == std::string_view::npos) {
    if (reverse) return make_tuple({empty, empty, same_str(self)});
    return make_tuple({same_str(self), empty, empty});
  }
  return make_tuple({new_str(s.substr(0, p)), same_str(sep), new_str(s.substr(p + d.size()))});
}

Ref str_partition(Value self, CallArgs args) { return partition_common("str.partition", self, args, false); }
Ref str_rpartition(Value self, CallArgs args) { return partition_common("str.rpartition", self, args, true); }

Ref str_join(Value self, CallArgs args) {
  check_exact_args("str.join", args, 1);
  Value iterable = args.args[0];
  Type* t = type_of(iterable);
  if (!t->iter && !t->getitem) raise_type_error("can only join an iterable");
  Ref items = is_list(iterable) || is_tuple(iterable) ? Ref(iterable) : list_from_iterable(iterable);
  const Value* v;
  int64_t n;
  if (is_tuple(items)) {
    v = items.as<TupleObject>()->items();
    n = items.as<TupleObject>()->size;
  } else {
    // The list's storage is Refs; copy the Values out (items are kept alive by `items`).
    static_assert(sizeof(Ref) == sizeof(Value));
    v = reinterpret_cast<const Value*>(as_list(items)->items.data());
    n = static_cast<int64_t>(as_list(items)->items.size());
  }
  if (n == 1 && type_of(v[0]) == &str_type) return Ref(v[0]);
  std::string_view sep = str_view(self);
  size_t total = 0;
  for (int64_t i = 0; i < n; i++) {
    if (!is_str(v[i]))
      raise_type_error("sequence item " + std::to_string(i) + ": expected str instance, " + type_name(v[i]) +
                       " found");
    total += str_view(v[i]).size() + (i ? sep.size() : 0);
  }
  std::string out;
  out.reserve(total);
  for (int64_t i = 0; i < n; i++) {
    if (i) out += sep;
    out += str_view(v[i]);
  }
  return new_str(out);
}

// ---------------------------------------------------------------- strip, replace, affixes

Ref strip_common(const char* name, Value self, CallArgs args, bool left, bool right) {
  check_arg_range(name, args, 0, 1);
  Value chars = arg_or_null(args, 0);
  std::u32string set;
  bool whitespace = chars.is_null() || chars.is_none();
  if (!whitespace) {
    if (!is_str(chars)) raise_type_error(std::string(name) + " arg must be None or str");
    set = decode_all(str_view(chars));
  }
  auto strippable = [&](uint32_t c) {
    return whitespace ? is_space(c) : set.find(static_cast<char32_t>(c)) != std::u32string::npos;
  };
  std::string_view s = str_view(self);
  size_t b = 0, e = s.size();
  if (left) {
    while (b < e) {
      size_t j = b;
      if (!strippable(utf8::decode(s, j))) break;
      b = j;
    }
  }
  if (right) {
    while (e > b) {
      size_t p = prev_offset(s, e), k = p;
      if (!strippable(utf8::decode(s, k))) break;
      e = p;
    }
  }
  if (b == 0 && e == s.size()) return same_str(self);
  return new_str(s.substr(b, e - b));
}

Ref str_strip(Value self, CallArgs args) { return strip_common("strip", self, args, true, true); }
Ref str_lstrip(Value self, CallArgs args) { return strip_common("lstrip", self, args, true, false); }
Ref str_rstrip(Value self, CallArgs args) { return strip_common("rstrip", self, args, false, true); }

Ref str_replace(Value self, CallArgs args) {
  check_no_kwargs("replace", args);
  check_arg_range("replace", args, 2, 3);
  need_str(args.args[0], "replace() argument 1 ");
  need_str(args.args[1], "replace() argument 2 ");
  int64_t count = args.nargs > 2 ? int_arg(args.args[2]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string_view s = str_view(self), old = str_view(args.args[0]), rep = str_view(args.args[1]);
  std::string out;
  if (old.empty()) {
    // Insert `rep` before every code point and at the end.
    size_t i = 0;
    int64_t n = 0;
    while (n < count) {
      out += rep;
      n++;
      if (i >= s.size()) break;
      size_t j = i;
      utf8::decode(s, j);
      out.append(s.substr(i, j - i));
      i = j;
    }
    out.append(s.substr(std::min(i, s.size())));
    return new_str(out);
  }
  if (!replace_substrings(s, old, rep, count, out)) return same_str(self);
  return new_str(out);
}

Ref affix_remove(const char* name, Value self, CallArgs args, bool suffix) {
  check_exact_args(name, args, 1);
  need_str(args.args[0], std::string(name).substr(4) + "() argument ");
  std::string_view s = str_view(self), a = str_view(args.args[0]);
  if (!a.empty() && s.size() >= a.size()) {
    if (!suffix && s.substr(0, a.size()) == a) return new_str(s.substr(a.size()));
    if (suffix && s.substr(s.size() - a.size()) == a) return new_str(s.substr(0, s.size() - a.size()));
  }
  return same_str(self);
}

Ref str_removeprefix(Value self, CallArgs args) { return affix_remove("str.removeprefix", self, args, false); }
Ref str_removesuffix(Value self, CallArgs args) { return affix_remove("str.removesuffix", self, args, true); }

// ---------------------------------------------------------------- case

enum class CaseOp { Upper, Lower, Capitalize, Title, Swapcase, Casefold };

Ref case_common(const char* name, Value self, CallArgs args, CaseOp op) {
  check_exact_args(name, args, 0);
  auto* so = as_str(self);
  std::string out;
  out.reserve(so->size);
  if (so->ascii) {
    bool prev_cased = false;
    for (int64_t i = 0; i < so->size; i++) {
      char c = so->data()[i];
      bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
      bool to_upper = false, to_lower = false;
      switch (op) {
        case CaseOp::Upper: to_upper = true; break;
        case CaseOp::Lower:
        case CaseOp::Casefold: to_lower = true; break;
        case CaseOp::Capitalize: (i == 0 ? to_upper : to_lower) = true; break;
        case CaseOp::Title: (prev_cased ? to_lower : to_upper) = true; break;
        case CaseOp::Swapcase: (up ? to_lower : to_upper) = true; break;
      }
      prev_cased = up || low;
      if (to_upper && low) c = static_cast<char>(c - 32);
      else if (to_lower && up) c = static_cast<char>(c + 32);
      out += c;
    }
    return new_str(out);
  }
  std::u32string cps = decode_all(so->view());
  bool prev_cased = false;
  for (size_t i = 0; i < cps.size(); i++) {
    uint32_t c = cps[i];
    switch (op) {
      case CaseOp::Upper: append_upper(out, c); break;
      case CaseOp::Lower: append_lower(out, cps, i); break;
      case CaseOp::Casefold: append_casefold(out, c); break;
      case CaseOp::Capitalize:
        if (i == 0) append_title(out, c);
        else append_lower(out, cps, i);
        break;
      case CaseOp::Title:
        if (prev_cased) append_lower(out, cps, i);
        else append_title(out, c);
        prev_cased = is_cased(c);
        break;
      case CaseOp::Swapcase:
        if (is_upper(c)) append_lower(out, cps, i);
        else if (is_lower(c)) append_upper(out, c);
        else utf8::append(out, c);
        break;
    }
  }
  return new_str(out);
}

Ref str_upper(Value self, CallArgs args) { return case_common("str.upper", self, args, CaseOp::Upper); }
Ref str_lower(Value self, CallArgs args) { return case_common("str.lower", self, args, CaseOp::Lower); }
Ref str_capitalize(Value self, CallArgs args) { return case_common("str.capitalize", self, args, CaseOp::Capitalize); }
Ref str_title(Value self, CallArgs args) { return case_common("str.title", self, args, CaseOp::Title); }
Ref str_swapcase(Value self, CallArgs args) { return case_common("str.swapcase", self, args, CaseOp::Swapcase); }
Ref str_casefold(Value self, CallArgs args) { return case_common("str.casefold", self, args, CaseOp::Casefold); }

// ---------------------------------------------------------------- predicates

// True when every code point satisfies `pred` and there is at least one.
template <class Pred>
Ref all_chars(const char* name, Value self, CallArgs args, Pred pred) {
  check_exact_args(name, args, 0);
  std::string_view s = str_view(self);
  if (s.empty()) return bool_ref(false);
  for (size_t i = 0; i < s.size();)
    if (!pred(utf8::decode(s, i))) return bool_ref(false);
  return bool_ref(true);
}

Ref str_isdigit(Value self, CallArgs args) { return all_chars("str.isdigit", self, args, is_digit); }
Ref str_isdecimal(Value self, CallArgs args) { return all_chars("str.isdecimal", self, args, is_decimal); }
Ref str_isnumeric(Value self, CallArgs args) { return all_chars("str.isnumeric", self, args, is_numeric); }
Ref str_isalpha(Value self, CallArgs args) { return all_chars("str.isalpha", self, args, is_alpha); }
Ref str_isalnum(Value self, CallArgs args) { return all_chars("str.isalnum", self, args, is_alnum); }
Ref str_isspace(Value self, CallArgs args) { return all_chars("str.isspace", self, args, is_space); }

Ref str_isascii(Value self, CallArgs args) {
  check_exact_args("str.isascii", args, 0);
  return bool_ref(as_str(self)->ascii);
}

Ref str_isprintable(Value self, CallArgs args) {
  check_exact_args("str.isprintable", args, 0);
  std::string_view s = str_view(self);
  for (size_t i = 0; i < s.size();) {
    uint32_t c = utf8::decode(s, i);
    if (c != ' ' && !is_printable(c)) return bool_ref(false);
  }
  return bool_ref(true);
}

// isupper/islower: no cased character of the other case, and at least one cased.
Ref case_predicate(const char* name, Value self, CallArgs args, bool upper) {
  check_exact_args(name, args, 0);
  std::string_view s = str_view(self);
  bool cased = false;
  for (size_t i = 0; i < s.size();) {
    uint32_t c = utf8::decode(s, i);
    if (upper ? (is_lower(c) || is_titlecase(c)) : (is_upper(c) || is_titlecase(c))) return bool_ref(false);
    cased |= upper ? is_upper(c) : is_lower(c);
  }
  return bool_ref(cased);
}

Ref str_isupper(Value self, CallArgs args) { return case_predicate("str.isupper", self, args, true); }
Ref str_islower(Value self, CallArgs args) { return case_predicate("str.islower", self, args, false); }

Ref str_istitle(Value self, CallArgs args) {
  check_exact_args("str.istitle", args, 0);
  std::string_view s = str_view(self);
  bool cased = false, prev_cased = false;
  for (size_t i = 0; i < s.size();) {
    uint32_t c = utf8::decode(s, i);
    if (is_upper(c) || is_titlecase(c)) {
      if (prev_cased) return bool_ref(false);
      prev_cased = cased = true;
    } else if (is_lower(c)) {
      if (!prev_cased) return bool_ref(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return bool_ref(cased);
}

Ref str_isidentifier(Value self, CallArgs args) {
  check_exact_args("str.isidentifier", args, 0);
  std::string_view s = str_view(self);
  if (s.empty()) return bool_ref(false);
  size_t i = 0;
  if (!is_id_start(utf8::decode(s, i))) return bool_ref(false);
  while (i < s.size())
    if (!is_id_continue(utf8::decode(s, i))) return bool_ref(false);
  return bool_ref(true);
}

// ---------------------------------------------------------------- padding

// The fill character argument of center/ljust/rjust.
uint32_t fill_char(Value v) {
  if (v.is_null()) return ' ';
  if (!is_str(v)) raise_type_error("The fill character must be a unicode character, not " + type_name(v));
  if (as_str(v)->length != 1) raise_type_error("The fill character must be exactly one character long");
  size_t i = 0;
  return utf8::decode(str_view(v), i);
}

Ref pad(Value self, int64_t left, int64_t right, uint32_t fill) {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return same_str(self);
  std::string f;
  utf8::append(f, fill);
  std::string out;
  out.reserve((left + right) * f.size() + as_str(self)->size);
  for (int64_t i = 0; i < left; i++) out += f;
  out += str_view(self);
  for (int64_t i = 0; i < right; i++) out += f;
  return new_str(out);
}

enum class Justify { Left, Right, Center };

Ref justify(const char* name, Value self, CallArgs args, Justify how) {
  check_no_kwargs(name, args);
  check_arg_range(name, args, 1, 2);
  int64_t width = int_arg(args.args[0]);
  uint32_t fill = fill_char(arg_or_null(args, 1));
  int64_t len = as_str(self)->length;
  int64_t extra = width - len;
  if (extra <= 0) return same_str(self);
  switch (how) {
    case Justify::Left: return pad(self, 0, extra, fill);
    case Justify::Right: return pad(self, extra, 0, fill);
    case Justify::Center: {
      int64_t left = extra / 2 + (extra & width & 1);
      return pad(self, left, extra - left, fill);
    }
  }
  return same_str(self);
}

Ref str_ljust(Value self, CallArgs args) { return justify("ljust", self, args, Justify::Left); }
Ref str_rjust(Value self, CallArgs args) { return justify("rjust", self, args, Justify::Right); }
Ref str_center(Value self, CallArgs args) { return justify("center", self, args, Justify::Center); }

Ref str_zfill(Value self, CallArgs args) {
  check_exact_args("str.zfill", args, 1);
  int64_t width = int_arg(args.args[0]);
  std::string_view s = str_view(self);
  int64_t extra = width - as_str(self)->length;
  if (extra <= 0) return same_str(self);
  std::string out;
  size_t sign = !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0;
  out.append(s.substr(0, sign));
  out.append(static_cast<size_t>(extra), '0');
  out.append(s.substr(sign));
  return new_str(out);
}

Ref str_expandtabs(Value self, CallArgs args) {
  Value out_args[1];
  bind_args("expandtabs", args, {"tabsize"}, 0, out_args);
  int64_t tabsize = out_args[0].is_null() ? 8 : int_arg(out_args[0]);
  std::string_view s = str_view(self);
  std::string out;
  int64_t column = 0;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    uint32_t c = utf8::decode(s, i);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t n = tabsize - column % tabsize;
        out.append(static_cast<size_t>(n), ' ');
        column += n;
      }
    } else {
      out.append(s.substr(start, i - start));
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
  }
  return new_str(out);
}

// ---------------------------------------------------------------- encode, translate

Ref str_encode(Value self, CallArgs args) {
  Value out[2];
  bind_args("encode", args, {"encoding", "errors"}, 0, out);
  for (int i = 0; i < 2; i++)
    if (!out[i].is_null() && !is_str(out[i]))
      raise_type_error(std::string("encode() argument '") + (i ? "errors" : "encoding") + "' must be str, not " +
                       type_name(out[i]));
  std::string_view encoding = out[0].is_null() ? "utf-8" : str_view(out[0]);
  std::string_view errors = out[1].is_null() ? "strict" : str_view(out[1]);
  return new_bytes(encode_str(str_view(self), encoding, errors));
}

Ref code_point_key(uint32_t cp) { return int_ref(cp); }

// str.maketrans(x[, y[, z]]): a static method.
Ref str_maketrans(Value, CallArgs args) {
  check_no_kwargs("maketrans", args);
  check_arg_range("maketrans", args, 1, 3);
  Ref table = new_dict();
  auto* d = table.as<DictObject>();
  if (args.nargs == 1) {
    Value x = args.args[0];
    if (!is_dict(x)) raise_type_error("if you give only one argument to maketrans it must be a dict");
    int64_t pos = 0;
    Value key, value;
    while (dict_next(as_dict(x), pos, key, value)) {
      if (is_str(key)) {
        if (as_str(key)->length != 1) raise_value_error("string keys in translate table must be of length 1");
        size_t i = 0;
        dict_set(d, code_point_key(utf8::decode(str_view(key), i)), value);
      } else if (is_int(key)) {
        dict_set(d, key, value);
      } else {
        raise_type_error("keys in translate table must be strings or integers");
      }
    }
    return table;
  }
  Value x = args.args[0], y = args.args[1];
  if (!is_str(x)) raise_type_error("first maketrans argument must be a string if there is a second argument");
  if (!is_str(y)) raise_type_error("maketrans() argument 2 must be str, not " + type_name(y));
  std::u32string from = decode_all(str_view(x)), to = decode_all(str_view(y));
  if (from.size() != to.size()) raise_value_error("the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < from.size(); i++) dict_set(d, code_point_key(from[i]), code_point_key(to[i]));
  if (args.nargs == 3) {
    Value z = args.args[2];
    if (!is_str(z)) raise_type_error("maketrans() argument 3 must be str, not " + type_name(z));
    for (uint32_t c : decode_all(str_view(z))) dict_set(d, code_point_key(c), Value::none());
  }
  return table;
}

bool is_lookup_error(const PyException& e) { return type_of(e.exception)->is_subtype_of(&exc::LookupError); }

Ref str_translate(Value self, CallArgs args) {
  check_exact_args("str.translate", args, 1);
  Value table = args.args[0];
  std::string_view s = str_view(self);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    uint32_t c = utf8::decode(s, i);
    Ref mapped;
    try {
      mapped = get_item(table, int_ref(c));
    } catch (PyException& e) {
      if (!is_lookup_error(e)) throw;
      out.append(s.substr(start, i - start));
      continue;
    }
    if (mapped.get().is_none()) continue;
    if (is_str(mapped)) {
      out += str_view(mapped);
    } else if (is_int(mapped)) {
      int64_t cp;
      if (!int_to_int64(mapped, cp) || cp < 0 || cp > 0x10FFFF)
        raise_value_error("character mapping must be in range(0x110000)");
      utf8::append(out, static_cast<uint32_t>(cp));
    } else {
      raise_type_error("character mapping must return integer, None or str");
    }
  }
  return new_str(out);
}

// ---------------------------------------------------------------- formatting

Ref str_format_method(Value self, CallArgs args) { return str_format(self, args); }

Ref str_format_map(Value self, CallArgs args) {
  check_exact_args("str.format_map", args, 1);
  return str_format_mapping(self, args.args[0]);
}

Ref str_dunder_format(Value self, CallArgs args) {
  check_exact_args("__format__", args, 1);
  Value spec = args.args[0];
  if (!is_str(spec)) raise_type_error("__format__() argument must be str, not " + type_name(spec));
  if (as_str(spec)->size == 0) return str(self);
  return format_value(self, str_view(spec));
}

Ref str_mod(Value a, Value b) {
  if (!is_str(a)) return Ref(not_implemented());
  return str_percent_format(a, b);
}

Ref str_getnewargs(Value self, CallArgs args) {
  check_exact_args("str.__getnewargs__", args, 0);
  return make_tuple({new_str(str_view(self))});
}

}  // namespace

// ================================================================ str()

// A str of (sub)type `type` holding `text`.
static Ref str_of_type(Type* type, std::string_view text) {
  Ref plain = new_str(text);
  if (type == &str_type) return plain;
  auto* src = as_str(plain);
  void* mem = allocate_object(type, sizeof(StrObject) + src->size + 1);
  auto* s = new (mem) StrObject();
  s->type = type;
  s->size = src->size;
  s->length = src->length;
  s->ascii = src->ascii;
  std::memcpy(s->data(), src->data(), src->size + 1);
  if (type->flags & kTypeHeap) incref(Value::object(type));
  return Ref::steal(s);
}

Ref str_new(Type* type, CallArgs args) {
  Value out[3];
  bind_args("str", args, {"object", "encoding", "errors"}, 0, out);
  Value obj = out[0];
  if (out[1].is_null() && out[2].is_null()) {
    if (obj.is_null()) return str_of_type(type, "");
    Ref s = str(obj);
    if (!is_str(s)) raise_type_error("__str__ returned non-string (type " + type_name(s) + ")");
    if (type == &str_type) return type_of(s) == &str_type ? s : new_str(str_view(s));
    return str_of_type(type, str_view(s));
  }
  for (int i = 1; i < 3; i++)
    if (!out[i].is_null() && !is_str(out[i]))
      raise_type_error(std::string("str() argument '") + (i == 1 ? "encoding" : "errors") + "' must be str, not " +
                       type_name(out[i]));
  if (obj.is_null()) return str_of_type(type, "");
  if (is_str(obj)) raise_type_error("decoding str is not supported");
  if (!is_bytes_like(obj))
    raise_type_error("decoding to str: need a bytes-like object, " + type_name(obj) + " found");
  std::string_view encoding = out[1].is_null() ? "utf-8" : str_view(out[1]);
  std::string_view errors = out[2].is_null() ? "strict" : str_view(out[2]);
  Ref s = decode_bytes(std::string(bytes_data(obj)), encoding, errors);
  return type == &str_type ? s : str_of_type(type, str_view(s));
}

// ================================================================ registration

void init_str_methods() {
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static const Entry methods[] = {
      {"find", str_find},
      {"rfind", str_rfind},
      {"index", str_index},
      {"rindex", str_rindex},
      {"count", str_count},
      {"startswith", str_startswith},
      {"endswith", str_endswith},
      {"split", str_split},
      {"rsplit", str_rsplit},
      {"splitlines", str_splitlines},
      {"partition", str_partition},
      {"rpartition", str_rpartition},
      {"join", str_join},
      {"strip", str_strip},
      {"lstrip", str_lstrip},
      {"rstrip", str_rstrip},
      {"replace", str_replace},
      {"removeprefix", str_removeprefix},
      {"removesuffix", str_removesuffix},
      {"upper", str_upper},
      {"lower", str_lower},
      {"capitalize", str_capitalize},
      {"title", str_title},
      {"swapcase", str_swapcase},
      {"casefold", str_casefold},
      {"isdigit", str_isdigit},
      {"isdecimal", str_isdecimal},
      {"isnumeric", str_isnumeric},
      {"isalpha", str_isalpha},
      {"isalnum", str_isalnum},
      {"isspace", str_isspace},
      {"isupper", str_isupper},
      {"islower", str_islower},
      {"istitle", str_istitle},
      {"isidentifier", str_isidentifier},
      {"isprintable", str_isprintable},
      {"isascii", str_isascii},
      {"center", str_center},
      {"ljust", str_ljust},
      {"rjust", str_rjust},
      {"zfill", str_zfill},
      {"expandtabs", str_expandtabs},
      {"encode", str_encode},
      {"translate", str_translate},
      {"format", str_format_method},
      {"format_map", str_format_map},
      {"__format__", str_dunder_format},
      {"__getnewargs__", str_getnewargs},
  };
  for (const Entry& m : methods) add_method(str_type, m.name, m.fn);
  add_static_method(str_type, "maketrans", str_maketrans);
  str_type.binary[static_cast<int>(BinaryOp::Mod)] = str_mod;
}

}  // namespace gilt
