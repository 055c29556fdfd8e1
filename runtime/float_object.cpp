// float: IEEE doubles with CPython's arithmetic rules and error messages.
#include "runtime/float_object.h"

#include <bit>
#include <cerrno>
#include <cmath>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/bytes_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/getset_descriptor.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/number_format.h"
#include "runtime/object_methods.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

Type float_type;

double int_as_double(Value v);  // int_object.cpp

// Float arithmetic creates and drops a float per operation; like CPython,
// keep a small per-thread stock of freed float objects to reuse.
namespace {
struct FloatFreeList {
  static constexpr size_t kMax = 256;
  FloatObject* items[kMax];
  size_t count = 0;
  ~FloatFreeList() {
    while (count) free_object_memory(items[--count], sizeof(FloatObject));
  }
};
thread_local FloatFreeList float_free_list;
}  // namespace

Ref new_float(double v) {
  FloatFreeList& fl = float_free_list;
  FloatObject* f;
  if (fl.count) {
    f = new (fl.items[--fl.count]) FloatObject();
    f->type = &float_type;
  } else {
    f = new_object<FloatObject>(&float_type);
  }
  f->value = v;
  return Ref::steal(f);
}

static void dealloc_float(Object* o) {
  FloatFreeList& fl = float_free_list;
  if (o->type == &float_type && fl.count < FloatFreeList::kMax) {
    static_cast<FloatObject*>(o)->~FloatObject();
    fl.items[fl.count++] = static_cast<FloatObject*>(o);
    return;
  }
  dealloc_object<FloatObject>(o);
}

double to_double(Value v) {
  if (is_float(v)) return float_value(v);
  if (is_int(v)) return int_as_double(v);
  Ref r = call_method_if_present(v, GILT_NAME("__float__"), {});
  if (r.is_null()) {
    Ref i = call_method_if_present(v, GILT_NAME("__index__"), {});
    if (!i.is_null()) return int_as_double(i);
    raise_type_error("must be real number, not " + type_name(v));
  }
  if (!is_float(r)) raise_type_error(type_name(v) + ".__float__ returned non-float (type " + type_name(r) + ")");
  return float_value(r);
}

// Both operands as doubles, when both are floats or ints.
static bool operands(Value a, Value b, double& x, double& y) {
  if (is_float(a)) x = float_value(a);
  else if (is_int(a)) x = int_as_double(a);
  else return false;
  if (is_float(b)) y = float_value(b);
  else if (is_int(b)) y = int_as_double(b);
  else return false;
  return true;
}

#define FLOAT_OPERANDS(a, b, x, y) \
  double x = 0, y = 0;             \
  if (!operands(a, b, x, y)) return Ref(not_implemented())

static Ref float_add(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return new_float(x + y);
}
static Ref float_sub(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return new_float(x - y);
}
static Ref float_mul(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return new_float(x * y);
}
static Ref float_truediv(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0) raise_zero_division("float division by zero");
  return new_float(x / y);
}

// Python's float modulo: the result takes the sign of the divisor.
static double float_mod_value(double x, double y) {
  double m = std::fmod(x, y);
  if (m != 0) {
    if ((y < 0) != (m < 0)) m += y;
  } else {
    m = std::copysign(0.0, y);
  }
  return m;
}

static double float_floordiv_value(double x, double y) {
  double m = std::fmod(x, y);
  double div = (x - m) / y;
  if (m != 0 && ((y < 0) != (m < 0))) div -= 1.0;
  double floordiv;
  if (div != 0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, x / y);
  }
  return floordiv;
}

static Ref float_mod(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0) raise_zero_division("float modulo");
  return new_float(float_mod_value(x, y));
}
static Ref float_floordiv(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0) raise_zero_division("float floor division by zero");
  return new_float(float_floordiv_value(x, y));
}

Ref float_divmod(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0) raise_zero_division("float divmod()");
  return make_tuple({new_float(float_floordiv_value(x, y)), new_float(float_mod_value(x, y))});
}

static Ref float_pow(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (x == 0 && y < 0) raise_zero_division("0.0 cannot be raised to a negative power");
  if (x < 0 && y != std::floor(y) && std::isfinite(y))
    raise_value_error("negative number cannot be raised to a fractional power (gilt has no complex numbers)");
  errno = 0;
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) {
    Ref args = make_tuple({Value::small_int(34), new_str("Numerical result out of range")});
    raise(new_exception(&exc::OverflowError, args));
  }
  return new_float(r);
}

static Ref float_negative(Value v) { return new_float(-float_value(v)); }
static Ref float_positive(Value v) {
  if (type_of(v) == &float_type) return Ref(v);
  return new_float(float_value(v));
}
static bool float_truthy(Value v) { return float_value(v) != 0; }

// Compares a double with an int exactly, as CPython does (no rounding of the int).
static int compare_with_int(double x, Value i) {
  if (std::isinf(x)) return x > 0 ? 1 : -1;
  int64_t n;
  if (int_to_int64(i, n) && n > -(int64_t(1) << 53) && n < (int64_t(1) << 53)) {
    double y = static_cast<double>(n);
    return x < y ? -1 : x > y;
  }
  return -int_to_bigint(i).compare_double(x);
}

static Ref float_compare(Value a, Value b, CompareOp op) {
  double x = float_value(a);
  int c;
  if (is_float(b)) {
    double y = float_value(b);
    if (std::isnan(x) || std::isnan(y)) return Ref(Value::boolean(op == CompareOp::Ne));
    c = x < y ? -1 : x > y;
  } else if (is_int(b)) {
    if (std::isnan(x)) return Ref(Value::boolean(op == CompareOp::Ne));
    c = compare_with_int(x, b);
  } else {
    return Ref(not_implemented());
  }
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

// CPython's numeric hash: the value modulo 2**61 - 1, so that equal ints and
// floats hash equal.
int64_t hash_double(double v, Value self) {
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? 314159 : -314159;
    auto h = static_cast<int64_t>(self.bits() >> 4);
    return h == -1 ? -2 : h;
  }
  constexpr uint64_t P = BigInt::kHashModulus;
  constexpr int bits = BigInt::kHashBits;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & P) | x >> (bits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    auto y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= P) x -= P;
  }
  e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
  x = ((x << e) & P) | x >> (bits - e);
  auto h = static_cast<int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

static int64_t float_hash(Value v) { return hash_double(float_value(v), v); }

static Ref float_repr(Value v) { return new_str(float_repr(float_value(v))); }

static Ref float_new(Type* type, CallArgs args) {
  check_arg_range("float", args, 0, 1);
  if (args.nkwargs()) raise_type_error("float() takes no keyword arguments");
  double d = 0;
  if (args.nargs) {
    Value x = args.args[0];
    if (is_str(x)) {
      auto r = parse_float(str_view(x));
      if (!r) raise_value_error("could not convert string to float: " + str_repr(str_view(x)));
      d = *r;
    } else if (is_bytes_like(x)) {
      std::string text(bytes_data(x));
      auto r = parse_float(text);
      if (!r)
        raise_value_error("could not convert string to float: " +
                          repr_string(is_memoryview(x) ? new_bytes(text) : Ref(x)));
      d = *r;
    } else if (is_float(x) || is_int(x)) {
      d = to_double(x);
    } else {
      Ref r = call_method_if_present(x, GILT_NAME("__float__"), {});
      if (r.is_null()) r = call_method_if_present(x, GILT_NAME("__index__"), {});
      if (r.is_null())
        raise_type_error("float() argument must be a string or a real number, not '" + type_name(x) + "'");
      d = to_double(r);
    }
  }
  auto* f = new_object<FloatObject>(type);
  f->value = d;
  return Ref::steal(f);
}

static Ref float_is_integer(Value self, CallArgs args) {
  check_exact_args("float.is_integer", args, 0);
  double d = float_value(self);
  return Ref(Value::boolean(std::isfinite(d) && d == std::floor(d)));
}

static Ref float_hex_method(Value self, CallArgs args) {
  check_exact_args("float.hex", args, 0);
  return new_str(float_hex(float_value(self)));
}

static Ref float_fromhex_method(Value cls, CallArgs args) {
  check_exact_args("float.fromhex", args, 1);
  if (!is_str(args.args[0])) raise_type_error("bad argument type for built-in operation");
  try {
    Ref f = new_float(float_fromhex(str_view(args.args[0])));
    if (cls.object() != &float_type) return call(cls, {f});
    return f;
  } catch (const FormatError& e) {
    raise(e.kind == FormatError::Kind::Overflow ? &exc::OverflowError : &exc::ValueError, e.message);
  }
}

static Ref float_as_integer_ratio(Value self, CallArgs args) {
  check_exact_args("float.as_integer_ratio", args, 0);
  double d = float_value(self);
  if (std::isinf(d)) raise_overflow_error("cannot convert Infinity to integer ratio");
  if (std::isnan(d)) raise_value_error("cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); i++) {
    m *= 2.0;
    e--;
  }
  BigInt num = BigInt::from_double(m);
  BigInt den(1);
  if (e > 0)
    num = num << static_cast<uint64_t>(e);
  else
    den = den << static_cast<uint64_t>(-e);
  return make_tuple({int_from_bigint(num), int_from_bigint(den)});
}

static Ref float_conjugate(Value self, CallArgs args) {
  check_exact_args("float.conjugate", args, 0);
  return new_float(float_value(self));
}

static Ref float_get_real(Value self) { return new_float(float_value(self)); }
static Ref float_get_imag(Value) { return new_float(0.0); }

// __int__ and __trunc__: toward zero; __floor__ and __ceil__ round the other ways.
static Ref float_int(Value self, CallArgs args) {
  check_exact_args("float.__int__", args, 0);
  return int_from_double(float_value(self));
}
static Ref float_trunc(Value self, CallArgs args) {
  check_exact_args("float.__trunc__", args, 0);
  return int_from_double(float_value(self));
}
static Ref float_floor(Value self, CallArgs args) {
  check_exact_args("float.__floor__", args, 0);
  return int_from_double(std::floor(float_value(self)));
}
static Ref float_ceil(Value self, CallArgs args) {
  check_exact_args("float.__ceil__", args, 0);
  return int_from_double(std::ceil(float_value(self)));
}

static Ref float_float(Value self, CallArgs args) {
  check_exact_args("float.__float__", args, 0);
  return type_of(self) == &float_type ? Ref(self) : new_float(float_value(self));
}

static Ref float_abs(Value self, CallArgs args) {
  check_exact_args("float.__abs__", args, 0);
  return new_float(std::fabs(float_value(self)));
}

// round(x): the nearest int, ties to even; round(x, n): a float.
static Ref float_round(Value self, CallArgs args) {
  check_arg_range("__round__", args, 0, 1);
  double d = float_value(self);
  if (args.nargs == 0 || args.args[0].is_none()) return int_from_double(round_half_even(d));
  int64_t ndigits = index_saturated(args.args[0]);
  try {
    return new_float(round_double(d, ndigits));
  } catch (const FormatError& e) {
    raise(e.kind == FormatError::Kind::Overflow ? &exc::OverflowError : &exc::ValueError, e.message);
  }
}

static Ref float_divmod_method(Value self, CallArgs args) {
  check_exact_args("float.__divmod__", args, 1);
  return float_divmod(self, args.args[0]);
}
static Ref float_rdivmod_method(Value self, CallArgs args) {
  check_exact_args("float.__rdivmod__", args, 1);
  return float_divmod(args.args[0], self);
}

static Ref float_getnewargs(Value self, CallArgs args) {
  check_exact_args("float.__getnewargs__", args, 0);
  return make_tuple({new_float(float_value(self))});
}

static Ref float_sizeof(Value, CallArgs args) {
  check_exact_args("float.__sizeof__", args, 0);
  return Ref(Value::small_int(24));  // CPython's: a header and a double
}

// float.__getformat__(typestr): how the machine stores doubles.
static Ref float_getformat(Value, CallArgs args) {
  check_exact_args("__getformat__", args, 1);
  Value t = args.args[0];
  if (!is_str(t)) raise_type_error("__getformat__() argument must be str, not " + type_name(t));
  if (str_view(t) != "double" && str_view(t) != "float")
    raise_value_error("__getformat__() argument 1 must be 'double' or 'float'");
  return new_str(std::endian::native == std::endian::little ? "IEEE, little-endian" : "IEEE, big-endian");
}

void init_float_type() {
  float_type.repr = float_repr;
  float_type.hash = float_hash;
  float_type.compare = float_compare;
  float_type.truthy = float_truthy;
  float_type.new_instance = float_new;
  float_type.negative = float_negative;
  float_type.positive = float_positive;
  BinaryFn* b = float_type.binary;
  b[static_cast<int>(BinaryOp::Add)] = float_add;
  b[static_cast<int>(BinaryOp::Sub)] = float_sub;
  b[static_cast<int>(BinaryOp::Mul)] = float_mul;
  b[static_cast<int>(BinaryOp::TrueDiv)] = float_truediv;
  b[static_cast<int>(BinaryOp::FloorDiv)] = float_floordiv;
  b[static_cast<int>(BinaryOp::Mod)] = float_mod;
  b[static_cast<int>(BinaryOp::Pow)] = float_pow;
  init_static_type(float_type, "float", sizeof(FloatObject), dealloc_float);
  add_method(float_type, "is_integer", float_is_integer);
  add_method(float_type, "hex", float_hex_method);
  add_class_method(float_type, "fromhex", float_fromhex_method);
  add_method(float_type, "as_integer_ratio", float_as_integer_ratio);
  add_method(float_type, "conjugate", float_conjugate);
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static const Entry methods[] = {
      {"__int__", float_int},
      {"__trunc__", float_trunc},
      {"__floor__", float_floor},
      {"__ceil__", float_ceil},
      {"__float__", float_float},
      {"__abs__", float_abs},
      {"__round__", float_round},
      {"__divmod__", float_divmod_method},
      {"__rdivmod__", float_rdivmod_method},
      {"__getnewargs__", float_getnewargs},
      {"__sizeof__", float_sizeof},
      {"__format__", native_format_method},
  };
  for (const Entry& m : methods) add_method(float_type, m.name, m.fn);
  add_class_method(float_type, "__getformat__", float_getformat);
  add_getset(float_type, "real", float_get_real);
  add_getset(float_type, "imag", float_get_imag);
}

}  // namespace gilt
