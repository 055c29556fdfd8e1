// int and bool. Arithmetic stays on tagged small ints while results fit and
// moves to BigInt when they do not (see int_object.h).
#include "runtime/int_object.h"

#include <charconv>
#include <cmath>
#include <stdexcept>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/bytes_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/misc_objects.h"
#include "runtime/number_format.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

Type int_type, bool_type;

static size_t max_str_digits = BigInt::kDefaultMaxStrDigits;

Ref int_from_int64(int64_t v) {
  if (Value::fits_small_int(v)) return Ref(Value::small_int(v));
  auto* o = new_object<IntObject>(&int_type);
  o->value = BigInt(v);
  return Ref::steal(o);
}

Ref int_from_bigint(BigInt v) {
  if (v.fits_small()) return Ref(Value::small_int(v.to_int64()));
  auto* o = new_object<IntObject>(&int_type);
  o->value = std::move(v);
  return Ref::steal(o);
}

Ref int_from_literal(std::string_view text) {
  std::optional<BigInt> v = BigInt::parse_literal(text);
  if (!v) raise_value_error("invalid integer literal");
  return int_from_bigint(std::move(*v));
}

BigInt int_to_bigint(Value v) {
  if (v.is_small_int()) return BigInt(v.small_int());
  if (v.is_bool()) return BigInt(v.is_true() ? 1 : 0);
  return v.as<IntObject>()->value;
}

bool int_to_int64(Value v, int64_t& out) {
  if (v.is_small_int()) {
    out = v.small_int();
    return true;
  }
  if (v.is_bool()) {
    out = v.is_true();
    return true;
  }
  const BigInt& b = v.as<IntObject>()->value;
  if (!b.fits_int64()) return false;
  out = b.to_int64();
  return true;
}

int64_t index_saturated(Value v) {
  Ref i = index_value(v);
  int64_t out;
  if (int_to_int64(i, out)) return out;
  return int_to_bigint(i).is_negative() ? INT64_MIN : INT64_MAX;
}

// An int operand as a small value when possible; the slow paths use BigInt.
static bool small(Value v, int64_t& out) {
  if (v.is_small_int()) {
    out = v.small_int();
    return true;
  }
  if (v.is_bool()) {
    out = v.is_true();
    return true;
  }
  return false;
}

// ----------------------------------------------------------------- arithmetic

static Ref int_add(Value a, Value b) {
  if (!is_int(a) || !is_int(b)) return Ref(not_implemented());
  int64_t x, y, r;
  if (small(a, x) && small(b, y) && !__builtin_add_overflow(x, y, &r)) return int_from_int64(r);
  return int_from_bigint(int_to_bigint(a) + int_to_bigint(b));
}

static Ref int_sub(Value a, Value b) {
  if (!is_int(a) || !is_int(b)) return Ref(not_implemented());
  int64_t x, y, r;
  if (small(a, x) && small(b, y) && !__builtin_sub_overflow(x, y, &r)) return int_from_int64(r);
  return int_from_bigint(int_to_bigint(a) - int_to_bigint(b));
}

static Ref int_mul(Value a, Value b) {
  if (!is_int(a) || !is_int(b)) return Ref(not_implemented());
  int64_t x, y, r;
  if (small(a, x) && small(b, y) && !__builtin_mul_overflow(x, y, &r)) return int_from_int64(r);
  return int_from_bigint(int_to_bigint(a) * int_to_bigint(b));
}

static Ref int_floordiv(Value a, Value b) {
  if (!is_int(a) || !is_int(b)) return Ref(not_implemented());
  int64_t x, y;
  if (small(a, x) && small(b, y)) {
    if (y == 0) raise_zero_division("integer division or modulo by zero");
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
    return int_from_int64(q);
  }
  BigInt d = int_to_bigint(b);
  if (d.is_zero()) raise_zero_division("integer division or modulo by zero");
  return int_from_bigint(BigInt::floordiv(int_to_bigint(a), d));
}

static Ref int_mod(Value a, Value b) {
  if (!is_int(a) || !is_int(b)) return Ref(not_implemented());
  int64_t x, y;
  if (small(a, x) && small(b, y)) {
    if (y == 0) raise_zero_division("integer modulo by zero");
    int64_t m = x % y;
    if (m != 0 && ((m < 0) != (y < 0))) m += y;
    return int_from_int64(m);
  }
  BigInt d = int_to_bigint(b);
  if (d.is_zero()) raise_zero_division("integer modulo by zero");
  return int_from_bigint(BigInt::mod(int_to_bigint(a), d));
}

Ref int_from_double(double d) {
  if (std::isinf(d)) raise_overflow_error("cannot convert float infinity to integer");
  if (std::isnan(d)) raise_value_error("cannot convert float NaN to integer");
  if (d > -4e18 && d < 4e18) return Ref(Value::small_int(static_cast<int64_t>(d)));
  return int_from_bigint(BigInt::from_double(d));
}

double int_as_double(Value v) {
  int64_t x;
  if (small(v, x)) return static_cast<double>(x);
  double d;
  if (!v.as<IntObject>()->value.to_double(d)) raise_overflow_error("int too large to convert to float");
  return d;
}

static Ref int_truediv(Value a, Value b) {
  if (!is_int(a) || !is_int(b)) return Ref(not_implemented());
  int64_t x, y;
  constexpr int64_t kExact = int64_t(1) << 53;
  if (small(a, x) && small(b, y) && x > -kExact && x < kExact && y > -kExact && y < kExact) {
    if (y == 0) raise_zero_division("division by zero");
    return new_float(static_cast<double>(x) / static_cast<double>(y));
  }
  BigInt d = int_to_bigint(b);
  if (d.is_zero()) raise_zero_division("division by zero");
  double r;
  if (!BigInt::truediv(int_to_bigint(a), d, r)) raise_overflow_error("integer division result too large for a float");
  return new_float(r);
}

static Ref int_pow(Value a, Value b) {
  if (!is_int(a) || !is_int(b)) return Ref(not_implemented());
  BigInt e = int_to_bigint(b);
  if (e.is_negative()) {
    double base = int_as_double(a);
    if (base == 0) raise_zero_division("0.0 cannot be raised to a negative power");
    return binary_op(new_float(base), new_float(int_as_double(b)), BinaryOp::Pow);
  }
  int64_t x, y;
  if (small(a, x) && small(b, y)) {
    int64_t r = 1, base = x;
    bool overflow = false;
    for (int64_t n = y; n > 0 && !overflow; n >>= 1) {
      if (n & 1) overflow |= __builtin_mul_overflow(r, base, &r);
      if (n > 1) overflow |= __builtin_mul_overflow(base, base, &base);
    }
    if (!overflow) return int_from_int64(r);
  }
  try {
    return int_from_bigint(BigInt::pow(int_to_bigint(a), e));
  } catch (const std::length_error&) {
    raise_memory_error();
  }
}

static Ref int_lshift(Value a, Value b) {
  if (!is_int(a) || !is_int(b)) return Ref(not_implemented());
  BigInt n = int_to_bigint(b);
  if (n.is_negative()) raise_value_error("negative shift count");
  int64_t x, y;
  if (small(a, x) && small(b, y)) {
    if (x == 0) return Ref(Value::small_int(0));
    if (y < 62) {
      int64_t r = x << y;
      if ((r >> y) == x && Value::fits_small_int(r)) return int_from_int64(r);
    }
  }
  if (!n.fits_int64() || n.to_int64() > (int64_t(1) << 37)) {
    if (int_to_bigint(a).is_zero()) return Ref(Value::small_int(0));
    raise_memory_error();
  }
  return int_from_bigint(int_to_bigint(a) << static_cast<uint64_t>(n.to_int64()));
}

static Ref int_rshift(Value a, Value b) {
  if (!is_int(a) || !is_int(b)) return Ref(not_implemented());
  BigInt n = int_to_bigint(b);
  if (n.is_negative()) raise_value_error("negative shift count");
  int64_t x, y;
  if (small(a, x) && small(b, y)) return int_from_int64(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
  if (!n.fits_int64()) return Ref(Value::small_int(int_to_bigint(a).is_negative() ? -1 : 0));
  return int_from_bigint(int_to_bigint(a) >> static_cast<uint64_t>(n.to_int64()));
}

template <class SmallOp, class BigOp>
static Ref int_bitwise(Value a, Value b, SmallOp small_op, BigOp big_op) {
  if (!is_int(a) || !is_int(b)) return Ref(not_implemented());
  int64_t x, y;
  if (small(a, x) && small(b, y)) return int_from_int64(small_op(x, y));
  return int_from_bigint(big_op(int_to_bigint(a), int_to_bigint(b)));
}

static Ref int_and(Value a, Value b) {
  if (a.is_bool() && b.is_bool()) return Ref(Value::boolean(a.is_true() && b.is_true()));
  return int_bitwise(a, b, [](int64_t x, int64_t y) { return x & y; }, [](const BigInt& x, const BigInt& y) { return x & y; });
}
static Ref int_or(Value a, Value b) {
  if (a.is_bool() && b.is_bool()) return Ref(Value::boolean(a.is_true() || b.is_true()));
  return int_bitwise(a, b, [](int64_t x, int64_t y) { return x | y; }, [](const BigInt& x, const BigInt& y) { return x | y; });
}
static Ref int_xor(Value a, Value b) {
  if (a.is_bool() && b.is_bool()) return Ref(Value::boolean(a.is_true() != b.is_true()));
  return int_bitwise(a, b, [](int64_t x, int64_t y) { return x ^ y; }, [](const BigInt& x, const BigInt& y) { return x ^ y; });
}

static Ref int_negative(Value v) {
  int64_t x;
  if (small(v, x)) return int_from_int64(-x);
  return int_from_bigint(-int_to_bigint(v));
}
static Ref int_positive(Value v) {
  if (type_of(v) == &int_type) return Ref(v);
  return int_from_bigint(int_to_bigint(v));
}
static Ref int_invert(Value v) {
  int64_t x;
  if (small(v, x)) return int_from_int64(~x);
  return int_from_bigint(~int_to_bigint(v));
}

static Ref int_compare(Value a, Value b, CompareOp op) {
  if (!is_int(b)) return Ref(not_implemented());
  int c;
  int64_t x, y;
  if (small(a, x) && small(b, y))
    c = x < y ? -1 : x > y;
  else
    c = BigInt::compare(int_to_bigint(a), int_to_bigint(b));
  bool r = false;
  switch (op) {
    case CompareOp::Lt: r = c < 0; break;
    case CompareOp::Le: r = c <= 0; break;
    case CompareOp::Eq: r = c == 0; break;
    case CompareOp::Ne: r = c != 0; break;
    case CompareOp::Gt: r = c > 0; break;
    case CompareOp::Ge: r = c >= 0; break;
  }
  return Ref(Value::boolean(r));
}

static int64_t int_hash(Value v) {
  int64_t x;
  if (small(v, x)) return BigInt::hash_int64(x);
  return v.as<IntObject>()->value.hash();
}

static bool int_truthy(Value v) {
  int64_t x;
  if (small(v, x)) return x != 0;
  return !v.as<IntObject>()->value.is_zero();
}

std::string int_to_decimal(Value v) {
  int64_t x;
  if (small(v, x)) return std::to_string(x);
  const BigInt& b = v.as<IntObject>()->value;
  if (b.exceeds_decimal_digits(max_str_digits))
    raise_value_error("Exceeds the limit (" + std::to_string(max_str_digits) +
                      " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
  return b.to_string(10);
}

static Ref int_repr(Value v) {
  int64_t x;
  if (small(v, x)) {
    char digits[24];
    char* end = std::to_chars(digits, digits + sizeof digits, x).ptr;
    return new_str(std::string_view(digits, static_cast<size_t>(end - digits)));
  }
  return new_str(int_to_decimal(v));
}

// int(text, base) for a str or binary data, with CPython's messages.
static Ref int_from_text(Value x, int base) {
  std::string bytes_text = is_str(x) ? std::string() : std::string(bytes_data(x));
  std::string_view text = is_str(x) ? str_view(x) : std::string_view(bytes_text);
  auto r = BigInt::parse_ex(text, base, max_str_digits);
  if (r.status == BigInt::ParseStatus::TooManyDigits)
    raise_value_error("Exceeds the limit (" + std::to_string(max_str_digits) +
                      " digits) for integer string conversion: value has " + std::to_string(r.digits) +
                      " digits; use sys.set_int_max_str_digits() to increase the limit");
  if (r.status != BigInt::ParseStatus::Ok) {
    std::string shown = is_str(x) ? str_repr(text) : repr_string(is_memoryview(x) ? new_bytes(text) : Ref(x));
    raise_value_error("invalid literal for int() with base " + std::to_string(base) + ": " + shown);
  }
  return int_from_bigint(std::move(r.value));
}

// int(x=0), int(x, base=10)
static Ref int_new(Type* type, CallArgs args) {
  Value a[2];
  bind_args("int", args, {"", "base"}, 0, a, 1);
  Ref result;
  if (a[0].is_null()) {
    if (!a[1].is_null()) raise_type_error("int() missing string argument");
    result = Ref(Value::small_int(0));
  } else if (!a[1].is_null()) {
    int64_t base = index_int64(a[1]);
    if (base != 0 && (base < 2 || base > 36)) raise_value_error("int() base must be >= 2 and <= 36, or 0");
    if (!is_str(a[0]) && !is_bytes(a[0]) && !is_bytearray(a[0]))
      raise_type_error("int() can't convert non-string with explicit base");
    result = int_from_text(a[0], static_cast<int>(base));
  } else {
    Value x = a[0];
    if (is_int(x)) {
      result = int_from_bigint(int_to_bigint(x));
    } else if (is_float(x)) {
      result = int_from_double(float_value(x));
    } else if (is_str(x) || is_bytes_like(x)) {
      result = int_from_text(x, 10);
    } else {
      Ref r = call_method_if_present(x, GILT_NAME("__int__"), {});
      if (r.is_null()) r = call_method_if_present(x, GILT_NAME("__index__"), {});
      if (r.is_null()) r = call_method_if_present(x, GILT_NAME("__trunc__"), {});
      if (r.is_null())
        raise_type_error("int() argument must be a string, a bytes-like object or a real number, not '" +
                         type_name(x) + "'");
      if (!is_int(r)) raise_type_error("__int__ returned non-int (type " + type_name(r) + ")");
      result = int_from_bigint(int_to_bigint(r));
    }
  }
  if (type == &int_type) return result;
  // A subclass of int: boxed, so it can carry its own type.
  auto* o = new_object<IntObject>(type);
  o->value = int_to_bigint(result);
  return Ref::steal(o);
}

static Ref int_bit_length(Value self, CallArgs args) {
  check_exact_args("int.bit_length", args, 0);
  return int_from_int64(static_cast<int64_t>(int_to_bigint(self).bit_length()));
}

static Ref int_bit_count(Value self, CallArgs args) {
  check_exact_args("int.bit_count", args, 0);
  return int_from_int64(static_cast<int64_t>(int_to_bigint(self).bit_count()));
}

static Ref int_conjugate(Value self, CallArgs args) {
  check_exact_args("int.conjugate", args, 0);
  return int_from_bigint(int_to_bigint(self));
}

// ----------------------------------------------------------------- bool

static Ref bool_repr(Value v) { return new_str(v.is_true() ? "True" : "False"); }

static Ref bool_new(Type*, CallArgs args) {
  check_arg_range("bool", args, 0, 1);
  if (args.nkwargs()) raise_type_error("bool() takes no keyword arguments");
  return Ref(Value::boolean(args.nargs && truthy(args.args[0])));
}

void init_int_methods();  // int_methods.cpp

void init_int_type() {
  int_type.repr = int_repr;
  int_type.hash = int_hash;
  int_type.compare = int_compare;
  int_type.truthy = int_truthy;
  int_type.new_instance = int_new;
  int_type.negative = int_negative;
  int_type.positive = int_positive;
  int_type.invert = int_invert;
  BinaryFn* b = int_type.binary;
  b[static_cast<int>(BinaryOp::Add)] = int_add;
  b[static_cast<int>(BinaryOp::Sub)] = int_sub;
  b[static_cast<int>(BinaryOp::Mul)] = int_mul;
  b[static_cast<int>(BinaryOp::TrueDiv)] = int_truediv;
  b[static_cast<int>(BinaryOp::FloorDiv)] = int_floordiv;
  b[static_cast<int>(BinaryOp::Mod)] = int_mod;
  b[static_cast<int>(BinaryOp::Pow)] = int_pow;
  b[static_cast<int>(BinaryOp::LShift)] = int_lshift;
  b[static_cast<int>(BinaryOp::RShift)] = int_rshift;
  b[static_cast<int>(BinaryOp::And)] = int_and;
  b[static_cast<int>(BinaryOp::Or)] = int_or;
  b[static_cast<int>(BinaryOp::Xor)] = int_xor;
  init_static_type(int_type, "int", sizeof(IntObject), dealloc_object<IntObject>);
  int_type.flags |= kTypeIntSubclass;
  add_method(int_type, "bit_length", int_bit_length);
  add_method(int_type, "bit_count", int_bit_count);
  add_method(int_type, "conjugate", int_conjugate);
  init_int_methods();
}

void init_bool_type() {
  bool_type.repr = bool_repr;
  bool_type.new_instance = bool_new;
  init_static_type(bool_type, "bool", sizeof(IntObject), dealloc_object<IntObject>, &int_type);
  bool_type.flags &= ~kTypeBaseType;
  bool_type.hash = int_type.hash;
  bool_type.truthy = int_type.truthy;
  bool_type.negative = int_type.negative;
  bool_type.positive = int_type.positive;
  bool_type.invert = int_type.invert;
  for (int i = 0; i < kBinaryOpCount; i++) bool_type.binary[i] = int_type.binary[i];
}

size_t get_int_max_str_digits() { return max_str_digits; }
void set_int_max_str_digits(size_t n) { max_str_digits = n; }

}  // namespace gilt
