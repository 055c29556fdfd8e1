// The small built-in types: NotImplementedType, ellipsis, range (and its
// iterator), slice and cell. NoneType lives in none_object.cpp.
//
// range keeps its bounds as int64_t internally (the Refs in RangeObject are
// what Python sees); bounds beyond int64 raise OverflowError, where CPython
// would fall back to arbitrary precision — a documented limitation.
#include "runtime/misc_objects.h"

#include <cstdio>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/container_util.h"
#include "runtime/exceptions.h"
#include "runtime/getset_descriptor.h"
#include "runtime/tuple_object.h"

namespace gilt {

Type not_implemented_type, ellipsis_type, range_type, slice_type, cell_type;
Type range_iterator_type;

Object not_implemented_object{kImmortal, &not_implemented_type};
Object ellipsis_object{kImmortal, &ellipsis_type};

// ------------------------------------------------------- NotImplemented, Ellipsis

static Ref not_implemented_repr(Value) { return new_str("NotImplemented"); }
static Ref ellipsis_repr(Value) { return new_str("Ellipsis"); }

static Ref not_implemented_new(Type*, CallArgs args) {
  if (args.nargs || args.nkwargs()) raise_type_error("NotImplementedType takes no arguments");
  return Ref(not_implemented());
}
static Ref ellipsis_new(Type*, CallArgs args) {
  if (args.nargs || args.nkwargs()) raise_type_error("ellipsis takes no arguments");
  return Ref(ellipsis());
}

// ---------------------------------------------------------------- range

static int64_t range_int(Value v) {
  Ref i = index_value(v);
  int64_t out;
  if (!int_to_int64(i, out)) raise_overflow_error("Python int too large to convert to C ssize_t");
  return out;
}

struct RangeBounds {
  int64_t start, stop, step;
};
static RangeBounds bounds(Value r) {
  auto* o = r.as<RangeObject>();
  return {o->start.get().small_int(), o->stop.get().small_int(), o->step.get().small_int()};
}

static int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  __int128 lo = start, hi = stop, st = step;
  __int128 n = 0;
  if (st > 0 && lo < hi) n = (hi - lo - 1) / st + 1;
  if (st < 0 && lo > hi) n = (lo - hi - 1) / -st + 1;
  if (n > INT64_MAX) raise_overflow_error("Python int too large to convert to C ssize_t");
  return static_cast<int64_t>(n);
}

static Ref small(int64_t v) { return int_from_int64(v); }

static Ref make_range(int64_t start, int64_t stop, int64_t step) {
  if (!Value::fits_small_int(start) || !Value::fits_small_int(stop) || !Value::fits_small_int(step))
    raise_overflow_error("Python int too large to convert to C ssize_t");
  int64_t length = range_length(start, stop, step);
  auto* r = new_object<RangeObject>(&range_type);
  Ref result = Ref::steal(r);
  r->start = small(start);
  r->stop = small(stop);
  r->step = small(step);
  r->length = length;
  return result;
}

static Ref range_new(Type*, CallArgs args) {
  check_no_kwargs("range", args);
  check_arg_range("range", args, 1, 3);
  if (args.nargs == 1) return make_range(0, range_int(args.args[0]), 1);
  int64_t start = range_int(args.args[0]);
  int64_t stop = range_int(args.args[1]);
  int64_t step = 1;
  if (args.nargs == 3) {
    step = range_int(args.args[2]);
    if (step == 0) raise_value_error("range() arg 3 must not be zero");
  }
  return make_range(start, stop, step);
}

static Ref range_repr(Value self) {
  RangeBounds b = bounds(self);
  std::string out = "range(" + std::to_string(b.start) + ", " + std::to_string(b.stop);
  if (b.step != 1) out += ", " + std::to_string(b.step);
  return new_str(out + ")");
}

static int64_t range_len(Value self) { return self.as<RangeObject>()->length; }
static bool range_truthy(Value self) { return self.as<RangeObject>()->length != 0; }

// Where int `v` sits in the range, or -1.
static int64_t range_position(Value self, int64_t v) {
  RangeBounds b = bounds(self);
  int64_t n = self.as<RangeObject>()->length;
  if (n == 0) return -1;
  __int128 off = static_cast<__int128>(v) - b.start;
  if (off % b.step != 0) return -1;
  __int128 k = off / b.step;
  return (k >= 0 && k < n) ? static_cast<int64_t>(k) : -1;
}

static bool exact_int64(Value v, int64_t& out) {
  if (!(v.is_small_int() || v.is_bool() || type_of(v) == &int_type)) return false;
  if (v.is_bool()) {
    out = v.is_true();
    return true;
  }
  return int_to_int64(v, out);
}

static bool range_contains(Value self, Value item) {
  int64_t v;
  if (exact_int64(item, v)) return range_position(self, v) >= 0;
  if (is_int(item) && (item.is_small_int() || type_of(item) == &int_type)) return false;  // beyond int64
  bool found = false;
  for_each_item(self, [&](Value x) {
    if (!found && equals(x, item)) found = true;
  });
  return found;
}

static Ref range_getitem(Value self, Value key) {
  RangeBounds b = bounds(self);
  int64_t n = self.as<RangeObject>()->length;
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step;
    slice_indices(key.as<SliceObject>(), n, start, stop, step);
    auto at = [&](int64_t i) { return static_cast<int64_t>(b.start + static_cast<__int128>(i) * b.step); };
    return make_range(at(start), at(stop), static_cast<int64_t>(static_cast<__int128>(b.step) * step));
  }
  if (!has_index(key)) raise_type_error("range indices must be integers or slices, not " + type_name(key));
  int64_t i = normalize_index(key, n);
  if (i < 0) raise_index_error("range object index out of range");
  return small(b.start + i * b.step);
}

static Ref range_compare(Value a, Value b, CompareOp op) {
  if (type_of(a) != &range_type || type_of(b) != &range_type || (op != CompareOp::Eq && op != CompareOp::Ne))
    return Ref(not_implemented());
  RangeBounds x = bounds(a), y = bounds(b);
  int64_t n = a.as<RangeObject>()->length;
  bool eq = n == b.as<RangeObject>()->length && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)));
  return bool_ref(op == CompareOp::Eq ? eq : !eq);
}

static int64_t range_hash(Value self) {
  RangeBounds b = bounds(self);
  int64_t n = self.as<RangeObject>()->length;
  Ref t = make_tuple({Value::small_int(n), n == 0 ? Value::none() : Value::small_int(b.start),
                      n <= 1 ? Value::none() : Value::small_int(b.step)});
  return hash(t);
}

static Ref range_reduce(Value self, CallArgs args) {
  check_exact_args("__reduce__", args, 0);
  auto* r = self.as<RangeObject>();
  return make_tuple({Value::object(&range_type), make_tuple({r->start, r->stop, r->step})});
}

static Ref range_start(Value self) { return self.as<RangeObject>()->start; }
static Ref range_stop(Value self) { return self.as<RangeObject>()->stop; }
static Ref range_step(Value self) { return self.as<RangeObject>()->step; }

static Ref range_count(Value self, CallArgs args) {
  check_exact_args("range.count", args, 1);
  int64_t v;
  if (exact_int64(args.args[0], v)) return Ref(Value::small_int(range_position(self, v) >= 0 ? 1 : 0));
  int64_t count = 0;
  for_each_item(self, [&](Value x) {
    if (equals(x, args.args[0])) count++;
  });
  return Ref(Value::small_int(count));
}

static Ref range_index(Value self, CallArgs args) {
  check_exact_args("range.index", args, 1);
  int64_t v;
  if (exact_int64(args.args[0], v)) {
    int64_t k = range_position(self, v);
    if (k >= 0) return Ref(Value::small_int(k));
    raise_value_error(repr_string(args.args[0]) + " is not in range");
  }
  int64_t k = 0, found = -1;
  for_each_item(self, [&](Value x) {
    if (found < 0 && equals(x, args.args[0])) found = k;
    k++;
  });
  if (found < 0) raise_value_error("sequence.index(x): x not in sequence");
  return Ref(Value::small_int(found));
}

static Ref new_range_iter(int64_t start, int64_t step, int64_t n) {
  auto* it = new_object<RangeIterObject>(&range_iterator_type);
  it->next = start;
  it->step = step;
  it->remaining = n;
  return Ref::steal(it);
}

static Ref range_iter(Value self) {
  RangeBounds b = bounds(self);
  return new_range_iter(b.start, b.step, self.as<RangeObject>()->length);
}

static Ref range_reversed(Value self, CallArgs args) {
  check_exact_args("__reversed__", args, 0);
  RangeBounds b = bounds(self);
  int64_t n = self.as<RangeObject>()->length;
  return new_range_iter(b.start + (n - 1) * b.step, -b.step, n);
}

static Ref range_iter_next(Value self) {
  auto* it = self.as<RangeIterObject>();
  if (it->remaining <= 0) return Ref();
  int64_t v = it->next;
  it->remaining--;
  if (it->remaining) it->next += it->step;
  return small(v);
}

static Ref range_iter_length_hint(Value self, CallArgs args) {
  check_exact_args("__length_hint__", args, 0);
  return Ref(Value::small_int(std::max<int64_t>(0, self.as<RangeIterObject>()->remaining)));
}

// ---------------------------------------------------------------- slice

Ref new_slice(Value start, Value stop, Value step) {
  auto* s = new_object<SliceObject>(&slice_type);
  Ref result = Ref::steal(s);
  s->start = Ref(start.is_null() ? Value::none() : start);
  s->stop = Ref(stop.is_null() ? Value::none() : stop);
  s->step = Ref(step.is_null() ? Value::none() : step);
  return result;
}

// A slice bound as int64, clamped (CPython clamps to the ssize_t range).
static int64_t slice_bound(Value v) {
  if (v.is_small_int()) return v.small_int();
  if (!has_index(v)) raise_type_error("slice indices must be integers or None or have an __index__ method");
  Ref i = index_value(v);
  int64_t out;
  if (int_to_int64(i, out)) return out;
  return compare_bool(i, Value::small_int(0), CompareOp::Lt) ? INT64_MIN : INT64_MAX;
}

int64_t slice_indices(SliceObject* s, int64_t length, int64_t& start, int64_t& stop, int64_t& step) {
  step = 1;
  if (!s->step.get().is_none()) {
    step = slice_bound(s->step);
    if (step == 0) raise_value_error("slice step cannot be zero");
    if (step < -INT64_MAX) step = -INT64_MAX;  // so that -step cannot overflow
  }
  start = s->start.get().is_none() ? (step < 0 ? INT64_MAX : 0) : slice_bound(s->start);
  stop = s->stop.get().is_none() ? (step < 0 ? INT64_MIN : INT64_MAX) : slice_bound(s->stop);
  auto adjust = [&](int64_t& i) {
    if (i < 0) {
      i += length;
      if (i < 0) i = step < 0 ? -1 : 0;
    } else if (i >= length) {
      i = step < 0 ? length - 1 : length;
    }
  };
  adjust(start);
  adjust(stop);
  if (step < 0) {
    if (stop < start) return (start - stop - 1) / (-step) + 1;
  } else if (start < stop) {
    return (stop - start - 1) / step + 1;
  }
  return 0;
}

static Ref slice_new(Type*, CallArgs args) {
  check_no_kwargs("slice", args);
  check_arg_range("slice", args, 1, 3);
  if (args.nargs == 1) return new_slice(Value::none(), args.args[0], Value::none());
  return new_slice(args.args[0], args.args[1], args.nargs == 3 ? args.args[2] : Value::none());
}

static Ref slice_repr(Value self) {
  auto* s = self.as<SliceObject>();
  return new_str("slice(" + repr_string(s->start) + ", " + repr_string(s->stop) + ", " + repr_string(s->step) + ")");
}

static Ref slice_tuple(Value v) {
  auto* s = v.as<SliceObject>();
  return make_tuple({s->start.get(), s->stop.get(), s->step.get()});
}

static Ref slice_compare(Value a, Value b, CompareOp op) {
  if (type_of(a) != &slice_type || type_of(b) != &slice_type) return Ref(not_implemented());
  if (a.is(b)) {
    if (op == CompareOp::Eq || op == CompareOp::Le || op == CompareOp::Ge) return bool_ref(true);
    if (op == CompareOp::Ne || op == CompareOp::Lt || op == CompareOp::Gt) return bool_ref(false);
  }
  return compare(slice_tuple(a), slice_tuple(b), op);
}

static Ref slice_reduce(Value self, CallArgs args) {
  check_exact_args("__reduce__", args, 0);
  auto* s = self.as<SliceObject>();
  return make_tuple({Value::object(&slice_type), make_tuple({s->start, s->stop, s->step})});
}

static Ref slice_start(Value self) { return self.as<SliceObject>()->start; }
static Ref slice_stop(Value self) { return self.as<SliceObject>()->stop; }
static Ref slice_step(Value self) { return self.as<SliceObject>()->step; }

static Ref slice_indices_method(Value self, CallArgs args) {
  check_exact_args("slice.indices", args, 1);
  int64_t length = index_int64(args.args[0]);
  if (length < 0) raise_value_error("length should not be negative");
  int64_t start, stop, step;
  slice_indices(self.as<SliceObject>(), length, start, stop, step);
  // CPython reports the adjusted bounds, not the item count.
  return make_tuple({small(start), small(stop), small(step)});
}

// ---------------------------------------------------------------- cell

Ref new_cell(Value contents) {
  auto* c = new_object<CellObject>(&cell_type);
  Ref result = Ref::steal(c);
  if (!contents.is_null()) c->contents = Ref(contents);
  return result;
}

static std::string address(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

static Ref cell_repr(Value self) {
  auto* c = self.as<CellObject>();
  std::string out = "<cell at " + address(c) + ": ";
  if (c->contents.is_null()) return new_str(out + "empty>");
  Value v = c->contents;
  return new_str(out + type_name(v) + " object at " + address(reinterpret_cast<void*>(v.bits())) + ">");
}

static Ref cell_getattr(Value self, StrObject* name) {
  auto* c = self.as<CellObject>();
  if (name->view() == "cell_contents") {
    if (c->contents.is_null()) raise_value_error("Cell is empty");
    return c->contents;
  }
  return generic_getattr(self, name);
}

static void cell_setattr(Value self, StrObject* name, Value value) {
  if (name->view() == "cell_contents") {
    self.as<CellObject>()->contents = Ref(value);
    return;
  }
  generic_setattr(self, name, value);
}

// ---------------------------------------------------------------- init

static void init_final(Type& t, const char* name, size_t size, DeallocFn dealloc) {
  init_static_type(t, name, size, dealloc);
  t.flags &= ~kTypeBaseType;
  t.getattr = generic_getattr;
}

void init_misc_types() {
  init_final(not_implemented_type, "NotImplementedType", sizeof(Object), dealloc_object<Object>);
  not_implemented_type.repr = not_implemented_repr;
  not_implemented_type.hash = identity_hash;
  not_implemented_type.new_instance = not_implemented_new;

  init_final(ellipsis_type, "ellipsis", sizeof(Object), dealloc_object<Object>);
  ellipsis_type.repr = ellipsis_repr;
  ellipsis_type.hash = identity_hash;
  ellipsis_type.new_instance = ellipsis_new;

  init_final(range_type, "range", sizeof(RangeObject), dealloc_object<RangeObject>);
  range_type.new_instance = range_new;
  range_type.repr = range_repr;
  range_type.len = range_len;
  range_type.truthy = range_truthy;
  range_type.contains = range_contains;
  range_type.getitem = range_getitem;
  range_type.compare = range_compare;
  range_type.hash = range_hash;
  range_type.iter = range_iter;
  add_method(range_type, "count", range_count);
  add_method(range_type, "index", range_index);
  add_method(range_type, "__reversed__", range_reversed);
  add_method(range_type, "__reduce__", range_reduce);
  add_member(range_type, "start", range_start);
  add_member(range_type, "stop", range_stop);
  add_member(range_type, "step", range_step);

  init_final(range_iterator_type, "range_iterator", sizeof(RangeIterObject), dealloc_object<RangeIterObject>);
  range_iterator_type.iter = iter_self;
  range_iterator_type.hash = identity_hash;
  range_iterator_type.next = range_iter_next;
  add_method(range_iterator_type, "__length_hint__", range_iter_length_hint);

  init_final(slice_type, "slice", sizeof(SliceObject), dealloc_object<SliceObject>);
  slice_type.new_instance = slice_new;
  slice_type.repr = slice_repr;
  slice_type.compare = slice_compare;
  add_method(slice_type, "indices", slice_indices_method);
  add_method(slice_type, "__reduce__", slice_reduce);
  add_member(slice_type, "start", slice_start);
  add_member(slice_type, "stop", slice_stop);
  add_member(slice_type, "step", slice_step);

  init_final(cell_type, "cell", sizeof(CellObject), dealloc_object<CellObject>);
  cell_type.repr = cell_repr;
  cell_type.getattr = cell_getattr;
  cell_type.setattr = cell_setattr;
}

}  // namespace gilt
