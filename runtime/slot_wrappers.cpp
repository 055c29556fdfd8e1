// Slot wrappers: the special methods of built-in types as Python-visible
// attributes (`object.__init__`, `Exception.__str__`, `int.__add__`, ...).
//
// Built-in types implement their behaviour in C++ slots, but Python code can
// name those methods directly — most often through super(), as in
// `super().__init__(message)` in an Exception subclass. Each wrapper
// remembers the type that owns the slot, so calling it reaches exactly that
// type's implementation (not the subclass's, which would recurse).
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/method_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/special_names.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

// clang-format off
enum class SlotKind : uint8_t {
  Init, New, Repr, Str, Hash, Compare, Bool, Len, GetItem, SetItem, DelItem, Contains, Iter, Next, Call,
  GetAttribute, SetAttr, DelAttr, Binary, ReflectedBinary, InplaceBinary, Neg, Pos, Invert,
  DescrGet, DescrSet, DescrDelete,
};
// clang-format on

struct SlotWrapperObject : Object {
  Type* owner = nullptr;
  SlotKind kind = SlotKind::Repr;
  int op = 0;  // the CompareOp or BinaryOp
  const char* name = "";
};

static Type slot_wrapper_type;

static void expect_args(const SlotWrapperObject* w, CallArgs args, size_t n) {
  if (args.nkwargs()) raise_type_error("wrapper " + std::string(w->name) + "() takes no keyword arguments");
  if (args.nargs != n)
    raise_type_error("expected " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") + ", got " +
                     std::to_string(args.nargs));
}

static Ref slot_wrapper_call(Value callable, CallArgs call_args) {
  auto* w = callable.as<SlotWrapperObject>();
  Type* t = w->owner;
  if (w->kind == SlotKind::New) {
    // __new__(cls, *args): a static method taking the class explicitly.
    if (call_args.nargs == 0) raise_type_error(t->name + ".__new__(): not enough arguments");
    Value cls = call_args.args[0];
    if (!(type_of(cls)->flags & kTypeTypeSubclass))
      raise_type_error(t->name + ".__new__(X): X is not a type object (" + type_name(cls) + ")");
    if (!cls.as<Type>()->is_subtype_of(t))
      raise_type_error(t->name + ".__new__(" + cls.as<Type>()->name + "): " + cls.as<Type>()->name +
                       " is not a subtype of " + t->name);
    return t->new_instance(cls.as<Type>(), CallArgs{call_args.args + 1, call_args.nargs - 1, call_args.kwnames});
  }
  if (call_args.nargs == 0)
    raise_type_error("descriptor '" + std::string(w->name) + "' of '" + t->name + "' object needs an argument");
  Value self = call_args.args[0];
  if (!type_of(self)->is_subtype_of(t))
    raise_type_error("descriptor '" + std::string(w->name) + "' requires a '" + t->name + "' object but received a '" +
                     type_name(self) + "'");
  CallArgs args{call_args.args + 1, call_args.nargs - 1, call_args.kwnames};
  switch (w->kind) {
    case SlotKind::Init:
      t->init(self, args);
      return Ref(Value::none());
    case SlotKind::Repr:
      expect_args(w, args, 0);
      return t->repr(self);
    case SlotKind::Str:
      expect_args(w, args, 0);
      return t->str(self);
    case SlotKind::Hash:
      expect_args(w, args, 0);
      return int_from_int64(t->hash(self));
    case SlotKind::Compare:
      expect_args(w, args, 1);
      return t->compare(self, args.args[0], static_cast<CompareOp>(w->op));
    case SlotKind::Bool:
      expect_args(w, args, 0);
      return Ref(Value::boolean(t->truthy(self)));
    case SlotKind::Len:
      expect_args(w, args, 0);
      return int_from_int64(t->len(self));
    case SlotKind::GetItem:
      expect_args(w, args, 1);
      return t->getitem(self, args.args[0]);
    case SlotKind::SetItem:
      expect_args(w, args, 2);
      t->setitem(self, args.args[0], args.args[1]);
      return Ref(Value::none());
    case SlotKind::DelItem:
      expect_args(w, args, 1);
      t->setitem(self, args.args[0], Value());
      return Ref(Value::none());
    case SlotKind::Contains:
      expect_args(w, args, 1);
      return Ref(Value::boolean(t->contains(self, args.args[0])));
    case SlotKind::Iter:
      expect_args(w, args, 0);
      return t->iter(self);
    case SlotKind::Next: {
      expect_args(w, args, 0);
      Ref r = t->next(self);
      if (r.is_null()) raise(new_exception(&exc::StopIteration, make_tuple({})));
      return r;
    }
    case SlotKind::Call:
      return t->call(self, args);
    case SlotKind::GetAttribute: {
      expect_args(w, args, 1);
      if (!is_str(args.args[0]))
        raise_type_error("attribute name must be string, not '" + type_name(args.args[0]) + "'");
      StrObject* name = intern(str_view(args.args[0]));
      Ref r = t->getattr(self, name);
      if (r.is_null()) raise_attribute_error(self, Value::object(name));
      return r;
    }
    case SlotKind::SetAttr:
      expect_args(w, args, 2);
      if (!is_str(args.args[0]))
        raise_type_error("attribute name must be string, not '" + type_name(args.args[0]) + "'");
      t->setattr(self, intern(str_view(args.args[0])), args.args[1]);
      return Ref(Value::none());
    case SlotKind::DelAttr:
      expect_args(w, args, 1);
      if (!is_str(args.args[0]))
        raise_type_error("attribute name must be string, not '" + type_name(args.args[0]) + "'");
      t->setattr(self, intern(str_view(args.args[0])), Value());
      return Ref(Value::none());
    case SlotKind::Binary:
      expect_args(w, args, 1);
      return t->binary[w->op](self, args.args[0]);
    case SlotKind::ReflectedBinary:
      expect_args(w, args, 1);
      return t->binary[w->op](args.args[0], self);
    case SlotKind::InplaceBinary:
      expect_args(w, args, 1);
      return t->inplace[w->op](self, args.args[0]);
    case SlotKind::Neg:
      expect_args(w, args, 0);
      return t->negative(self);
    case SlotKind::Pos:
      expect_args(w, args, 0);
      return t->positive(self);
    case SlotKind::Invert:
      expect_args(w, args, 0);
      return t->invert(self);
    case SlotKind::DescrGet: {
      // __get__(obj, type=None): None stands for "no instance" / "no owner".
      if (args.nkwargs()) raise_type_error("wrapper __get__() takes no keyword arguments");
      if (args.nargs < 1 || args.nargs > 2)
        raise_type_error("expected 1 or 2 arguments, got " + std::to_string(args.nargs));
      Value obj = args.args[0].is_none() ? Value() : args.args[0];
      Value owner = args.nargs > 1 && !args.args[1].is_none() ? args.args[1] : Value();
      if (obj.is_null() && owner.is_null()) raise_type_error("__get__(None, None) is invalid");
      if (!owner.is_null() && !(type_of(owner)->flags & kTypeTypeSubclass))
        raise_type_error("__get__(None, None) is invalid");
      return t->descr_get(self, obj, owner.is_null() ? type_of(obj) : owner.as<Type>());
    }
    case SlotKind::DescrSet:
      expect_args(w, args, 2);
      t->descr_set(self, args.args[0], args.args[1]);
      return Ref(Value::none());
    case SlotKind::DescrDelete:
      expect_args(w, args, 1);
      t->descr_set(self, args.args[0], Value());
      return Ref(Value::none());
    case SlotKind::New:
      break;
  }
  raise(&exc::SystemError, "bad slot wrapper");
}

static Ref slot_wrapper_get(Value descr, Value obj, Type*) {
  if (obj.is_null() || descr.as<SlotWrapperObject>()->kind == SlotKind::New) return Ref(descr);
  return new_method(descr, obj);
}

static Ref slot_wrapper_repr(Value self) {
  auto* w = self.as<SlotWrapperObject>();
  return new_str("<slot wrapper '" + std::string(w->name) + "' of '" + w->owner->name + "' objects>");
}

static Ref slot_wrapper_getattr(Value self, StrObject* name) {
  auto* w = self.as<SlotWrapperObject>();
  if (name->view() == "__name__") return new_str(w->name);
  if (name->view() == "__qualname__") return new_str(w->owner->name + "." + w->name);
  if (name->view() == "__objclass__") return Ref(Value::object(w->owner));
  return generic_getattr(self, name);
}

static void add_wrapper(Type& t, const char* name, SlotKind kind, int op = 0) {
  auto* d = t.dict.as<DictObject>();
  StrObject* key = intern(name);
  if (!dict_get_str(d, key).is_null()) return;
  auto* w = new_object<SlotWrapperObject>(&slot_wrapper_type);
  w->owner = &t;
  w->kind = kind;
  w->op = op;
  w->name = name;
  dict_set(d, Value::object(key), Ref::steal(w));
}

// A slot gets a wrapper on the type that introduces it (not on the subtypes
// that merely inherit it), as in CPython.
template <class Slot>
static bool introduces(Type& t, Slot Type::*slot) {
  return t.*slot && (!t.base || t.base->*slot != t.*slot);
}

void add_slot_wrappers(Type& t) {
  if (introduces(t, &Type::init)) add_wrapper(t, "__init__", SlotKind::Init);
  if (introduces(t, &Type::new_instance)) add_wrapper(t, "__new__", SlotKind::New);
  if (introduces(t, &Type::repr)) add_wrapper(t, "__repr__", SlotKind::Repr);
  if (introduces(t, &Type::str)) add_wrapper(t, "__str__", SlotKind::Str);
  if (introduces(t, &Type::hash)) add_wrapper(t, "__hash__", SlotKind::Hash);
  if (introduces(t, &Type::compare)) {
    static const char* names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    for (int i = 0; i < 6; i++) add_wrapper(t, names[i], SlotKind::Compare, i);
  }
  // Containers are true when non-empty: CPython gives them __len__ and no
  // __bool__ (except range, which has both).
  if (introduces(t, &Type::truthy) && (!t.len || &t == &range_type))
    add_wrapper(t, "__bool__", SlotKind::Bool);
  if (introduces(t, &Type::len)) add_wrapper(t, "__len__", SlotKind::Len);
  if (introduces(t, &Type::getitem)) add_wrapper(t, "__getitem__", SlotKind::GetItem);
  if (introduces(t, &Type::setitem)) {
    add_wrapper(t, "__setitem__", SlotKind::SetItem);
    add_wrapper(t, "__delitem__", SlotKind::DelItem);
  }
  if (introduces(t, &Type::contains)) add_wrapper(t, "__contains__", SlotKind::Contains);
  if (introduces(t, &Type::iter)) add_wrapper(t, "__iter__", SlotKind::Iter);
  if (introduces(t, &Type::next)) add_wrapper(t, "__next__", SlotKind::Next);
  if (introduces(t, &Type::call)) add_wrapper(t, "__call__", SlotKind::Call);
  if (introduces(t, &Type::getattr)) add_wrapper(t, "__getattribute__", SlotKind::GetAttribute);
  if (introduces(t, &Type::setattr)) {
    add_wrapper(t, "__setattr__", SlotKind::SetAttr);
    add_wrapper(t, "__delattr__", SlotKind::DelAttr);
  }
  if (introduces(t, &Type::negative)) add_wrapper(t, "__neg__", SlotKind::Neg);
  if (introduces(t, &Type::positive)) add_wrapper(t, "__pos__", SlotKind::Pos);
  if (introduces(t, &Type::invert)) add_wrapper(t, "__invert__", SlotKind::Invert);
  if (introduces(t, &Type::descr_get)) add_wrapper(t, "__get__", SlotKind::DescrGet);
  if (introduces(t, &Type::descr_set)) {
    add_wrapper(t, "__set__", SlotKind::DescrSet);
    add_wrapper(t, "__delete__", SlotKind::DescrDelete);
  }
  for (int i = 0; i < kBinaryOpCount; i++) {
    if (t.binary[i] && (!t.base || t.base->binary[i] != t.binary[i])) {
      add_wrapper(t, kBinaryDunders[i].op, SlotKind::Binary, i);
      // Sequence concatenation (CPython's sq_concat) has no reflected form.
      if (!(t.len && i == static_cast<int>(BinaryOp::Add)))
        add_wrapper(t, kBinaryDunders[i].rop, SlotKind::ReflectedBinary, i);
    }
    if (t.inplace[i] && (!t.base || t.base->inplace[i] != t.inplace[i]))
      add_wrapper(t, kBinaryDunders[i].iop, SlotKind::InplaceBinary, i);
  }
}

void init_slot_wrapper_type() {
  slot_wrapper_type.call = slot_wrapper_call;
  slot_wrapper_type.descr_get = slot_wrapper_get;
  slot_wrapper_type.repr = slot_wrapper_repr;
  slot_wrapper_type.getattr = slot_wrapper_getattr;
  init_static_type(slot_wrapper_type, "wrapper_descriptor", sizeof(SlotWrapperObject),
                   dealloc_object<SlotWrapperObject>);
  slot_wrapper_type.flags &= ~kTypeBaseType;
}

}  // namespace gilt
