// range and its iterators.
//
// A range whose bounds and length fit int64 (nearly all of them) works on
// int64_t with 128-bit intermediates, and iterates with range_iterator,
// which the interpreter's FOR_ITER reads directly. Any other range — bounds
// or length beyond int64, as CPython allows — is "long": it computes with
// BigInt and iterates with longrange_iterator. Only len() of a range longer
// than int64 fails, with CPython's OverflowError.
#include <algorithm>
#include <string>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/getset_descriptor.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

Type range_type, range_iterator_type;
static Type longrange_iterator_type;

static RangeObject* as_range(Value v) { return v.as<RangeObject>(); }

[[noreturn]] static void raise_ssize_overflow() {
  raise_overflow_error("Python int too large to convert to C ssize_t");
}

// ---------------------------------------------------------------- construction

struct RangeBounds {
  int64_t start, stop, step;
};

// The int64 bounds of a range that is not long.
static RangeBounds bounds(Value r) {
  RangeBounds b{};
  int_to_int64(as_range(r)->start, b.start);
  int_to_int64(as_range(r)->stop, b.stop);
  int_to_int64(as_range(r)->step, b.step);
  return b;
}

// The number of items, as CPython computes it for any ints.
static BigInt long_length(const BigInt& start, const BigInt& stop, const BigInt& step) {
  BigInt lo = start, hi = stop, st = step;
  if (step.is_negative()) {
    std::swap(lo, hi);
    st = -st;
  }
  if (BigInt::compare(lo, hi) >= 0) return BigInt(0);
  return BigInt::floordiv(hi - lo - BigInt(1), st) + BigInt(1);
}

static Ref new_range(Ref start, Ref stop, Ref step) {
  auto* r = new_object<RangeObject>(&range_type);
  Ref result = Ref::steal(r);
  int64_t s0, s1, s2;
  bool fits = int_to_int64(start, s0) && int_to_int64(stop, s1) && int_to_int64(step, s2);
  BigInt n = fits ? BigInt(0) : long_length(int_to_bigint(start), int_to_bigint(stop), int_to_bigint(step));
  if (fits) {
    __int128 lo = s0, hi = s1, st = s2, count = 0;
    if (st > 0 && lo < hi) count = (hi - lo - 1) / st + 1;
    if (st < 0 && lo > hi) count = (lo - hi - 1) / -st + 1;
    if (count > INT64_MAX) {
      fits = false;
      n = long_length(int_to_bigint(start), int_to_bigint(stop), int_to_bigint(step));
    } else {
      r->length = static_cast<int64_t>(count);
    }
  }
  r->start = std::move(start);
  r->stop = std::move(stop);
  r->step = std::move(step);
  if (!fits) {
    r->is_long = true;
    r->long_length = std::move(n);
    int64_t len;
    r->length = int_to_int64(int_from_bigint(r->long_length), len) ? len : -1;
  }
  return result;
}

static Ref range_new(Type*, CallArgs args) {
  check_no_kwargs("range", args);
  check_arg_range("range", args, 1, 3);
  if (args.nargs == 1) return new_range(Ref(Value::small_int(0)), index_value(args.args[0]), Ref(Value::small_int(1)));
  Ref start = index_value(args.args[0]);
  Ref stop = index_value(args.args[1]);
  Ref step = args.nargs == 3 ? index_value(args.args[2]) : Ref(Value::small_int(1));
  if (int_to_bigint(step).is_zero()) raise_value_error("range() arg 3 must not be zero");
  return new_range(std::move(start), std::move(stop), std::move(step));
}

// ---------------------------------------------------------------- slots

// The length as a BigInt, for either kind.
static BigInt length_of(RangeObject* r) { return r->is_long ? r->long_length : BigInt(r->length); }

static Ref range_repr(Value self) {
  auto* r = as_range(self);
  std::string out = "range(" + repr_string(r->start) + ", " + repr_string(r->stop);
  if (!r->step.get().is(Value::small_int(1))) out += ", " + repr_string(r->step);
  return new_str(out + ")");
}

static int64_t range_len(Value self) {
  auto* r = as_range(self);
  if (r->length < 0) raise_ssize_overflow();
  return r->length;
}

static bool range_truthy(Value self) {
  auto* r = as_range(self);
  return r->is_long ? !r->long_length.is_zero() : r->length != 0;
}

// The item at `i` (0 <= i < length).
static Ref item_at(RangeObject* r, const BigInt& i) {
  return int_from_bigint(int_to_bigint(r->start) + i * int_to_bigint(r->step));
}

// Where the int `v` sits in the range, or -1 when it is not in it.
static BigInt position(RangeObject* r, const BigInt& v) {
  BigInt n = length_of(r);
  if (n.is_zero()) return BigInt(-1);
  auto [k, rem] = BigInt::divmod(v - int_to_bigint(r->start), int_to_bigint(r->step));
  if (!rem.is_zero() || k.is_negative() || BigInt::compare(k, n) >= 0) return BigInt(-1);
  return k;
}

static int64_t small_position(Value self, int64_t v) {
  RangeBounds b = bounds(self);
  int64_t n = as_range(self)->length;
  if (n == 0) return -1;
  __int128 off = static_cast<__int128>(v) - b.start;
  if (off % b.step != 0) return -1;
  __int128 k = off / b.step;
  return (k >= 0 && k < n) ? static_cast<int64_t>(k) : -1;
}

// An exact int (not a subclass, whose == may differ) as int64, when it fits.
static bool exact_int(Value v) { return v.is_small_int() || v.is_bool() || type_of(v) == &int_type; }

// The index of `item` in the range, or -1; ints by arithmetic, anything else by ==.
static BigInt find(Value self, Value item) {
  auto* r = as_range(self);
  if (exact_int(item)) {
    int64_t v;
    if (!r->is_long && int_to_int64(item, v)) return BigInt(small_position(self, v));
    return position(r, int_to_bigint(item));
  }
  int64_t k = 0, found = -1;
  for_each_item(self, [&](Value x) {
    if (found < 0 && equals(x, item)) found = k;
    k++;
  });
  return BigInt(found);
}

static bool range_contains(Value self, Value item) { return !find(self, item).is_negative(); }

// slice.indices for a length of any size (CPython's _PySlice_GetLongIndices).
static void long_slice_indices(SliceObject* s, const BigInt& length, BigInt& start, BigInt& stop, BigInt& step) {
  auto bound = [](Value v) -> BigInt {
    if (!has_index(v)) raise_type_error("slice indices must be integers or None or have an __index__ method");
    return int_to_bigint(index_value(v));
  };
  step = s->step.get().is_none() ? BigInt(1) : bound(s->step);
  if (step.is_zero()) raise_value_error("slice step cannot be zero");
  bool backwards = step.is_negative();
  BigInt lower = backwards ? BigInt(-1) : BigInt(0);
  BigInt upper = backwards ? length - BigInt(1) : length;
  auto clamp = [&](Value v, const BigInt& dflt) -> BigInt {
    if (v.is_none()) return dflt;
    BigInt i = bound(v);
    if (i.is_negative()) {
      i += length;
      if (BigInt::compare(i, lower) < 0) i = lower;
    } else if (BigInt::compare(i, upper) > 0) {
      i = upper;
    }
    return i;
  };
  start = clamp(s->start, backwards ? upper : lower);
  stop = clamp(s->stop, backwards ? lower : upper);
}

static Ref range_getitem(Value self, Value key) {
  auto* r = as_range(self);
  if (type_of(key) == &slice_type) {
    BigInt start, stop, step;
    long_slice_indices(key.as<SliceObject>(), length_of(r), start, stop, step);
    BigInt s = int_to_bigint(r->step);
    return new_range(item_at(r, start), item_at(r, stop), int_from_bigint(step * s));
  }
  if (!has_index(key)) raise_type_error("range indices must be integers or slices, not " + type_name(key));
  if (!r->is_long) {
    int64_t i = normalize_index(key, r->length);
    if (i < 0) raise_index_error("range object index out of range");
    RangeBounds b = bounds(self);
    return int_from_int64(static_cast<int64_t>(b.start + static_cast<__int128>(i) * b.step));
  }
  BigInt i = int_to_bigint(index_value(key));
  if (i.is_negative()) i += r->long_length;
  if (i.is_negative() || BigInt::compare(i, r->long_length) >= 0) raise_index_error("range object index out of range");
  return item_at(r, i);
}

// Ranges are equal when they give the same items: same length, and the same
// first item and step where those matter.
static Ref range_compare(Value a, Value b, CompareOp op) {
  if (type_of(a) != &range_type || type_of(b) != &range_type || (op != CompareOp::Eq && op != CompareOp::Ne))
    return Ref(not_implemented());
  auto* x = as_range(a);
  auto* y = as_range(b);
  BigInt n = length_of(x);
  bool eq = n == length_of(y) &&
            (n.is_zero() || (equals(x->start, y->start) && (n == BigInt(1) || equals(x->step, y->step))));
  return bool_ref(op == CompareOp::Eq ? eq : !eq);
}

static int64_t range_hash(Value self) {
  auto* r = as_range(self);
  BigInt n = length_of(r);
  Ref t = make_tuple({int_from_bigint(n), n.is_zero() ? Value::none() : Value(r->start),
                      BigInt::compare(n, BigInt(1)) <= 0 ? Value::none() : Value(r->step)});
  return hash(t);
}

// ---------------------------------------------------------------- methods

static Ref range_count(Value self, CallArgs args) {
  check_exact_args("range.count", args, 1);
  Value item = args.args[0];
  if (exact_int(item)) return Ref(Value::small_int(find(self, item).is_negative() ? 0 : 1));
  int64_t count = 0;
  for_each_item(self, [&](Value x) {
    if (equals(x, item)) count++;
  });
  return Ref(Value::small_int(count));
}

static Ref range_index(Value self, CallArgs args) {
  check_exact_args("range.index", args, 1);
  Value item = args.args[0];
  BigInt k = find(self, item);
  if (!k.is_negative()) return int_from_bigint(k);
  if (exact_int(item)) raise_value_error(repr_string(item) + " is not in range");
  raise_value_error("sequence.index(x): x not in sequence");
}

static Ref range_reduce(Value self, CallArgs args) {
  check_exact_args("__reduce__", args, 0);
  auto* r = as_range(self);
  return make_tuple({Value::object(&range_type), make_tuple({r->start, r->stop, r->step})});
}

static Ref range_start(Value self) { return as_range(self)->start; }
static Ref range_stop(Value self) { return as_range(self)->stop; }
static Ref range_step(Value self) { return as_range(self)->step; }

// ---------------------------------------------------------------- iterators

struct LongRangeIterObject : Object {
  BigInt next, step, remaining;
};

static Ref new_range_iter(int64_t start, int64_t step, int64_t n) {
  auto* it = new_object<RangeIterObject>(&range_iterator_type);
  it->next = start;
  it->step = step;
  it->remaining = n;
  return Ref::steal(it);
}

static Ref new_long_iter(BigInt start, BigInt step, BigInt n) {
  auto* it = new_object<LongRangeIterObject>(&longrange_iterator_type);
  it->next = std::move(start);
  it->step = std::move(step);
  it->remaining = std::move(n);
  return Ref::steal(it);
}

static Ref range_iter(Value self) {
  auto* r = as_range(self);
  if (r->is_long) return new_long_iter(int_to_bigint(r->start), int_to_bigint(r->step), r->long_length);
  RangeBounds b = bounds(self);
  return new_range_iter(b.start, b.step, r->length);
}

static Ref range_reversed(Value self, CallArgs args) {
  check_exact_args("__reversed__", args, 0);
  auto* r = as_range(self);
  if (r->is_long) {
    BigInt step = int_to_bigint(r->step);
    BigInt last = int_to_bigint(r->start) + (r->long_length - BigInt(1)) * step;
    return new_long_iter(std::move(last), -step, r->long_length);
  }
  RangeBounds b = bounds(self);
  int64_t n = r->length;
  if (n == 0) return new_range_iter(0, 1, 0);
  auto last = static_cast<int64_t>(b.start + static_cast<__int128>(n - 1) * b.step);
  // -step overflows only for INT64_MIN, whose ranges have one item.
  return new_range_iter(last, b.step == INT64_MIN ? 0 : -b.step, n);
}

static Ref range_iter_next(Value self) {
  auto* it = self.as<RangeIterObject>();
  if (it->remaining <= 0) return Ref();
  int64_t v = it->next;
  it->remaining--;
  if (it->remaining) it->next += it->step;
  return int_from_int64(v);
}

static Ref range_iter_length_hint(Value self, CallArgs args) {
  check_exact_args("__length_hint__", args, 0);
  return Ref(Value::small_int(std::max<int64_t>(0, self.as<RangeIterObject>()->remaining)));
}

static Ref long_iter_next(Value self) {
  auto* it = self.as<LongRangeIterObject>();
  if (BigInt::compare(it->remaining, BigInt(0)) <= 0) return Ref();
  Ref v = int_from_bigint(it->next);
  it->remaining -= BigInt(1);
  it->next += it->step;
  return v;
}

static Ref long_iter_length_hint(Value self, CallArgs args) {
  check_exact_args("__length_hint__", args, 0);
  return int_from_bigint(self.as<LongRangeIterObject>()->remaining);
}

void init_range_types() {
  range_type.new_instance = range_new;
  range_type.repr = range_repr;
  range_type.len = range_len;
  range_type.truthy = range_truthy;
  range_type.contains = range_contains;
  range_type.getitem = range_getitem;
  range_type.compare = range_compare;
  range_type.hash = range_hash;
  range_type.iter = range_iter;
  range_type.getattr = generic_getattr;
  init_static_type(range_type, "range", sizeof(RangeObject), dealloc_object<RangeObject>);
  range_type.flags &= ~kTypeBaseType;
  add_method(range_type, "count", range_count);
  add_method(range_type, "index", range_index);
  add_method(range_type, "__reversed__", range_reversed);
  add_method(range_type, "__reduce__", range_reduce);
  add_member(range_type, "start", range_start);
  add_member(range_type, "stop", range_stop);
  add_member(range_type, "step", range_step);

  range_iterator_type.iter = iter_self;
  range_iterator_type.next = range_iter_next;
  init_static_type(range_iterator_type, "range_iterator", sizeof(RangeIterObject), dealloc_object<RangeIterObject>);
  range_iterator_type.flags &= ~kTypeBaseType;
  add_method(range_iterator_type, "__length_hint__", range_iter_length_hint);

  longrange_iterator_type.iter = iter_self;
  longrange_iterator_type.next = long_iter_next;
  init_static_type(longrange_iterator_type, "longrange_iterator", sizeof(LongRangeIterObject),
                   dealloc_object<LongRangeIterObject>);
  longrange_iterator_type.flags &= ~kTypeBaseType;
  add_method(longrange_iterator_type, "__length_hint__", long_iter_length_hint);
}

}  // namespace gilt
