// types.GenericAlias (see generic_alias.h).
#include "runtime/generic_alias.h"

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/container_util.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/union_type.h"

namespace gilt {

Type generic_alias_type;

static GenericAliasObject* as_alias(Value v) { return v.as<GenericAliasObject>(); }

Ref new_generic_alias(Value origin, Value args) {
  auto* g = new_object<GenericAliasObject>(&generic_alias_type);
  Ref result = Ref::steal(g);
  g->origin = Ref(origin);
  g->args = is_tuple(args) ? Ref(args) : make_tuple({args});
  return result;
}

Ref class_getitem_generic_alias(Value cls, CallArgs args) {
  check_exact_args("__class_getitem__", args, 1);
  return new_generic_alias(cls, args.args[0]);
}

// CPython's ga_repr_item: `...`, nested aliases as themselves, classes and
// functions by [module.]qualname, anything else by repr().
std::string type_hint_repr(Value v) {
  if (v.is(ellipsis())) return "...";
  if (is_generic_alias(v) || is_union(v)) return repr_string(v);
  Ref qualname = try_get_attr(v, GILT_NAME("__qualname__"));
  Ref module = try_get_attr(v, GILT_NAME("__module__"));
  if (qualname.is_null() || module.is_null() || module.get().is_none()) return repr_string(v);
  if (is_str(module) && str_view(module) == "builtins") return std::string(str_view(qualname));
  return str_string(module) + "." + std::string(str_view(qualname));
}

static Ref alias_repr(Value self) {
  auto* g = as_alias(self);
  std::string out = type_hint_repr(g->origin) + "[";
  auto* args = g->args.as<TupleObject>();
  if (args->size == 0) out += "()";
  for (int64_t i = 0; i < args->size; i++) out += (i ? ", " : "") + type_hint_repr(args->items()[i]);
  return new_str(out + "]");
}

static Ref alias_new(Type*, CallArgs args) {
  check_no_kwargs("GenericAlias", args);
  check_arg_range("GenericAlias", args, 2, 2);
  return new_generic_alias(args.args[0], args.args[1]);
}

static Ref alias_call(Value self, CallArgs args) {
  Ref obj = call(as_alias(self)->origin, args);
  try {
    set_attr(obj, GILT_NAME("__orig_class__"), self);
  } catch (const PyException& e) {
    // Objects without a __dict__ just don't remember their alias.
    if (!type_of(e.exception)->is_subtype_of(&exc::AttributeError) &&
        !type_of(e.exception)->is_subtype_of(&exc::TypeError))
      throw;
  }
  return obj;
}

// Attributes of the alias itself; everything else is the origin's.
static Ref alias_getattr(Value self, StrObject* name) {
  std::string_view n = name->view();
  auto* g = as_alias(self);
  if (n == "__origin__") return g->origin;
  if (n == "__args__") return g->args;
  if (n == "__parameters__") return make_tuple({});
  if (n == "__unpacked__") return Ref(Value::false_());
  if (n == "__mro_entries__" || n == "__reduce__" || n == "__reduce_ex__" || n == "__copy__" ||
      n == "__deepcopy__" || n == "__instancecheck__" || n == "__subclasscheck__" || n == "__or__" ||
      n == "__ror__" || n == "__getitem__" || n == "__repr__" || n == "__eq__" || n == "__hash__")
    return generic_getattr(self, name);
  return try_get_attr(g->origin, name);
}

static Ref alias_compare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_generic_alias(b)) return Ref(not_implemented());
  bool eq = equals(as_alias(a)->origin, as_alias(b)->origin) && equals(as_alias(a)->args, as_alias(b)->args);
  return bool_ref(eq == (op == CompareOp::Eq));
}

static int64_t alias_hash(Value self) {
  int64_t h = hash(as_alias(self)->origin) ^ hash(as_alias(self)->args);
  return h == -1 ? -2 : h;
}

static Ref alias_getitem(Value self, Value) {
  raise_type_error(repr_string(self) + " is not a generic class");
}

static Ref alias_mro_entries(Value self, CallArgs args) {
  check_exact_args("__mro_entries__", args, 1);
  return make_tuple({as_alias(self)->origin});
}

static Ref alias_instancecheck(Value, CallArgs) {
  raise_type_error("isinstance() argument 2 cannot be a parameterized generic");
}
static Ref alias_subclasscheck(Value, CallArgs) {
  raise_type_error("issubclass() argument 2 cannot be a parameterized generic");
}

static Ref alias_reduce(Value self, CallArgs args) {
  check_exact_args("__reduce__", args, 0);
  return make_tuple(
      {Value::object(&generic_alias_type), make_tuple({as_alias(self)->origin, as_alias(self)->args})});
}

static Ref alias_copy(Value self, CallArgs) { return Ref(self); }

// No clear: a cycle through an alias passes through a class namespace.
static void alias_traverse(Object* o, const Visitor& visit) {
  auto* a = static_cast<GenericAliasObject*>(o);
  visit(a->origin);
  visit(a->args);
}

void init_generic_alias_type() {
  generic_alias_type.repr = alias_repr;
  generic_alias_type.new_instance = alias_new;
  generic_alias_type.call = alias_call;
  generic_alias_type.getattr = alias_getattr;
  generic_alias_type.compare = alias_compare;
  generic_alias_type.hash = alias_hash;
  generic_alias_type.getitem = alias_getitem;
  generic_alias_type.binary[static_cast<int>(BinaryOp::Or)] = union_or;
  set_gc_slots(generic_alias_type, alias_traverse, nullptr);
  init_static_type(generic_alias_type, "GenericAlias", sizeof(GenericAliasObject),
                   dealloc_object<GenericAliasObject>);
  generic_alias_type.qualname = "GenericAlias";
  dict_set(generic_alias_type.dict.as<DictObject>(), Value::object(GILT_NAME("__module__")),
           new_str("types"));
  add_method(generic_alias_type, "__mro_entries__", alias_mro_entries);
  add_method(generic_alias_type, "__instancecheck__", alias_instancecheck);
  add_method(generic_alias_type, "__subclasscheck__", alias_subclasscheck);
  add_method(generic_alias_type, "__reduce__", alias_reduce);
  add_method(generic_alias_type, "__copy__", alias_copy);
  add_method(generic_alias_type, "__deepcopy__", alias_copy);
}

}  // namespace gilt
