// types.UnionType (see union_type.h).
#include "runtime/union_type.h"

#include <vector>

#include "runtime/container_util.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/generic_alias.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

Type union_type;

static bool unionable(Value v) {
  return v.is_none() || (type_of(v)->flags & kTypeTypeSubclass) || is_generic_alias(v) || is_union(v);
}

// Members of `v` as a union: its args when it is one; None stands for NoneType.
static void add_members(std::vector<Value>& out, Value v) {
  if (is_union(v)) {
    auto* t = v.as<UnionObject>()->args.as<TupleObject>();
    for (int64_t i = 0; i < t->size; i++) add_members(out, t->items()[i]);
    return;
  }
  if (v.is_none()) v = Value::object(&none_type);
  for (Value m : out)
    if (m.is(v) || (is_generic_alias(m) && is_generic_alias(v) && equals(m, v))) return;
  out.push_back(v);
}

Ref union_or(Value a, Value b) {
  if (!unionable(a) || !unionable(b)) return Ref(not_implemented());
  std::vector<Value> members;
  add_members(members, a);
  add_members(members, b);
  if (members.size() == 1) return Ref(members[0]);
  auto* u = new_object<UnionObject>(&union_type);
  Ref result = Ref::steal(u);
  u->args = make_tuple(members.data(), static_cast<int64_t>(members.size()));
  return result;
}

static TupleObject* members(Value u) { return u.as<UnionObject>()->args.as<TupleObject>(); }

static Ref union_repr(Value self) {
  std::string out;
  auto* t = members(self);
  for (int64_t i = 0; i < t->size; i++) {
    Value m = t->items()[i];
    out += i ? " | " : "";
    out += m.is(Value::object(&none_type)) ? "None" : type_hint_repr(m);
  }
  return new_str(out);
}

// Unions are equal when they have the same members, in any order.
static Ref union_compare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_union(b)) return Ref(not_implemented());
  auto* x = members(a);
  auto* y = members(b);
  auto has_all = [](TupleObject* of, TupleObject* in) {
    for (int64_t i = 0; i < of->size; i++) {
      bool found = false;
      for (int64_t j = 0; j < in->size && !found; j++) found = equals(of->items()[i], in->items()[j]);
      if (!found) return false;
    }
    return true;
  };
  bool eq = has_all(x, y) && has_all(y, x);
  return bool_ref(eq == (op == CompareOp::Eq));
}

// hash(frozenset(args)), as CPython: order does not matter.
static int64_t union_hash(Value self) {
  uint64_t h = 0;
  auto* t = members(self);
  for (int64_t i = 0; i < t->size; i++)
    h ^= static_cast<uint64_t>(hash(t->items()[i])) * 0x9E3779B97F4A7C15ull;
  auto r = static_cast<int64_t>(h >> 1);
  return r == -1 ? -2 : r;
}

static Ref union_getattr(Value self, StrObject* name) {
  if (name->view() == "__args__") return self.as<UnionObject>()->args;
  if (name->view() == "__parameters__") return make_tuple({});
  return generic_getattr(self, name);
}

static Ref union_getitem(Value self, Value) {
  raise_type_error(repr_string(self) + " is not a generic class");
}

// No clear: a cycle through a union passes through a class namespace.
static void union_traverse(Object* o, const Visitor& visit) { visit(static_cast<UnionObject*>(o)->args); }

void init_union_type() {
  union_type.repr = union_repr;
  union_type.compare = union_compare;
  union_type.hash = union_hash;
  union_type.getattr = union_getattr;
  union_type.getitem = union_getitem;
  union_type.binary[static_cast<int>(BinaryOp::Or)] = union_or;
  set_gc_slots(union_type, union_traverse, nullptr);
  init_static_type(union_type, "UnionType", sizeof(UnionObject), dealloc_object<UnionObject>);
  union_type.flags &= ~kTypeBaseType;
  dict_set(union_type.dict.as<DictObject>(), Value::object(GILT_NAME("__module__")), new_str("types"));
}

}  // namespace gilt
