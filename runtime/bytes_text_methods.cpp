// The text-like methods of bytes and bytearray (see bytes_methods.h): case
// changes, character classes, padding, expandtabs, splitlines, translate and
// maketrans, decode, hex and fromhex. All treat the data as ASCII.
#include <string>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/bytearray_object.h"
#include "runtime/bytes_methods.h"
#include "runtime/bytes_object.h"
#include "runtime/codecs.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/utf8.h"

namespace gilt {

static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static char to_lower(char c) { return is_upper(c) ? static_cast<char>(c + 32) : c; }
static char to_upper(char c) { return is_lower(c) ? static_cast<char>(c - 32) : c; }

static void check_no_args(Value self, const char* name, CallArgs args) {
  check_exact_args(bytes_method_name(self, name).c_str(), args, 0);
}

// ---------------------------------------------------------------- case

template <class Map>
static Ref map_bytes(const char* name, Value self, CallArgs args, Map map) {
  check_no_args(self, name, args);
  std::string s(bytes_data(self));
  map(s);
  return new_bytes_like(self, s);
}

static Ref m_upper(Value self, CallArgs args) {
  return map_bytes("upper", self, args, [](std::string& s) {
    for (char& c : s) c = to_upper(c);
  });
}

static Ref m_lower(Value self, CallArgs args) {
  return map_bytes("lower", self, args, [](std::string& s) {
    for (char& c : s) c = to_lower(c);
  });
}

static Ref m_swapcase(Value self, CallArgs args) {
  return map_bytes("swapcase", self, args, [](std::string& s) {
    for (char& c : s) c = is_upper(c) ? to_lower(c) : to_upper(c);
  });
}

static Ref m_capitalize(Value self, CallArgs args) {
  return map_bytes("capitalize", self, args, [](std::string& s) {
    for (size_t i = 0; i < s.size(); i++) s[i] = i ? to_lower(s[i]) : to_upper(s[i]);
  });
}

// Words are runs of letters: each starts upper case, continues lower case.
static Ref m_title(Value self, CallArgs args) {
  return map_bytes("title", self, args, [](std::string& s) {
    bool previous_cased = false;
    for (char& c : s) {
      c = previous_cased ? to_lower(c) : to_upper(c);
      previous_cased = is_alpha(c);
    }
  });
}

// ---------------------------------------------------------------- classes

template <class Pred>
static Ref all_bytes(const char* name, Value self, CallArgs args, Pred pred) {
  check_no_args(self, name, args);
  std::string_view s = bytes_data(self);
  if (s.empty()) return bool_ref(false);
  for (char c : s)
    if (!pred(static_cast<unsigned char>(c))) return bool_ref(false);
  return bool_ref(true);
}

static Ref m_isdigit(Value self, CallArgs args) { return all_bytes("isdigit", self, args, is_digit); }
static Ref m_isalpha(Value self, CallArgs args) { return all_bytes("isalpha", self, args, is_alpha); }
static Ref m_isspace(Value self, CallArgs args) { return all_bytes("isspace", self, args, ascii_space); }
static Ref m_isalnum(Value self, CallArgs args) {
  return all_bytes("isalnum", self, args, [](unsigned char c) { return is_alpha(c) || is_digit(c); });
}

static Ref m_isascii(Value self, CallArgs args) {
  check_no_args(self, "isascii", args);
  for (char c : bytes_data(self))
    if (static_cast<unsigned char>(c) >= 0x80) return bool_ref(false);
  return bool_ref(true);
}

// islower/isupper: some cased byte, and none of the other case.
static Ref case_test(const char* name, Value self, CallArgs args, bool (*want)(unsigned char),
                     bool (*forbid)(unsigned char)) {
  check_no_args(self, name, args);
  bool cased = false;
  for (char ch : bytes_data(self)) {
    auto c = static_cast<unsigned char>(ch);
    if (forbid(c)) return bool_ref(false);
    cased |= want(c);
  }
  return bool_ref(cased);
}

static Ref m_islower(Value self, CallArgs args) {
  return case_test("islower", self, args, is_lower, is_upper);
}
static Ref m_isupper(Value self, CallArgs args) {
  return case_test("isupper", self, args, is_upper, is_lower);
}

static Ref m_istitle(Value self, CallArgs args) {
  check_no_args(self, "istitle", args);
  bool cased = false, previous_cased = false;
  for (char ch : bytes_data(self)) {
    auto c = static_cast<unsigned char>(ch);
    if (is_upper(c)) {
      if (previous_cased) return bool_ref(false);
      previous_cased = cased = true;
    } else if (is_lower(c)) {
      if (!previous_cased) return bool_ref(false);
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return bool_ref(cased);
}

// ---------------------------------------------------------------- padding

enum class Justify { Left, Right, Center };

static Ref justify(const char* name, Value self, CallArgs args, Justify how) {
  check_no_kwargs(name, args);
  check_arg_range(name, args, 1, 2);
  int64_t width = index_int64(args.args[0]);
  char fill = ' ';
  if (args.nargs > 1) {
    Value f = args.args[1];
    if (!(is_bytes(f) || is_bytearray(f)) || bytes_data(f).size() != 1)
      raise_type_error(std::string(name) + "() argument 2 must be a byte string of length 1, not " +
                       type_name(f));
    fill = bytes_data(f)[0];
  }
  std::string_view s = bytes_data(self);
  int64_t extra = width - static_cast<int64_t>(s.size());
  if (extra <= 0) return same_bytes_like(self);
  int64_t left = how == Justify::Left ? 0 : how == Justify::Right ? extra : extra / 2 + (extra & width & 1);
  std::string out(static_cast<size_t>(left), fill);
  out += s;
  out.append(static_cast<size_t>(extra - left), fill);
  return new_bytes_like(self, out);
}

static Ref m_ljust(Value self, CallArgs args) { return justify("ljust", self, args, Justify::Left); }
static Ref m_rjust(Value self, CallArgs args) { return justify("rjust", self, args, Justify::Right); }
static Ref m_center(Value self, CallArgs args) { return justify("center", self, args, Justify::Center); }

static Ref m_zfill(Value self, CallArgs args) {
  check_exact_args(bytes_method_name(self, "zfill").c_str(), args, 1);
  int64_t width = index_int64(args.args[0]);
  std::string_view s = bytes_data(self);
  int64_t extra = width - static_cast<int64_t>(s.size());
  if (extra <= 0) return same_bytes_like(self);
  size_t sign = !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0;
  std::string out(s.substr(0, sign));
  out.append(static_cast<size_t>(extra), '0');
  out.append(s.substr(sign));
  return new_bytes_like(self, out);
}

static Ref m_expandtabs(Value self, CallArgs args) {
  Value a[1];
  bind_args("expandtabs", args, {"tabsize"}, 0, a);
  int64_t tabsize = a[0].is_null() ? 8 : index_int64(a[0]);
  std::string out;
  int64_t column = 0;
  for (char c : bytes_data(self)) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t n = tabsize - column % tabsize;
        out.append(static_cast<size_t>(n), ' ');
        column += n;
      }
    } else {
      out += c;
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
  }
  return new_bytes_like(self, out);
}

// Lines end at \n, \r or \r\n (bytes know no other line breaks).
static Ref m_splitlines(Value self, CallArgs args) {
  Value a[1];
  bind_args("splitlines", args, {"keepends"}, 0, a);
  bool keepends = !a[0].is_null() && truthy(a[0]);
  std::string s(bytes_data(self));
  Ref list = new_list();
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    while (i < s.size() && s[i] != '\n' && s[i] != '\r') i++;
    size_t eol = i;
    if (i < s.size()) i += (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
    list_append(list, new_bytes_like(self, std::string_view(s).substr(start, (keepends ? i : eol) - start)));
  }
  return list;
}

// ---------------------------------------------------------------- translate

// bytes.maketrans(from, to): a 256-byte table mapping each byte of `from` to
// the byte of `to` at the same position.
static Ref m_maketrans(Value, CallArgs args) {
  check_arg_range("maketrans", args, 2, 2);
  std::string from(need_bytes_like(args.args[0])), to(need_bytes_like(args.args[1]));
  if (from.size() != to.size()) raise_value_error("maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; i++) table[i] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); i++) table[static_cast<unsigned char>(from[i])] = to[i];
  return new_bytes(table);
}

// translate(table, /, delete=b''): table None leaves bytes as they are.
static Ref m_translate(Value self, CallArgs args) {
  Value a[2];
  bind_args("translate", args, {"", "delete"}, 1, a, 1);
  std::string table;
  if (!a[0].is_none()) {
    table = std::string(need_bytes_like(a[0]));
    if (table.size() != 256) raise_value_error("translation table must be 256 characters long");
  }
  std::string deleted = a[1].is_null() ? std::string() : std::string(need_bytes_like(a[1]));
  bool drop[256] = {};
  for (char c : deleted) drop[static_cast<unsigned char>(c)] = true;
  std::string_view s = bytes_data(self);
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (drop[u]) continue;
    out += table.empty() ? c : table[u];
  }
  if (out == s) return same_bytes_like(self);
  return new_bytes_like(self, out);
}

// ---------------------------------------------------------------- decode, hex

static Ref m_decode(Value self, CallArgs args) {
  Value a[2];
  bind_args("decode", args, {"encoding", "errors"}, 0, a);
  for (int i = 0; i < 2; i++)
    if (!a[i].is_null() && !is_str(a[i]))
      raise_type_error(std::string("decode() argument '") + (i ? "errors" : "encoding") +
                       "' must be str, not " + type_name(a[i]));
  std::string_view encoding = a[0].is_null() ? "utf-8" : str_view(a[0]);
  std::string_view errors = a[1].is_null() ? "strict" : str_view(a[1]);
  std::string data(bytes_data(self));
  return decode_bytes(data, encoding, errors);
}

// hex(sep=..., bytes_per_sep=1): a positive group counts from the right, a
// negative one from the left. Shared with memoryview.hex.
Ref bytes_hex_method(Value self, CallArgs args) {
  Value a[2];
  bind_args("hex", args, {"sep", "bytes_per_sep"}, 0, a);
  std::string sep;
  if (!a[0].is_null()) {
    if (is_str(a[0]))
      sep = std::string(str_view(a[0]));
    else if (is_bytes_like(a[0]))
      sep = std::string(bytes_data(a[0]));
    else
      raise_type_error("object of type '" + type_name(a[0]) + "' has no len()");
    if (utf8::length(sep) != 1) raise_value_error("sep must be length 1.");
    if (static_cast<unsigned char>(sep[0]) >= 0x80) raise_value_error("sep must be ASCII.");
  }
  int64_t group = a[1].is_null() ? 1 : index_int64(a[1]);
  static const char hex[] = "0123456789abcdef";
  std::string_view s = bytes_data(self);
  std::string r;
  auto n = static_cast<int64_t>(s.size());
  int64_t g = group < 0 ? -group : group;
  for (int64_t i = 0; i < n; i++) {
    if (!sep.empty() && i > 0 && g > 0) {
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

// bytes.fromhex(string) / bytearray.fromhex(string): a class method.
static Ref m_fromhex(Value cls, CallArgs args) {
  check_exact_args("fromhex", args, 1);
  Value arg = args.args[0];
  if (!is_str(arg)) raise_type_error("fromhex() argument must be str, not " + type_name(arg));
  std::string_view s = str_view(arg);
  std::string out;
  auto fail = [&](size_t pos) {
    raise_value_error("non-hexadecimal number found in fromhex() arg at position " +
                      std::to_string(utf8::length(s.substr(0, pos))));
  };
  for (size_t i = 0; i < s.size();) {
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
  auto* t = cls.as<Type>();
  if (t == &bytes_type) return new_bytes(out);
  if (t == &bytearray_type) return new_bytearray(out);
  return call(cls, {t->is_subtype_of(&bytearray_type) ? new_bytearray(out) : new_bytes(out)});
}

void add_bytes_text_methods(Type& type) {
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static const Entry methods[] = {
      {"upper", m_upper},           {"lower", m_lower},         {"swapcase", m_swapcase},
      {"capitalize", m_capitalize}, {"title", m_title},         {"isdigit", m_isdigit},
      {"isalpha", m_isalpha},       {"isspace", m_isspace},     {"isalnum", m_isalnum},
      {"isascii", m_isascii},       {"islower", m_islower},     {"isupper", m_isupper},
      {"istitle", m_istitle},       {"ljust", m_ljust},         {"rjust", m_rjust},
      {"center", m_center},         {"zfill", m_zfill},         {"expandtabs", m_expandtabs},
      {"splitlines", m_splitlines}, {"translate", m_translate}, {"decode", m_decode},
      {"hex", bytes_hex_method},
  };
  for (const Entry& m : methods) add_method(type, m.name, m.fn);
  add_static_method(type, "maketrans", m_maketrans);
  add_class_method(type, "fromhex", m_fromhex);
}

}  // namespace gilt
