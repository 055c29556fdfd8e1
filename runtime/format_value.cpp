// format(), ascii(), str.format and `str % args` (see format_value.h).
#include "runtime/format_value.h"

#include <cmath>

#include "runtime/builtin_function.h"
#include "runtime/bytes_methods.h"
#include "runtime/bytes_object.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/number_format.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/utf8.h"

namespace gilt {

namespace {

// number_format reports errors as FormatError; Python code sees these.
[[noreturn]] void raise_format_error(const FormatError& e) {
  if (e.kind == FormatError::Kind::Overflow) raise_overflow_error(e.message);
  raise_value_error(e.message);
}

const char kHex[] = "0123456789abcdef";

// |v| in `base` and its sign, for an int of any size.
std::string int_magnitude(Value v, int base, bool& negative) {
  int64_t small;
  if (int_to_int64(v, small) && small != INT64_MIN) {
    negative = small < 0;
    return int64_magnitude_digits(small, base);
  }
  BigInt b = int_to_bigint(v);
  negative = b.is_negative();
  if (base == 10 && b.exceeds_decimal_digits(BigInt::kDefaultMaxStrDigits))
    raise_value_error(
        "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to "
        "increase the limit");
  return b.abs().to_string(base);
}

}  // namespace

// ================================================================ format()

Ref format_value(Value v, std::string_view spec) {
  Type* t = type_of(v);
  if (t->flags & kTypeHeap) {
    // A __format__ written in Python wins; a built-in base's is handled below.
    Value method = type_lookup(t, GILT_NAME("__format__"));
    if (!method.is_null() && type_of(method) != &method_descriptor_type) {
      Ref r = call_method_if_present(v, GILT_NAME("__format__"), {new_str(spec)});
      if (!is_str(r)) raise_type_error("__format__ must return a str, not " + type_name(r));
      return r;
    }
  }
  return format_native(v, spec);
}

Ref format_native(Value v, std::string_view spec) {
  Type* t = type_of(v);
  if (spec.empty()) return str(v);
  try {
    if (is_int(v)) {
      FormatSpec fs = parse_int_format_spec(spec, t->name);
      int base = int_format_base(fs, t->name);
      bool negative;
      std::string digits = int_magnitude(v, base, negative);
      return new_str(format_int(fs, negative, digits, t->name));
    }
    if (is_float(v)) return new_str(format_float(float_value(v), parse_float_format_spec(spec, t->name), t->name));
    if (is_str(v)) return new_str(format_str(str_view(v), parse_str_format_spec(spec, t->name), t->name));
  } catch (const FormatError& e) {
    raise_format_error(e);
  }
  raise_type_error("unsupported format string passed to " + t->name + ".__format__");
}

// ================================================================ ascii()

std::string ascii_escape(std::string_view s) {
  if (utf8::is_ascii(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 8);
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = utf8::decode(s, i);
    if (cp < 0x80) {
      out += static_cast<char>(cp);
      continue;
    }
    int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
    out += '\\';
    out += cp < 0x100 ? 'x' : cp < 0x10000 ? 'u' : 'U';
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 15];
  }
  return out;
}

Ref ascii_of(Value v) {
  Ref r = repr(v);
  if (r.as<StrObject>()->ascii) return r;
  return new_str(ascii_escape(str_view(r)));
}

// ================================================================ str.format

namespace {

// One str.format / format_map call: where field values come from, and the
// automatic-numbering state CPython keeps across the whole format string.
class Formatter {
 public:
  Formatter(CallArgs args, Value mapping) : args_(args), mapping_(mapping) {}

  // Renders `fmt`; `depth` bounds nested replacement fields in format specs.
  std::string render(std::string_view fmt, int depth) {
    if (depth <= 0) raise_value_error("Max string recursion exceeded");
    std::string out;
    size_t i = 0;
    while (i < fmt.size()) {
      char c = fmt[i];
      if (c != '{' && c != '}') {
        size_t j = fmt.find_first_of("{}", i);
        if (j == std::string_view::npos) j = fmt.size();
        out.append(fmt.substr(i, j - i));
        i = j;
        continue;
      }
      bool at_end = i + 1 >= fmt.size();
      if (c == '}') {
        if (at_end || fmt[i + 1] != '}') raise_value_error("Single '}' encountered in format string");
        out += '}';
        i += 2;
        continue;
      }
      if (at_end) raise_value_error("Single '{' encountered in format string");
      if (fmt[i + 1] == '{') {
        out += '{';
        i += 2;
        continue;
      }
      i++;
      out += render_field(fmt, i, depth);
    }
    return out;
  }

 private:
  // Parses the field starting at fmt[i] (just past its '{'), leaves i past
  // its closing '}', and returns the formatted value.
  std::string render_field(std::string_view fmt, size_t& i, int depth) {
    size_t name_start = i;
    char c = 0;
    while (i < fmt.size()) {
      c = fmt[i++];
      if (c == '{') raise_value_error("unexpected '{' in field name");
      if (c == '[') {
        while (i < fmt.size() && fmt[i] != ']') i++;
        c = 0;
        continue;
      }
      if (c == '}' || c == ':' || c == '!') break;
      c = 0;
    }
    if (c == 0) raise_value_error("expected '}' before end of string");
    std::string_view name = fmt.substr(name_start, i - 1 - name_start);
    char conversion = 0;
    std::string_view spec;
    bool spec_nested = false;
    if (c == '!' || c == ':') {
      bool done = false;
      if (c == '!') {
        if (i >= fmt.size()) raise_value_error("end of string while looking for conversion specifier");
        conversion = fmt[i++];
        if (i < fmt.size()) {
          char next = fmt[i++];
          if (next == '}') done = true;
          else if (next != ':') raise_value_error("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        size_t spec_start = i;
        int count = 1;
        while (i < fmt.size()) {
          char d = fmt[i++];
          if (d == '{') {
            spec_nested = true;
            count++;
          } else if (d == '}' && --count == 0) {
            break;
          }
        }
        if (count != 0) raise_value_error("unmatched '{' in format spec");
        spec = fmt.substr(spec_start, i - 1 - spec_start);
      }
    }
    Ref value = field_value(name);
    if (conversion) {
      switch (conversion) {
        case 'r': value = repr(value); break;
        case 's': value = str(value); break;
        case 'a': value = ascii_of(value); break;
        default: {
          auto uc = static_cast<unsigned char>(conversion);
          if (uc > 32 && uc < 127) raise_value_error(std::string("Unknown conversion specifier ") + conversion);
          std::string hex = "\\x";
          hex += kHex[uc >> 4];
          hex += kHex[uc & 15];
          raise_value_error("Unknown conversion specifier " + hex);
        }
      }
    }
    std::string expanded;
    if (spec_nested) {
      expanded = render(spec, depth - 1);
      spec = expanded;
    }
    return std::string(str_view(format_value(value, spec)));
  }

  // "123" -> 123, or -1 when not all digits (a keyword). Empty -> -1.
  static int64_t parse_index(std::string_view s) {
    if (s.empty()) return -1;
    int64_t n = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return -1;
      if (n > (INT64_MAX - 9) / 10) raise_value_error("Too many decimal digits in format string");
      n = n * 10 + (c - '0');
    }
    return n;
  }

  Ref lookup_keyword(std::string_view key) {
    if (!mapping_.is_null()) return get_item(mapping_, new_str(key));
    if (args_.kwnames) {
      auto* names = args_.kwnames;
      for (int64_t k = 0; k < names->size; k++)
        if (str_view(names->items()[k]) == key) return Ref(args_.kwarg(static_cast<size_t>(k)));
    }
    raise_key_error(new_str(key));
  }

  Ref lookup_positional(int64_t index) {
    if (!mapping_.is_null()) raise_value_error("Format string contains positional fields");
    if (index >= static_cast<int64_t>(args_.nargs))
      raise_index_error("Replacement index " + std::to_string(index) + " out of range for positional args tuple");
    return Ref(args_.args[index]);
  }

  // The object a field name such as "0", "name.attr" or "[1][key]" refers to.
  Ref field_value(std::string_view name) {
    size_t first_end = name.find_first_of(".[");
    if (first_end == std::string_view::npos) first_end = name.size();
    std::string_view first = name.substr(0, first_end);
    Ref obj;
    if (first.empty()) {
      if (numbering_ == Numbering::Manual)
        raise_value_error("cannot switch from manual field specification to automatic field numbering");
      numbering_ = Numbering::Auto;
      if (!mapping_.is_null()) raise_value_error("Format string contains positional fields");
      obj = lookup_positional(next_auto_++);
    } else {
      int64_t index = parse_index(first);
      if (index >= 0) {
        if (numbering_ == Numbering::Auto)
          raise_value_error("cannot switch from automatic field numbering to manual field specification");
        numbering_ = Numbering::Manual;
        obj = lookup_positional(index);
      } else {
        obj = lookup_keyword(first);
      }
    }
    size_t i = first_end;
    while (i < name.size()) {
      char c = name[i++];
      if (c == '.') {
        size_t end = name.find_first_of(".[", i);
        if (end == std::string_view::npos) end = name.size();
        std::string_view attr = name.substr(i, end - i);
        if (attr.empty()) raise_value_error("Empty attribute in format string");
        obj = get_attr(obj, attr);
        i = end;
      } else if (c == '[') {
        size_t end = name.find(']', i);
        if (end == std::string_view::npos) raise_value_error("Missing ']' in format string");
        std::string_view key = name.substr(i, end - i);
        if (key.empty()) raise_value_error("Empty attribute in format string");
        int64_t index = parse_index(key);
        obj = index >= 0 ? get_item(obj, Value::small_int(index)) : get_item(obj, new_str(key));
        i = end + 1;
        if (i < name.size() && name[i] != '.' && name[i] != '[')
          raise_value_error("Only '.' or '[' may follow ']' in format field specifier");
      } else {
        raise_value_error("Only '.' or '[' may follow ']' in format field specifier");
      }
    }
    return obj;
  }

  enum class Numbering { Unset, Auto, Manual };
  CallArgs args_;
  Value mapping_;
  Numbering numbering_ = Numbering::Unset;
  int64_t next_auto_ = 0;
};

}  // namespace

Ref str_format(Value fmt, CallArgs args) {
  Formatter f(args, Value());
  return new_str(f.render(str_view(fmt), 2));
}

Ref str_format_mapping(Value fmt, Value mapping) {
  Formatter f(CallArgs{}, mapping);
  return new_str(f.render(str_view(fmt), 2));
}

// ================================================================ str % args

namespace {

// The argument a %-conversion consumes, CPython-style: a tuple is walked
// item by item, anything else is the single argument; %(key) conversions
// take `mapping[key]` instead.
struct PercentArgs {
  Value args;
  Ref current;  // what a lone (non-tuple) argument refers to now
  int64_t arglen, argidx;
  Value mapping;

  bool bytes_keys;  // b'%(key)s': keys are bytes

  explicit PercentArgs(Value a, bool bytes_format = false) : args(a), current(a), bytes_keys(bytes_format) {
    if (is_tuple(a)) {
      arglen = a.as<TupleObject>()->size;
      argidx = 0;
    } else {
      arglen = -1;
      argidx = -2;
    }
    Type* t = type_of(a);
    if (t->getitem && !is_tuple(a) && !(bytes_format ? is_bytes(a) : is_str(a))) mapping = a;
  }

  Value next() {
    if (argidx < arglen) {
      argidx++;
      if (arglen < 0) return current;
      return args.as<TupleObject>()->items()[argidx - 1];
    }
    raise_type_error("not enough arguments for format string");
  }

  void use_key(std::string_view key) {
    if (mapping.is_null()) raise_type_error("format requires a mapping");
    current = get_item(mapping, bytes_keys ? new_bytes(key) : new_str(key));
    arglen = -1;
    argidx = -2;
  }
};

int64_t star_arg(Value v) {
  if (!is_int(v)) raise_type_error("* wants int");
  int64_t n;
  if (!int_to_int64(v, n)) raise_overflow_error("Python int too large to convert to C ssize_t");
  return n;
}

// The integer a %d/%x/... conversion formats, or a TypeError.
Ref percent_int_arg(Value v, char32_t conv) {
  bool index_only = conv == U'o' || conv == U'x' || conv == U'X';
  auto wrong_type = [&]() {
    std::string c(1, static_cast<char>(conv));
    if (index_only) raise_type_error("%" + c + " format: an integer is required, not " + type_name(v));
    raise_type_error("%" + c + " format: a real number is required, not " + type_name(v));
  };
  if (is_int(v)) return Ref(v);
  if (is_float(v)) {
    if (index_only) wrong_type();
    return int_from_double(float_value(v));
  }
  if (type_of(v)->flags & kTypeHeap) {
    Ref r = call_method_if_present(v, GILT_NAME("__index__"), {});
    if (r.is_null() && !index_only) r = call_method_if_present(v, GILT_NAME("__int__"), {});
    if (!r.is_null() && is_int(r)) return r;
  }
  wrong_type();
  return Ref();
}

double percent_float_arg(Value v) {
  if (is_float(v)) return float_value(v);
  if (is_int(v)) return to_double(v);
  if (type_of(v)->flags & kTypeHeap) {
    Ref r = call_method_if_present(v, GILT_NAME("__float__"), {});
    if (!r.is_null() && is_float(r)) return float_value(r);
    r = call_method_if_present(v, GILT_NAME("__index__"), {});
    if (!r.is_null() && is_int(r)) return to_double(r);
  }
  raise_type_error("must be real number, not " + type_name(v));
}

std::string percent_convert(PercentSpec& spec, Value v) {
  switch (spec.conversion) {
    case U's': {
      Ref s = str(v);
      if (!is_str(s)) raise_type_error("__str__ returned non-string (type " + type_name(s) + ")");
      return format_percent_str(str_view(s), spec);
    }
    case U'r': return format_percent_str(str_view(repr(v)), spec);
    case U'a': return format_percent_str(str_view(ascii_of(v)), spec);
    case U'd':
    case U'i':
    case U'u':
    case U'o':
    case U'x':
    case U'X': {
      Ref iv = percent_int_arg(v, spec.conversion);
      bool negative;
      std::string digits = int_magnitude(iv, percent_int_base(spec.conversion), negative);
      return format_percent_int(spec, negative, digits);
    }
    case U'e':
    case U'E':
    case U'f':
    case U'F':
    case U'g':
    case U'G': return format_percent_float(percent_float_arg(v), spec);
    case U'c': {
      if (is_int(v)) {
        int64_t cp;
        if (!int_to_int64(v, cp)) raise_overflow_error("%c arg not in range(0x110000)");
        return format_percent_char(spec, cp);
      }
      if (is_str(v) && v.as<StrObject>()->length == 1) return format_percent_str(str_view(v), spec);
      raise_type_error("%c requires int or char");
    }
    default: return std::string();  // percent_check_conversion rejected the rest
  }
}

}  // namespace

namespace {

// The `%` loop shared by str and bytes: literal text is copied, `%%` becomes
// `%`, and `convert(spec, value)` checks and converts every other spec.
template <class Convert>
std::string percent_format(std::string_view f, PercentArgs& state, Convert convert) {
  std::string out;
  out.reserve(f.size() + 16);
  try {
    size_t pos = 0;
    for (;;) {
      size_t p = f.find('%', pos);
      if (p == std::string_view::npos) {
        out.append(f.substr(pos));
        break;
      }
      out.append(f.substr(pos, p - pos));
      PercentSpec spec = parse_percent_spec(f, p + 1);
      pos = spec.end;
      if (spec.has_key) state.use_key(spec.key);
      if (spec.width_star) percent_set_star_width(spec, star_arg(state.next()));
      if (spec.precision_star) percent_set_star_precision(spec, star_arg(state.next()));
      if (spec.conversion == U'%') {
        out += '%';
        continue;
      }
      Value v = state.next();
      out += convert(spec, v);
    }
  } catch (const FormatError& e) {
    raise_format_error(e);
  }
  return out;
}

}  // namespace

Ref str_percent_format(Value fmt, Value args) {
  PercentArgs state(args);
  std::string out = percent_format(str_view(fmt), state, [](PercentSpec& spec, Value v) {
    percent_check_conversion(spec);
    return percent_convert(spec, v);
  });
  if (state.argidx < state.arglen && state.mapping.is_null())
    raise_type_error("not all arguments converted during string formatting");
  return new_str(out);
}

// ================================================================ bytes % args

namespace {

// %s/%r/%a text padded to the width and cut to the precision, counted in bytes.
std::string pad_percent_bytes(std::string_view data, const PercentSpec& spec) {
  if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < data.size())
    data = data.substr(0, spec.precision);
  std::string out;
  size_t pad = spec.width > static_cast<int64_t>(data.size()) ? spec.width - data.size() : 0;
  if (!spec.left) out.append(pad, ' ');
  out += data;
  if (spec.left) out.append(pad, ' ');
  return out;
}

std::string percent_convert_bytes(PercentSpec& spec, Value v) {
  switch (spec.conversion) {
    case U's':
    case U'b': {
      if (is_bytes_like(v)) return pad_percent_bytes(bytes_data(v), spec);
      Ref b = call_method_if_present(v, GILT_NAME("__bytes__"), {});
      if (b.is_null())
        raise_type_error("%b requires a bytes-like object, or an object that implements __bytes__, not '" +
                         type_name(v) + "'");
      if (!is_bytes(b)) raise_type_error("__bytes__ returned non-bytes (type " + type_name(b) + ")");
      return pad_percent_bytes(bytes_data(b), spec);
    }
    case U'r':
    case U'a':
      return pad_percent_bytes(str_view(ascii_of(v)), spec);
    case U'c': {
      if (is_int(v)) {
        int64_t c;
        if (!int_to_int64(v, c) || c < 0 || c > 255) raise_overflow_error("%c arg not in range(256)");
        return pad_percent_bytes(std::string(1, static_cast<char>(c)), spec);
      }
      if ((is_bytes(v) || is_bytearray(v)) && bytes_data(v).size() == 1)
        return pad_percent_bytes(bytes_data(v), spec);
      raise_type_error("%c requires an integer in range(256) or a single byte");
    }
    default:
      return percent_convert(spec, v);  // the numbers format as for str
  }
}

}  // namespace

Ref bytes_percent_format(Value self, Value args) {
  PercentArgs state(args, true);
  std::string f(bytes_data(self));  // a copy: a bytearray may change while its items convert
  std::string out = percent_format(f, state, [](PercentSpec& spec, Value v) {
    if (spec.conversion != U'b') {
      // The index counts bytes, not characters.
      spec.conversion_index = spec.end - 1;
      percent_check_conversion(spec);
    }
    return percent_convert_bytes(spec, v);
  });
  if (state.argidx < state.arglen && state.mapping.is_null())
    raise_type_error("not all arguments converted during bytes formatting");
  return new_bytes_like(self, out);
}

}  // namespace gilt
