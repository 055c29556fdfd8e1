// The cycle collector.
//
// Reference counting frees an object the moment nothing refers to it, but
// not a group of objects that only refer to each other: `a.self = a`, a
// function and its globals, a generator parked with a reference to itself.
// The collector finds such groups and breaks them, the way CPython's
// Modules/gcmodule.c does (trial deletion), so refcounting can free them.
//
// Which objects: containers. A type that can own references to arbitrary
// objects sets the kTypeGC flag and two slots (type.h): `traverse`, which
// calls a visitor on each reference the object owns, and `clear`, which
// drops those references. Every class defined in Python is collected. Types
// whose instances can only refer to atoms (int, float, str, bytes, code) are
// not: they cannot be part of a cycle and pay nothing.
//
// The header. An object of a collected type is allocated with a GCHeader in
// front of it (allocate_object / free_object in type.h): the links of the
// intrusive, circular, doubly-linked list of the generation it lives in, and
// the collector's scratch state (gc_refs, flags). A null `next` means "not
// tracked": objects made outside any VM (the built-in types' own dicts),
// objects being destroyed, and, as in CPython, containers that hold atoms
// only: a tuple the collector has seen holding atoms only (it can never
// change), and a dict until something collectable is stored in it
// (dict_maintain_tracking; full collections untrack dicts again). Type
// objects are special: static types are plain globals without a header, so
// a Type has one only when it is a heap type (is_gc_object()). The header
// is 24 bytes; objects that follow it need no more than 8-byte alignment.
//
// Generations. Three lists, as in CPython: new objects join generation 0; an
// object that survives a collection of its generation moves one older.
// Allocating a collected object counts in generation 0 (freeing one uncounts
// it); when the count passes threshold 0 (700) a collection of generation 0
// is due. Collecting generation i counts one in generation i+1; when that
// passes its threshold (10 each) the older generation is collected instead,
// with CPython's rule that generation 2 waits until a quarter of its objects
// are new (so a growing heap does not cost quadratic time).
//
// Trigger and safe point. Allocation only *requests* a collection: it sets
// `collection_requested` and raises the eval breaker. The interpreter loop
// runs the collection at its next eval-breaker check (a backward jump or a
// call; vm/eval_support.cpp), never in the middle of an allocation or of a
// native function, so native code never sees its objects change under it
// except where it calls Python code anyway. gc.collect() runs one at once.
//
// The algorithm (collect(), for the objects of the generations collected,
// "young"):
//   1. gc_refs = refcount, for each young object;
//   2. for each young object, traverse it and decrement gc_refs of each young
//      object it refers to. What is left is the number of references from
//      outside young: from older objects, from frames, from native code;
//   3. objects with gc_refs > 0 are reachable; so is everything reachable
//      from them (found by traversing). The rest is unreachable: garbage that
//      refcounting will never free;
//   4. reachable objects move to the next older generation.
// Then the garbage is finalized (PEP 442). Every unreachable object whose
// type has a `finalize` slot (a class defining __del__; a suspended
// generator, which is closed so its `finally` blocks run) gets it called
// once in its life: the header's `finalized` bit records it, so dealloc
// does not call it again. A finalizer may resurrect garbage (store `self`
// in a global), so steps 1-3 run again over the garbage alone: whatever is
// now referenced from outside it survives, with everything it refers to.
// Finally `clear` is called on each object still unreachable; that breaks
// the cycles and refcounting frees the objects (destroy() in object.cpp
// bounds how deeply frees nest, so a ring of a million objects is fine).
// gc.collect() returns the number of objects found unreachable, counted as
// CPython 3.11 does (a plain instance's __dict__ is not counted: 3.11 keeps
// attributes inline).
//
// Errors raised by __del__ (or by closing a generator) are reported as
// "Exception ignored in: ..." on sys.stderr and do not stop the collection.
//
// Threads: the collector's state is per VM (InterpreterState::gc), found
// through a thread-local pointer set when a thread enters the VM. Collection
// runs with the GIL held (once there is one): no other thread mutates
// objects while it runs.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace gilt {

struct Type;

// In front of every object of a collected type.
struct GCHeader {
  GCHeader* next = nullptr;  // null: not tracked
  GCHeader* prev = nullptr;
  // During a collection: references from outside the objects examined.
  uint64_t gc_refs : 60 = 0;
  uint64_t collecting : 1 = 0;   // among the objects the running collection examines
  uint64_t unreachable : 1 = 0;  // tentatively unreachable (in the collection's garbage list)
  uint64_t finalized : 1 = 0;    // its finalizer (__del__) has run
};
static_assert(sizeof(GCHeader) == 24);

inline GCHeader* gc_header(Object* o) { return reinterpret_cast<GCHeader*>(o) - 1; }
inline Object* gc_object(GCHeader* h) { return reinterpret_cast<Object*>(h + 1); }

// What a traverse slot calls for each reference its object owns.
class Visitor {
 public:
  using Fn = void (*)(Value v, void* arg);
  Visitor(Fn fn, void* arg) : fn_(fn), arg_(arg) {}
  void operator()(Value v) const {
    if (!v.is_null()) fn_(v, arg_);
  }
  void operator()(const Object* o) const {
    if (o) fn_(Value::object(o), arg_);
  }

 private:
  Fn fn_;
  void* arg_;
};

using TraverseFn = void (*)(Object* self, const Visitor& visit);
using ClearFn = void (*)(Object* self);
using FinalizeFn = void (*)(Object* self);  // must not throw: reports its errors itself

inline constexpr int kGenerations = 3;

struct GCGeneration {
  GCHeader head;  // the list's sentinel
  int threshold = 0;
  int count = 0;
  // gc.get_stats()
  int64_t collections = 0;
  int64_t collected = 0;
  int64_t uncollectable = 0;
};

// One VM's collector (InterpreterState::gc).
struct GCState {
  GCState();
  ~GCState();  // untracks what is still tracked (the objects outlive the lists)
  GCState(const GCState&) = delete;
  GCState& operator=(const GCState&) = delete;

  GCGeneration generations[kGenerations];
  GCHeader permanent;  // gc.freeze(): never examined
  bool enabled = true;
  bool collecting = false;
  bool collection_requested = false;  // the eval breaker will run collect_generations()
  int debug = 0;                      // gc.set_debug() flags (kDebugSaveAll is honoured)
  // Objects that survived a collection of generation 1 since the last full
  // one, and those that survived the last full one (the generation-2 rule).
  int64_t long_lived_pending = 0;
  int64_t long_lived_total = 0;
  Ref garbage;    // gc.garbage (a list), or null before the gc module makes it
  Ref callbacks;  // gc.callbacks (a list), or null
};

inline constexpr int kDebugSaveAll = 1 << 5;  // gc.DEBUG_SAVEALL

// The collector of the VM the calling thread runs in, or null outside any VM
// (objects made then are never tracked).
GCState* gc_current_state();
void gc_set_current_state(GCState* state);

// Memory for a collected object of `size` bytes (after the header), counted
// in generation 0 of the current VM (which may request a collection) and,
// unless `track` is false, tracked there.
void* gc_allocate(size_t size, bool track = true);
void gc_free(Object* o, size_t size);

// o must be a collected object (is_gc_object).
inline bool gc_is_tracked(const Object* o) { return gc_header(const_cast<Object*>(o))->next != nullptr; }
void gc_track(Object* o);  // into generation 0 of the current VM
inline void gc_untrack(Object* o) {
  GCHeader* h = gc_header(o);
  if (!h->next) return;
  h->prev->next = h->next;
  h->next->prev = h->prev;
  h->next = h->prev = nullptr;
}
inline bool gc_is_finalized(Object* o) { return gc_header(o)->finalized; }

// An object of a collected type hit refcount zero: it stops being tracked
// before its dealloc runs code that could start a collection.
inline void gc_object_dying(Object* o) { gc_untrack(o); }

// Collects `generation` and the younger ones now; returns the number of
// unreachable objects found (0 when a collection is already running).
int64_t gc_collect(GCState* state, int generation);
// The collection an allocation requested (the eval breaker's part).
void gc_collect_requested(GCState* state);
// Drops a pending request (the VM is going away).
void gc_cancel_request(GCState* state);

// Calls fn(o) for each object tracked by `state` in `generation` (-1: all).
template <class Fn>
void gc_for_each_tracked(GCState* state, int generation, Fn fn);

// Calls traverse on `o` with `visit`, the object's type first when it is a heap type
// (instances own a reference to their class).
void gc_traverse(Object* o, const Visitor& visit);

// gc.freeze() / gc.unfreeze() / gc.get_freeze_count().
void gc_freeze(GCState* state);
void gc_unfreeze(GCState* state);
int64_t gc_freeze_count(GCState* state);

// ---------------------------------------------------------------- inline

template <class Fn>
void gc_for_each_tracked(GCState* state, int generation, Fn fn) {
  for (int g = 0; g < kGenerations; g++) {
    if (generation >= 0 && g != generation) continue;
    GCHeader* head = &state->generations[g].head;
    for (GCHeader* h = head->next; h != head; h = h->next) fn(gc_object(h));
  }
}

}  // namespace gilt
