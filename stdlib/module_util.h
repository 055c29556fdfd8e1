// Small helpers shared by the natively implemented modules: function tables,
// native types that report a module in their repr, and instances of native
// types that Python classes may subclass.
#pragma once

#include <algorithm>
#include <cstring>
#include <initializer_list>

#include "runtime/builtin_function.h"
#include "runtime/dict_object.h"
#include "runtime/module_object.h"
#include "runtime/str_object.h"
#include "runtime/type.h"

namespace gilt {

struct InterpreterState;

struct FunctionDef {
  const char* name;
  NativeFn fn;
};

// Adds each function to `module`, bound to it (as CPython's module functions).
inline void add_functions(Value module, std::initializer_list<FunctionDef> defs) {
  for (const FunctionDef& d : defs) module_set(module, d.name, new_builtin_function(d.name, d.fn, module));
}

// Makes a static type report `module` as its __module__: repr(type) is then
// "<class 'module.Name'>".
inline void set_type_module(Type& t, const char* module) {
  dict_set(t.dict.as<DictObject>(), Value::object(intern("__module__")), new_str(module));
}

// A zeroed instance of a native type or of a Python subclass of it (whose
// instances may be larger). Instances of a class defined in Python own a
// reference to it, released by destroy().
template <class T>
T* alloc_instance(Type* t) {
  size_t size = std::max(t->instance_size, sizeof(T));
  void* mem = allocate_object(t, size);
  std::memset(mem, 0, size);
  T* obj = new (mem) T();
  obj->type = t;
  if (t->flags & kTypeHeap) incref(Value::object(t));
  return obj;
}

// Fills `buffer` with random bytes from the operating system (os.urandom's
// source; defined in os_module.cpp).
void fill_random_bytes(void* buffer, size_t size);

// In the child of os.fork(): only the calling thread exists now. Forgets the
// VM's other threads and resets the locks they may have held at the fork
// (the GIL, the standard streams'), as CPython's PyOS_AfterFork_Child does.
void after_fork_in_child();

// For native code that waits (sleep, a blocking read interrupted by a
// signal): services the eval breaker, so Ctrl-C raises KeyboardInterrupt.
void check_interrupts();

// "<itertools.cycle object at 0x...>": object's repr, with the module that a
// native type names in its __module__ (object's own repr names it only for
// classes defined in Python).
Ref native_object_repr(Value self);

// Iterators hash by identity, and iter(it) is it.
inline int64_t identity_hash(Value v) {
  auto h = static_cast<int64_t>(v.bits() >> 4);
  return h == -1 ? -2 : h;
}
inline Ref iter_self(Value self) { return Ref(self); }

}  // namespace gilt
