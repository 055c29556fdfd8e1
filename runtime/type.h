// Type: the class of an object, and the table of C++ functions ("slots")
// that implement its behaviour.
//
// Built-in types fill their slots with native functions; a class defined in
// Python gets generic slots that look up and call the corresponding special
// method (`__add__`, `__repr__`, ...), as CPython's `slot_*` functions do. The
// interpreter and builtins only ever go through the abstract operations in
// ops.h, which consult these slots, so both kinds of type behave alike.
//
// A null slot means "not supported"; the abstract operation then raises the
// TypeError CPython would.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <new>
#include <string>
#include <utility>
#include <vector>

#include "runtime/gc.h"
#include "runtime/object.h"

namespace gilt {

struct StrObject;
struct TupleObject;
struct DictObject;

// Binary operators, in the order of the AST's BinOpKind so the compiler can
// pass it straight through as an operand.
enum class BinaryOp : uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, Mod, Pow, LShift, RShift, Or, Xor, And, FloorDiv,
};
inline constexpr int kBinaryOpCount = 13;

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// A call's arguments, CPython "vectorcall" style: `nargs` positional values,
// followed in the same array by one value per name in `kwnames` (null when
// there are no keyword arguments).
struct CallArgs {
  const Value* args = nullptr;
  size_t nargs = 0;
  TupleObject* kwnames = nullptr;
  size_t nkwargs() const;
  Value kwarg(size_t i) const { return args[nargs + i]; }
};

using DeallocFn = void (*)(Object*);
using UnaryFn = Ref (*)(Value);
using BinaryFn = Ref (*)(Value, Value);  // may return NotImplemented
using CallFn = Ref (*)(Value callable, CallArgs args);
using NewFn = Ref (*)(Type* type, CallArgs args);
using InitFn = void (*)(Value self, CallArgs args);
using HashFn = int64_t (*)(Value);
using CompareFn = Ref (*)(Value, Value, CompareOp);  // may return NotImplemented
using GetAttrFn = Ref (*)(Value, StrObject* name);   // null Ref when missing
using SetAttrFn = void (*)(Value, StrObject* name, Value value);  // value null: delete
using LenFn = int64_t (*)(Value);
using BoolFn = bool (*)(Value);
using ContainsFn = bool (*)(Value container, Value item);
using SetItemFn = void (*)(Value, Value key, Value value);  // value null: delete
using NextFn = Ref (*)(Value);                              // null Ref when exhausted
using DescrGetFn = Ref (*)(Value descr, Value obj, Type* owner);  // obj null: via the class
using DescrSetFn = void (*)(Value descr, Value obj, Value value);  // value null: delete

enum TypeFlags : uint32_t {
  kTypeHeap = 1 << 0,      // created by a class statement; instances own a ref to it
  kTypeBaseType = 1 << 1,  // may be subclassed
  kTypeHasInstanceDict = 1 << 2,
  kTypeIntSubclass = 1 << 3,  // fast isinstance checks for the core types
  kTypeStrSubclass = 1 << 4,
  kTypeExceptionSubclass = 1 << 5,
  kTypeTypeSubclass = 1 << 6,
  kTypeAbstract = 1 << 7,
  // The type's own getattr only adds data attributes and defers every other
  // name to generic_getattr, so methods may be looked up on the type and
  // called unbound (LOAD_METHOD's fast path).
  kTypeGetattrKeepsMethods = 1 << 8,
  // Instances may be part of reference cycles: they are allocated with a
  // GCHeader, tracked by the cycle collector and have `traverse` (gc.h).
  kTypeGC = 1 << 9,
};

struct Type : Object {
  std::string name;      // __name__
  std::string qualname;  // __qualname__
  Type* base = nullptr;  // the solid base (single inheritance chain)
  Ref bases;             // tuple of direct bases
  // The method resolution order *after* this type, as a tuple (object last).
  // The type itself is implicit, so that a class does not own itself.
  Ref mro;
  Ref dict;              // the class namespace (a DictObject)
  uint32_t flags = 0;
  size_t instance_size = 0;  // bytes of a (fixed-size) instance
  // Where an instance keeps its __dict__ (created on demand), or null when
  // instances have no __dict__.
  Ref* (*instance_dict)(Object*) = nullptr;
  uint64_t version = 0;      // bumped when the namespace changes (attribute caches)

  DeallocFn dealloc = nullptr;
  NewFn new_instance = nullptr;  // __new__
  InitFn init = nullptr;         // __init__

  UnaryFn repr = nullptr;
  UnaryFn str = nullptr;
  HashFn hash = nullptr;  // null: unhashable
  CompareFn compare = nullptr;
  BoolFn truthy = nullptr;

  GetAttrFn getattr = nullptr;
  SetAttrFn setattr = nullptr;
  CallFn call = nullptr;

  UnaryFn iter = nullptr;
  NextFn next = nullptr;

  BinaryFn binary[kBinaryOpCount] = {};
  BinaryFn inplace[kBinaryOpCount] = {};
  UnaryFn negative = nullptr, positive = nullptr, invert = nullptr;

  LenFn len = nullptr;
  BinaryFn getitem = nullptr;
  SetItemFn setitem = nullptr;
  ContainsFn contains = nullptr;

  DescrGetFn descr_get = nullptr;
  DescrSetFn descr_set = nullptr;

  // The cycle collector's slots (gc.h), for types flagged kTypeGC. traverse
  // visits each reference an instance owns, exactly once each; clear drops
  // them (null for a type whose instances cannot keep a cycle alive on their
  // own, like tuple). finalize is PEP 442's tp_finalize (__del__, closing a
  // generator): called once per object, from dealloc or by the collector.
  TraverseFn traverse = nullptr;
  ClearFn clear = nullptr;
  FinalizeFn finalize = nullptr;

  bool is_subtype_of(const Type* other) const;
};

// The built-in types, initialised once per process by init_builtin_types().
extern Type type_type, object_type, none_type, bool_type, int_type, float_type, str_type,
    bytes_type, list_type, tuple_type, dict_type, set_type, frozenset_type, range_type, slice_type,
    function_type, builtin_function_type, method_type, code_type, module_type, cell_type,
    not_implemented_type, ellipsis_type, property_type, staticmethod_type, classmethod_type;

inline Type* type_of(Value v) {
  if (v.is_object()) return v.object()->type;
  if (v.is_small_int()) return &int_type;
  if (v.is_none()) return &none_type;
  return &bool_type;
}

// Sets up a static built-in type: immortal, named, with object as base.
void init_static_type(Type& t, const char* name, size_t instance_size, DeallocFn dealloc,
                      Type* base = &object_type);
// Invalidates the method cache and every inline attribute cache: call after
// changing any class namespace.
void type_modified();
// Changes whenever any class namespace changes (see type_modified()).
extern std::atomic<uint64_t> type_epoch;
inline uint64_t current_type_epoch() { return type_epoch.load(std::memory_order_relaxed); }

// An instance of a plain class: the header and a __dict__ made on demand.
struct InstanceObject : Object {
  Ref dict;
};
// The `instance_dict` of plain classes.
inline Ref* instance_dict(Object* o) { return &static_cast<InstanceObject*>(o)->dict; }
// Where `o` (of type `t`, which has instance dicts) keeps its __dict__; the
// common case without an indirect call.
inline Ref* instance_dict_slot(Type* t, Object* o) {
  return t->instance_dict == instance_dict ? instance_dict(o) : t->instance_dict(o);
}

// Exposes the slots of the static types set up so far as special methods
// (`object.__init__`, `int.__add__`, ...); call after a batch of init_static_type.
void finish_static_types();

// True when `o` has a GCHeader: its type is collected. Static type objects
// are globals without one; only heap types (classes) are collected.
inline bool is_gc_object(const Object* o) {
  const Type* t = o->type;
  if (!(t->flags & kTypeGC)) return false;
  return !(t->flags & kTypeTypeSubclass) || (static_cast<const Type*>(o)->flags & kTypeHeap);
}

// Whether the collector may ever need to see `v`: an object of a collected
// type, unless it is a tuple already found to hold atoms only (gc.h).
inline bool may_be_tracked(Value v) {
  if (!v.is_object() || !is_gc_object(v.object())) return false;
  return v.object()->type != &tuple_type || gc_is_tracked(v.object());
}

// Memory for an object of `type`, `size` bytes: with a GCHeader in front,
// and tracked, when the type is collected.
inline void* allocate_object(Type* type, size_t size) {
  if (type->flags & kTypeGC) return gc_allocate(size);
  return allocate_object_memory(size);
}
// Frees the memory of an object of `type` whose destructor has run (read
// `type` before running it). Static types are never freed, so a Type being
// freed is a heap type and the type's flag alone decides.
inline void free_object(Object* o, Type* type, size_t size) {
  if (type->flags & kTypeGC)
    gc_free(o, size);
  else
    free_object_memory(o, size);
}

// Makes `t` a collected type with these slots (see gc.h).
inline void set_gc_slots(Type& t, TraverseFn traverse, ClearFn clear) {
  t.traverse = traverse;
  t.clear = clear;
  t.flags |= kTypeGC;
}

// Allocates and constructs an object of C++ type T (derived from Object) whose
// Python type is `type`. Its count starts at 1: wrap it in Ref::steal, or use
// make(). An instance of a class defined in Python owns a reference to it.
template <class T, class... Args>
T* new_object(Type* type, Args&&... args) {
  static_assert(alignof(T) <= alignof(GCHeader), "objects follow a GCHeader");
  void* mem = allocate_object(type, sizeof(T));
  T* obj = new (mem) T(std::forward<Args>(args)...);
  obj->Object::type = type;
  if (type->flags & kTypeHeap) incref(Value::object(type));
  return obj;
}

template <class T, class... Args>
Ref make(Type* type, Args&&... args) {
  return Ref::steal(new_object<T>(type, std::forward<Args>(args)...));
}

template <class T>
void dealloc_object(Object* o) {
  Type* type = o->type;
  static_cast<T*>(o)->~T();
  free_object(o, type, sizeof(T));
}

}  // namespace gilt
