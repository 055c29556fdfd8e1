// aiter() and anext(), the async iteration builtins, and anext_awaitable:
// what anext(it, default) returns — an awaitable that turns the end of the
// iteration (StopAsyncIteration) into `default`.
#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/module_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/builtins.h"

namespace gilt {

// anext_awaitable: awaits `wrapped` (the result of __anext__), giving
// `default_value` when it raises StopAsyncIteration.
struct AnextAwaitableObject : Object {
  Ref wrapped;
  Ref default_value;
  Ref iterator;  // wrapped's __await__() iterator, once started
};

static Type anext_awaitable_type;

static Ref builtin_aiter(Value, CallArgs args) {
  check_exact_args("aiter", args, 1);
  Value obj = args.args[0];
  Ref it = call_method_if_present(obj, GILT_NAME("__aiter__"), {});
  if (it.is_null()) raise_type_error("'" + type_name(obj) + "' object is not an async iterable");
  if (type_lookup(type_of(it), GILT_NAME("__anext__")).is_null())
    raise_type_error("aiter() returned not an async iterator of type '" + type_name(it) + "'");
  return it;
}

static Ref builtin_anext(Value, CallArgs args) {
  check_arg_range("anext", args, 1, 2);
  Value it = args.args[0];
  if (type_lookup(type_of(it), GILT_NAME("__anext__")).is_null())
    raise_type_error("'" + type_name(it) + "' object is not an async iterator");
  Ref awaitable = call_method_if_present(it, GILT_NAME("__anext__"), {});
  if (args.nargs == 1) return awaitable;
  auto* a = new_object<AnextAwaitableObject>(&anext_awaitable_type);
  Ref result = Ref::steal(a);
  a->wrapped = awaitable;
  a->default_value = Ref(args.args[1]);
  return result;
}

// The iterator that awaiting `wrapped` drives: its __await__().
static Value awaited_iterator(AnextAwaitableObject* a) {
  if (a->iterator.is_null()) {
    Ref it = call_method_if_present(a->wrapped, GILT_NAME("__await__"), {});
    if (it.is_null())
      raise_type_error("object " + type_name(a->wrapped) + " can't be used in 'await' expression");
    if (!type_of(it)->next && type_lookup(type_of(it), GILT_NAME("__next__")).is_null())
      raise_type_error("__await__() returned non-iterator of type '" + type_name(it) + "'");
    a->iterator = it;
  }
  return a->iterator;
}

// Runs one step of the awaited iterator (`method` with `args`), mapping its
// StopAsyncIteration to StopIteration(default).
static Ref step(Value self, const char* method, std::initializer_list<Value> args) {
  auto* a = self.as<AnextAwaitableObject>();
  try {
    Value it = awaited_iterator(a);
    Ref fn = try_get_attr(it, intern(method));
    if (fn.is_null()) {
      if (std::string_view(method) == "close") return Ref(Value::none());
      if (std::string_view(method) == "throw") {
        if (args.size() > 0) raise(*args.begin());
        raise_type_error("throw expected at least 1 argument, got 0");
      }
      fn = get_attr(it, GILT_NAME("__next__"));
      return call(fn, {});
    }
    return call(fn, args);
  } catch (PyException& e) {
    if (!type_of(e.exception)->is_subtype_of(&exc::StopAsyncIteration)) throw;
    raise(new_exception(&exc::StopIteration, make_tuple({a->default_value})));
  }
}

static Ref awaitable_next(Value self) { return step(self, "__next__", {}); }

static Ref awaitable_send(Value self, CallArgs args) {
  check_exact_args("send", args, 1);
  if (args.args[0].is_none()) return step(self, "__next__", {});
  return step(self, "send", {args.args[0]});
}

static Ref awaitable_throw(Value self, CallArgs args) {
  check_arg_range("throw", args, 1, 3);
  return step(self, "throw", {args.args[0]});
}

static Ref awaitable_close(Value self, CallArgs args) {
  check_exact_args("close", args, 0);
  return step(self, "close", {});
}

static Ref awaitable_await(Value self, CallArgs args) {
  check_exact_args("__await__", args, 0);
  return Ref(self);
}

static void awaitable_traverse(Object* o, const Visitor& visit) {
  auto* a = static_cast<AnextAwaitableObject*>(o);
  visit(a->wrapped);
  visit(a->default_value);
  visit(a->iterator);
}

static void awaitable_clear(Object* o) {
  auto* a = static_cast<AnextAwaitableObject*>(o);
  a->wrapped.reset();
  a->default_value.reset();
  a->iterator.reset();
}

void add_async_builtins(Value module) {
  static bool ready = false;
  if (!ready) {
    anext_awaitable_type.iter = [](Value self) { return Ref(self); };
    anext_awaitable_type.next = awaitable_next;
    set_gc_slots(anext_awaitable_type, awaitable_traverse, awaitable_clear);
    init_static_type(anext_awaitable_type, "anext_awaitable", sizeof(AnextAwaitableObject),
                     dealloc_object<AnextAwaitableObject>);
    anext_awaitable_type.flags &= ~kTypeBaseType;
    add_method(anext_awaitable_type, "send", awaitable_send);
    add_method(anext_awaitable_type, "throw", awaitable_throw);
    add_method(anext_awaitable_type, "close", awaitable_close);
    add_method(anext_awaitable_type, "__await__", awaitable_await);
    finish_static_types();
    ready = true;
  }
  module_set(module, "aiter", new_builtin_function("aiter", builtin_aiter, module));
  module_set(module, "anext", new_builtin_function("anext", builtin_anext, module));
}

}  // namespace gilt
