// Out-of-line helpers of the interpreter loop (see eval_support.h).
#include "vm/eval_support.h"

#include <pthread.h>

#include <algorithm>
#include <cstring>

#include "runtime/builtin_function.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/format_value.h"
#include "runtime/gc.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/suggestions.h"
#include "runtime/text_stream.h"
#include "runtime/tuple_object.h"
#include "vm/function.h"
#include "vm/interpreter_state.h"
#include "vm/opcodes.h"
#include "vm/traceback.h"

namespace gilt {

void raise_unbound_local(Frame* f, size_t index) {
  raise(&exc::UnboundLocalError, "cannot access local variable '" + std::string(str_view(f->code->varnames[index])) +
                                     "' where it is not associated with a value");
}

void raise_unbound_deref(Frame* f, size_t index) {
  CodeObject* code = f->code;
  if (index < static_cast<size_t>(code->ncells()))
    raise(&exc::UnboundLocalError, "cannot access local variable '" + std::string(str_view(code->cellvars[index])) +
                                       "' where it is not associated with a value");
  raise(&exc::NameError, "cannot access free variable '" +
                             std::string(str_view(code->freevars[index - code->ncells()])) +
                             "' where it is not associated with a value in enclosing scope");
}

// The names a NameError's "Did you mean" considers, in CPython's order:
// the function's locals, then the globals, then the builtins.
static std::string name_suggestion(Frame* f, Value name) {
  auto keys = [](DictObject* d) {
    std::vector<std::string> out;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, pos, k, v))
      if (is_str(k)) out.emplace_back(str_view(k));
    return out;
  };
  std::vector<std::string> locals;
  for (const Ref& n : f->code->varnames) locals.emplace_back(str_view(n));
  for (const std::vector<std::string>& candidates : {locals, keys(f->globals), keys(f->builtins)}) {
    std::string s = suggest_name(str_view(name), candidates);
    if (!s.empty()) return s;
  }
  return "";
}

void raise_name_error(Frame* f, Value name) {
  Ref e = new_exception(&exc::NameError, "name '" + std::string(str_view(name)) + "' is not defined");
  set_attr(e, GILT_NAME("name"), name);
  std::string suggestion = name_suggestion(f, name);
  if (!suggestion.empty()) e.as<ExceptionObject>()->suggestion = new_str(suggestion);
  raise(e);
}

// Ticks for the check-interval policy (runtime/gil.h): the loop checks only
// at backward jumps and calls, so a backward jump counts the instructions of
// the loop body it closes and anything else counts one.
static int ticks_at(const Frame* f) {
  if (!f || !f->ip) return 1;
  uint32_t word = *f->ip;
  if (decode_op(word) != Op::JUMP_BACKWARD) return 1;
  ptrdiff_t body = (f->ip - f->code->code.data()) - static_cast<ptrdiff_t>(decode_arg(word)) + 1;
  return body > 0 ? static_cast<int>(body) : 1;
}

void handle_eval_breaker(ThreadState* ts) {
  InterpreterState* interp = ts->interp;
  // A collection runs first: its finalizers see the program as it was.
  if (interp->gc.collection_requested) gc_collect_requested(&interp->gc);
  if (interp->gil.wants_attention() && ts->gil_user.holding) interp->gil.serve(ts->gil_user, ticks_at(ts->frame));
  // Ctrl-C is for the main thread, as in CPython.
  if (ts == interp->main_thread && interp->interrupt_pending.exchange(false)) {
    eval_breaker_requests.fetch_sub(1);
    raise(new_exception(&exc::KeyboardInterrupt, make_tuple({})));
  }
}

const char* c_stack_limit_of_this_thread() {
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return nullptr;
  void* addr = nullptr;
  size_t size = 0;
  pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  // Leaves room for native frames below the limit where RecursionError is raised.
  size_t margin = std::min<size_t>(size / 4, 256 * 1024);
  return static_cast<const char*>(addr) + margin;
}

void check_c_stack(ThreadState* ts) {
  char here;
  if (ts->stack_limit && &here < ts->stack_limit)
    raise(&exc::RecursionError, "maximum recursion depth exceeded");
}

Ref mapping_lookup(Value mapping, Value name) {
  if (mapping.is_null()) return Ref();
  if (type_of(mapping) == &dict_type) return Ref(dict_get(mapping.as<DictObject>(), name));
  try {
    return get_item(mapping, name);
  } catch (PyException& e) {
    if (type_of(e.exception)->is_subtype_of(&exc::KeyError)) return Ref();
    throw;
  }
}

Value find_unbound_method(Value obj, StrObject* name) {
  Type* t = type_of(obj);
  if (t->getattr != generic_getattr && !(t->flags & kTypeGetattrKeepsMethods)) return Value();
  Value descr = type_lookup(t, name);
  if (descr.is_null()) return Value();
  Type* dt = type_of(descr);
  if (dt != &function_type && dt != &method_descriptor_type) return Value();
  // An instance attribute of the same name shadows the method.
  if (t->instance_dict && obj.is_object()) {
    Ref* d = t->instance_dict(obj.object());
    if (!d->is_null() && !dict_get_str(d->as<DictObject>(), name).is_null()) return Value();
  }
  return descr;
}

// CPython's _PyObject_FunctionStr: how messages name a callable.
static std::string function_description(Value callable) {
  if (is_function(callable)) {
    auto* f = callable.as<FunctionObject>();
    std::string q(str_view(f->qualname));
    if (!f->module.is_null() && is_str(f->module) && str_view(f->module) != "builtins")
      return std::string(str_view(f->module)) + "." + q + "()";
    return q + "()";
  }
  if (type_of(callable) == &builtin_function_type) return std::string(callable.as<BuiltinFunctionObject>()->name) + "()";
  if (type_of(callable)->flags & kTypeTypeSubclass) return callable.as<Type>()->name + "()";
  return type_name(callable) + " object";
}

void dict_merge_kwargs(DictObject* kwargs, Value mapping, Value callable) {
  if (!is_dict(mapping) && try_get_attr(mapping, GILT_NAME("keys")).is_null())
    raise_type_error(function_description(callable) + " argument after ** must be a mapping, not " +
                     type_name(mapping));
  Ref keys;
  Ref it;
  if (is_dict(mapping)) {
    it = get_iter(mapping);
  } else {
    keys = call(get_attr(mapping, "keys"), {});
    it = get_iter(keys);
  }
  for (Ref k = iter_next(it); !k.is_null(); k = iter_next(it)) {
    if (!is_str(k)) raise_type_error("keywords must be strings");
    if (!dict_get(kwargs, k).is_null())
      raise_type_error(function_description(callable) + " got multiple values for keyword argument '" +
                       std::string(str_view(k)) + "'");
    dict_set(kwargs, k, get_item(mapping, k));
  }
}

Ref call_with_collections(Value callable, Value self_or_null, Value args, Value kwargs) {
  // f(*t) with a tuple and nothing else: the tuple's items are the arguments
  // as they are (the tuple keeps them alive for the call).
  if (self_or_null.is_null() && is_tuple(args) && (kwargs.is_null() || !dict_size(kwargs.as<DictObject>()))) {
    auto* t = args.as<TupleObject>();
    return call(callable, CallArgs{t->items(), static_cast<size_t>(t->size), nullptr});
  }
  std::vector<Ref> items;
  if (!self_or_null.is_null()) items.emplace_back(self_or_null);
  if (is_tuple(args)) {
    auto* t = args.as<TupleObject>();
    for (int64_t i = 0; i < t->size; i++) items.emplace_back(t->items()[i]);
  } else {
    if (!type_of(args)->iter && !type_of(args)->getitem)
      raise_type_error(function_description(callable) + " argument after * must be an iterable, not " +
                       type_name(args));
    Ref it = get_iter(args);
    for (Ref x = iter_next(it); !x.is_null(); x = iter_next(it)) items.push_back(std::move(x));
  }
  size_t npos = items.size();
  Ref kwnames;
  if (!kwargs.is_null() && dict_size(kwargs.as<DictObject>())) {
    auto* d = kwargs.as<DictObject>();
    kwnames = new_tuple(dict_size(d));
    int64_t pos = 0, i = 0;
    Value k, v;
    while (dict_next(d, pos, k, v)) {
      tuple_init_item(kwnames, i++, Ref(k));
      items.emplace_back(v);
    }
  }
  std::vector<Value> argv(items.begin(), items.end());
  return call(callable, CallArgs{argv.data(), npos, kwnames.is_null() ? nullptr : kwnames.as<TupleObject>()});
}

Value fast_iter_next(Value it) {
  Type* t = type_of(it);
  if (!t->next) raise_type_error("'" + t->name + "' object is not an iterator");
  return t->next(it).release();
}

Ref send_to_iterator(Value it, Value v, Ref& returned) {
  Type* t = type_of(it);
  try {
    if (v.is_none() && t->next && !(t->flags & kTypeHeap)) {
      Ref r = t->next(it);
      if (r.is_null()) returned = Ref(Value::none());
      return r;
    }
    // Python-level __next__/send: their StopIteration carries the value.
    Ref method = get_attr(it, v.is_none() ? GILT_NAME("__next__") : GILT_NAME("send"));
    return v.is_none() ? call(method, {}) : call(method, {v});
  } catch (PyException& e) {
    if (!type_of(e.exception)->is_subtype_of(&exc::StopIteration)) throw;
    returned = try_get_attr(e.exception, GILT_NAME("value"));
    if (returned.is_null()) returned = Ref(Value::none());
    return Ref();
  }
}

Ref fast_subscript(Value container, Value key) {
  if (!key.is_small_int() || !container.is_object()) return Ref();
  Type* t = container.object()->type;
  int64_t i = key.small_int();
  if (t == &list_type) {
    auto& items = container.as<ListObject>()->items;
    int64_t n = static_cast<int64_t>(items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return Ref();
    return items[i];
  }
  if (t == &tuple_type) {
    auto* tup = container.as<TupleObject>();
    if (i < 0) i += tup->size;
    if (i < 0 || i >= tup->size) return Ref();
    return Ref(tup->items()[i]);
  }
  return Ref();
}

std::vector<Ref> unpack_iterable(Value seq, size_t before, int after) {
  std::vector<Ref> items;
  Type* t = type_of(seq);
  if (t == &tuple_type) {
    auto* tup = seq.as<TupleObject>();
    for (int64_t i = 0; i < tup->size; i++) items.emplace_back(tup->items()[i]);
  } else if (t == &list_type) {
    for (const Ref& r : seq.as<ListObject>()->items) items.push_back(r);
  } else {
    if (!t->iter && !t->getitem) raise_type_error("cannot unpack non-iterable " + t->name + " object");
    Ref it = get_iter(seq);
    for (Ref x = iter_next(it); !x.is_null(); x = iter_next(it)) {
      items.push_back(std::move(x));
      if (after < 0 && items.size() > before)
        raise_value_error("too many values to unpack (expected " + std::to_string(before) + ")");
    }
  }
  if (after < 0) {
    if (items.size() < before)
      raise_value_error("not enough values to unpack (expected " + std::to_string(before) + ", got " +
                        std::to_string(items.size()) + ")");
    if (items.size() > before)
      raise_value_error("too many values to unpack (expected " + std::to_string(before) + ")");
    return items;
  }
  size_t need = before + static_cast<size_t>(after);
  if (items.size() < need)
    raise_value_error("not enough values to unpack (expected at least " + std::to_string(need) + ", got " +
                      std::to_string(items.size()) + ")");
  std::vector<Ref> result;
  for (size_t i = 0; i < before; i++) result.push_back(std::move(items[i]));
  size_t star_end = items.size() - after;
  Ref star = new_list();
  for (size_t i = before; i < star_end; i++) list_append(star, items[i]);
  result.push_back(std::move(star));
  for (size_t i = star_end; i < items.size(); i++) result.push_back(std::move(items[i]));
  return result;
}

Ref format_field(Value v, uint32_t conversion, Value spec) {
  Ref converted;
  switch (conversion) {
    case 1: converted = str(v); break;
    case 2: converted = repr(v); break;
    case 3: converted = ascii_of(v); break;
    default: converted = Ref(v); break;
  }
  std::string_view spec_text = spec.is_null() ? std::string_view() : str_view(spec);
  if (spec_text.empty() && type_of(converted) == &str_type) return converted;
  return format_value(converted, spec_text);
}

Ref make_function_from_stack(Frame* f, Value* sp, uint32_t flags) {
  Value code = sp[-1];
  Value* p = sp - 1;
  Value closure = (flags & 8) ? *--p : Value();
  Value annotations = (flags & 4) ? *--p : Value();
  Value kwdefaults = (flags & 2) ? *--p : Value();
  Value defaults = (flags & 1) ? *--p : Value();
  Ref fn = new_function(code, Value::object(f->globals), Value::object(f->builtins));
  auto* func = fn.as<FunctionObject>();
  if (!closure.is_null()) func->closure = Ref(closure);
  if (!annotations.is_null()) func->annotations = Ref(annotations);
  if (!kwdefaults.is_null()) func->kwdefaults = Ref(kwdefaults);
  if (!defaults.is_null()) func->defaults = Ref(defaults);
  return fn;
}

Value special_method_unbound(Value obj, StrObject* name) {
  Value descr = type_lookup(type_of(obj), name);
  if (descr.is_null()) {
    std::string msg = "'" + type_name(obj) + "' object does not support the context manager protocol";
    if (name->view() == "__exit__") msg += " (missed __exit__ method)";
    raise_type_error(msg);
  }
  return descr;
}

Ref bind_special_method(Value descr, Value obj) {
  Type* dt = type_of(descr);
  if (dt->descr_get) return dt->descr_get(descr, obj, type_of(obj));
  return Ref(descr);
}

Ref special_method(Value obj, StrObject* name) {
  return bind_special_method(special_method_unbound(obj, name), obj);
}

void print_expression_result(ThreadState* ts, Value v) {
  if (v.is_none()) return;
  auto* builtins = ts->interp->builtins.as<DictObject>();
  dict_set(builtins, Value::object(GILT_NAME("_")), Value::none());
  Ref out = get_attr(ts->interp->sys, "stdout");
  write_text(out, repr_string(v) + "\n");
  dict_set(builtins, Value::object(GILT_NAME("_")), v);
}

void setup_annotations(Frame* f) {
  Value name = Value::object(GILT_NAME("__annotations__"));
  if (type_of(f->locals) == &dict_type) {
    if (dict_get(f->locals.as<DictObject>(), name).is_null()) dict_set(f->locals.as<DictObject>(), name, new_dict());
  } else if (mapping_lookup(f->locals, name).is_null()) {
    set_item(f->locals, name, new_dict());
  }
}

// ------------------------------------------------------------------ exceptions


void add_traceback_entry(Value exc, Frame* frame) {
  auto* e = exc.as<ExceptionObject>();
  e->traceback = new_traceback(e->traceback, frame);
}

void chain_exception_context(ThreadState* ts, Value exc) {
  Value handled = ts->handled_exception();
  if (handled.is_null() || handled.is(exc)) return;
  auto* e = exc.as<ExceptionObject>();
  if (!e->context.is_null()) return;
  // Cut a cycle the new context would create (exc already in handled's chain).
  Value o = handled;
  while (true) {
    Value ctx = o.as<ExceptionObject>()->context;
    if (ctx.is_null()) break;
    if (ctx.is(exc)) {
      o.as<ExceptionObject>()->context.reset();
      break;
    }
    o = ctx;
  }
  e->context = Ref(handled);
}

// Turns `raise X` operands into an exception instance (TypeError if X is
// neither an exception class nor an instance).
Ref make_raisable(Value v) {
  if ((type_of(v)->flags & kTypeTypeSubclass) && is_exception_type(v.as<Type>())) {
    Ref e = call(v, {});
    if (!is_exception(e))
      raise_type_error("calling " + repr_string(v) + " should have returned an instance of BaseException, not " +
                       type_name(e));
    return e;
  }
  if (is_exception(v)) return Ref(v);
  raise_type_error("exceptions must derive from BaseException");
}

bool exception_matches(Value exc, Value type) {
  if (is_tuple(type)) {
    auto* t = type.as<TupleObject>();
    for (int64_t i = 0; i < t->size; i++)
      if (exception_matches(exc, t->items()[i])) return true;
    return false;
  }
  return type_of(exc)->is_subtype_of(type.as<Type>());
}

void check_except_type(Value type) {
  auto valid = [](Value t) { return (type_of(t)->flags & kTypeTypeSubclass) && is_exception_type(t.as<Type>()); };
  if (is_tuple(type)) {
    auto* t = type.as<TupleObject>();
    for (int64_t i = 0; i < t->size; i++)
      if (!valid(t->items()[i]))
        raise_type_error("catching classes that do not inherit from BaseException is not allowed");
    return;
  }
  if (!valid(type)) raise_type_error("catching classes that do not inherit from BaseException is not allowed");
}

void check_except_star_type(Value type) {
  check_except_type(type);
  auto is_group = [](Value t) { return t.as<Type>()->is_subtype_of(&exc::BaseExceptionGroup); };
  bool group = false;
  if (is_tuple(type)) {
    auto* t = type.as<TupleObject>();
    for (int64_t i = 0; i < t->size; i++) group |= is_group(t->items()[i]);
  } else {
    group = is_group(type);
  }
  if (group) raise_type_error("catching ExceptionGroup with except* is not allowed. Use except instead.");
}

const ExceptionTableEntry* find_handler(const CodeObject* code, size_t lasti) {
  for (const ExceptionTableEntry& e : code->exception_table)
    if (lasti >= e.start && lasti < e.end) return &e;
  return nullptr;
}

}  // namespace gilt
