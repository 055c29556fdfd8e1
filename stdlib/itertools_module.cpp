// The itertools module, first half: count, cycle, repeat, chain, islice,
// accumulate, starmap, takewhile, dropwhile, filterfalse, compress,
// zip_longest, pairwise. Each is a native lazy iterator that draws from its
// source exactly when and as often as CPython's does (observable through
// iterators with side effects), with CPython's reprs for count and repeat.
#include <mutex>
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/itertools.h"
#include "stdlib/module_util.h"

namespace gilt {

void init_itertools_type(Type& t, const char* name, size_t size, DeallocFn dealloc, NewFn new_instance,
                         NextFn next, bool subclassable) {
  t.new_instance = new_instance;
  init_static_type(t, name, size, dealloc);
  if (!subclassable) t.flags &= ~kTypeBaseType;
  t.getattr = generic_getattr;
  t.repr = native_object_repr;
  t.hash = identity_hash;
  t.iter = iter_self;
  t.next = next;
  set_type_module(t, "itertools");
}

namespace {

Type count_type, cycle_type, repeat_type, chain_type, islice_type, accumulate_type, starmap_type,
    takewhile_type, dropwhile_type, filterfalse_type, compress_type, zip_longest_type, pairwise_type;

template <class T>
Ref make_instance(Type* type, T*& out) {
  out = alloc_instance<T>(type);
  return Ref::steal(out);
}

// ------------------------------------------------------------------ count

struct CountObject : Object {
  Ref value, step;
};

bool is_number(Value v) {
  if (is_int(v) || is_float(v)) return true;
  Type* t = type_of(v);
  return !type_lookup(t, GILT_NAME("__index__")).is_null() ||
         !type_lookup(t, GILT_NAME("__int__")).is_null() || !type_lookup(t, GILT_NAME("__float__")).is_null();
}

bool is_int_one(Value v) { return is_int(v) && !v.is_bool() && v.is_small_int() && v.small_int() == 1; }

Ref count_new(Type* type, CallArgs args) {
  Value a[2];
  bind_args("count", args, {"start", "step"}, 0, a);
  Value start = a[0].is_null() ? Value::small_int(0) : a[0];
  Value step = a[1].is_null() ? Value::small_int(1) : a[1];
  if (!is_number(start) || !is_number(step)) raise_type_error("a number is required");
  CountObject* c;
  Ref r = make_instance(type, c);
  // Counting ints by 1 yields plain ints, even from True.
  c->value = is_int(start) && is_int_one(step) ? index_value(start) : Ref(start);
  c->step = Ref(step);
  return r;
}

Ref count_next(Value self) {
  auto* c = self.as<CountObject>();
  Ref result = c->value;
  Value v = result, s = c->step;
  if (v.is_small_int() && s.is_small_int() && Value::fits_small_int(v.small_int() + s.small_int()))
    c->value = Ref(Value::small_int(v.small_int() + s.small_int()));
  else
    c->value = binary_op(v, s, BinaryOp::Add);
  return result;
}

Ref count_repr(Value self) {
  auto* c = self.as<CountObject>();
  std::string out = type_name(self) + "(" + repr_string(c->value);
  if (!is_int_one(c->step)) out += ", " + repr_string(c->step);
  return new_str(out + ")");
}

// ------------------------------------------------------------------ cycle

struct CycleObject : Object {
  Ref it;  // null once exhausted
  std::vector<Ref> saved;
  size_t index = 0;
};

Ref cycle_new(Type* type, CallArgs args) {
  check_no_kwargs("cycle", args);
  check_arg_range("cycle", args, 1, 1);
  Ref it = get_iter(args.args[0]);
  CycleObject* c;
  Ref r = make_instance(type, c);
  c->it = std::move(it);
  return r;
}

Ref cycle_next(Value self) {
  auto* c = self.as<CycleObject>();
  if (!c->it.is_null()) {
    Ref item = iter_next(c->it);
    if (!item.is_null()) {
      c->saved.push_back(item);
      return item;
    }
    c->it.reset();
  }
  if (c->saved.empty()) return Ref();
  Ref item = c->saved[c->index];
  if (++c->index >= c->saved.size()) c->index = 0;
  return item;
}

// ------------------------------------------------------------------ repeat

struct RepeatObject : Object {
  Ref element;
  int64_t count = -1;  // -1: forever
};

Ref repeat_new(Type* type, CallArgs args) {
  Value a[2];
  bind_args("repeat", args, {"object", "times"}, 1, a);
  int64_t count = -1;
  if (!a[1].is_null()) {
    if (is_float(a[1])) raise_type_error("'float' object cannot be interpreted as an integer");
    count = std::max<int64_t>(0, index_int64(a[1]));
  }
  RepeatObject* r;
  Ref result = make_instance(type, r);
  r->element = Ref(a[0]);
  r->count = count;
  return result;
}

Ref repeat_next(Value self) {
  auto* r = self.as<RepeatObject>();
  if (r->count == 0) return Ref();
  if (r->count > 0) r->count--;
  return r->element;
}

Ref repeat_repr(Value self) {
  auto* r = self.as<RepeatObject>();
  std::string out = type_name(self) + "(" + repr_string(r->element);
  if (r->count >= 0) out += ", " + std::to_string(r->count);
  return new_str(out + ")");
}

Ref repeat_length_hint(Value self, CallArgs args) {
  check_exact_args("__length_hint__", args, 0);
  auto* r = self.as<RepeatObject>();
  if (r->count < 0) raise_type_error("len() of unsized object");
  return int_from_int64(r->count);
}

// ------------------------------------------------------------------ chain

struct ChainObject : Object {
  Ref source;  // iterator over the iterables; null when done
  Ref active;  // iterator over the current iterable
};

Ref chain_make(Type* type, Ref source) {
  ChainObject* c;
  Ref r = make_instance(type, c);
  c->source = std::move(source);
  return r;
}

Ref chain_new(Type* type, CallArgs args) {
  check_no_kwargs("chain", args);
  return chain_make(type, get_iter(make_tuple(args.args, static_cast<int64_t>(args.nargs))));
}

Ref chain_from_iterable(Value cls, CallArgs args) {
  check_exact_args("from_iterable", args, 1);
  return chain_make(cls.as<Type>(), get_iter(args.args[0]));
}

Ref chain_next(Value self) {
  auto* c = self.as<ChainObject>();
  while (!c->source.is_null()) {
    if (c->active.is_null()) {
      Ref iterable = iter_next(c->source);
      if (iterable.is_null()) {
        c->source.reset();
        return Ref();
      }
      c->active = get_iter(iterable);
    }
    Ref item = iter_next(c->active);
    if (!item.is_null()) return item;
    c->active.reset();
  }
  return Ref();
}

// ------------------------------------------------------------------ islice

struct IsliceObject : Object {
  Ref it;  // null once done
  int64_t next = 0, stop = -1, step = 1, count = 0;
};

// PyNumber_AsSsize_t for islice's arguments: -1 for anything that is not a
// non-negative index of machine size (islice then reports its ValueError).
int64_t islice_index(Value v) {
  if (!is_int(v) && try_get_attr(v, GILT_NAME("__index__")).is_null()) return -1;
  Ref i = index_value(v);
  int64_t out;
  if (!int_to_int64(i, out)) return -1;
  return out;
}

Ref islice_new(Type* type, CallArgs args) {
  check_no_kwargs("islice", args);
  check_arg_range("islice", args, 2, 4);
  const char* stop_message = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  int64_t start = 0, stop = -1, step = 1;
  if (args.nargs == 2) {
    if (!args.args[1].is_none()) {
      stop = islice_index(args.args[1]);
      if (stop == -1) raise_value_error(stop_message);
    }
  } else {
    if (!args.args[1].is_none()) start = islice_index(args.args[1]);
    if (!args.args[2].is_none()) {
      stop = islice_index(args.args[2]);
      if (stop == -1) raise_value_error(stop_message);
    }
  }
  if (start < 0 || stop < -1)
    raise_value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (args.nargs == 4 && !args.args[3].is_none()) step = islice_index(args.args[3]);
  if (step < 1) raise_value_error("Step for islice() must be a positive integer or None.");
  Ref it = get_iter(args.args[0]);
  IsliceObject* s;
  Ref r = make_instance(type, s);
  s->it = std::move(it);
  s->next = start;
  s->stop = stop;
  s->step = step;
  return r;
}

Ref islice_next(Value self) {
  auto* s = self.as<IsliceObject>();
  if (s->it.is_null()) return Ref();
  // Skip to the next index, then take one item (CPython's order of draws).
  while (s->count < s->next) {
    Ref skipped = iter_next(s->it);
    if (skipped.is_null()) {
      s->it.reset();
      return Ref();
    }
    s->count++;
  }
  if (s->stop != -1 && s->count >= s->stop) {
    s->it.reset();
    return Ref();
  }
  Ref item = iter_next(s->it);
  if (item.is_null()) {
    s->it.reset();
    return Ref();
  }
  s->count++;
  int64_t old = s->next;
  s->next += s->step;
  if (s->next < old || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
  return item;
}

// ------------------------------------------------------------------ accumulate

struct AccumulateObject : Object {
  Ref it, func, total, initial;  // func, total, initial may be null
};

Ref accumulate_new(Type* type, CallArgs args) {
  Value a[3];
  bind_args("accumulate", args, {"iterable", "func", "initial"}, 1, a, 0, 2);
  Ref it = get_iter(a[0]);
  AccumulateObject* acc;
  Ref r = make_instance(type, acc);
  acc->it = std::move(it);
  if (!a[1].is_null() && !a[1].is_none()) acc->func = Ref(a[1]);
  if (!a[2].is_null() && !a[2].is_none()) acc->initial = Ref(a[2]);
  return r;
}

Ref accumulate_next(Value self) {
  auto* acc = self.as<AccumulateObject>();
  if (!acc->initial.is_null()) {
    acc->total = std::move(acc->initial);
    acc->initial.reset();
    return acc->total;
  }
  Ref value = iter_next(acc->it);
  if (value.is_null()) return Ref();
  if (acc->total.is_null())
    acc->total = value;
  else if (acc->func.is_null())
    acc->total = binary_op(acc->total, value, BinaryOp::Add);
  else
    acc->total = call(acc->func, {acc->total, value});
  return acc->total;
}

// ------------------------------------------------------------------ starmap, takewhile, dropwhile,
// filterfalse

struct PredicateObject : Object {
  Ref func, it;
  bool done = false;  // takewhile: stopped; dropwhile: dropping is over
};

Ref predicate_new(const char* name, Type* type, CallArgs args) {
  check_no_kwargs(name, args);
  check_arg_range(name, args, 2, 2);
  Ref it = get_iter(args.args[1]);
  PredicateObject* p;
  Ref r = make_instance(type, p);
  p->func = Ref(args.args[0]);
  p->it = std::move(it);
  return r;
}

Ref starmap_new(Type* type, CallArgs args) { return predicate_new("starmap", type, args); }
Ref takewhile_new(Type* type, CallArgs args) { return predicate_new("takewhile", type, args); }
Ref dropwhile_new(Type* type, CallArgs args) { return predicate_new("dropwhile", type, args); }
Ref filterfalse_new(Type* type, CallArgs args) { return predicate_new("filterfalse", type, args); }

Ref starmap_next(Value self) {
  auto* p = self.as<PredicateObject>();
  Ref item = iter_next(p->it);
  if (item.is_null()) return Ref();
  Ref args = is_tuple(item) ? item : call(Value::object(&tuple_type), {item});
  auto* t = args.as<TupleObject>();
  return call(p->func, CallArgs{t->items(), static_cast<size_t>(t->size), nullptr});
}

Ref takewhile_next(Value self) {
  auto* p = self.as<PredicateObject>();
  if (p->done) return Ref();
  Ref item = iter_next(p->it);
  if (item.is_null()) return Ref();
  if (truthy(call(p->func, {item}))) return item;
  p->done = true;
  return Ref();
}

Ref dropwhile_next(Value self) {
  auto* p = self.as<PredicateObject>();
  for (;;) {
    Ref item = iter_next(p->it);
    if (item.is_null()) return Ref();
    if (p->done) return item;
    if (!truthy(call(p->func, {item}))) {
      p->done = true;
      return item;
    }
  }
}

Ref filterfalse_next(Value self) {
  auto* p = self.as<PredicateObject>();
  for (;;) {
    Ref item = iter_next(p->it);
    if (item.is_null()) return Ref();
    bool keep = p->func.get().is_none() || p->func.get().is(Value::object(&bool_type))
                    ? !truthy(item)
                    : !truthy(call(p->func, {item}));
    if (keep) return item;
  }
}

// ------------------------------------------------------------------ compress

struct CompressObject : Object {
  Ref data, selectors;
};

Ref compress_new(Type* type, CallArgs args) {
  Value a[2];
  bind_args("compress", args, {"data", "selectors"}, 2, a);
  Ref data = get_iter(a[0]);
  Ref selectors = get_iter(a[1]);
  CompressObject* c;
  Ref r = make_instance(type, c);
  c->data = std::move(data);
  c->selectors = std::move(selectors);
  return r;
}

Ref compress_next(Value self) {
  auto* c = self.as<CompressObject>();
  for (;;) {
    Ref datum = iter_next(c->data);
    if (datum.is_null()) return Ref();
    Ref selector = iter_next(c->selectors);
    if (selector.is_null()) return Ref();
    if (truthy(selector)) return datum;
  }
}

// ------------------------------------------------------------------ zip_longest

struct ZipLongestObject : Object {
  std::vector<Ref> iters;  // null once exhausted
  size_t active = 0;
  Ref fill;
};

Ref zip_longest_new(Type* type, CallArgs args) {
  Value fill = Value::none();
  for (size_t k = 0; k < args.nkwargs(); k++) {
    if (str_view(args.kwnames->items()[k]) != "fillvalue")
      raise_type_error("zip_longest() got an unexpected keyword argument");
    fill = args.kwarg(k);
  }
  std::vector<Ref> iters;
  for (size_t i = 0; i < args.nargs; i++) iters.push_back(get_iter(args.args[i]));
  ZipLongestObject* z;
  Ref r = make_instance(type, z);
  z->active = iters.size();
  z->iters = std::move(iters);
  z->fill = Ref(fill);
  return r;
}

Ref zip_longest_next(Value self) {
  auto* z = self.as<ZipLongestObject>();
  size_t n = z->iters.size();
  if (n == 0 || z->active == 0) return Ref();
  Ref result = new_tuple(static_cast<int64_t>(n));
  for (size_t i = 0; i < n; i++) {
    Ref item;
    if (!z->iters[i].is_null()) {
      try {
        item = iter_next(z->iters[i]);
      } catch (PyException&) {
        z->active = 0;
        throw;
      }
      if (item.is_null()) {
        if (--z->active == 0) return Ref();
        z->iters[i].reset();
      }
    }
    tuple_init_item(result, static_cast<int64_t>(i), item.is_null() ? z->fill : item);
  }
  return result;
}

// ------------------------------------------------------------------ pairwise

struct PairwiseObject : Object {
  Ref it, old;
};

Ref pairwise_new(Type* type, CallArgs args) {
  check_no_kwargs("pairwise", args);
  check_arg_range("pairwise", args, 1, 1);
  Ref it = get_iter(args.args[0]);
  PairwiseObject* p;
  Ref r = make_instance(type, p);
  p->it = std::move(it);
  return r;
}

Ref pairwise_next(Value self) {
  auto* p = self.as<PairwiseObject>();
  if (p->it.is_null()) return Ref();
  if (p->old.is_null()) {
    p->old = iter_next(p->it);
    if (p->old.is_null()) {
      p->it.reset();
      return Ref();
    }
  }
  Ref item = iter_next(p->it);
  if (item.is_null()) {
    p->it.reset();
    p->old.reset();
    return Ref();
  }
  Ref result = make_tuple({p->old, item});
  p->old = std::move(item);
  return result;
}

// ------------------------------------------------------------------ collector slots

// Every iterator owns what it was given and what it has saved. Those whose
// fields become null once exhausted have a clear (which exhausts them); a
// cycle through the others passes through their iterable or function.
template <class T, Ref T::*... fields>
void traverse_fields(Object* o, const Visitor& visit) {
  auto* self = static_cast<T*>(o);
  (visit(self->*fields), ...);
}

template <class T, Ref T::*... fields>
void clear_fields(Object* o) {
  auto* self = static_cast<T*>(o);
  Ref released[] = {std::move(self->*fields)...};
}

void cycle_traverse(Object* o, const Visitor& visit) {
  auto* c = static_cast<CycleObject*>(o);
  visit(c->it);
  for (const Ref& r : c->saved) visit(r);
}

void cycle_clear(Object* o) {
  auto* c = static_cast<CycleObject*>(o);
  Ref it = std::move(c->it);
  std::vector<Ref> saved;
  saved.swap(c->saved);
  c->index = 0;
}

void zip_longest_traverse(Object* o, const Visitor& visit) {
  auto* z = static_cast<ZipLongestObject*>(o);
  for (const Ref& r : z->iters) visit(r);
  visit(z->fill);
}

void set_collector_slots() {
  set_gc_slots(count_type, traverse_fields<CountObject, &CountObject::value, &CountObject::step>, nullptr);
  set_gc_slots(cycle_type, cycle_traverse, cycle_clear);
  set_gc_slots(repeat_type, traverse_fields<RepeatObject, &RepeatObject::element>, nullptr);
  set_gc_slots(chain_type, traverse_fields<ChainObject, &ChainObject::source, &ChainObject::active>,
               clear_fields<ChainObject, &ChainObject::source, &ChainObject::active>);
  set_gc_slots(islice_type, traverse_fields<IsliceObject, &IsliceObject::it>,
               clear_fields<IsliceObject, &IsliceObject::it>);
  set_gc_slots(accumulate_type,
               traverse_fields<AccumulateObject, &AccumulateObject::it, &AccumulateObject::func,
                               &AccumulateObject::total, &AccumulateObject::initial>,
               nullptr);
  for (Type* t : {&starmap_type, &takewhile_type, &dropwhile_type, &filterfalse_type})
    set_gc_slots(*t, traverse_fields<PredicateObject, &PredicateObject::func, &PredicateObject::it>, nullptr);
  set_gc_slots(compress_type,
               traverse_fields<CompressObject, &CompressObject::data, &CompressObject::selectors>, nullptr);
  set_gc_slots(zip_longest_type, zip_longest_traverse, nullptr);
  set_gc_slots(pairwise_type, traverse_fields<PairwiseObject, &PairwiseObject::it, &PairwiseObject::old>,
               clear_fields<PairwiseObject, &PairwiseObject::it, &PairwiseObject::old>);
}

// ------------------------------------------------------------------ the module

void init_types() {
  set_collector_slots();
  init_itertools_type(count_type, "count", sizeof(CountObject), dealloc_object<CountObject>, count_new,
                      count_next);
  count_type.repr = count_repr;
  init_itertools_type(cycle_type, "cycle", sizeof(CycleObject), dealloc_object<CycleObject>, cycle_new,
                      cycle_next);
  init_itertools_type(repeat_type, "repeat", sizeof(RepeatObject), dealloc_object<RepeatObject>, repeat_new,
                      repeat_next);
  repeat_type.repr = repeat_repr;
  add_method(repeat_type, "__length_hint__", repeat_length_hint);
  init_itertools_type(chain_type, "chain", sizeof(ChainObject), dealloc_object<ChainObject>, chain_new,
                      chain_next);
  add_class_method(chain_type, "from_iterable", chain_from_iterable);
  init_itertools_type(islice_type, "islice", sizeof(IsliceObject), dealloc_object<IsliceObject>, islice_new,
                      islice_next);
  init_itertools_type(accumulate_type, "accumulate", sizeof(AccumulateObject),
                      dealloc_object<AccumulateObject>, accumulate_new, accumulate_next);
  init_itertools_type(starmap_type, "starmap", sizeof(PredicateObject), dealloc_object<PredicateObject>,
                      starmap_new, starmap_next);
  init_itertools_type(takewhile_type, "takewhile", sizeof(PredicateObject), dealloc_object<PredicateObject>,
                      takewhile_new, takewhile_next);
  init_itertools_type(dropwhile_type, "dropwhile", sizeof(PredicateObject), dealloc_object<PredicateObject>,
                      dropwhile_new, dropwhile_next);
  init_itertools_type(filterfalse_type, "filterfalse", sizeof(PredicateObject),
                      dealloc_object<PredicateObject>, filterfalse_new, filterfalse_next);
  init_itertools_type(compress_type, "compress", sizeof(CompressObject), dealloc_object<CompressObject>,
                      compress_new, compress_next);
  init_itertools_type(zip_longest_type, "zip_longest", sizeof(ZipLongestObject),
                      dealloc_object<ZipLongestObject>, zip_longest_new, zip_longest_next);
  init_itertools_type(pairwise_type, "pairwise", sizeof(PairwiseObject), dealloc_object<PairwiseObject>,
                      pairwise_new, pairwise_next);
  init_combinatoric_types();
  finish_static_types();
}

}  // namespace

Ref make_itertools_module(InterpreterState*) {
  static std::once_flag once;
  std::call_once(once, init_types);
  Ref m = new_module("itertools");
  struct TypeDef {
    const char* name;
    Type* type;
  };
  for (const TypeDef& t : {TypeDef{"count", &count_type},
                           {"cycle", &cycle_type},
                           {"repeat", &repeat_type},
                           {"chain", &chain_type},
                           {"islice", &islice_type},
                           {"accumulate", &accumulate_type},
                           {"starmap", &starmap_type},
                           {"takewhile", &takewhile_type},
                           {"dropwhile", &dropwhile_type},
                           {"filterfalse", &filterfalse_type},
                           {"compress", &compress_type},
                           {"zip_longest", &zip_longest_type},
                           {"pairwise", &pairwise_type}})
    module_set(m, t.name, Value::object(t.type));
  add_combinatorics(m);
  return m;
}

}  // namespace gilt
