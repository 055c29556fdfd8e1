// The math module, with CPython 3.11's results, special cases and errors.
//
// Floating-point functions call the C library (as CPython does, so results
// agree bit for bit on the same platform) and classify the outcome the way
// CPython's math_1/math_2 wrappers do: a NaN from a non-NaN argument is
// "math domain error" (ValueError), an infinity from finite arguments is
// "math range error" (OverflowError) for functions that can overflow and a
// domain error for the others. The integer functions (factorial, gcd, lcm,
// isqrt, comb, perm) work on arbitrary-precision ints. hypot/dist use
// CPython's vector_norm algorithm and fsum its exact partials summation, so
// even their last bits agree.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <numeric>
#include <vector>

#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/module_util.h"

namespace gilt {

namespace {

[[noreturn]] void domain_error() { raise_value_error("math domain error"); }
[[noreturn]] void range_error() { raise_overflow_error("math range error"); }

// CPython's is_error(): errno after a libm call decides; a range error whose
// result is small is an underflow, which is not an error.
void check_errno(double r) {
  if (errno == EDOM) domain_error();
  if (errno == ERANGE && std::fabs(r) >= 1.5) range_error();
}

Ref number(double d) { return new_float(d); }

// A function of one float argument (CPython's math_1).
Ref math_1(Value arg, double (*fn)(double), bool can_overflow) {
  double x = to_double(arg);
  errno = 0;
  double r = fn(x);
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error();
    domain_error();
  }
  if (std::isfinite(r) && errno) check_errno(r);
  return number(r);
}

// A function of two float arguments (CPython's math_2).
double math_2(double x, double y, double (*fn)(double, double)) {
  errno = 0;
  double r = fn(x, y);
  if (std::isnan(r))
    errno = !std::isnan(x) && !std::isnan(y) ? EDOM : 0;
  else if (std::isinf(r))
    errno = std::isfinite(x) && std::isfinite(y) ? ERANGE : 0;
  if (errno) check_errno(r);
  return r;
}

#define GILT_MATH_1(name, fn, can_overflow)                          \
  Ref math_##name(Value, CallArgs args) {                            \
    check_exact_args("math." #name, args, 1);                        \
    return math_1(                                                   \
        args.args[0], [](double x) { return fn(x); }, can_overflow); \
  }
GILT_MATH_1(sqrt, std::sqrt, false)
GILT_MATH_1(exp, std::exp, true)
GILT_MATH_1(exp2, std::exp2, true)
GILT_MATH_1(expm1, std::expm1, true)
GILT_MATH_1(log1p, std::log1p, false)
GILT_MATH_1(sin, std::sin, false)
GILT_MATH_1(cos, std::cos, false)
GILT_MATH_1(tan, std::tan, false)
GILT_MATH_1(asin, std::asin, false)
GILT_MATH_1(acos, std::acos, false)
GILT_MATH_1(atan, std::atan, false)
GILT_MATH_1(sinh, std::sinh, true)
GILT_MATH_1(cosh, std::cosh, true)
GILT_MATH_1(tanh, std::tanh, false)
GILT_MATH_1(asinh, std::asinh, false)
GILT_MATH_1(acosh, std::acosh, false)
GILT_MATH_1(atanh, std::atanh, false)
GILT_MATH_1(erf, std::erf, false)
GILT_MATH_1(erfc, std::erfc, false)
GILT_MATH_1(cbrt, std::cbrt, false)
GILT_MATH_1(fabs, std::fabs, false)
#undef GILT_MATH_1

// Positional arguments only: "atan2 expected 2 arguments, got 1", and
// "math.atan2() takes no keyword arguments".
void check_positional(const char* name, CallArgs args, size_t min, size_t max) {
  if (args.nkwargs()) raise_no_kwargs(("math." + std::string(name)).c_str());
  check_arg_range(name, args, min, max);
}

void two_doubles(const char* name, CallArgs args, double& x, double& y) {
  check_positional(name, args, 2, 2);
  x = to_double(args.args[0]);
  y = to_double(args.args[1]);
}

Ref math_atan2(Value, CallArgs args) {
  double x, y;
  two_doubles("atan2", args, x, y);
  return number(math_2(x, y, [](double a, double b) { return std::atan2(a, b); }));
}

Ref math_copysign(Value, CallArgs args) {
  double x, y;
  two_doubles("copysign", args, x, y);
  return number(math_2(x, y, [](double a, double b) { return std::copysign(a, b); }));
}

Ref math_remainder(Value, CallArgs args) {
  double x, y;
  two_doubles("remainder", args, x, y);
  return number(math_2(x, y, [](double a, double b) { return std::remainder(a, b); }));
}

Ref math_fmod(Value, CallArgs args) {
  double x, y;
  two_doubles("fmod", args, x, y);
  if (std::isinf(y) && std::isfinite(x)) return number(x);  // fmod(x, ±inf) is x
  return number(math_2(x, y, [](double a, double b) { return std::fmod(a, b); }));
}

Ref math_nextafter(Value, CallArgs args) {
  double x, y;
  two_doubles("nextafter", args, x, y);
  return number(std::nextafter(x, y));
}

Ref math_ulp(Value, CallArgs args) {
  check_exact_args("math.ulp", args, 1);
  double x = to_double(args.args[0]);
  if (std::isnan(x)) return number(x);
  x = std::fabs(x);
  if (std::isinf(x)) return number(x);
  double next = std::nextafter(x, INFINITY);
  if (std::isinf(next)) return number(x - std::nextafter(x, -INFINITY));
  return number(next - x);
}

Ref math_pow(Value, CallArgs args) {
  double x, y;
  two_doubles("pow", args, x, y);
  double r = 0;
  errno = 0;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    // IEEE specials, handled directly as CPython does.
    if (std::isnan(x)) {
      r = y == 0 ? 1.0 : x;
    } else if (std::isnan(y)) {
      r = x == 1 ? 1.0 : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0)
        r = odd_y ? x : std::fabs(x);
      else if (y == 0)
        r = 1.0;
      else
        r = odd_y ? std::copysign(0.0, x) : 0.0;
    } else {  // y is infinite
      if (std::fabs(x) == 1.0)
        r = 1.0;
      else if (y > 0 && std::fabs(x) > 1.0)
        r = y;
      else if (y < 0 && std::fabs(x) < 1.0)
        r = -y;
      else
        r = 0.0;
    }
  } else {
    r = std::pow(x, y);
    if (std::isnan(r))
      errno = EDOM;  // (-ve) ** non-integer
    else if (std::isinf(r))
      errno = x == 0 ? EDOM : ERANGE;  // 0 ** -ve, or overflow
    else
      errno = 0;
  }
  if (errno) check_errno(r);
  return number(r);
}

// ------------------------------------------------------------------ logarithms

// log of an int of any size, or libm's log of a float (CPython's loghelper).
Ref log_helper(Value arg, double (*fn)(double)) {
  if (is_int(arg)) {
    BigInt n = int_to_bigint(arg);
    if (n.sign() <= 0) domain_error();
    double x;
    if (n.to_double(x)) return number(fn(x));
    // Too large for a double: x = m * 2**e with m in [0.5, 1).
    uint64_t bits = n.bit_length();
    uint64_t shift = bits - 60;
    double m;
    (n >> shift).to_double(m);
    m = std::ldexp(m, -60);
    return number(fn(m) + fn(2.0) * static_cast<double>(bits));
  }
  return math_1(arg, fn, false);
}

double m_log(double x) {
  if (std::isfinite(x)) {
    if (x > 0) return std::log(x);
    errno = EDOM;
    return x == 0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0) return x;
  errno = EDOM;
  return NAN;
}

double m_log2(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0) return x;
    errno = EDOM;
    return NAN;
  }
  if (x > 0) return std::log2(x);
  errno = EDOM;
  return x == 0 ? -HUGE_VAL : NAN;
}

double m_log10(double x) {
  if (std::isfinite(x)) {
    if (x > 0) return std::log10(x);
    errno = EDOM;
    return x == 0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0) return x;
  errno = EDOM;
  return NAN;
}

Ref math_log(Value, CallArgs args) {
  if (args.nkwargs()) raise_no_kwargs("log");
  if (args.nargs < 1 || args.nargs > 2) raise_type_error("math.log requires 1 to 2 arguments");
  Ref num = log_helper(args.args[0], m_log);
  if (args.nargs == 1) return num;
  Ref den = log_helper(args.args[1], m_log);
  return binary_op(num, den, BinaryOp::TrueDiv);
}

Ref math_log2(Value, CallArgs args) {
  check_exact_args("math.log2", args, 1);
  return log_helper(args.args[0], m_log2);
}

Ref math_log10(Value, CallArgs args) {
  check_exact_args("math.log10", args, 1);
  return log_helper(args.args[0], m_log10);
}

// ------------------------------------------------------------------ rounding

// floor/ceil: exact floats directly, then the __floor__/__ceil__ special
// method (ints have it in CPython), then float(x).
Ref round_to_int(Value x, StrObject* special, double (*fn)(double)) {
  if (is_float(x) && type_of(x) == &float_type) return int_from_double(fn(float_value(x)));
  if (is_int(x)) return index_value(x);
  if (is_float(x)) return int_from_double(fn(float_value(x)));
  Ref r = call_method_if_present(x, special, {});
  if (!r.is_null()) return r;
  return int_from_double(fn(to_double(x)));
}

Ref math_floor(Value, CallArgs args) {
  check_exact_args("math.floor", args, 1);
  return round_to_int(args.args[0], GILT_NAME("__floor__"), [](double d) { return std::floor(d); });
}

Ref math_ceil(Value, CallArgs args) {
  check_exact_args("math.ceil", args, 1);
  return round_to_int(args.args[0], GILT_NAME("__ceil__"), [](double d) { return std::ceil(d); });
}

Ref math_trunc(Value, CallArgs args) {
  check_exact_args("math.trunc", args, 1);
  Value x = args.args[0];
  if (is_float(x)) return int_from_double(float_value(x));
  if (is_int(x)) return index_value(x);
  Ref r = call_method_if_present(x, GILT_NAME("__trunc__"), {});
  if (r.is_null()) raise_type_error("type " + type_name(x) + " doesn't define __trunc__ method");
  return r;
}

Ref math_modf(Value, CallArgs args) {
  check_exact_args("math.modf", args, 1);
  double x = to_double(args.args[0]);
  if (std::isinf(x)) return make_tuple({number(std::copysign(0.0, x)), number(x)});
  if (std::isnan(x)) return make_tuple({number(x), number(x)});
  double whole;
  double frac = std::modf(x, &whole);
  return make_tuple({number(frac), number(whole)});
}

Ref math_frexp(Value, CallArgs args) {
  check_exact_args("math.frexp", args, 1);
  double x = to_double(args.args[0]);
  int e = 0;
  if (std::isfinite(x) && x != 0) x = std::frexp(x, &e);
  return make_tuple({number(x), Value::small_int(e)});
}

Ref math_ldexp(Value, CallArgs args) {
  check_positional("ldexp", args, 2, 2);
  double x = to_double(args.args[0]);
  Value i = args.args[1];
  if (!is_int(i)) raise_type_error("Expected an int as second argument to ldexp.");
  BigInt e = int_to_bigint(i);
  double r;
  if (x == 0 || !std::isfinite(x)) {
    r = x;
  } else if (e > INT32_MAX) {
    range_error();
  } else if (e < INT32_MIN) {
    r = std::copysign(0.0, x);
  } else {
    r = std::ldexp(x, static_cast<int>(e.to_int64()));
    if (std::isinf(r)) range_error();
  }
  return number(r);
}

// ------------------------------------------------------------------ predicates and conversions

Ref math_isfinite(Value, CallArgs args) {
  check_exact_args("math.isfinite", args, 1);
  return Ref(Value::boolean(std::isfinite(to_double(args.args[0]))));
}

Ref math_isinf(Value, CallArgs args) {
  check_exact_args("math.isinf", args, 1);
  return Ref(Value::boolean(std::isinf(to_double(args.args[0]))));
}

Ref math_isnan(Value, CallArgs args) {
  check_exact_args("math.isnan", args, 1);
  return Ref(Value::boolean(std::isnan(to_double(args.args[0]))));
}

Ref math_degrees(Value, CallArgs args) {
  check_exact_args("math.degrees", args, 1);
  return number(to_double(args.args[0]) * (180.0 / M_PI));
}

Ref math_radians(Value, CallArgs args) {
  check_exact_args("math.radians", args, 1);
  return number(to_double(args.args[0]) * (M_PI / 180.0));
}

Ref math_isclose(Value, CallArgs args) {
  if (args.nargs > 2)
    raise_type_error("isclose() takes exactly 2 positional arguments (" + std::to_string(args.nargs) +
                     " given)");
  Value a[4];
  bind_args("isclose", args, {"a", "b", "rel_tol", "abs_tol"}, 2, a, 0, 2);
  double x = to_double(a[0]), y = to_double(a[1]);
  double rel_tol = a[2].is_null() ? 1e-9 : to_double(a[2]);
  double abs_tol = a[3].is_null() ? 0.0 : to_double(a[3]);
  if (rel_tol < 0 || abs_tol < 0) raise_value_error("tolerances must be non-negative");
  if (x == y) return Ref(Value::true_());
  if (std::isinf(x) || std::isinf(y)) return Ref(Value::false_());
  double diff = std::fabs(y - x);
  bool close = diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) || diff <= abs_tol;
  return Ref(Value::boolean(close));
}

// ------------------------------------------------------------------ sums, products, norms

// CPython's vector_norm: sqrt(sum(x*x)) without overflow or underflow and
// almost always correctly rounded (scaling by a power of two, Veltkamp-Dekker
// splitting, compensated summation and a final differential correction).
// `vec` holds absolute values, `max` the largest of them.
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0 || vec.size() <= 1) return max;
  const double split = 134217729.0;  // 2**27 + 1
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  // Adds x to csum, keeping the rounding error in frac (|csum| >= |x| always).
  auto accumulate = [&csum](double x, double& frac) {
    double old = csum;
    csum += x;
    frac += (old - csum) + x;
  };
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {  // ldexp(1.0, -max_e) would overflow: divide by max instead
    for (double x : vec) {
      x /= max;
      accumulate(x * x, frac1);
    }
    return max * std::sqrt(csum - 1.0 + frac1);
  }
  double scale = std::ldexp(1.0, -max_e);
  for (double x : vec) {
    x *= scale;
    double t = x * split;
    double hi = t - (t - x);
    double lo = x - hi;
    accumulate(hi * hi, frac1);
    accumulate(2.0 * hi * lo, frac2);
    frac3 += lo * lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  double t = h * split;
  double hi = t - (t - h);
  double lo = h - hi;
  accumulate(-hi * hi, frac1);
  accumulate(-2.0 * hi * lo, frac2);
  accumulate(-lo * lo, frac3);
  double x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

Ref math_hypot(Value, CallArgs args) {
  check_no_kwargs("math.hypot", args);
  std::vector<double> coords;
  double max = 0;
  bool found_nan = false;
  for (size_t i = 0; i < args.nargs; i++) {
    double x = std::fabs(to_double(args.args[i]));
    coords.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return number(vector_norm(coords, max, found_nan));
}

std::vector<Ref> as_items(Value v) {
  std::vector<Ref> items;
  Ref it = get_iter(v);
  for (Ref x = iter_next(it); !x.is_null(); x = iter_next(it)) items.push_back(std::move(x));
  return items;
}

Ref math_dist(Value, CallArgs args) {
  check_positional("dist", args, 2, 2);
  std::vector<Ref> p = as_items(args.args[0]);
  std::vector<Ref> q = as_items(args.args[1]);
  if (p.size() != q.size()) raise_value_error("both points must have the same number of dimensions");
  std::vector<double> diffs;
  double max = 0;
  bool found_nan = false;
  for (size_t i = 0; i < p.size(); i++) {
    double px = to_double(p[i]);
    double qx = to_double(q[i]);
    double x = std::fabs(px - qx);
    diffs.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return number(vector_norm(diffs, max, found_nan));
}

// fsum: Shewchuk's exact partial sums, rounded once at the end (CPython's msum).
Ref math_fsum(Value, CallArgs args) {
  check_exact_args("math.fsum", args, 1);
  Ref it = get_iter(args.args[0]);
  std::vector<double> partials;
  double special_sum = 0, inf_sum = 0;
  for (Ref item = iter_next(it); !item.is_null(); item = iter_next(it)) {
    double x = to_double(item);
    double original = x;
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    if (x != 0) {
      if (!std::isfinite(x)) {
        // From a NaN or an infinity among the items, or an intermediate overflow.
        if (std::isfinite(original)) raise_overflow_error("intermediate overflow in fsum");
        if (std::isinf(original)) inf_sum += original;
        special_sum += original;
        partials.clear();
      } else {
        partials.push_back(x);
      }
    }
  }
  if (special_sum != 0) {
    if (std::isnan(inf_sum)) raise_value_error("-inf + inf in fsum");
    return number(special_sum);
  }
  double hi = 0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0;
    // Add from the top while the sum stays exact.
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0) break;
    }
    // Round half-even correctly across the remaining partials.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      double y = lo * 2;
      double x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return number(hi);
}

Ref math_prod(Value, CallArgs args) {
  if (args.nargs != 1)
    raise_type_error("prod() takes exactly 1 positional argument (" + std::to_string(args.nargs) + " given)");
  Value a[2];
  bind_args("prod", args, {"iterable", "start"}, 1, a, 1, 1);
  Ref result = a[1].is_null() ? Ref(Value::small_int(1)) : Ref(a[1]);
  Ref it = get_iter(a[0]);
  for (Ref item = iter_next(it); !item.is_null(); item = iter_next(it))
    result = binary_op(result, item, BinaryOp::Mul);
  return result;
}

// ------------------------------------------------------------------ integer functions

// The product lo * (lo+1) * ... * (hi-1), by binary splitting (balanced
// multiplications are what makes large factorials fast).
BigInt range_product(uint64_t lo, uint64_t hi) {
  if (hi - lo <= 8) {
    BigInt r(1);
    for (uint64_t i = lo; i < hi; i++) r *= BigInt(i);
    return r;
  }
  uint64_t mid = lo + (hi - lo) / 2;
  return range_product(lo, mid) * range_product(mid, hi);
}

Ref math_factorial(Value, CallArgs args) {
  check_exact_args("math.factorial", args, 1);
  Ref n = index_value(args.args[0]);
  BigInt big = int_to_bigint(n);
  if (big.is_negative()) raise_value_error("factorial() not defined for negative values");
  if (!big.fits_int64())
    raise_overflow_error("factorial() argument should not exceed " + std::to_string(INT64_MAX));
  int64_t x = big.to_int64();
  if (x <= 20) {
    int64_t r = 1;
    for (int64_t i = 2; i <= x; i++) r *= i;
    return int_from_int64(r);
  }
  return int_from_bigint(range_product(1, static_cast<uint64_t>(x) + 1));
}

Ref math_gcd(Value, CallArgs args) {
  check_no_kwargs("math.gcd", args);
  if (args.nargs == 0) return Ref(Value::small_int(0));
  Ref result = index_value(args.args[0]);
  if (args.nargs == 1) {
    BigInt v = int_to_bigint(result);
    return int_from_bigint(v.abs());
  }
  for (size_t i = 1; i < args.nargs; i++) {
    Ref x = index_value(args.args[i]);
    Value a = result, b = x;
    if (a.is_small_int() && b.is_small_int())
      result = int_from_int64(std::gcd(a.small_int(), b.small_int()));
    else
      result = int_from_bigint(BigInt::gcd(int_to_bigint(a), int_to_bigint(b)));
  }
  return result;
}

Ref math_lcm(Value, CallArgs args) {
  check_no_kwargs("math.lcm", args);
  if (args.nargs == 0) return Ref(Value::small_int(1));
  BigInt result = int_to_bigint(index_value(args.args[0])).abs();
  for (size_t i = 1; i < args.nargs; i++) {
    BigInt x = int_to_bigint(index_value(args.args[i]));
    if (result.is_zero() || x.is_zero()) {
      result = BigInt(0);
      continue;
    }
    result = (BigInt::floordiv(result, BigInt::gcd(result, x)) * x).abs();
  }
  return int_from_bigint(std::move(result));
}

Ref math_isqrt(Value, CallArgs args) {
  check_exact_args("math.isqrt", args, 1);
  BigInt n = int_to_bigint(index_value(args.args[0]));
  if (n.is_negative()) raise_value_error("isqrt() argument must be nonnegative");
  return int_from_bigint(BigInt::isqrt(n));
}

// comb/perm arguments: non-negative ints; k > n gives 0.
void comb_args(Value nv, Value kv, BigInt& n, BigInt& k) {
  n = int_to_bigint(index_value(nv));
  k = int_to_bigint(index_value(kv));
  if (n.is_negative()) raise_value_error("n must be a non-negative integer");
  if (k.is_negative()) raise_value_error("k must be a non-negative integer");
}

Ref math_comb(Value, CallArgs args) {
  check_positional("comb", args, 2, 2);
  BigInt n, k;
  comb_args(args.args[0], args.args[1], n, k);
  if (k > n) return Ref(Value::small_int(0));
  if (n - k < k) k = n - k;
  BigInt other = n - k;
  if (!k.fits_int64()) raise_overflow_error("min(n - k, k) must not exceed " + std::to_string(INT64_MAX));
  int64_t count = k.to_int64();
  BigInt result(1);
  // result = C(n-k+i, i) after step i, exact at every step.
  for (int64_t i = 1; i <= count; i++) result = BigInt::floordiv(result * (other + BigInt(i)), BigInt(i));
  return int_from_bigint(std::move(result));
}

Ref math_perm(Value, CallArgs args) {
  check_positional("perm", args, 1, 2);
  if (args.nargs == 1 || args.args[1].is_none()) {
    CallArgs one{args.args, 1, nullptr};
    return math_factorial(Value(), one);
  }
  BigInt n, k;
  comb_args(args.args[0], args.args[1], n, k);
  if (k > n) return Ref(Value::small_int(0));
  if (!k.fits_int64()) raise_overflow_error("k must not exceed " + std::to_string(INT64_MAX));
  int64_t count = k.to_int64();
  BigInt result(1);
  for (int64_t i = 0; i < count; i++) result *= n - BigInt(i);
  return int_from_bigint(std::move(result));
}

}  // namespace

Ref make_math_module(InterpreterState*) {
  Ref m = new_module("math");
  add_functions(m, {
                       {"sqrt", math_sqrt},
                       {"exp", math_exp},
                       {"exp2", math_exp2},
                       {"expm1", math_expm1},
                       {"log", math_log},
                       {"log2", math_log2},
                       {"log10", math_log10},
                       {"log1p", math_log1p},
                       {"pow", math_pow},
                       {"sin", math_sin},
                       {"cos", math_cos},
                       {"tan", math_tan},
                       {"asin", math_asin},
                       {"acos", math_acos},
                       {"atan", math_atan},
                       {"atan2", math_atan2},
                       {"sinh", math_sinh},
                       {"cosh", math_cosh},
                       {"tanh", math_tanh},
                       {"asinh", math_asinh},
                       {"acosh", math_acosh},
                       {"atanh", math_atanh},
                       {"erf", math_erf},
                       {"erfc", math_erfc},
                       {"cbrt", math_cbrt},
                       {"hypot", math_hypot},
                       {"dist", math_dist},
                       {"floor", math_floor},
                       {"ceil", math_ceil},
                       {"trunc", math_trunc},
                       {"fabs", math_fabs},
                       {"fmod", math_fmod},
                       {"remainder", math_remainder},
                       {"copysign", math_copysign},
                       {"nextafter", math_nextafter},
                       {"ulp", math_ulp},
                       {"modf", math_modf},
                       {"frexp", math_frexp},
                       {"ldexp", math_ldexp},
                       {"isfinite", math_isfinite},
                       {"isinf", math_isinf},
                       {"isnan", math_isnan},
                       {"isclose", math_isclose},
                       {"degrees", math_degrees},
                       {"radians", math_radians},
                       {"fsum", math_fsum},
                       {"prod", math_prod},
                       {"factorial", math_factorial},
                       {"gcd", math_gcd},
                       {"lcm", math_lcm},
                       {"isqrt", math_isqrt},
                       {"comb", math_comb},
                       {"perm", math_perm},
                   });
  module_set(m, "pi", new_float(M_PI));
  module_set(m, "e", new_float(M_E));
  module_set(m, "tau", new_float(2 * M_PI));
  module_set(m, "inf", new_float(INFINITY));
  module_set(m, "nan", new_float(NAN));
  return m;
}

}  // namespace gilt
