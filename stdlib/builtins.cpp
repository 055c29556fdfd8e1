// The builtins module: the core functions. Iteration helpers (enumerate,
// zip, map, sorted, min, ...) live in builtins_iter.cpp.
#include "stdlib/builtins.h"

#include <unistd.h>
#include <cmath>
#include <cstdio>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/bytes_object.h"
#include "runtime/class_object.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/format_value.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/method_object.h"
#include "runtime/misc_objects.h"
#include "runtime/module_object.h"
#include "runtime/number_format.h"
#include "runtime/ops.h"
#include "runtime/set_object.h"
#include "runtime/str_object.h"
#include "runtime/text_stream.h"
#include "runtime/tuple_object.h"
#include "runtime/union_type.h"
#include "stdlib/file_object.h"
#include "vm/function.h"
#include "vm/interpreter.h"
#include "vm/interpreter_state.h"
#include "vm/thread_state.h"

namespace gilt {

static InterpreterState* interp() { return ThreadState::current()->interp; }

// ------------------------------------------------------------------ I/O

static Ref builtin_print(Value, CallArgs args) {
  Value sep, end, file, flush;
  for (size_t k = 0; k < args.nkwargs(); k++) {
    std::string_view name = str_view(args.kwnames->items()[k]);
    Value v = args.kwarg(k);
    if (name == "sep")
      sep = v;
    else if (name == "end")
      end = v;
    else if (name == "file")
      file = v;
    else if (name == "flush")
      flush = v;
    else
      raise_type_error("'" + std::string(name) + "' is an invalid keyword argument for print()");
  }
  if (!sep.is_null() && !sep.is_none() && !is_str(sep))
    raise_type_error("sep must be None or a string, not " + type_name(sep));
  if (!end.is_null() && !end.is_none() && !is_str(end))
    raise_type_error("end must be None or a string, not " + type_name(end));
  Ref out;
  if (file.is_null() || file.is_none()) {
    out = get_attr(interp()->sys, "stdout");
    if (out.get().is_none()) return Ref(Value::none());
  } else {
    out = Ref(file);
  }
  std::string_view sep_text = sep.is_null() || sep.is_none() ? " " : str_view(sep);
  std::string_view end_text = end.is_null() || end.is_none() ? "\n" : str_view(end);
  if (type_of(out) == &text_stream_type) {
    std::string text;
    for (size_t i = 0; i < args.nargs; i++) {
      if (i) text += sep_text;
      text += str_view(str(args.args[i]));
    }
    text += end_text;
    write_text(out, text);
  } else {
    for (size_t i = 0; i < args.nargs; i++) {
      if (i) write_text(out, sep_text);
      write_text(out, str_view(str(args.args[i])));
    }
    write_text(out, end_text);
  }
  if (!flush.is_null() && truthy(flush)) flush_stream(out);
  return Ref(Value::none());
}

static Ref builtin_input(Value, CallArgs args) {
  check_arg_range("input", args, 0, 1);
  Ref out = get_attr(interp()->sys, "stdout");
  if (args.nargs) write_text(out, str_view(str(args.args[0])));
  flush_stream(out);
  Ref in = get_attr(interp()->sys, "stdin");
  std::string line;
  if (type_of(in) == &text_stream_type) {
    line = read_line(in);
  } else {
    line = str_string(call(get_attr(in, "readline"), {}));
  }
  if (line.empty()) raise(&exc::EOFError, "EOF when reading a line");
  if (line.back() == '\n') line.pop_back();
  return new_str(line);
}

// ------------------------------------------------------------------ objects

static Ref builtin_len(Value, CallArgs args) {
  check_exact_args("len", args, 1);
  return int_from_int64(length(args.args[0]));
}

static Ref builtin_repr(Value, CallArgs args) {
  check_exact_args("repr", args, 1);
  return repr(args.args[0]);
}

static Ref builtin_ascii(Value, CallArgs args) {
  check_exact_args("ascii", args, 1);
  return ascii_of(args.args[0]);
}

static Ref builtin_format(Value, CallArgs args) {
  check_arg_range("format", args, 1, 2);
  Value spec = args.nargs > 1 ? args.args[1] : Value();
  if (!spec.is_null() && !is_str(spec))
    raise_type_error("format() argument 2 must be str, not " + type_name(spec));
  return format_value(args.args[0], spec.is_null() ? std::string_view() : str_view(spec));
}

static bool isinstance_check(Value obj, Value cls, const char* fname) {
  if (is_tuple(cls)) {
    auto* t = cls.as<TupleObject>();
    for (int64_t i = 0; i < t->size; i++)
      if (isinstance_check(obj, t->items()[i], fname)) return true;
    return false;
  }
  // A union is checked like the tuple of its members (a list[int] among them
  // raises only when reached).
  if (is_union(cls)) return isinstance_check(obj, cls.as<UnionObject>()->args, fname);
  if (!(type_of(cls)->flags & kTypeTypeSubclass)) {
    Ref hook = call_method_if_present(
        cls, intern(std::string(fname) == "isinstance" ? "__instancecheck__" : "__subclasscheck__"), {obj});
    if (!hook.is_null()) return truthy(hook);
    if (std::string_view(fname) == "issubclass")
      raise_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    raise_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
  }
  bool instance = std::string(fname) == "isinstance";
  if (instance && type_of(obj) == cls.as<Type>()) return true;
  // A metaclass written in Python (abc.ABCMeta) may override the check.
  if (type_of(cls)->flags & kTypeHeap) {
    StrObject* name = intern(instance ? "__instancecheck__" : "__subclasscheck__");
    if (!type_lookup(type_of(cls), name).is_null()) return truthy(call_method_if_present(cls, name, {obj}));
  }
  if (instance) return type_of(obj)->is_subtype_of(cls.as<Type>());
  return obj.as<Type>()->is_subtype_of(cls.as<Type>());
}

static Ref builtin_isinstance(Value, CallArgs args) {
  check_arg_range("isinstance", args, 2, 2);
  return Ref(Value::boolean(isinstance_check(args.args[0], args.args[1], "isinstance")));
}

static Ref builtin_issubclass(Value, CallArgs args) {
  check_arg_range("issubclass", args, 2, 2);
  if (!(type_of(args.args[0])->flags & kTypeTypeSubclass))
    raise_type_error("issubclass() arg 1 must be a class");
  return Ref(Value::boolean(isinstance_check(args.args[0], args.args[1], "issubclass")));
}

static Ref builtin_hash(Value, CallArgs args) {
  check_exact_args("hash", args, 1);
  return int_from_int64(hash(args.args[0]));
}

static Ref builtin_id(Value, CallArgs args) {
  check_exact_args("id", args, 1);
  return int_from_int64(static_cast<int64_t>(args.args[0].bits() >> 1));
}

static Ref builtin_callable(Value, CallArgs args) {
  check_exact_args("callable", args, 1);
  return Ref(Value::boolean(is_callable(args.args[0])));
}

static StrObject* attr_name(Value v) {
  if (!is_str(v)) raise_type_error("attribute name must be string, not '" + type_name(v) + "'");
  return intern(str_view(v));
}

static Ref builtin_getattr(Value, CallArgs args) {
  check_arg_range("getattr", args, 2, 3);
  StrObject* name = attr_name(args.args[1]);
  if (args.nargs == 3) {
    Ref r = try_get_attr(args.args[0], name);
    return r.is_null() ? Ref(args.args[2]) : r;
  }
  return get_attr(args.args[0], name);
}

static Ref builtin_setattr(Value, CallArgs args) {
  check_arg_range("setattr", args, 3, 3);
  set_attr(args.args[0], attr_name(args.args[1]), args.args[2]);
  return Ref(Value::none());
}

static Ref builtin_hasattr(Value, CallArgs args) {
  check_arg_range("hasattr", args, 2, 2);
  return Ref(Value::boolean(!try_get_attr(args.args[0], attr_name(args.args[1])).is_null()));
}

static Ref builtin_delattr(Value, CallArgs args) {
  check_arg_range("delattr", args, 2, 2);
  del_attr(args.args[0], attr_name(args.args[1]));
  return Ref(Value::none());
}

// ------------------------------------------------------------------ numbers

static Ref builtin_abs(Value, CallArgs args) {
  check_exact_args("abs", args, 1);
  Value v = args.args[0];
  if (is_int(v)) return int_from_bigint(int_to_bigint(v).abs());
  if (is_float(v)) return new_float(std::fabs(float_value(v)));
  Ref r = call_method_if_present(v, GILT_NAME("__abs__"), {});
  if (r.is_null()) raise_type_error("bad operand type for abs(): '" + type_name(v) + "'");
  return r;
}

static Ref builtin_divmod(Value, CallArgs args) {
  check_arg_range("divmod", args, 2, 2);
  Value a = args.args[0], b = args.args[1];
  if (is_int(a) && is_int(b)) {
    BigInt d = int_to_bigint(b);
    if (d.is_zero()) raise_zero_division("integer division or modulo by zero");
    auto [q, r] = BigInt::divmod(int_to_bigint(a), d);
    return make_tuple({int_from_bigint(q), int_from_bigint(r)});
  }
  if ((is_float(a) || is_int(a)) && (is_float(b) || is_int(b))) {
    Ref float_divmod(Value, Value);
    return float_divmod(a, b);
  }
  Ref r = call_method_if_present(a, GILT_NAME("__divmod__"), {b});
  if (!r.is_null() && !is_not_implemented(r)) return r;
  r = call_method_if_present(b, GILT_NAME("__rdivmod__"), {a});
  if (!r.is_null() && !is_not_implemented(r)) return r;
  raise_type_error("unsupported operand type(s) for divmod(): '" + type_name(a) + "' and '" + type_name(b) +
                   "'");
}

static Ref builtin_pow(Value, CallArgs args) {
  Value a[3];
  bind_args("pow", args, {"base", "exp", "mod"}, 2, a);
  if (a[2].is_null() || a[2].is_none()) return binary_op(a[0], a[1], BinaryOp::Pow);
  if (!is_int(a[0]) || !is_int(a[1]) || !is_int(a[2])) {
    // Three-argument pow goes to the base's __pow__ only (never __rpow__).
    bool builtin_number = is_int(a[0]) || is_float(a[0]);
    Ref r = builtin_number ? Ref() : call_method_if_present(a[0], GILT_NAME("__pow__"), {a[1], a[2]});
    if (!r.is_null() && !is_not_implemented(r)) return r;
    if (builtin_number && (is_int(a[1]) || is_float(a[1])) && (is_int(a[2]) || is_float(a[2])))
      raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
    raise_type_error("unsupported operand type(s) for ** or pow(): '" + type_name(a[0]) + "', '" +
                     type_name(a[1]) + "', '" + type_name(a[2]) + "'");
  }
  BigInt m = int_to_bigint(a[2]);
  if (m.is_zero()) raise_value_error("pow() 3rd argument cannot be 0");
  auto r = BigInt::pow_mod(int_to_bigint(a[0]), int_to_bigint(a[1]), m);
  if (!r) raise_value_error("base is not invertible for the given modulus");
  return int_from_bigint(std::move(*r));
}

// round(number, ndigits=None): type(number).__round__, without ndigits when it is None.
static Ref builtin_round(Value, CallArgs args) {
  Value a[2];
  bind_args("round", args, {"number", "ndigits"}, 1, a);
  Value x = a[0];
  bool has_digits = !a[1].is_null() && !a[1].is_none();
  Ref r = has_digits ? call_method_if_present(x, GILT_NAME("__round__"), {a[1]})
                     : call_method_if_present(x, GILT_NAME("__round__"), {});
  if (r.is_null()) raise_type_error("type " + type_name(x) + " doesn't define __round__ method");
  return r;
}

static Ref int_in_base(Value v, int base, const char* prefix) {
  Ref i = index_value(v);
  BigInt b = int_to_bigint(i);
  std::string digits = b.abs().to_string(base);
  return new_str(std::string(b.is_negative() ? "-" : "") + prefix + digits);
}

static Ref builtin_bin(Value, CallArgs args) {
  check_exact_args("bin", args, 1);
  return int_in_base(args.args[0], 2, "0b");
}
static Ref builtin_oct(Value, CallArgs args) {
  check_exact_args("oct", args, 1);
  return int_in_base(args.args[0], 8, "0o");
}
static Ref builtin_hex(Value, CallArgs args) {
  check_exact_args("hex", args, 1);
  return int_in_base(args.args[0], 16, "0x");
}

static Ref builtin_chr(Value, CallArgs args) {
  check_exact_args("chr", args, 1);
  if (is_float(args.args[0])) raise_type_error("'float' object cannot be interpreted as an integer");
  int64_t cp;
  if (!int_to_int64(index_value(args.args[0]), cp))
    raise_overflow_error("Python int too large to convert to C int");
  if (cp < 0 || cp > 0x10FFFF) raise_value_error("chr() arg not in range(0x110000)");
  return str_from_code_point(static_cast<uint32_t>(cp));
}

static Ref builtin_ord(Value, CallArgs args) {
  check_exact_args("ord", args, 1);
  Value v = args.args[0];
  if (is_str(v)) {
    auto* s = v.as<StrObject>();
    if (s->length != 1)
      raise_type_error("ord() expected a character, but string of length " + std::to_string(s->length) +
                       " found");
    size_t i = 0;
    uint32_t cp = static_cast<unsigned char>(s->data()[0]);
    if (!s->ascii) {
      std::string_view sv = s->view();
      cp = 0;
      int extra = (sv[0] & 0xE0) == 0xC0 ? 1 : (sv[0] & 0xF0) == 0xE0 ? 2 : 3;
      cp = static_cast<unsigned char>(sv[0]) & (0x3F >> extra);
      for (i = 1; i < sv.size(); i++) cp = (cp << 6) | (static_cast<unsigned char>(sv[i]) & 0x3F);
    }
    return int_from_int64(cp);
  }
  if (is_bytes(v) || is_bytearray(v)) {
    std::string_view b = bytes_data(v);
    if (b.size() != 1)
      raise_type_error("ord() expected a character, but string of length " + std::to_string(b.size()) +
                       " found");
    return int_from_int64(static_cast<unsigned char>(b[0]));
  }
  raise_type_error("ord() expected string of length 1, but " + type_name(v) + " found");
}

// ------------------------------------------------------------------ scopes

static Ref builtin_globals(Value, CallArgs args) {
  check_exact_args("globals", args, 0);
  Frame* f = ThreadState::current()->frame;
  return Ref(Value::object(f->globals));
}

// locals() of a function: a fresh dict of its bound fast locals and cells.
Ref frame_locals(Frame* f) {
  if (!f->locals.is_null()) return Ref(f->locals);
  Ref d = new_dict();
  CodeObject* code = f->code;
  for (int i = 0; i < code->nlocals(); i++)
    if (!f->localsplus()[i].is_null()) dict_set(d.as<DictObject>(), code->varnames[i], f->localsplus()[i]);
  for (int i = 0; i < code->ncells() + code->nfrees(); i++) {
    Value name = i < code->ncells() ? Value(code->cellvars[i]) : Value(code->freevars[i - code->ncells()]);
    Value cell = f->localsplus()[code->nlocals() + i];
    if (!cell.is_null() && !cell.as<CellObject>()->contents.is_null())
      dict_set(d.as<DictObject>(), name, cell.as<CellObject>()->contents);
  }
  return d;
}

static Ref builtin_locals(Value, CallArgs args) {
  check_exact_args("locals", args, 0);
  return frame_locals(ThreadState::current()->frame);
}

static Ref builtin_vars(Value, CallArgs args) {
  check_arg_range("vars", args, 0, 1);
  if (args.nargs == 0) return frame_locals(ThreadState::current()->frame);
  Ref d = try_get_attr(args.args[0], GILT_NAME("__dict__"));
  if (d.is_null()) raise_type_error("vars() argument must have __dict__ attribute");
  return d;
}

// dir(): the sorted names of the current scope, or of type(obj).__dir__(obj).
static Ref builtin_dir(Value, CallArgs args) {
  check_arg_range("dir", args, 0, 1);
  Ref names;
  if (args.nargs == 0) {
    names = list_from_iterable(frame_locals(ThreadState::current()->frame));
  } else {
    Ref custom = call_method_if_present(args.args[0], GILT_NAME("__dir__"), {});
    if (custom.is_null()) raise_type_error("object does not provide __dir__");
    names = list_from_iterable(custom);
  }
  list_sort(names, Value(), false);
  return names;
}

// ------------------------------------------------------------------ classes

// PEP 560: a base that is not a class (list[int]) names its replacement
// bases with __mro_entries__(bases). Returns `bases` itself when none does.
static Ref resolve_mro_entries(Value bases) {
  auto* b = bases.as<TupleObject>();
  std::vector<Value> resolved;
  std::vector<Ref> keep;
  bool changed = false;
  for (int64_t i = 0; i < b->size; i++) {
    Value base = b->items()[i];
    Ref entries = (type_of(base)->flags & kTypeTypeSubclass)
                      ? Ref()
                      : call_method_if_present(base, GILT_NAME("__mro_entries__"), {bases});
    if (entries.is_null()) {
      resolved.push_back(base);
      continue;
    }
    if (!is_tuple(entries)) raise_type_error("__mro_entries__ must return a tuple");
    changed = true;
    auto* t = entries.as<TupleObject>();
    resolved.insert(resolved.end(), t->items(), t->items() + t->size);
    keep.push_back(entries);
  }
  if (!changed) return Ref(bases);
  return make_tuple(resolved.data(), static_cast<int64_t>(resolved.size()));
}

static Ref builtin_build_class(Value, CallArgs args) {
  if (args.nargs < 2) raise_type_error("__build_class__: not enough arguments");
  Value func = args.args[0];
  if (!is_function(func)) raise_type_error("__build_class__: func must be a function");
  Value name = args.args[1];
  if (!is_str(name)) raise_type_error("__build_class__: name is not a string");
  Ref orig_bases = make_tuple(args.args + 2, static_cast<int64_t>(args.nargs - 2));
  Ref bases = resolve_mro_entries(orig_bases);
  Value meta;
  std::vector<Value> kwvalues;
  std::vector<Value> kwname_list;
  for (size_t k = 0; k < args.nkwargs(); k++) {
    if (str_view(args.kwnames->items()[k]) == "metaclass") {
      meta = args.kwarg(k);
    } else {
      kwname_list.push_back(args.kwnames->items()[k]);
      kwvalues.push_back(args.kwarg(k));
    }
  }
  if (meta.is_null()) {
    meta = Value::object(&type_type);
    auto* b = bases.as<TupleObject>();
    for (int64_t i = 0; i < b->size; i++) {
      Type* mt = type_of(b->items()[i]);
      if (mt->is_subtype_of(meta.as<Type>())) meta = Value::object(mt);
    }
  }
  Ref ns;
  Ref prepare =
      (type_of(meta)->flags & kTypeTypeSubclass) ? try_get_attr(meta, GILT_NAME("__prepare__")) : Ref();
  if (!prepare.is_null())
    ns = call(prepare, {name, bases});
  else
    ns = new_dict();
  if (!bases.get().is(orig_bases)) set_item(ns, Value::object(GILT_NAME("__orig_bases__")), orig_bases);
  auto* fn = func.as<FunctionObject>();
  Ref cell = run_code(fn->code, fn->globals, ns, fn->closure);
  std::vector<Value> argv{name, bases, ns};
  argv.insert(argv.end(), kwvalues.begin(), kwvalues.end());
  Ref kwnames =
      kwname_list.empty() ? Ref() : make_tuple(kwname_list.data(), static_cast<int64_t>(kwname_list.size()));
  Ref cls = call(meta, CallArgs{argv.data(), 3, kwnames.is_null() ? nullptr : kwnames.as<TupleObject>()});
  if (type_of(cell) == &cell_type && cell.as<CellObject>()->contents.is_null())
    cell.as<CellObject>()->contents = cls;
  return cls;
}

// super(): the proxy that looks attributes up after `type` in obj's MRO.
struct SuperObject : Object {
  Ref cls;       // the class where the method was defined
  Ref obj;       // the instance (or class)
  Ref obj_type;  // type(obj), or obj itself when it is a class
};
static Type super_type;

static Ref super_new(Type*, CallArgs args) {
  check_arg_range("super", args, 0, 2);
  Value type, obj;
  if (args.nargs == 0) {
    Frame* f = ThreadState::current()->frame;
    CodeObject* code = f ? f->code : nullptr;
    if (!code || code->argcount == 0) raise(&exc::RuntimeError, "super(): no arguments");
    obj = f->localsplus()[0];
    if (obj.is_null() && !code->cell2arg.empty()) {
      for (int i = 0; i < code->ncells(); i++)
        if (code->cell2arg[i] == 0) obj = f->localsplus()[code->nlocals() + i].as<CellObject>()->contents;
    }
    if (obj.is_null()) raise(&exc::RuntimeError, "super(): arg[0] deleted");
    for (int i = 0; i < code->nfrees(); i++) {
      if (str_view(code->freevars[i]) == "__class__") {
        type = f->localsplus()[code->nlocals() + code->ncells() + i].as<CellObject>()->contents;
        if (type.is_null()) raise(&exc::RuntimeError, "super(): empty __class__ cell");
      }
    }
    if (type.is_null()) raise(&exc::RuntimeError, "super(): __class__ cell not found");
  } else {
    type = args.args[0];
    if (!(type_of(type)->flags & kTypeTypeSubclass))
      raise_type_error("super() argument 1 must be a type, not " + type_name(type));
    obj = args.nargs > 1 ? args.args[1] : Value();
  }
  auto* s = new_object<SuperObject>(&super_type);
  Ref result = Ref::steal(s);
  s->cls = Ref(type);
  if (!obj.is_null() && !obj.is_none()) {
    Type* ot;
    if ((type_of(obj)->flags & kTypeTypeSubclass) && obj.as<Type>()->is_subtype_of(type.as<Type>()))
      ot = obj.as<Type>();
    else if (type_of(obj)->is_subtype_of(type.as<Type>()))
      ot = type_of(obj);
    else
      raise_type_error("super(type, obj): obj must be an instance or subtype of type");
    s->obj = Ref(obj);
    s->obj_type = Ref(Value::object(ot));
  }
  return result;
}

static Ref super_getattr(Value self, StrObject* name) {
  auto* s = self.as<SuperObject>();
  if (!s->obj_type.is_null() && name->view() != "__class__") {
    auto* start = s->obj_type.as<Type>();
    // Walk obj_type's MRO (itself first), skipping up to and including `type`.
    std::vector<Type*> order{start};
    auto* rest = start->mro.as<TupleObject>();
    for (int64_t i = 0; i < rest->size; i++) order.push_back(rest->items()[i].as<Type>());
    size_t i = 0;
    while (i < order.size() && order[i] != s->cls.as<Type>()) i++;
    for (i++; i < order.size(); i++) {
      Value v = dict_get_str(order[i]->dict.as<DictObject>(), name);
      if (v.is_null()) continue;
      Type* vt = type_of(v);
      if (vt->descr_get) {
        Value inst = s->obj.get().is(s->obj_type) ? Value() : Value(s->obj);
        return vt->descr_get(v, inst, start);
      }
      return Ref(v);
    }
  }
  return generic_getattr(self, name);
}

static Ref super_repr(Value self) {
  auto* s = self.as<SuperObject>();
  if (s->obj_type.is_null()) return new_str("<super: <class '" + s->cls.as<Type>()->name + "'>, NULL>");
  return new_str("<super: <class '" + s->cls.as<Type>()->name + "'>, <" + s->obj_type.as<Type>()->name +
                 " object>>");
}

static void super_init(Value, CallArgs) {}

// ------------------------------------------------------------------ module

Ref make_builtins_module() {
  super_type.new_instance = super_new;
  super_type.init = super_init;
  super_type.getattr = super_getattr;
  super_type.repr = super_repr;
  static bool super_ready = false;
  if (!super_ready) {
    // No clear: a super object is immutable; a cycle through it passes
    // through its instance or class.
    set_gc_slots(
        super_type,
        [](Object* o, const Visitor& visit) {
          auto* s = static_cast<SuperObject*>(o);
          visit(s->cls);
          visit(s->obj);
          visit(s->obj_type);
        },
        nullptr);
    init_static_type(super_type, "super", sizeof(SuperObject), dealloc_object<SuperObject>);
    finish_static_types();
    super_ready = true;
  }

  Ref m = new_module("builtins");
  struct Def {
    const char* name;
    NativeFn fn;
  };
  static const Def functions[] = {
      {"print", builtin_print},
      {"input", builtin_input},
      {"len", builtin_len},
      {"repr", builtin_repr},
      {"ascii", builtin_ascii},
      {"format", builtin_format},
      {"isinstance", builtin_isinstance},
      {"issubclass", builtin_issubclass},
      {"hash", builtin_hash},
      {"id", builtin_id},
      {"callable", builtin_callable},
      {"getattr", builtin_getattr},
      {"setattr", builtin_setattr},
      {"hasattr", builtin_hasattr},
      {"delattr", builtin_delattr},
      {"abs", builtin_abs},
      {"divmod", builtin_divmod},
      {"pow", builtin_pow},
      {"round", builtin_round},
      {"bin", builtin_bin},
      {"oct", builtin_oct},
      {"hex", builtin_hex},
      {"chr", builtin_chr},
      {"ord", builtin_ord},
      {"globals", builtin_globals},
      {"locals", builtin_locals},
      {"vars", builtin_vars},
      {"dir", builtin_dir},
      {"__build_class__", builtin_build_class},
  };
  for (const Def& d : functions) module_set(m, d.name, new_builtin_function(d.name, d.fn, m));
  add_iteration_builtins(m);
  add_code_builtins(m);
  add_async_builtins(m);
  add_site_builtins(m);
  init_file_types();
  module_set(m, "open", new_builtin_function("open", builtin_open, m));

  struct TypeDef {
    const char* name;
    Type* type;
  };
  const TypeDef types[] = {
      {"object", &object_type},
      {"type", &type_type},
      {"int", &int_type},
      {"bool", &bool_type},
      {"float", &float_type},
      {"str", &str_type},
      {"bytes", &bytes_type},
      {"bytearray", &bytearray_type},
      {"memoryview", &memoryview_type},
      {"list", &list_type},
      {"tuple", &tuple_type},
      {"dict", &dict_type},
      {"set", &set_type},
      {"frozenset", &frozenset_type},
      {"range", &range_type},
      {"slice", &slice_type},
      {"property", &property_type},
      {"staticmethod", &staticmethod_type},
      {"classmethod", &classmethod_type},
      {"super", &super_type},
  };
  for (const TypeDef& t : types) module_set(m, t.name, Value::object(t.type));
#define GILT_EXPORT_EXCEPTION(name, base) module_set(m, #name, Value::object(&exc::name));
  GILT_EXCEPTION_TYPES(GILT_EXPORT_EXCEPTION)
#undef GILT_EXPORT_EXCEPTION
  module_set(m, "EnvironmentError", Value::object(&exc::OSError));
  module_set(m, "IOError", Value::object(&exc::OSError));
  module_set(m, "None", Value::none());
  module_set(m, "True", Value::true_());
  module_set(m, "False", Value::false_());
  module_set(m, "NotImplemented", not_implemented());
  module_set(m, "Ellipsis", ellipsis());
  module_set(m, "__debug__", Value::true_());
  module_set(m, "__package__", new_str(""));
  return m;
}

}  // namespace gilt
