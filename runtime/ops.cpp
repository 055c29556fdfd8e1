// The abstract object protocol (see ops.h).
#include "runtime/ops.h"

#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

const std::string& type_name(Value v) { return type_of(v)->name; }

Ref repr(Value v) {
  Type* t = type_of(v);
  return t->repr(v);
}

Ref str(Value v) {
  Type* t = type_of(v);
  if (t == &str_type) return Ref(v);
  return t->str ? t->str(v) : t->repr(v);
}

std::string repr_string(Value v) { return std::string(str_view(repr(v))); }
std::string str_string(Value v) { return std::string(str_view(str(v))); }

int64_t hash(Value v) {
  if (v.is_small_int()) return BigInt::hash_int64(v.small_int());
  Type* t = type_of(v);
  if (!t->hash) raise_type_error("unhashable type: '" + t->name + "'");
  return t->hash(v);
}

bool truthy(Value v) {
  if (v.is_bool()) return v.is_true();
  if (v.is_none()) return false;
  if (v.is_small_int()) return v.small_int() != 0;
  Type* t = type_of(v);
  if (t->truthy) return t->truthy(v);
  if (t->len) return t->len(v) != 0;
  return true;
}

static const char* compare_symbol(CompareOp op) {
  static const char* symbols[] = {"<", "<=", "==", "!=", ">", ">="};
  return symbols[static_cast<int>(op)];
}

static CompareOp reflected(CompareOp op) {
  static const CompareOp swapped[] = {CompareOp::Gt, CompareOp::Ge, CompareOp::Eq,
                                      CompareOp::Ne, CompareOp::Lt, CompareOp::Le};
  return swapped[static_cast<int>(op)];
}

Ref compare(Value a, Value b, CompareOp op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool checked_reverse = false;
  if (ta != tb && tb->compare && tb->is_subtype_of(ta) && (tb->flags & kTypeHeap)) {
    checked_reverse = true;
    Ref r = tb->compare(b, a, reflected(op));
    if (!is_not_implemented(r)) return r;
  }
  if (ta->compare) {
    Ref r = ta->compare(a, b, op);
    if (!is_not_implemented(r)) return r;
  }
  if (!checked_reverse && tb->compare) {
    Ref r = tb->compare(b, a, reflected(op));
    if (!is_not_implemented(r)) return r;
  }
  if (op == CompareOp::Eq) return Ref(Value::boolean(a.is(b)));
  if (op == CompareOp::Ne) return Ref(Value::boolean(!a.is(b)));
  raise_type_error(std::string("'") + compare_symbol(op) + "' not supported between instances of '" + ta->name +
                   "' and '" + tb->name + "'");
}

bool compare_bool(Value a, Value b, CompareOp op) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.small_int(), y = b.small_int();
    switch (op) {
      case CompareOp::Lt: return x < y;
      case CompareOp::Le: return x <= y;
      case CompareOp::Eq: return x == y;
      case CompareOp::Ne: return x != y;
      case CompareOp::Gt: return x > y;
      case CompareOp::Ge: return x >= y;
    }
  }
  return truthy(compare(a, b, op));
}

bool equals(Value a, Value b) {
  if (a.is(b)) return true;
  if (a.is_small_int() && b.is_small_int()) return false;
  Type* ta = type_of(a);
  if (ta == &str_type && type_of(b) == &str_type) return str_equals(a.as<StrObject>(), b.as<StrObject>());
  return truthy(compare(a, b, CompareOp::Eq));
}

const char* binary_op_symbol(BinaryOp op) {
  static const char* symbols[] = {"+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//"};
  return symbols[static_cast<int>(op)];
}

// CPython's binary_op1: try a's slot, then b's; a right operand whose type
// is a proper subclass of the left's goes first.
static Ref binary_op1(Value a, Value b, int op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  BinaryFn fa = ta->binary[op];
  BinaryFn fb = ta != tb ? tb->binary[op] : nullptr;
  if (fb == fa) fb = nullptr;
  if (fa) {
    if (fb && tb->is_subtype_of(ta)) {
      Ref r = fb(a, b);
      if (!is_not_implemented(r)) return r;
      fb = nullptr;
    }
    Ref r = fa(a, b);
    if (!is_not_implemented(r)) return r;
  }
  if (fb) return fb(a, b);
  return Ref(not_implemented());
}

[[noreturn]] static void unsupported(Value a, Value b, BinaryOp op, const char* suffix) {
  raise_type_error(std::string("unsupported operand type(s) for ") + binary_op_symbol(op) + suffix + ": '" +
                   type_name(a) + "' and '" + type_name(b) + "'");
}

// CPython's sequence-repeat fallback message for `seq * x` with a non-int x.
static bool is_sequence_for_repeat(Value v) {
  Type* t = type_of(v);
  return t->is_subtype_of(&str_type) || t->is_subtype_of(&list_type) || t->is_subtype_of(&tuple_type) ||
         t->is_subtype_of(&bytes_type);
}

[[noreturn]] static void unsupported(Value a, Value b, BinaryOp op, const char* suffix);

static void check_sequence_repeat(Value a, Value b, BinaryOp op, const char* suffix) {
  if (op != BinaryOp::Mul) return;
  if (is_sequence_for_repeat(a) && !is_int(b))
    raise_type_error("can't multiply sequence by non-int of type '" + type_name(b) + "'");
  if (is_sequence_for_repeat(b) && !is_int(a) && !*suffix)
    raise_type_error("can't multiply sequence by non-int of type '" + type_name(a) + "'");
}

Ref binary_op(Value a, Value b, BinaryOp op) {
  Ref r = binary_op1(a, b, static_cast<int>(op));
  if (!is_not_implemented(r)) return r;
  check_sequence_repeat(a, b, op, "");
  if (op == BinaryOp::Add && (is_str(a) || is_str(b)) && !(is_str(a) && is_str(b))) {
    if (is_str(a)) raise_type_error("can only concatenate str (not \"" + type_name(b) + "\") to str");
  }
  unsupported(a, b, op, "");
}

Ref inplace_op(Value a, Value b, BinaryOp op) {
  int i = static_cast<int>(op);
  if (BinaryFn f = type_of(a)->inplace[i]) {
    Ref r = f(a, b);
    if (!is_not_implemented(r)) return r;
  }
  Ref r = binary_op1(a, b, i);
  if (!is_not_implemented(r)) return r;
  if (op == BinaryOp::Add && is_str(a) && !is_str(b))
    raise_type_error("can only concatenate str (not \"" + type_name(b) + "\") to str");
  check_sequence_repeat(a, b, op, "=");
  unsupported(a, b, op, "=");
}

Ref negative(Value v) {
  Type* t = type_of(v);
  if (!t->negative) raise_type_error("bad operand type for unary -: '" + t->name + "'");
  return t->negative(v);
}

Ref positive(Value v) {
  Type* t = type_of(v);
  if (!t->positive) raise_type_error("bad operand type for unary +: '" + t->name + "'");
  return t->positive(v);
}

Ref invert(Value v) {
  Type* t = type_of(v);
  if (!t->invert) raise_type_error("bad operand type for unary ~: '" + t->name + "'");
  return t->invert(v);
}

// ------------------------------------------------------------- attributes

Ref try_get_attr(Value obj, StrObject* name) {
  Type* t = type_of(obj);
  if (!t->getattr) return Ref();
  try {
    return t->getattr(obj, name);
  } catch (PyException& e) {
    if (type_of(e.exception)->is_subtype_of(&exc::AttributeError)) return Ref();
    throw;
  }
}

Ref get_attr(Value obj, StrObject* name) {
  Type* t = type_of(obj);
  Ref r = t->getattr ? t->getattr(obj, name) : Ref();
  if (r.is_null()) raise_attribute_error(obj, Value::object(name));
  return r;
}

Ref get_attr(Value obj, std::string_view name) { return get_attr(obj, intern(name)); }

void set_attr(Value obj, StrObject* name, Value value) {
  Type* t = type_of(obj);
  if (!t->setattr) {
    raise(&exc::AttributeError,
          "'" + t->name + "' object has no attribute '" + std::string(name->view()) + "'");
  }
  t->setattr(obj, name, value);
}

void del_attr(Value obj, StrObject* name) { set_attr(obj, name, Value()); }

// ------------------------------------------------------------- calls

Ref call(Value callable, CallArgs args) {
  Type* t = type_of(callable);
  if (!t->call) raise_type_error("'" + t->name + "' object is not callable");
  return t->call(callable, args);
}

Ref call(Value callable, std::initializer_list<Value> args) {
  return call(callable, CallArgs{args.begin(), args.size(), nullptr});
}

bool is_callable(Value v) { return type_of(v)->call != nullptr; }

// ------------------------------------------------------------- iteration

Ref get_iter(Value v) {
  Type* t = type_of(v);
  if (t->iter) return t->iter(v);
  if (t->getitem) {
    Ref seq_iter_new(Value seq);  // misc: the old __getitem__ iteration protocol
    return seq_iter_new(v);
  }
  raise_type_error("'" + t->name + "' object is not iterable");
}

Ref iter_next(Value it) {
  Type* t = type_of(it);
  if (!t->next) raise_type_error("'" + t->name + "' object is not an iterator");
  return t->next(it);
}

// ------------------------------------------------------------- items

Ref get_item(Value container, Value key) {
  Type* t = type_of(container);
  if (t->getitem) return t->getitem(container, key);
  if (t->flags & kTypeTypeSubclass) {
    Value cls_getitem = type_lookup(container.as<Type>(), GILT_NAME("__class_getitem__"));
    if (!cls_getitem.is_null()) {
      // A plain function is an implicit classmethod, as in CPython.
      Type* dt = type_of(cls_getitem);
      if (dt->descr_get && dt != &function_type)
        return call(dt->descr_get(cls_getitem, Value(), container.as<Type>()), {key});
      return call(cls_getitem, {container, key});
    }
    raise_type_error("type '" + container.as<Type>()->name + "' is not subscriptable");
  }
  raise_type_error("'" + t->name + "' object is not subscriptable");
}

void set_item(Value container, Value key, Value value) {
  Type* t = type_of(container);
  if (!t->setitem) raise_type_error("'" + t->name + "' object does not support item assignment");
  t->setitem(container, key, value);
}

void del_item(Value container, Value key) {
  Type* t = type_of(container);
  if (!t->setitem) raise_type_error("'" + t->name + "' object does not support item deletion");
  t->setitem(container, key, Value());
}

bool contains(Value container, Value item) {
  Type* t = type_of(container);
  if (t->contains) return t->contains(container, item);
  if (t->iter || t->getitem) {
    Ref it = get_iter(container);
    for (Ref x = iter_next(it); !x.is_null(); x = iter_next(it))
      if (equals(x, item)) return true;
    return false;
  }
  raise_type_error("argument of type '" + t->name + "' is not iterable");
}

int64_t length(Value v) {
  Type* t = type_of(v);
  if (!t->len) raise_type_error("object of type '" + t->name + "' has no len()");
  return t->len(v);
}

Ref index_value(Value v) {
  if (v.is_small_int()) return Ref(v);
  if (v.is_bool()) return Ref(Value::small_int(v.is_true() ? 1 : 0));
  if (is_int(v)) {
    if (type_of(v) == &int_type) return Ref(v);
    return int_from_bigint(int_to_bigint(v));
  }
  Ref r = call_method_if_present(v, GILT_NAME("__index__"), {});
  if (r.is_null()) raise_type_error("'" + type_name(v) + "' object cannot be interpreted as an integer");
  if (!is_int(r)) raise_type_error("__index__ returned non-int (type " + type_name(r) + ")");
  return r;
}

int64_t index_int64(Value v) {
  if (v.is_small_int()) return v.small_int();
  Ref i = index_value(v);
  int64_t out;
  if (!int_to_int64(i, out))
    raise(&exc::IndexError, "cannot fit '" + type_name(v) + "' into an index-sized integer");
  return out;
}

}  // namespace gilt
