// The gc module: the cycle collector's interface (runtime/gc.h), with
// CPython 3.11's functions, argument checks and messages.
#include <vector>

#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/gc.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/module_util.h"
#include "vm/interpreter_state.h"
#include "vm/thread_state.h"

namespace gilt {

namespace {

constexpr int kDebugStats = 1, kDebugCollectable = 2, kDebugUncollectable = 4;

GCState* state() { return &ThreadState::current()->interp->gc; }

Ref none() { return Ref(Value::none()); }

// A C int argument, as PyArg_ParseTuple's "i".
int int_arg(Value v) {
  if (!is_int(v)) raise_type_error("'" + type_name(v) + "' object cannot be interpreted as an integer");
  int64_t i;
  if (!int_to_int64(v, i) || i > INT32_MAX || i < INT32_MIN)
    raise_overflow_error("Python int too large to convert to C int");
  return static_cast<int>(i);
}

// A tuple whose slots are not all filled is still being built by native
// code: it must not reach Python code through get_objects or get_referrers.
bool under_construction(Object* o) {
  if (!o->type->is_subtype_of(&tuple_type)) return false;
  auto* t = static_cast<TupleObject*>(o);
  for (int64_t i = 0; i < t->size; i++)
    if (t->items()[i].is_null()) return true;
  return false;
}

// ------------------------------------------------------------------ collecting

Ref gc_collect_fn(Value, CallArgs args) {
  Value a[1];
  bind_args("collect", args, {"generation"}, 0, a);
  int generation = a[0].is_null() ? kGenerations - 1 : int_arg(a[0]);
  if (generation < 0 || generation >= kGenerations) raise_value_error("invalid generation");
  return int_from_int64(gc_collect(state(), generation));
}

Ref gc_enable(Value, CallArgs args) {
  check_exact_args("gc.enable", args, 0);
  state()->enabled = true;
  return none();
}

Ref gc_disable(Value, CallArgs args) {
  check_exact_args("gc.disable", args, 0);
  state()->enabled = false;
  return none();
}

Ref gc_isenabled(Value, CallArgs args) {
  check_exact_args("gc.isenabled", args, 0);
  return Ref(Value::boolean(state()->enabled));
}

// ------------------------------------------------------------------ tuning

Ref gc_get_count(Value, CallArgs args) {
  check_exact_args("gc.get_count", args, 0);
  GCGeneration* g = state()->generations;
  return make_tuple(
      {Value::small_int(g[0].count), Value::small_int(g[1].count), Value::small_int(g[2].count)});
}

Ref gc_get_threshold(Value, CallArgs args) {
  check_exact_args("gc.get_threshold", args, 0);
  GCGeneration* g = state()->generations;
  return make_tuple(
      {Value::small_int(g[0].threshold), Value::small_int(g[1].threshold), Value::small_int(g[2].threshold)});
}

// set_threshold(threshold0[, threshold1[, threshold2]]); 0 disables automatic collection.
Ref gc_set_threshold(Value, CallArgs args) {
  if (args.nkwargs()) raise_no_kwargs("set_threshold");
  if (args.nargs < 1) raise_type_error("set_threshold() takes at least 1 argument (0 given)");
  if (args.nargs > 3)
    raise_type_error("set_threshold() takes at most 3 arguments (" + std::to_string(args.nargs) + " given)");
  int values[3];
  for (size_t i = 0; i < args.nargs; i++) values[i] = int_arg(args.args[i]);
  for (size_t i = 0; i < args.nargs; i++) state()->generations[i].threshold = values[i];
  return none();
}

Ref gc_get_debug(Value, CallArgs args) {
  check_exact_args("gc.get_debug", args, 0);
  return Ref(Value::small_int(state()->debug));
}

// Only DEBUG_SAVEALL changes what the collector does; the others are
// accepted and reported back, but print nothing.
Ref gc_set_debug(Value, CallArgs args) {
  check_exact_args("gc.set_debug", args, 1);
  state()->debug = int_arg(args.args[0]);
  return none();
}

Ref gc_get_stats(Value, CallArgs args) {
  check_exact_args("gc.get_stats", args, 0);
  Ref result = new_list();
  for (const GCGeneration& g : state()->generations) {
    Ref d = new_dict();
    dict_set(as_dict(d), new_str("collections"), int_from_int64(g.collections));
    dict_set(as_dict(d), new_str("collected"), int_from_int64(g.collected));
    dict_set(as_dict(d), new_str("uncollectable"), int_from_int64(g.uncollectable));
    list_append(result, d);
  }
  return result;
}

// ------------------------------------------------------------------ objects

bool is_collected(Value v) { return v.is_object() && is_gc_object(v.object()); }

Ref gc_is_tracked(Value, CallArgs args) {
  check_exact_args("gc.is_tracked", args, 1);
  Value v = args.args[0];
  return Ref(Value::boolean(is_collected(v) && gc_is_tracked(v.object())));
}

Ref gc_is_finalized(Value, CallArgs args) {
  check_exact_args("gc.is_finalized", args, 1);
  Value v = args.args[0];
  return Ref(Value::boolean(is_collected(v) && gc_is_finalized(v.object())));
}

// get_objects(generation=None): the tracked objects, of one generation or all.
Ref gc_get_objects(Value, CallArgs args) {
  Value a[1];
  bind_args("get_objects", args, {"generation"}, 0, a);
  int generation = -1;
  if (!a[0].is_null() && !a[0].is_none()) {
    if (!is_int(a[0])) raise_type_error("argument should be integer or None, not '" + type_name(a[0]) + "'");
    generation = int_arg(a[0]);
    if (generation >= kGenerations)
      raise_value_error("generation parameter must be less than the number of available generations (" +
                        std::to_string(kGenerations) + ")");
    if (generation < -1) raise_value_error("generation parameter cannot be negative");
  }
  std::vector<Value> found;
  gc_for_each_tracked(state(), generation, [&](Object* o) {
    if (!under_construction(o)) found.push_back(Value::object(o));
  });
  return make_list(found.data(), static_cast<int64_t>(found.size()));
}

// get_referents(*objs): what each collected object refers to.
Ref gc_get_referents(Value, CallArgs args) {
  check_no_kwargs("get_referents", args);
  std::vector<Value> found;
  Visitor collect([](Value v, void* out) { static_cast<std::vector<Value>*>(out)->push_back(v); }, &found);
  for (size_t i = 0; i < args.nargs; i++)
    if (is_collected(args.args[i])) gc_traverse(args.args[i].object(), collect);
  return make_list(found.data(), static_cast<int64_t>(found.size()));
}

// get_referrers(*objs): the tracked objects that refer to any of objs.
Ref gc_get_referrers(Value, CallArgs args) {
  check_no_kwargs("get_referrers", args);
  struct Search {
    CallArgs targets;
    bool hit = false;
  } search{args};
  Visitor match(
      [](Value v, void* arg) {
        auto* s = static_cast<Search*>(arg);
        for (size_t i = 0; i < s->targets.nargs; i++)
          if (v.is(s->targets.args[i])) s->hit = true;
      },
      &search);
  std::vector<Value> found;
  gc_for_each_tracked(state(), -1, [&](Object* o) {
    search.hit = false;
    gc_traverse(o, match);
    if (search.hit && !under_construction(o)) found.push_back(Value::object(o));
  });
  return make_list(found.data(), static_cast<int64_t>(found.size()));
}

Ref gc_freeze_fn(Value, CallArgs args) {
  check_exact_args("gc.freeze", args, 0);
  gc_freeze(state());
  return none();
}

Ref gc_unfreeze_fn(Value, CallArgs args) {
  check_exact_args("gc.unfreeze", args, 0);
  gc_unfreeze(state());
  return none();
}

Ref gc_get_freeze_count(Value, CallArgs args) {
  check_exact_args("gc.get_freeze_count", args, 0);
  return int_from_int64(gc_freeze_count(state()));
}

}  // namespace

Ref make_gc_module(InterpreterState* interp) {
  GCState& gc = interp->gc;
  Ref m = new_module("gc");
  add_functions(m, {
                       {"collect", gc_collect_fn},
                       {"enable", gc_enable},
                       {"disable", gc_disable},
                       {"isenabled", gc_isenabled},
                       {"get_count", gc_get_count},
                       {"get_threshold", gc_get_threshold},
                       {"set_threshold", gc_set_threshold},
                       {"get_debug", gc_get_debug},
                       {"set_debug", gc_set_debug},
                       {"get_stats", gc_get_stats},
                       {"is_tracked", gc_is_tracked},
                       {"is_finalized", gc_is_finalized},
                       {"get_objects", gc_get_objects},
                       {"get_referents", gc_get_referents},
                       {"get_referrers", gc_get_referrers},
                       {"freeze", gc_freeze_fn},
                       {"unfreeze", gc_unfreeze_fn},
                       {"get_freeze_count", gc_get_freeze_count},
                   });
  // The collector reads the same lists: gc.garbage (DEBUG_SAVEALL) and
  // gc.callbacks (called with "start"/"stop" and an info dict).
  if (gc.garbage.is_null()) gc.garbage = new_list();
  if (gc.callbacks.is_null()) gc.callbacks = new_list();
  module_set(m, "garbage", gc.garbage);
  module_set(m, "callbacks", gc.callbacks);
  module_set(m, "DEBUG_STATS", Value::small_int(kDebugStats));
  module_set(m, "DEBUG_COLLECTABLE", Value::small_int(kDebugCollectable));
  module_set(m, "DEBUG_UNCOLLECTABLE", Value::small_int(kDebugUncollectable));
  module_set(m, "DEBUG_SAVEALL", Value::small_int(kDebugSaveAll));
  module_set(m, "DEBUG_LEAK", Value::small_int(kDebugCollectable | kDebugUncollectable | kDebugSaveAll));
  return m;
}

}  // namespace gilt
