// The itertools module, second half: product, permutations, combinations,
// combinations_with_replacement (index vectors stepped as CPython steps
// them, so the order of results is CPython's), groupby (whose groups share
// the underlying iterator) and tee (whose copies share a buffer).
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

namespace {

Type product_type, permutations_type, combinations_type, cwr_type, groupby_type, grouper_type, tee_type;

std::vector<Ref> as_pool(Value iterable) {
  Ref list = list_from_iterable(iterable);
  return std::vector<Ref>(as_list(list)->items.begin(), as_list(list)->items.end());
}

// The r argument of combinations: an int (index), not negative.
int64_t r_arg(Value v) {
  if (is_float(v)) raise_type_error("'float' object cannot be interpreted as an integer");
  int64_t r = index_int64(v);
  if (r < 0) raise_value_error("r must be non-negative");
  return r;
}

// ------------------------------------------------------------------ the four combinatoric iterators

// One object layout serves all four: a pool of items and index vectors.
struct CombinatoricObject : Object {
  std::vector<Ref> pool;
  std::vector<std::vector<Ref>> pools;  // product: one pool per position
  std::vector<int64_t> indices, cycles;
  int64_t r = 0;
  bool started = false, stopped = false;
};

CombinatoricObject* as_comb(Value v) { return v.as<CombinatoricObject>(); }

Ref result_from(const std::vector<Ref>& pool, const std::vector<int64_t>& indices, int64_t r) {
  Ref t = new_tuple(r);
  for (int64_t i = 0; i < r; i++) tuple_init_item(t, i, pool[static_cast<size_t>(indices[i])]);
  return t;
}

Ref product_new(Type* type, CallArgs args) {
  int64_t repeat = 1;
  for (size_t k = 0; k < args.nkwargs(); k++) {
    std::string_view name = str_view(args.kwnames->items()[k]);
    if (name != "repeat")
      raise_type_error("'" + std::string(name) + "' is an invalid keyword argument for product()");
    if (is_float(args.kwarg(k))) raise_type_error("'float' object cannot be interpreted as an integer");
    repeat = index_int64(args.kwarg(k));
  }
  if (repeat < 0) raise_value_error("repeat argument cannot be negative");
  std::vector<std::vector<Ref>> pools;
  for (size_t i = 0; i < args.nargs; i++) pools.push_back(as_pool(args.args[i]));
  auto* p = alloc_instance<CombinatoricObject>(type);
  Ref r = Ref::steal(p);
  for (int64_t i = 0; i < repeat; i++)
    for (const auto& pool : pools) p->pools.push_back(pool);
  p->indices.assign(p->pools.size(), 0);
  for (const auto& pool : p->pools)
    if (pool.empty()) p->stopped = true;
  return r;
}

Ref product_next(Value self) {
  CombinatoricObject* p = as_comb(self);
  if (p->stopped) return Ref();
  size_t n = p->pools.size();
  if (p->started) {
    // Advance the rightmost index that can move; reset those to its right.
    size_t i = n;
    while (i > 0) {
      i--;
      if (++p->indices[i] < static_cast<int64_t>(p->pools[i].size())) break;
      p->indices[i] = 0;
      if (i == 0) {
        p->stopped = true;
        return Ref();
      }
    }
    if (n == 0) {
      p->stopped = true;
      return Ref();
    }
  }
  p->started = true;
  Ref t = new_tuple(static_cast<int64_t>(n));
  for (size_t i = 0; i < n; i++) tuple_init_item(t, static_cast<int64_t>(i), p->pools[i][p->indices[i]]);
  return t;
}

Ref permutations_new(Type* type, CallArgs args) {
  Value a[2];
  bind_args("permutations", args, {"iterable", "r"}, 1, a);
  std::vector<Ref> pool = as_pool(a[0]);
  int64_t n = static_cast<int64_t>(pool.size());
  int64_t r = n;
  if (!a[1].is_null() && !a[1].is_none()) {
    if (!is_int(a[1])) raise_type_error("Expected int as r");
    r = index_int64(a[1]);
    if (r < 0) raise_value_error("r must be non-negative");
  }
  auto* p = alloc_instance<CombinatoricObject>(type);
  Ref result = Ref::steal(p);
  p->pool = std::move(pool);
  p->r = r;
  for (int64_t i = 0; i < n; i++) p->indices.push_back(i);
  for (int64_t i = 0; i < std::min(r, n); i++) p->cycles.push_back(n - i);
  p->stopped = r > n;
  return result;
}

Ref permutations_next(Value self) {
  CombinatoricObject* p = as_comb(self);
  if (p->stopped) return Ref();
  int64_t n = static_cast<int64_t>(p->pool.size()), r = p->r;
  if (p->started) {
    if (n == 0) {
      p->stopped = true;
      return Ref();
    }
    // Decrement the rightmost cycle, moving left when one rolls over.
    int64_t i = r - 1;
    for (; i >= 0; i--) {
      auto& idx = p->indices;
      if (--p->cycles[i] == 0) {
        int64_t first = idx[i];
        for (int64_t j = i; j < n - 1; j++) idx[j] = idx[j + 1];
        idx[n - 1] = first;
        p->cycles[i] = n - i;
      } else {
        int64_t j = p->cycles[i];
        std::swap(idx[i], idx[n - j]);
        break;
      }
    }
    if (i < 0) {
      p->stopped = true;
      return Ref();
    }
  }
  p->started = true;
  return result_from(p->pool, p->indices, r);
}

Ref combinations_make(const char* name, Type* type, CallArgs args, bool replacement) {
  Value a[2];
  bind_args(name, args, {"iterable", "r"}, 2, a);
  std::vector<Ref> pool = as_pool(a[0]);
  int64_t r = r_arg(a[1]);
  auto* p = alloc_instance<CombinatoricObject>(type);
  Ref result = Ref::steal(p);
  int64_t n = static_cast<int64_t>(pool.size());
  p->pool = std::move(pool);
  p->r = r;
  for (int64_t i = 0; i < r; i++) p->indices.push_back(replacement ? 0 : i);
  p->stopped = replacement ? (n == 0 && r > 0) : r > n;
  return result;
}

Ref combinations_new(Type* type, CallArgs args) {
  return combinations_make("combinations", type, args, false);
}
Ref cwr_new(Type* type, CallArgs args) {
  return combinations_make("combinations_with_replacement", type, args, true);
}

Ref combinations_next(Value self) {
  CombinatoricObject* p = as_comb(self);
  if (p->stopped) return Ref();
  int64_t n = static_cast<int64_t>(p->pool.size()), r = p->r;
  auto& idx = p->indices;
  if (p->started) {
    // The rightmost index not at its maximum moves up; those after follow it.
    int64_t i = r - 1;
    while (i >= 0 && idx[i] == i + n - r) i--;
    if (i < 0) {
      p->stopped = true;
      return Ref();
    }
    idx[i]++;
    for (int64_t j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
  }
  p->started = true;
  return result_from(p->pool, idx, r);
}

Ref cwr_next(Value self) {
  CombinatoricObject* p = as_comb(self);
  if (p->stopped) return Ref();
  int64_t n = static_cast<int64_t>(p->pool.size()), r = p->r;
  auto& idx = p->indices;
  if (p->started) {
    int64_t i = r - 1;
    while (i >= 0 && idx[i] == n - 1) i--;
    if (i < 0) {
      p->stopped = true;
      return Ref();
    }
    int64_t value = idx[i] + 1;
    for (int64_t j = i; j < r; j++) idx[j] = value;
  }
  p->started = true;
  return result_from(p->pool, idx, r);
}

// ------------------------------------------------------------------ groupby

struct GroupbyObject : Object {
  Ref it, keyfunc;  // keyfunc null: identity
  Ref tgtkey, currkey, currvalue;
  uint64_t group = 0;  // which group is current; older groupers are exhausted
};

struct GrouperObject : Object {
  Ref parent;
  Ref tgtkey;
  uint64_t group = 0;
};

Ref groupby_new(Type* type, CallArgs args) {
  Value a[2];
  bind_args("groupby", args, {"iterable", "key"}, 1, a);
  Ref it = get_iter(a[0]);
  auto* g = alloc_instance<GroupbyObject>(type);
  Ref r = Ref::steal(g);
  g->it = std::move(it);
  if (!a[1].is_null() && !a[1].is_none()) g->keyfunc = Ref(a[1]);
  return r;
}

// Reads the next value and its key; false at the end.
bool groupby_step(GroupbyObject* g) {
  Ref value = iter_next(g->it);
  if (value.is_null()) return false;
  Ref key = g->keyfunc.is_null() ? value : call(g->keyfunc, {value});
  g->currvalue = std::move(value);
  g->currkey = std::move(key);
  return true;
}

Ref groupby_next(Value self) {
  auto* g = self.as<GroupbyObject>();
  g->group++;  // the previous grouper ends here
  // Skip the rest of the current group.
  for (;;) {
    if (!g->currkey.is_null()) {
      if (g->tgtkey.is_null()) break;
      if (!compare_bool(g->tgtkey, g->currkey, CompareOp::Eq)) break;
    }
    if (!groupby_step(g)) return Ref();
  }
  g->tgtkey = g->currkey;
  auto* grouper = new_object<GrouperObject>(&grouper_type);
  Ref gr = Ref::steal(grouper);
  grouper->parent = Ref(self);
  grouper->tgtkey = g->tgtkey;
  grouper->group = g->group;
  return make_tuple({g->currkey, gr});
}

Ref grouper_next(Value self) {
  auto* gr = self.as<GrouperObject>();
  auto* g = gr->parent.as<GroupbyObject>();
  if (g->group != gr->group) return Ref();
  if (g->currvalue.is_null() && !groupby_step(g)) return Ref();
  if (!compare_bool(gr->tgtkey, g->currkey, CompareOp::Eq)) return Ref();
  Ref value = std::move(g->currvalue);
  g->currvalue.reset();
  g->currkey.reset();
  return value;
}

// ------------------------------------------------------------------ tee

// The values read from the shared iterator, in segments of up to kTeeSegment
// values; a segment lives as long as a tee still has to read from it. As in
// CPython (teedataobject), segments are objects, shared by the tees copied
// from one another, so the cycle collector sees each reference once.
constexpr size_t kTeeSegment = 57;

Type tee_segment_type;

struct TeeSegment : Object {
  Ref it;  // the shared iterator
  bool running = false;
  std::vector<Ref> values;
  Ref next;  // the following TeeSegment, made when a tee gets there
};

Ref new_tee_segment(Value it) {
  auto* seg = new_object<TeeSegment>(&tee_segment_type);
  seg->it = Ref(it);
  seg->values.reserve(kTeeSegment);
  return Ref::steal(seg);
}

struct TeeObject : Object {
  Ref segment;  // TeeSegment
  size_t index = 0;
};

Ref new_tee(Value segment, size_t index) {
  auto* t = new_object<TeeObject>(&tee_type);
  t->segment = Ref(segment);
  t->index = index;
  return Ref::steal(t);
}

Ref tee_next(Value self) {
  auto* t = self.as<TeeObject>();
  if (t->index >= kTeeSegment) {
    auto* full = t->segment.as<TeeSegment>();
    if (full->next.is_null()) full->next = new_tee_segment(full->it);
    t->segment = full->next;
    t->index = 0;
  }
  auto* seg = t->segment.as<TeeSegment>();
  if (t->index < seg->values.size()) return seg->values[t->index++];
  // The lead tee reads from the source.
  if (seg->running) raise(&exc::RuntimeError, "cannot re-enter the tee iterator");
  Ref keep(t->segment);  // reading runs code that may drop the tee
  seg->running = true;
  Ref value;
  try {
    value = iter_next(seg->it);
  } catch (...) {
    seg->running = false;
    throw;
  }
  seg->running = false;
  if (value.is_null()) return Ref();
  seg->values.push_back(value);
  t->index++;
  return value;
}

Ref tee_copy(Value self, CallArgs args) {
  check_exact_args("__copy__", args, 0);
  auto* t = self.as<TeeObject>();
  return new_tee(t->segment, t->index);
}

Ref tee_new(Type*, CallArgs args) {
  check_no_kwargs("_tee", args);
  check_arg_range("_tee", args, 1, 1);
  Ref it = get_iter(args.args[0]);
  if (type_of(it) == &tee_type) return tee_copy(it, CallArgs{});
  return new_tee(new_tee_segment(it), 0);
}

// tee(iterable, n=2): n iterators over the same values.
Ref itertools_tee(Value, CallArgs args) {
  check_no_kwargs("tee", args);
  check_arg_range("tee", args, 1, 2);
  int64_t n = 2;
  if (args.nargs > 1) {
    if (is_float(args.args[1])) raise_type_error("'float' object cannot be interpreted as an integer");
    n = index_int64(args.args[1]);
  }
  if (n < 0) raise_value_error("n must be >= 0");
  Ref result = new_tuple(n);
  if (n == 0) return result;
  Ref it = get_iter(args.args[0]);
  Ref copyable;
  Ref copy_method = try_get_attr(it, GILT_NAME("__copy__"));
  if (!copy_method.is_null()) {
    copyable = it;
  } else {
    Value source = it;
    copyable = tee_new(&tee_type, CallArgs{&source, 1, nullptr});
  }
  tuple_init_item(result, 0, copyable);
  for (int64_t i = 1; i < n; i++) {
    copyable = call(get_attr(copyable, GILT_NAME("__copy__")), {});
    tuple_init_item(result, i, copyable);
  }
  return result;
}

// ------------------------------------------------------------------ collector slots

// No clears: a cycle through these passes through their iterable, key
// function or the values they hold, all of which can be cleared.
void combinatoric_traverse(Object* o, const Visitor& visit) {
  auto* p = static_cast<CombinatoricObject*>(o);
  for (const Ref& r : p->pool) visit(r);
  for (const std::vector<Ref>& pool : p->pools)
    for (const Ref& r : pool) visit(r);
}

void groupby_traverse(Object* o, const Visitor& visit) {
  auto* g = static_cast<GroupbyObject*>(o);
  for (const Ref* r : {&g->it, &g->keyfunc, &g->tgtkey, &g->currkey, &g->currvalue}) visit(*r);
}

void grouper_traverse(Object* o, const Visitor& visit) {
  auto* g = static_cast<GrouperObject*>(o);
  visit(g->parent);
  visit(g->tgtkey);
}

// A tee owns its current segment, a segment its values, the iterator and
// the next segment. Clearing a segment drops its values and the next one
// (the tee then reads on from the iterator); a cycle through a tee passes
// through a segment.
void tee_traverse(Object* o, const Visitor& visit) { visit(static_cast<TeeObject*>(o)->segment); }

void tee_segment_traverse(Object* o, const Visitor& visit) {
  auto* seg = static_cast<TeeSegment*>(o);
  visit(seg->it);
  for (const Ref& r : seg->values) visit(r);
  visit(seg->next);
}

void tee_segment_clear(Object* o) {
  auto* seg = static_cast<TeeSegment*>(o);
  std::vector<Ref> values;
  values.swap(seg->values);
  Ref next = std::move(seg->next);
}

}  // namespace

void init_combinatoric_types() {
  for (Type* t : {&product_type, &permutations_type, &combinations_type, &cwr_type})
    set_gc_slots(*t, combinatoric_traverse, nullptr);
  set_gc_slots(groupby_type, groupby_traverse, nullptr);
  set_gc_slots(grouper_type, grouper_traverse, nullptr);
  set_gc_slots(tee_type, tee_traverse, nullptr);
  set_gc_slots(tee_segment_type, tee_segment_traverse, tee_segment_clear);
  init_static_type(tee_segment_type, "_tee_dataobject", sizeof(TeeSegment), dealloc_object<TeeSegment>);
  tee_segment_type.flags &= ~kTypeBaseType;
  init_itertools_type(product_type, "product", sizeof(CombinatoricObject), dealloc_object<CombinatoricObject>,
                      product_new, product_next);
  init_itertools_type(permutations_type, "permutations", sizeof(CombinatoricObject),
                      dealloc_object<CombinatoricObject>, permutations_new, permutations_next);
  init_itertools_type(combinations_type, "combinations", sizeof(CombinatoricObject),
                      dealloc_object<CombinatoricObject>, combinations_new, combinations_next);
  init_itertools_type(cwr_type, "combinations_with_replacement", sizeof(CombinatoricObject),
                      dealloc_object<CombinatoricObject>, cwr_new, cwr_next);
  init_itertools_type(groupby_type, "groupby", sizeof(GroupbyObject), dealloc_object<GroupbyObject>,
                      groupby_new, groupby_next);
  init_itertools_type(grouper_type, "_grouper", sizeof(GrouperObject), dealloc_object<GrouperObject>, nullptr,
                      grouper_next, false);
  init_itertools_type(tee_type, "_tee", sizeof(TeeObject), dealloc_object<TeeObject>, tee_new, tee_next,
                      false);
  add_method(tee_type, "__copy__", tee_copy);
}

void add_combinatorics(Value module) {
  struct TypeDef {
    const char* name;
    Type* type;
  };
  for (const TypeDef& t : {TypeDef{"product", &product_type},
                           {"permutations", &permutations_type},
                           {"combinations", &combinations_type},
                           {"combinations_with_replacement", &cwr_type},
                           {"groupby", &groupby_type},
                           {"_grouper", &grouper_type},
                           {"_tee", &tee_type}})
    module_set(module, t.name, Value::object(t.type));
  add_functions(module, {{"tee", itertools_tee}});
}

}  // namespace gilt
