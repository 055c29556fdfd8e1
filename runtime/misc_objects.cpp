// The small built-in types: NotImplementedType, ellipsis, slice and cell.
// NoneType lives in none_object.cpp, range in range_object.cpp.
#include "runtime/misc_objects.h"

#include <cstdio>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/container_util.h"
#include "runtime/exceptions.h"
#include "runtime/getset_descriptor.h"
#include "runtime/tuple_object.h"

namespace gilt {

Type not_implemented_type, ellipsis_type, slice_type, cell_type;

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
  return make_tuple({int_from_int64(start), int_from_int64(stop), int_from_int64(step)});
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

// ---------------------------------------------------------------- collector slots

// A slice can hold anything (slice([], x)); its fields are never null, so it
// has no clear: a cycle through it passes through a mutable object.
static void slice_traverse(Object* o, const Visitor& visit) {
  auto* s = static_cast<SliceObject*>(o);
  visit(s->start);
  visit(s->stop);
  visit(s->step);
}

static void cell_traverse(Object* o, const Visitor& visit) { visit(static_cast<CellObject*>(o)->contents); }
static void cell_clear(Object* o) { static_cast<CellObject*>(o)->contents.reset(); }

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

  init_range_types();

  set_gc_slots(slice_type, slice_traverse, nullptr);
  init_final(slice_type, "slice", sizeof(SliceObject), dealloc_object<SliceObject>);
  slice_type.new_instance = slice_new;
  slice_type.repr = slice_repr;
  slice_type.compare = slice_compare;
  add_method(slice_type, "indices", slice_indices_method);
  add_method(slice_type, "__reduce__", slice_reduce);
  add_member(slice_type, "start", slice_start);
  add_member(slice_type, "stop", slice_stop);
  add_member(slice_type, "step", slice_step);

  set_gc_slots(cell_type, cell_traverse, cell_clear);
  init_final(cell_type, "cell", sizeof(CellObject), dealloc_object<CellObject>);
  cell_type.repr = cell_repr;
  cell_type.getattr = cell_getattr;
  cell_type.setattr = cell_setattr;
}

}  // namespace gilt
