// The builtins module: iteration helpers.
//
//   types:     enumerate, zip, map, filter, reversed (and callable_iterator,
//              the result of iter(callable, sentinel), which is not exported)
//   functions: sorted, min, max, sum, any, all, iter, next
//
// The types are lazy iterators as in CPython: each holds the iterator(s) it
// draws from and produces one item per `next` slot call, returning a null Ref
// when exhausted. Argument checking and error messages follow CPython 3.11.
#include <algorithm>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/bytes_object.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/module_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/builtins.h"
#include "stdlib/module_util.h"
#include "vm/generator.h"

namespace gilt {

namespace {

Type enumerate_type, zip_type, map_type, filter_type, reversed_type, callable_iterator_type;

std::string_view kwname(CallArgs args, size_t k) { return str_view(args.kwnames->items()[k]); }

// Sets up one of this file's iterator types.
void init_iter_type(Type& t, const char* name, size_t size, DeallocFn dealloc, NewFn new_instance, NextFn next,
                    bool subclassable) {
  t.new_instance = new_instance;
  init_static_type(t, name, size, dealloc);
  if (!subclassable) t.flags &= ~kTypeBaseType;
  t.getattr = generic_getattr;
  t.hash = identity_hash;
  t.iter = iter_self;
  t.next = next;
}

// ------------------------------------------------------------------ enumerate

struct EnumerateObject : Object {
  Ref it;
  Ref index;  // the next index to produce (any int)
};

Ref enumerate_make(Type* type, Value iterable, Value start) {
  Ref it = get_iter(iterable);
  Ref index = start.is_null() ? Ref(Value::small_int(0)) : index_value(start);
  auto* e = alloc_instance<EnumerateObject>(type);
  Ref result = Ref::steal(e);
  e->it = std::move(it);
  e->index = std::move(index);
  return result;
}

// enumerate(iterable, start=0), with CPython 3.11's hand-written argument
// handling (enum_vectorcall) and hence its exact messages.
Ref enumerate_new(Type* type, CallArgs args) {
  size_t nargs = args.nargs, nkw = args.nkwargs();
  auto check_keyword = [&](size_t k, const char* name) {
    if (kwname(args, k) != name)
      raise_type_error("'" + std::string(kwname(args, k)) + "' is an invalid keyword argument for enumerate()");
  };
  if (nargs + nkw == 2) {
    if (nkw == 1) {
      check_keyword(0, "start");
    } else if (nkw == 2) {
      if (kwname(args, 0) == "start") {
        check_keyword(1, "iterable");
        return enumerate_make(type, args.args[1], args.args[0]);
      }
      check_keyword(0, "iterable");
      check_keyword(1, "start");
    }
    return enumerate_make(type, args.args[0], args.args[1]);
  }
  if (nargs + nkw == 1) {
    if (nkw == 1) check_keyword(0, "iterable");
    return enumerate_make(type, args.args[0], Value());
  }
  if (nargs == 0) raise_type_error("enumerate() missing required argument 'iterable'");
  raise_type_error("enumerate() takes at most 2 arguments (" + std::to_string(nargs + nkw) + " given)");
}

Ref enumerate_next(Value self) {
  auto* e = self.as<EnumerateObject>();
  Ref item = iter_next(e->it);
  if (item.is_null()) return Ref();
  Ref index = e->index;
  Value i = index.get();
  if (i.is_small_int() && i.small_int() < Value::kMaxSmallInt)
    e->index = Ref(Value::small_int(i.small_int() + 1));
  else
    e->index = binary_op(i, Value::small_int(1), BinaryOp::Add);
  Ref pair = new_tuple(2);
  tuple_init_item(pair, 0, std::move(index));
  tuple_init_item(pair, 1, std::move(item));
  return pair;
}

// ------------------------------------------------------------------ zip

struct ZipObject : Object {
  std::vector<Ref> iters;
  bool strict = false;
};

Ref zip_new(Type* type, CallArgs args) {
  bool strict = false;
  size_t nkw = args.nkwargs();
  if (nkw > 1)
    raise_type_error("zip() takes at most 1 keyword argument (" + std::to_string(nkw) + " given)");
  if (nkw == 1) {
    if (kwname(args, 0) != "strict")
      raise_type_error("'" + std::string(kwname(args, 0)) + "' is an invalid keyword argument for zip()");
    strict = truthy(args.kwarg(0));
  }
  std::vector<Ref> iters;
  iters.reserve(args.nargs);
  for (size_t i = 0; i < args.nargs; i++) iters.push_back(get_iter(args.args[i]));
  auto* z = alloc_instance<ZipObject>(type);
  Ref result = Ref::steal(z);
  z->iters = std::move(iters);
  z->strict = strict;
  return result;
}

[[noreturn]] void zip_length_error(size_t i, const char* which) {
  // "zip() argument 2 is shorter than argument 1", "... argument 3 is longer than arguments 1-2"
  std::string plural = i == 1 ? " " : "s 1-";
  raise_value_error("zip() argument " + std::to_string(i + 1) + " is " + which + " than argument" + plural +
                    std::to_string(i));
}

Ref zip_next(Value self) {
  auto* z = self.as<ZipObject>();
  size_t n = z->iters.size();
  if (n == 0) return Ref();
  Ref result = new_tuple(static_cast<int64_t>(n));
  for (size_t i = 0; i < n; i++) {
    Ref item = iter_next(z->iters[i]);
    if (item.is_null()) {
      if (!z->strict) return Ref();
      if (i) zip_length_error(i, "shorter");
      for (size_t j = 1; j < n; j++) {
        Ref extra = iter_next(z->iters[j]);
        if (!extra.is_null()) zip_length_error(j, "longer");
      }
      return Ref();
    }
    tuple_init_item(result, static_cast<int64_t>(i), std::move(item));
  }
  return result;
}

// Calls `func` for a `next` slot. As in CPython, a StopIteration escaping the
// function ends the iteration (a null Ref) rather than propagating.
Ref call_in_next(Value func, CallArgs args) {
  try {
    return call(func, args);
  } catch (PyException& e) {
    if (!type_of(e.exception)->is_subtype_of(&exc::StopIteration)) throw;
    return Ref();
  }
}

// ------------------------------------------------------------------ map

struct MapObject : Object {
  Ref func;
  std::vector<Ref> iters;
};

Ref map_new(Type* type, CallArgs args) {
  check_no_kwargs("map", args);
  if (args.nargs < 2) raise_type_error("map() must have at least two arguments.");
  std::vector<Ref> iters;
  iters.reserve(args.nargs - 1);
  for (size_t i = 1; i < args.nargs; i++) iters.push_back(get_iter(args.args[i]));
  auto* m = alloc_instance<MapObject>(type);
  Ref result = Ref::steal(m);
  m->func = Ref(args.args[0]);
  m->iters = std::move(iters);
  return result;
}

Ref map_next(Value self) {
  auto* m = self.as<MapObject>();
  size_t n = m->iters.size();
  if (n == 1) {
    Ref item = iter_next(m->iters[0]);
    if (item.is_null()) return Ref();
    Value arg = item;
    return call_in_next(m->func, CallArgs{&arg, 1, nullptr});
  }
  std::vector<Ref> items;
  items.reserve(n);
  for (size_t i = 0; i < n; i++) {
    Ref item = iter_next(m->iters[i]);
    if (item.is_null()) return Ref();
    items.push_back(std::move(item));
  }
  std::vector<Value> argv(items.begin(), items.end());
  return call_in_next(m->func, CallArgs{argv.data(), argv.size(), nullptr});
}

// ------------------------------------------------------------------ filter

struct FilterObject : Object {
  Ref func;  // None (or bool): keep the truthy items
  Ref it;
};

Ref filter_new(Type* type, CallArgs args) {
  check_arg_range("filter", args, 2, 2);
  Ref it = get_iter(args.args[1]);
  auto* f = alloc_instance<FilterObject>(type);
  Ref result = Ref::steal(f);
  f->func = Ref(args.args[0]);
  f->it = std::move(it);
  return result;
}

Ref filter_next(Value self) {
  auto* f = self.as<FilterObject>();
  Value func = f->func;
  bool check_true = func.is_none() || func.is(Value::object(&bool_type));
  for (;;) {
    Ref item = iter_next(f->it);
    if (item.is_null()) return Ref();
    if (check_true) {
      if (truthy(item)) return item;
      continue;
    }
    Value arg = item;
    Ref good = call_in_next(func, CallArgs{&arg, 1, nullptr});
    if (good.is_null()) return Ref();
    if (truthy(good)) return item;
  }
}

// ------------------------------------------------------------------ reversed

struct ReversedObject : Object {
  Ref seq;  // null once exhausted
  int64_t index = -1;
};

Ref reversed_new(Type* type, CallArgs args) {
  check_arg_range("reversed", args, 1, 1);
  Value seq = args.args[0];
  Type* st = type_of(seq);
  StrObject* name = GILT_NAME("__reversed__");
  Value meth = type_lookup(st, name);
  if (!meth.is_null()) {
    if (meth.is_none()) raise_type_error("'" + st->name + "' object is not reversible");
    return call_method_if_present(seq, name, {});
  }
  // The sequence protocol: len() and seq[i] from the end (not for mappings).
  if (!st->getitem || is_dict(seq)) raise_type_error("'" + st->name + "' object is not reversible");
  int64_t n = length(seq);
  auto* r = alloc_instance<ReversedObject>(type);
  Ref result = Ref::steal(r);
  r->seq = Ref(seq);
  r->index = n - 1;
  return result;
}

Ref reversed_next(Value self) {
  auto* r = self.as<ReversedObject>();
  if (r->seq.is_null()) return Ref();
  if (r->index >= 0) {
    try {
      return get_item(r->seq, Value::small_int(r->index--));
    } catch (PyException& e) {
      Type* t = type_of(e.exception);
      if (!t->is_subtype_of(&exc::IndexError) && !t->is_subtype_of(&exc::StopIteration)) throw;
    }
  }
  r->index = -1;
  r->seq.reset();
  return Ref();
}

// ------------------------------------------------------------------ callable_iterator

struct CallableIterObject : Object {
  Ref callable;  // null once exhausted
  Ref sentinel;
};

Ref callable_iter_next(Value self) {
  auto* c = self.as<CallableIterObject>();
  if (c->callable.is_null()) return Ref();
  Ref result;
  try {
    Ref callable = c->callable;  // the call may exhaust (and release) us
    result = call(callable, {});
  } catch (PyException& e) {
    if (!type_of(e.exception)->is_subtype_of(&exc::StopIteration)) throw;
    c->callable.reset();
    c->sentinel.reset();
    return Ref();
  }
  if (c->sentinel.is_null()) return Ref();
  Ref sentinel = c->sentinel;
  if (!equals(sentinel, result)) return result;
  c->callable.reset();
  c->sentinel.reset();
  return Ref();
}

// ------------------------------------------------------------------ functions

Ref builtin_sorted(Value, CallArgs args) {
  // Keywords go straight to list.sort, which checks them.
  if (args.nargs != 1) raise_type_error("sorted expected 1 argument, got " + std::to_string(args.nargs));
  Ref list = list_from_iterable(args.args[0]);
  call(get_attr(list, "sort"), CallArgs{args.args + 1, 0, args.kwnames});
  return list;
}

Ref min_max(CallArgs args, bool is_min) {
  const char* name = is_min ? "min" : "max";
  if (args.nargs == 0) raise_type_error(std::string(name) + " expected at least 1 argument, got 0");
  Value key, default_value;
  size_t nkw = args.nkwargs();
  if (nkw > 2)
    raise_type_error(std::string(name) + "() takes at most 2 keyword arguments (" + std::to_string(nkw) +
                     " given)");
  for (size_t k = 0; k < nkw; k++) {
    std::string_view kw = kwname(args, k);
    if (kw == "key")
      key = args.kwarg(k);
    else if (kw == "default")
      default_value = args.kwarg(k);
    else
      raise_type_error("'" + std::string(kw) + "' is an invalid keyword argument for " + name + "()");
  }
  bool positional = args.nargs > 1;
  if (positional && !default_value.is_null())
    raise_type_error(std::string("Cannot specify a default for ") + name +
                     "() with multiple positional arguments");
  if (key.is_none()) key = Value();
  CompareOp op = is_min ? CompareOp::Lt : CompareOp::Gt;

  Ref best_item, best_val;
  auto consider = [&](Value item) {
    Ref val = key.is_null() ? Ref(item) : call(key, {item});
    if (best_val.is_null() || compare_bool(val, best_val, op)) {
      best_item = Ref(item);
      best_val = std::move(val);
    }
  };
  if (positional) {
    // Hold the arguments while comparing (the key may run arbitrary code).
    for (size_t i = 0; i < args.nargs; i++) consider(args.args[i]);
  } else {
    Ref it = get_iter(args.args[0]);
    for (;;) {
      Ref item = iter_next(it);
      if (item.is_null()) break;
      consider(item);
    }
  }
  if (best_val.is_null()) {
    if (!default_value.is_null()) return Ref(default_value);
    raise_value_error(std::string(name) + "() arg is an empty sequence");
  }
  return best_item;
}

Ref builtin_min(Value, CallArgs args) { return min_max(args, true); }
Ref builtin_max(Value, CallArgs args) { return min_max(args, false); }

bool is_exact_int(Value v) { return v.is_small_int() || (v.is_object() && v.object()->type == &int_type); }

// sum(iterable, /, start=0): CPython's algorithm, including its fast paths —
// machine-word ints while no overflow, then doubles added left to right.
Ref builtin_sum(Value, CallArgs args) {
  // CPython reports the missing positional argument before any keyword.
  if (args.nargs == 0) raise_type_error("sum() takes at least 1 positional argument (0 given)");
  Value a[2];
  bind_args("sum", args, {"iterable", "start"}, 1, a, 1);
  Ref it = get_iter(a[0]);
  Ref result;
  if (a[1].is_null()) {
    result = Ref(Value::small_int(0));
  } else {
    Value start = a[1];
    if (is_str(start)) raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
    if (is_bytes(start)) raise_type_error("sum() can't sum bytes [use b''.join(seq) instead]");
    if (type_name(start) == "bytearray")  // once gilt has one
      raise_type_error("sum() can't sum bytearray [use b''.join(seq) instead]");
    result = Ref(start);
  }

  if (is_exact_int(result)) {
    int64_t acc;
    if (int_to_int64(result, acc)) {
      for (;;) {
        Ref item = iter_next(it);
        if (item.is_null()) return int_from_int64(acc);
        int64_t b, sum;
        if ((is_exact_int(item) || item.get().is_bool()) && int_to_int64(item, b) &&
            !__builtin_add_overflow(acc, b, &sum)) {
          acc = sum;
          continue;
        }
        // Overflow or not an int: continue with the generic protocol.
        result = binary_op(int_from_int64(acc), item, BinaryOp::Add);
        break;
      }
    }
  }

  if (type_of(result) == &float_type) {
    double acc = float_value(result);
    for (;;) {
      Ref item = iter_next(it);
      if (item.is_null()) return new_float(acc);
      if (type_of(item) == &float_type) {
        acc += float_value(item);
        continue;
      }
      int64_t v;
      if (is_int(item) && int_to_int64(item, v)) {
        acc += static_cast<double>(v);
        continue;
      }
      result = binary_op(new_float(acc), item, BinaryOp::Add);
      break;
    }
  }

  for (;;) {
    Ref item = iter_next(it);
    if (item.is_null()) return result;
    result = binary_op(result, item, BinaryOp::Add);
  }
}

Ref builtin_any(Value, CallArgs args) {
  check_exact_args("any", args, 1);
  Ref it = get_iter(args.args[0]);
  for (;;) {
    Ref item = iter_next(it);
    if (item.is_null()) return Ref(Value::false_());
    if (truthy(item)) return Ref(Value::true_());
  }
}

Ref builtin_all(Value, CallArgs args) {
  check_exact_args("all", args, 1);
  Ref it = get_iter(args.args[0]);
  for (;;) {
    Ref item = iter_next(it);
    if (item.is_null()) return Ref(Value::true_());
    if (!truthy(item)) return Ref(Value::false_());
  }
}

Ref builtin_iter(Value, CallArgs args) {
  check_arg_range("iter", args, 1, 2);
  if (args.nargs == 1) return get_iter(args.args[0]);
  if (!is_callable(args.args[0])) raise_type_error("iter(v, w): v must be callable");
  auto* c = new_object<CallableIterObject>(&callable_iterator_type);
  Ref result = Ref::steal(c);
  c->callable = Ref(args.args[0]);
  c->sentinel = Ref(args.args[1]);
  return result;
}

Ref builtin_next(Value, CallArgs args) {
  check_arg_range("next", args, 1, 2);
  Value it = args.args[0];
  Type* t = type_of(it);
  if (!t->next) raise_type_error("'" + t->name + "' object is not an iterator");
  Ref returned;  // a generator's return value goes into its StopIteration
  Ref item = t == &generator_type ? generator_send(it.as<GeneratorObject>(), Value::none(), &returned) : t->next(it);
  if (!item.is_null()) return item;
  if (args.nargs > 1) return Ref(args.args[1]);
  bool has_value = !returned.is_null() && !returned.get().is_none();
  raise(new_exception(&exc::StopIteration, has_value ? make_tuple({returned.get()}) : make_tuple({})));
}

// ------------------------------------------------------------------ collector slots

// The iterators own what they iterate (and map/filter their function). Only
// those whose fields may be null (exhausted) have a clear: a cycle through
// the others passes through the iterable or the function.
void enumerate_traverse(Object* o, const Visitor& visit) {
  auto* e = static_cast<EnumerateObject*>(o);
  visit(e->it);
  visit(e->index);
}

void zip_traverse(Object* o, const Visitor& visit) {
  for (const Ref& it : static_cast<ZipObject*>(o)->iters) visit(it);
}

void map_traverse(Object* o, const Visitor& visit) {
  auto* m = static_cast<MapObject*>(o);
  visit(m->func);
  for (const Ref& it : m->iters) visit(it);
}

void filter_traverse(Object* o, const Visitor& visit) {
  auto* f = static_cast<FilterObject*>(o);
  visit(f->func);
  visit(f->it);
}

void reversed_traverse(Object* o, const Visitor& visit) { visit(static_cast<ReversedObject*>(o)->seq); }
void reversed_clear(Object* o) { static_cast<ReversedObject*>(o)->seq.reset(); }

void callable_iter_traverse(Object* o, const Visitor& visit) {
  auto* c = static_cast<CallableIterObject*>(o);
  visit(c->callable);
  visit(c->sentinel);
}

void callable_iter_clear(Object* o) {
  auto* c = static_cast<CallableIterObject*>(o);
  Ref callable = std::move(c->callable), sentinel = std::move(c->sentinel);
}

void init_types() {
  set_gc_slots(enumerate_type, enumerate_traverse, nullptr);
  set_gc_slots(zip_type, zip_traverse, nullptr);
  set_gc_slots(map_type, map_traverse, nullptr);
  set_gc_slots(filter_type, filter_traverse, nullptr);
  set_gc_slots(reversed_type, reversed_traverse, reversed_clear);
  set_gc_slots(callable_iterator_type, callable_iter_traverse, callable_iter_clear);
  init_iter_type(enumerate_type, "enumerate", sizeof(EnumerateObject), dealloc_object<EnumerateObject>,
                 enumerate_new, enumerate_next, true);
  init_iter_type(zip_type, "zip", sizeof(ZipObject), dealloc_object<ZipObject>, zip_new, zip_next, true);
  init_iter_type(map_type, "map", sizeof(MapObject), dealloc_object<MapObject>, map_new, map_next, true);
  init_iter_type(filter_type, "filter", sizeof(FilterObject), dealloc_object<FilterObject>, filter_new,
                 filter_next, true);
  init_iter_type(reversed_type, "reversed", sizeof(ReversedObject), dealloc_object<ReversedObject>, reversed_new,
                 reversed_next, true);
  init_iter_type(callable_iterator_type, "callable_iterator", sizeof(CallableIterObject),
                 dealloc_object<CallableIterObject>, nullptr, callable_iter_next, false);
}

}  // namespace

void add_iteration_builtins(Value module) {
  static std::once_flag types_ready;
  std::call_once(types_ready, init_types);

  struct TypeDef {
    const char* name;
    Type* type;
  };
  static const TypeDef types[] = {
      {"enumerate", &enumerate_type}, {"zip", &zip_type},           {"map", &map_type},
      {"filter", &filter_type},       {"reversed", &reversed_type},
  };
  for (const TypeDef& t : types) module_set(module, t.name, Value::object(t.type));

  struct Def {
    const char* name;
    NativeFn fn;
  };
  static const Def functions[] = {
      {"sorted", builtin_sorted}, {"min", builtin_min}, {"max", builtin_max},   {"sum", builtin_sum},
      {"any", builtin_any},       {"all", builtin_all}, {"iter", builtin_iter}, {"next", builtin_next},
  };
  for (const Def& d : functions) module_set(module, d.name, new_builtin_function(d.name, d.fn, module));
  builtin_next_function = builtin_next;
}

}  // namespace gilt
