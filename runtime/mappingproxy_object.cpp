// mappingproxy (see mappingproxy_object.h): every operation reads through to
// the mapping; none writes.
#include "runtime/mappingproxy_object.h"

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/container_util.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/generic_alias.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

Type mappingproxy_type;

static Value mapping_of(Value self) { return self.as<MappingProxyObject>()->mapping; }

Ref new_mappingproxy(Value mapping) {
  auto* p = new_object<MappingProxyObject>(&mappingproxy_type);
  p->mapping = Ref(mapping);
  return Ref::steal(p);
}

static Ref proxy_new(Type*, CallArgs args) {
  Value a[1];
  bind_args("mappingproxy", args, {"mapping"}, 1, a);
  Value m = a[0];
  Type* t = type_of(m);
  bool mapping = !is_list(m) && !is_tuple(m) && t->getitem && !type_lookup(t, GILT_NAME("keys")).is_null();
  if (!mapping) raise_type_error("mappingproxy() argument must be a mapping, not " + type_name(m));
  return new_mappingproxy(m);
}

static Ref proxy_repr(Value self) { return new_str("mappingproxy(" + repr_string(mapping_of(self)) + ")"); }
static Ref proxy_str(Value self) { return str(mapping_of(self)); }
static int64_t proxy_len(Value self) { return length(mapping_of(self)); }
static Ref proxy_getitem(Value self, Value key) { return get_item(mapping_of(self), key); }
static bool proxy_contains(Value self, Value key) { return contains(mapping_of(self), key); }
static Ref proxy_iter(Value self) { return get_iter(mapping_of(self)); }
static Ref proxy_compare(Value a, Value b, CompareOp op) { return compare(mapping_of(a), b, op); }

static Ref proxy_or(Value a, Value b) {
  Value x = type_of(a) == &mappingproxy_type ? mapping_of(a) : a;
  Value y = type_of(b) == &mappingproxy_type ? mapping_of(b) : b;
  return binary_op(x, y, BinaryOp::Or);
}

// `proxy |= x` would write through: refused, as CPython does.
static Ref proxy_ior(Value a, Value b) {
  raise_type_error("'|=' is not supported by mappingproxy; use '|' instead");
  (void)a, (void)b;
}

static Ref forward(Value self, const char* name, CallArgs args) {
  return call(get_attr(mapping_of(self), name), args);
}
static Ref proxy_get(Value self, CallArgs args) {
  check_arg_range("get", args, 1, 2);
  return forward(self, "get", args);
}
static Ref proxy_keys(Value self, CallArgs args) {
  check_exact_args("keys", args, 0);
  return forward(self, "keys", args);
}
static Ref proxy_values(Value self, CallArgs args) {
  check_exact_args("values", args, 0);
  return forward(self, "values", args);
}
static Ref proxy_items(Value self, CallArgs args) {
  check_exact_args("items", args, 0);
  return forward(self, "items", args);
}
static Ref proxy_copy(Value self, CallArgs args) {
  check_exact_args("copy", args, 0);
  return forward(self, "copy", args);
}
static Ref proxy_reversed(Value self, CallArgs args) {
  check_exact_args("__reversed__", args, 0);
  return call(get_attr(mapping_of(self), "__reversed__"), {});
}

// A proxy can sit in the dict it shows (a class's namespace holding its own view).
static void proxy_traverse(Object* o, const Visitor& visit) { visit(static_cast<MappingProxyObject*>(o)->mapping); }

void init_mappingproxy_type() {
  mappingproxy_type.new_instance = proxy_new;
  mappingproxy_type.repr = proxy_repr;
  mappingproxy_type.str = proxy_str;
  mappingproxy_type.len = proxy_len;
  mappingproxy_type.getitem = proxy_getitem;
  mappingproxy_type.contains = proxy_contains;
  mappingproxy_type.iter = proxy_iter;
  mappingproxy_type.compare = proxy_compare;
  mappingproxy_type.binary[static_cast<int>(BinaryOp::Or)] = proxy_or;
  mappingproxy_type.inplace[static_cast<int>(BinaryOp::Or)] = proxy_ior;
  set_gc_slots(mappingproxy_type, proxy_traverse, nullptr);
  init_static_type(mappingproxy_type, "mappingproxy", sizeof(MappingProxyObject),
                   dealloc_object<MappingProxyObject>);
  mappingproxy_type.flags &= ~kTypeBaseType;
  add_method(mappingproxy_type, "get", proxy_get);
  add_method(mappingproxy_type, "keys", proxy_keys);
  add_method(mappingproxy_type, "values", proxy_values);
  add_method(mappingproxy_type, "items", proxy_items);
  add_method(mappingproxy_type, "copy", proxy_copy);
  add_method(mappingproxy_type, "__reversed__", proxy_reversed);
  add_class_method(mappingproxy_type, "__class_getitem__", class_getitem_generic_alias);
}

}  // namespace gilt
