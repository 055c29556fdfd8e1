// int's methods beyond arithmetic: the conversions (__int__, __float__,
// __index__, __trunc__/__floor__/__ceil__/__round__), divmod, the rational
// attributes (real, imag, numerator, denominator), to_bytes/from_bytes,
// as_integer_ratio and __sizeof__.
#include <cmath>
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/bytes_object.h"
#include "runtime/error.h"
#include "runtime/float_object.h"
#include "runtime/getset_descriptor.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/object_methods.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

double int_as_double(Value v);  // int_object.cpp

// The exact int with self's value (what int(x) gives for a subclass or bool).
static Ref exact_int(Value self) {
  if (self.is_small_int() || type_of(self) == &int_type) return Ref(self);
  return int_from_bigint(int_to_bigint(self));
}

// The methods that take no argument and return int(self).
static Ref int_int(Value self, CallArgs args) {
  check_exact_args("int.__int__", args, 0);
  return exact_int(self);
}
static Ref int_index(Value self, CallArgs args) {
  check_exact_args("int.__index__", args, 0);
  return exact_int(self);
}
static Ref int_trunc(Value self, CallArgs args) {
  check_exact_args("int.__trunc__", args, 0);
  return exact_int(self);
}
static Ref int_floor(Value self, CallArgs args) {
  check_exact_args("int.__floor__", args, 0);
  return exact_int(self);
}
static Ref int_ceil(Value self, CallArgs args) {
  check_exact_args("int.__ceil__", args, 0);
  return exact_int(self);
}

static Ref int_abs(Value self, CallArgs args) {
  check_exact_args("int.__abs__", args, 0);
  int64_t x;
  if (self.is_small_int() && (x = self.small_int()) != Value::kMinSmallInt)
    return int_from_int64(x < 0 ? -x : x);
  return int_from_bigint(int_to_bigint(self).abs());
}

static Ref int_float(Value self, CallArgs args) {
  check_exact_args("int.__float__", args, 0);
  return new_float(int_as_double(self));
}

static Ref int_getnewargs(Value self, CallArgs args) {
  check_exact_args("int.__getnewargs__", args, 0);
  return make_tuple({exact_int(self)});
}

// round(x, ndigits) for ints: a multiple of 10**-ndigits, ties to even.
static Ref int_round(Value self, CallArgs args) {
  check_arg_range("__round__", args, 0, 1);
  if (args.nargs == 0) return exact_int(self);
  int64_t nd = index_saturated(args.args[0]);
  if (nd >= 0) return exact_int(self);
  // |10**-nd| above any int gilt can hold rounds everything to 0.
  if (nd < -100000) return Ref(Value::small_int(0));
  BigInt p = BigInt::pow(BigInt(10), static_cast<uint64_t>(-nd));
  auto [q, r] = BigInt::divmod(int_to_bigint(self), p);
  int c = BigInt::compare(r + r, p);
  if (c > 0 || (c == 0 && q.is_odd())) q += BigInt(1);
  return int_from_bigint(q * p);
}

static Ref int_divmod_values(Value a, Value b) {
  if (!is_int(a) || !is_int(b)) return Ref(not_implemented());
  BigInt d = int_to_bigint(b);
  if (d.is_zero()) raise_zero_division("integer division or modulo by zero");
  auto [q, r] = BigInt::divmod(int_to_bigint(a), d);
  return make_tuple({int_from_bigint(std::move(q)), int_from_bigint(std::move(r))});
}

static Ref int_divmod(Value self, CallArgs args) {
  check_exact_args("int.__divmod__", args, 1);
  return int_divmod_values(self, args.args[0]);
}

static Ref int_rdivmod(Value self, CallArgs args) {
  check_exact_args("int.__rdivmod__", args, 1);
  return int_divmod_values(args.args[0], self);
}

static Ref int_as_integer_ratio(Value self, CallArgs args) {
  check_exact_args("int.as_integer_ratio", args, 0);
  return make_tuple({exact_int(self), Value::small_int(1)});
}

// CPython's size: a 24-byte header and one 4-byte digit per 30 bits.
static Ref int_sizeof(Value self, CallArgs args) {
  check_exact_args("int.__sizeof__", args, 0);
  uint64_t bits = int_to_bigint(self).bit_length();
  return int_from_int64(24 + 4 * static_cast<int64_t>((bits + 29) / 30));
}

static Ref int_get_self(Value self) { return exact_int(self); }
static Ref int_get_zero(Value) { return Ref(Value::small_int(0)); }
static Ref int_get_one(Value) { return Ref(Value::small_int(1)); }

// ------------------------------------------------------------------ bytes

static bool little_endian_arg(const char* fname, Value v) {
  if (v.is_null()) return false;
  if (!is_str(v))
    raise_type_error(std::string(fname) + "() argument 'byteorder' must be str, not " + type_name(v));
  std::string_view s = str_view(v);
  if (s == "little") return true;
  if (s == "big") return false;
  raise_value_error("byteorder must be either 'little' or 'big'");
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
static Ref int_to_bytes(Value self, CallArgs args) {
  Value a[3];
  bind_args("to_bytes", args, {"length", "byteorder", "signed"}, 0, a, 0, 2);
  int64_t length = a[0].is_null() ? 1 : index_int64(a[0]);
  bool little = little_endian_arg("to_bytes", a[1]);
  bool is_signed = !a[2].is_null() && truthy(a[2]);
  if (length < 0) raise_value_error("length argument must be non-negative");
  if (length > (int64_t(1) << 40)) raise_memory_error();
  std::vector<uint8_t> out;
  switch (int_to_bigint(self).to_bytes(out, static_cast<size_t>(length), little, is_signed)) {
    case BigInt::ToBytesStatus::Overflow:
      raise_overflow_error("int too big to convert");
    case BigInt::ToBytesStatus::NegativeUnsigned:
      raise_overflow_error("can't convert negative int to unsigned");
    case BigInt::ToBytesStatus::Ok:
      break;
  }
  return new_bytes(std::string_view(reinterpret_cast<const char*>(out.data()), out.size()));
}

// int.from_bytes(bytes, byteorder='big', *, signed=False): a class method.
static Ref int_from_bytes(Value cls, CallArgs args) {
  Value a[3];
  bind_args("from_bytes", args, {"bytes", "byteorder", "signed"}, 1, a, 0, 2);
  bool little = little_endian_arg("from_bytes", a[1]);
  bool is_signed = !a[2].is_null() && truthy(a[2]);
  Ref data = bytes_from_object(a[0]);
  std::string_view v = bytes_data(data);
  Ref result = int_from_bigint(
      BigInt::from_bytes(reinterpret_cast<const uint8_t*>(v.data()), v.size(), little, is_signed));
  if (cls.is(Value::object(&int_type))) return result;
  return call(cls, {result});
}

void init_int_methods() {
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static const Entry methods[] = {
      {"__int__", int_int},
      {"__index__", int_index},
      {"__trunc__", int_trunc},
      {"__floor__", int_floor},
      {"__ceil__", int_ceil},
      {"__round__", int_round},
      {"__abs__", int_abs},
      {"__float__", int_float},
      {"__divmod__", int_divmod},
      {"__rdivmod__", int_rdivmod},
      {"__getnewargs__", int_getnewargs},
      {"__sizeof__", int_sizeof},
      {"__format__", native_format_method},
      {"as_integer_ratio", int_as_integer_ratio},
      {"to_bytes", int_to_bytes},
  };
  for (const Entry& m : methods) add_method(int_type, m.name, m.fn);
  add_class_method(int_type, "from_bytes", int_from_bytes);
  add_getset(int_type, "real", int_get_self);
  add_getset(int_type, "imag", int_get_zero);
  add_getset(int_type, "numerator", int_get_self);
  add_getset(int_type, "denominator", int_get_one);
}

}  // namespace gilt
