// The operator module: Python's operators as functions, and the itemgetter,
// attrgetter and methodcaller callables (with CPython's reprs), all going
// through the same abstract operations as the interpreter.
#include <mutex>
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/module_util.h"
#include "vm/interpreter_state.h"
#include "vm/thread_state.h"

namespace gilt {

namespace {

// Two positional arguments: "add expected 2 arguments, got 1".
void two_args(const char* name, CallArgs args) {
  if (args.nkwargs()) raise_no_kwargs(("_operator." + std::string(name)).c_str());
  check_arg_range(name, args, 2, 2);
}

void one_arg(const char* name, CallArgs args) {
  check_exact_args(("_operator." + std::string(name)).c_str(), args, 1);
}

#define GILT_BINARY(name, iname, op)                             \
  Ref op_##name(Value, CallArgs args) {                          \
    two_args(#name, args);                                       \
    return binary_op(args.args[0], args.args[1], BinaryOp::op);  \
  }                                                              \
  Ref op_##iname(Value, CallArgs args) {                         \
    two_args(#iname, args);                                      \
    return inplace_op(args.args[0], args.args[1], BinaryOp::op); \
  }
GILT_BINARY(add, iadd, Add)
GILT_BINARY(sub, isub, Sub)
GILT_BINARY(mul, imul, Mul)
GILT_BINARY(matmul, imatmul, MatMul)
GILT_BINARY(truediv, itruediv, TrueDiv)
GILT_BINARY(floordiv, ifloordiv, FloorDiv)
GILT_BINARY(mod, imod, Mod)
GILT_BINARY(pow, ipow, Pow)
GILT_BINARY(lshift, ilshift, LShift)
GILT_BINARY(rshift, irshift, RShift)
GILT_BINARY(and_, iand, And)
GILT_BINARY(or_, ior, Or)
GILT_BINARY(xor, ixor, Xor)
#undef GILT_BINARY

#define GILT_COMPARE(name, op)                                 \
  Ref op_##name(Value, CallArgs args) {                        \
    two_args(#name, args);                                     \
    return compare(args.args[0], args.args[1], CompareOp::op); \
  }
GILT_COMPARE(lt, Lt)
GILT_COMPARE(le, Le)
GILT_COMPARE(eq, Eq)
GILT_COMPARE(ne, Ne)
GILT_COMPARE(gt, Gt)
GILT_COMPARE(ge, Ge)
#undef GILT_COMPARE

Ref op_neg(Value, CallArgs args) {
  one_arg("neg", args);
  return negative(args.args[0]);
}

Ref op_pos(Value, CallArgs args) {
  one_arg("pos", args);
  return positive(args.args[0]);
}

Ref op_invert(Value, CallArgs args) {
  one_arg("invert", args);
  return invert(args.args[0]);
}

Ref op_inv(Value, CallArgs args) {
  one_arg("inv", args);
  return invert(args.args[0]);
}

Ref op_not(Value, CallArgs args) {
  one_arg("not_", args);
  return Ref(Value::boolean(!truthy(args.args[0])));
}

Ref op_truth(Value, CallArgs args) {
  one_arg("truth", args);
  return Ref(Value::boolean(truthy(args.args[0])));
}

Ref op_index(Value, CallArgs args) {
  one_arg("index", args);
  return index_value(args.args[0]);
}

Ref op_abs(Value, CallArgs args) {
  one_arg("abs", args);
  Value builtin_abs = dict_get_str(as_dict(ThreadState::current()->interp->builtins), GILT_NAME("abs"));
  return call(builtin_abs, {args.args[0]});
}

Ref op_is(Value, CallArgs args) {
  two_args("is_", args);
  return Ref(Value::boolean(args.args[0].is(args.args[1])));
}

Ref op_is_not(Value, CallArgs args) {
  two_args("is_not", args);
  return Ref(Value::boolean(!args.args[0].is(args.args[1])));
}

Ref op_contains(Value, CallArgs args) {
  two_args("contains", args);
  return Ref(Value::boolean(contains(args.args[0], args.args[1])));
}

Ref op_getitem(Value, CallArgs args) {
  two_args("getitem", args);
  return get_item(args.args[0], args.args[1]);
}

Ref op_setitem(Value, CallArgs args) {
  if (args.nkwargs()) raise_no_kwargs("_operator.setitem");
  check_arg_range("setitem", args, 3, 3);
  set_item(args.args[0], args.args[1], args.args[2]);
  return Ref(Value::none());
}

Ref op_delitem(Value, CallArgs args) {
  two_args("delitem", args);
  del_item(args.args[0], args.args[1]);
  return Ref(Value::none());
}

// concat/iconcat: + for sequences only.
void check_sequence(Value a) {
  Type* t = type_of(a);
  if (!t->getitem || t->is_subtype_of(&dict_type))
    raise_type_error("'" + t->name + "' object can't be concatenated");
}

Ref op_concat(Value, CallArgs args) {
  two_args("concat", args);
  check_sequence(args.args[0]);
  return binary_op(args.args[0], args.args[1], BinaryOp::Add);
}

Ref op_iconcat(Value, CallArgs args) {
  two_args("iconcat", args);
  check_sequence(args.args[0]);
  return inplace_op(args.args[0], args.args[1], BinaryOp::Add);
}

Ref op_countOf(Value, CallArgs args) {
  two_args("countOf", args);
  Ref it = get_iter(args.args[0]);
  int64_t n = 0;
  for (Ref x = iter_next(it); !x.is_null(); x = iter_next(it))
    if (x.get().is(args.args[1]) || equals(x, args.args[1])) n++;
  return int_from_int64(n);
}

Ref op_indexOf(Value, CallArgs args) {
  two_args("indexOf", args);
  Ref it = get_iter(args.args[0]);
  int64_t i = 0;
  for (Ref x = iter_next(it); !x.is_null(); x = iter_next(it), i++)
    if (x.get().is(args.args[1]) || equals(x, args.args[1])) return int_from_int64(i);
  raise_value_error("sequence.index(x): x not in sequence");
}

Ref op_length_hint(Value, CallArgs args) {
  if (args.nkwargs()) raise_no_kwargs("_operator.length_hint");
  check_arg_range("length_hint", args, 1, 2);
  Value obj = args.args[0];
  int64_t fallback = 0;
  if (args.nargs > 1) {
    if (!is_int(args.args[1]))
      raise_type_error("'" + type_name(args.args[1]) + "' object cannot be interpreted as an integer");
    fallback = index_int64(args.args[1]);
  }
  if (type_of(obj)->len) {
    try {
      return int_from_int64(length(obj));
    } catch (PyException& e) {
      if (!type_of(e.exception)->is_subtype_of(&exc::TypeError)) throw;
    }
  }
  Ref hint = call_method_if_present(obj, GILT_NAME("__length_hint__"), {});
  if (hint.is_null() || is_not_implemented(hint)) return int_from_int64(fallback);
  if (!is_int(hint)) raise_type_error("__length_hint__ must be an integer, not " + type_name(hint));
  int64_t n = index_int64(hint);
  if (n < 0) raise_value_error("__length_hint__() should return >= 0");
  return int_from_int64(n);
}

Ref op_call(Value, CallArgs args) {
  if (args.nargs == 0) raise_type_error("call() missing required argument 'obj' (pos 1)");
  return call(args.args[0], CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
}

// ------------------------------------------------------------------ itemgetter, attrgetter, methodcaller

struct GetterObject : Object {
  std::vector<Ref> items;  // keys; attribute paths (tuples of names); or the method name
  Ref args;                // methodcaller: positional arguments (tuple)
  Ref kwargs;              // methodcaller: keyword arguments (dict)
};

Type itemgetter_type, attrgetter_type, methodcaller_type;

GetterObject* as_getter(Value v) { return v.as<GetterObject>(); }

Ref itemgetter_new(Type* type, CallArgs args) {
  check_no_kwargs("itemgetter", args);
  if (args.nargs == 0) raise_type_error("itemgetter expected 1 argument, got 0");
  auto* g = new_object<GetterObject>(type);
  Ref r = Ref::steal(g);
  for (size_t i = 0; i < args.nargs; i++) g->items.emplace_back(args.args[i]);
  return r;
}

Ref itemgetter_call(Value self, CallArgs args) {
  check_no_kwargs("itemgetter", args);
  check_arg_range("itemgetter", args, 1, 1);
  auto& items = as_getter(self)->items;
  if (items.size() == 1) return get_item(args.args[0], items[0]);
  Ref result = new_tuple(static_cast<int64_t>(items.size()));
  for (size_t i = 0; i < items.size(); i++)
    tuple_init_item(result, static_cast<int64_t>(i), get_item(args.args[0], items[i]));
  return result;
}

std::string getter_args_repr(GetterObject* g) {
  std::string out;
  for (size_t i = 0; i < g->items.size(); i++) out += (i ? ", " : "") + repr_string(g->items[i]);
  return out;
}

Ref itemgetter_repr(Value self) {
  return new_str("operator.itemgetter(" + getter_args_repr(as_getter(self)) + ")");
}

// attrgetter keeps each argument as given (for repr) and resolves the dots when called.
Ref attrgetter_new(Type* type, CallArgs args) {
  check_no_kwargs("attrgetter", args);
  if (args.nargs == 0) raise_type_error("attrgetter expected 1 argument, got 0");
  for (size_t i = 0; i < args.nargs; i++)
    if (!is_str(args.args[i])) raise_type_error("attribute name must be a string");
  auto* g = new_object<GetterObject>(type);
  Ref r = Ref::steal(g);
  for (size_t i = 0; i < args.nargs; i++) g->items.emplace_back(args.args[i]);
  return r;
}

Ref dotted_attr(Value obj, std::string_view path) {
  Ref current(obj);
  for (;;) {
    size_t dot = path.find('.');
    current = get_attr(current, intern(path.substr(0, dot)));
    if (dot == std::string_view::npos) return current;
    path.remove_prefix(dot + 1);
  }
}

Ref attrgetter_call(Value self, CallArgs args) {
  check_no_kwargs("attrgetter", args);
  check_arg_range("attrgetter", args, 1, 1);
  auto& items = as_getter(self)->items;
  if (items.size() == 1) return dotted_attr(args.args[0], str_view(items[0]));
  Ref result = new_tuple(static_cast<int64_t>(items.size()));
  for (size_t i = 0; i < items.size(); i++)
    tuple_init_item(result, static_cast<int64_t>(i), dotted_attr(args.args[0], str_view(items[i])));
  return result;
}

Ref attrgetter_repr(Value self) {
  return new_str("operator.attrgetter(" + getter_args_repr(as_getter(self)) + ")");
}

Ref methodcaller_new(Type* type, CallArgs args) {
  if (args.nargs == 0) raise_type_error("methodcaller needs at least one argument, the method name");
  if (!is_str(args.args[0])) raise_type_error("method name must be a string");
  auto* g = new_object<GetterObject>(type);
  Ref r = Ref::steal(g);
  g->items.emplace_back(Value::object(intern(str_view(args.args[0]))));
  g->args = make_tuple(args.args + 1, static_cast<int64_t>(args.nargs - 1));
  g->kwargs = new_dict();
  for (size_t k = 0; k < args.nkwargs(); k++)
    dict_set(as_dict(g->kwargs), args.kwnames->items()[k], args.kwarg(k));
  return r;
}

Ref methodcaller_call(Value self, CallArgs args) {
  check_no_kwargs("methodcaller", args);
  check_arg_range("methodcaller", args, 1, 1);
  GetterObject* g = as_getter(self);
  Ref method = get_attr(args.args[0], g->items[0].as<StrObject>());
  auto* pos = g->args.as<TupleObject>();
  std::vector<Value> argv(pos->items(), pos->items() + pos->size);
  std::vector<Value> names;
  int64_t it = 0;
  Value k, v;
  while (dict_next(as_dict(g->kwargs), it, k, v)) {
    names.push_back(k);
    argv.push_back(v);
  }
  Ref kwnames = names.empty() ? Ref() : make_tuple(names.data(), static_cast<int64_t>(names.size()));
  return call(method, CallArgs{argv.data(), static_cast<size_t>(pos->size),
                               kwnames.is_null() ? nullptr : kwnames.as<TupleObject>()});
}

Ref methodcaller_repr(Value self) {
  GetterObject* g = as_getter(self);
  std::string out = "operator.methodcaller(" + repr_string(g->items[0]);
  auto* pos = g->args.as<TupleObject>();
  for (int64_t i = 0; i < pos->size; i++) out += ", " + repr_string(pos->items()[i]);
  int64_t it = 0;
  Value k, v;
  while (dict_next(as_dict(g->kwargs), it, k, v))
    out += ", " + std::string(str_view(k)) + "=" + repr_string(v);
  return new_str(out + ")");
}

// No clear: the keys, names and arguments never change; a cycle through
// them passes through a mutable object.
void getter_traverse(Object* o, const Visitor& visit) {
  auto* g = static_cast<GetterObject*>(o);
  for (const Ref& r : g->items) visit(r);
  visit(g->args);
  visit(g->kwargs);
}

void init_getter_type(Type& t, const char* name, NewFn new_instance, CallFn call_fn, UnaryFn repr) {
  set_gc_slots(t, getter_traverse, nullptr);
  t.new_instance = new_instance;
  t.call = call_fn;
  t.repr = repr;
  t.hash = identity_hash;
  init_static_type(t, name, sizeof(GetterObject), dealloc_object<GetterObject>);
  t.flags &= ~kTypeBaseType;
  set_type_module(t, "operator");
}

void init_operator_types() {
  init_getter_type(itemgetter_type, "itemgetter", itemgetter_new, itemgetter_call, itemgetter_repr);
  init_getter_type(attrgetter_type, "attrgetter", attrgetter_new, attrgetter_call, attrgetter_repr);
  init_getter_type(methodcaller_type, "methodcaller", methodcaller_new, methodcaller_call, methodcaller_repr);
  finish_static_types();
}

}  // namespace

Ref make_operator_module(InterpreterState*) {
  static std::once_flag once;
  std::call_once(once, init_operator_types);
  Ref m = new_module("operator");
  static const FunctionDef functions[] = {
      {"add", op_add},
      {"sub", op_sub},
      {"mul", op_mul},
      {"matmul", op_matmul},
      {"truediv", op_truediv},
      {"floordiv", op_floordiv},
      {"mod", op_mod},
      {"pow", op_pow},
      {"lshift", op_lshift},
      {"rshift", op_rshift},
      {"and_", op_and_},
      {"or_", op_or_},
      {"xor", op_xor},
      {"iadd", op_iadd},
      {"isub", op_isub},
      {"imul", op_imul},
      {"imatmul", op_imatmul},
      {"itruediv", op_itruediv},
      {"ifloordiv", op_ifloordiv},
      {"imod", op_imod},
      {"ipow", op_ipow},
      {"ilshift", op_ilshift},
      {"irshift", op_irshift},
      {"iand", op_iand},
      {"ior", op_ior},
      {"ixor", op_ixor},
      {"lt", op_lt},
      {"le", op_le},
      {"eq", op_eq},
      {"ne", op_ne},
      {"gt", op_gt},
      {"ge", op_ge},
      {"neg", op_neg},
      {"pos", op_pos},
      {"invert", op_invert},
      {"inv", op_inv},
      {"not_", op_not},
      {"truth", op_truth},
      {"index", op_index},
      {"abs", op_abs},
      {"is_", op_is},
      {"is_not", op_is_not},
      {"contains", op_contains},
      {"getitem", op_getitem},
      {"setitem", op_setitem},
      {"delitem", op_delitem},
      {"concat", op_concat},
      {"iconcat", op_iconcat},
      {"countOf", op_countOf},
      {"indexOf", op_indexOf},
      {"length_hint", op_length_hint},
      {"call", op_call},
  };
  for (const FunctionDef& d : functions) {
    Ref f = new_builtin_function(d.name, d.fn, m);
    module_set(m, d.name, f);
    // The dunder aliases (operator.__add__ is operator.add); and_ is __and__, not_ is __not__.
    std::string name = d.name;
    if (name == "truth" || name == "is_" || name == "is_not" || name == "countOf" || name == "indexOf" ||
        name == "length_hint" || name == "call")
      continue;
    if (name.back() == '_') name.pop_back();
    std::string dunder = "__" + name + "__";
    module_set(m, dunder.c_str(), f);
  }
  module_set(m, "itemgetter", Value::object(&itemgetter_type));
  module_set(m, "attrgetter", Value::object(&attrgetter_type));
  module_set(m, "methodcaller", Value::object(&methodcaller_type));
  return m;
}

}  // namespace gilt
