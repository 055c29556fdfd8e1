// Struct sequences (see struct_seq.h).
#include "stdlib/struct_seq.h"

#include <cstring>

#include "runtime/args.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/module_util.h"

namespace gilt {

namespace {

StructSeqType* seq_type(Value v) { return static_cast<StructSeqType*>(type_of(v)); }
size_t stored_size(const StructSeqType* t) { return sizeof(TupleObject) + t->fields.size() * sizeof(Value); }

TupleObject* alloc_struct_seq(StructSeqType* t) {
  void* mem = allocate_object(t, stored_size(t));
  std::memset(mem, 0, stored_size(t));
  auto* obj = new (mem) TupleObject();
  obj->type = t;
  obj->size = static_cast<int64_t>(t->n_sequence);
  return obj;
}

void dealloc_struct_seq(Object* o) {
  auto* obj = static_cast<TupleObject*>(o);
  auto* t = static_cast<StructSeqType*>(o->type);
  for (size_t i = 0; i < t->fields.size(); i++) decref(obj->items()[i]);
  size_t size = stored_size(t);
  obj->~TupleObject();
  free_object(o, t, size);
}

// Every stored field, the ones past the visible items too. No clear, as for
// tuples.
void struct_seq_traverse(Object* o, const Visitor& visit) {
  auto* obj = static_cast<TupleObject*>(o);
  size_t n = static_cast<StructSeqType*>(o->type)->fields.size();
  for (size_t i = 0; i < n; i++) visit(obj->items()[i]);
}

Ref struct_seq_repr(Value self) {
  StructSeqType* t = seq_type(self);
  auto* obj = self.as<TupleObject>();
  // The visible items are shown under the names of the first n_sequence named fields.
  std::string out = t->display_name + "(";
  size_t shown = 0;
  for (size_t f = 0; f < t->fields.size() && shown < t->n_sequence; f++) {
    if (!t->fields[f]) continue;
    if (shown) out += ", ";
    out += std::string(t->fields[f]) + "=" + repr_string(obj->items()[shown]);
    shown++;
  }
  return new_str(out + ")");
}

Ref struct_seq_getattr(Value self, StrObject* name) {
  StructSeqType* t = seq_type(self);
  std::string_view n = name->view();
  for (size_t f = 0; f < t->fields.size(); f++)
    if (t->fields[f] && n == t->fields[f]) return Ref(self.as<TupleObject>()->items()[f]);
  if (n == "n_sequence_fields") return Ref(Value::small_int(static_cast<int64_t>(t->n_sequence)));
  if (n == "n_fields") return Ref(Value::small_int(static_cast<int64_t>(t->fields.size())));
  return generic_getattr(self, name);
}

// struct_time(sequence): n_sequence to all fields' worth of items.
Ref struct_seq_new(Type* type, CallArgs args) {
  auto* t = static_cast<StructSeqType*>(type);
  Value a[2];
  bind_args(t->display_name.c_str(), args, {"sequence", "dict"}, 1, a);
  Ref items = list_from_iterable(a[0]);
  size_t n = as_list(items)->items.size();
  size_t min = t->n_sequence, max = t->fields.size();
  if (n < min || n > max) {
    std::string takes = min == max ? "a " + std::to_string(min) : "an at least " + std::to_string(min);
    if (n > max && min != max) takes = "an at most " + std::to_string(max);
    raise_type_error(t->display_name + "() takes " + takes + "-sequence (" + std::to_string(n) +
                     "-sequence given)");
  }
  std::vector<Ref> values(as_list(items)->items.begin(), as_list(items)->items.end());
  return new_struct_seq(*t, values);
}

}  // namespace

void init_struct_seq_type(StructSeqType& t, const char* module, const char* name,
                          std::vector<const char*> fields, size_t n_sequence) {
  t.fields = std::move(fields);
  t.n_sequence = n_sequence;
  t.display_name = std::string(module) + "." + name;
  t.repr = struct_seq_repr;
  t.getattr = struct_seq_getattr;
  t.new_instance = struct_seq_new;
  set_gc_slots(t, struct_seq_traverse, nullptr);
  init_static_type(t, name, sizeof(TupleObject), dealloc_struct_seq, &tuple_type);
  t.flags &= ~kTypeBaseType;
  // The tuple behaviour, from tuple itself.
  t.hash = tuple_type.hash;
  t.compare = tuple_type.compare;
  t.len = tuple_type.len;
  t.truthy = tuple_type.truthy;
  t.contains = tuple_type.contains;
  t.getitem = tuple_type.getitem;
  t.iter = tuple_type.iter;
  for (int i = 0; i < kBinaryOpCount; i++) t.binary[i] = tuple_type.binary[i];
  set_type_module(t, module);
  finish_static_types();
}

Ref new_struct_seq(StructSeqType& t, const std::vector<Ref>& values) {
  TupleObject* obj = alloc_struct_seq(&t);
  Ref result = Ref::steal(obj);
  for (size_t i = 0; i < t.fields.size(); i++)
    obj->items()[i] = i < values.size() ? Ref(values[i]).release() : Value::none();
  return result;
}

}  // namespace gilt
