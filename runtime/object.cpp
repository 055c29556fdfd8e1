#include "runtime/object.h"

#include <cstdlib>
#include <vector>

#include "runtime/error.h"
#include "runtime/type.h"

namespace gilt {

// Small objects come and go at a high rate (floats, bound methods, small
// tuples, iterators), so freed blocks of up to kMaxSmall bytes are kept on
// per-thread free lists, one per 16-byte size class, and reused before
// asking malloc. Each list keeps at most kMaxCachedBytes: enough for the
// tens of thousands of strs a split() makes and drops, without hoarding. Per thread: no locks, and no sharing between threads when
// gilt runs without the GIL. Sanitizer builds go straight to malloc so that
// use-after-free stays detectable.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define GILT_SMALL_OBJECT_CACHE 0
#else
#define GILT_SMALL_OBJECT_CACHE 1
#endif

namespace {

constexpr size_t kMaxSmall = 256;
constexpr size_t kClasses = kMaxSmall / 16;
constexpr size_t kMaxCachedBytes = 1 << 20;

struct FreeBlock {
  FreeBlock* next;
};

struct SmallObjectCache {
  FreeBlock* heads[kClasses] = {};
  size_t counts[kClasses] = {};
  ~SmallObjectCache() {
    for (FreeBlock*& head : heads) {
      while (head) {
        FreeBlock* next = head->next;
        std::free(head);
        head = next;
      }
    }
  }
};

thread_local SmallObjectCache small_objects;

inline size_t size_class(size_t size) { return (size - 1) / 16; }

}  // namespace

void* allocate_object_memory(size_t size) {
#if GILT_SMALL_OBJECT_CACHE
  if (size && size <= kMaxSmall) {
    size_t c = size_class(size);
    SmallObjectCache& cache = small_objects;
    if (FreeBlock* block = cache.heads[c]) {
      cache.heads[c] = block->next;
      cache.counts[c]--;
      return block;
    }
    // Round up so that any block of a class can serve any size in it.
    size = (c + 1) * 16;
  }
#endif
  void* p = std::malloc(size);
  if (!p) raise_memory_error();
  return p;
}

void free_object_memory(void* p, size_t size) {
#if GILT_SMALL_OBJECT_CACHE
  if (size && size <= kMaxSmall) {
    size_t c = size_class(size);
    SmallObjectCache& cache = small_objects;
    if (cache.counts[c] < kMaxCachedBytes / ((c + 1) * 16)) {
      auto* block = static_cast<FreeBlock*>(p);
      block->next = cache.heads[c];
      cache.heads[c] = block;
      cache.counts[c]++;
      return;
    }
  }
#endif
  std::free(p);
}

// Freeing one object releases what it owns, which may free more: a linked
// list of a million nodes, or a large reference cycle once the collector
// breaks it, would nest a million destroy() calls and overflow the C stack.
// So, like CPython's "trashcan", nesting is limited: past kMaxDestroyDepth an
// object whose count reached zero is put aside (and no longer tracked by the
// collector, which must never see a count of zero), and the outermost
// destroy() frees the ones put aside, one after another.
namespace {

constexpr int kMaxDestroyDepth = 100;

// How deep destroy() calls nest on this thread. Kept apart from the list of
// objects put aside: a thread_local with a constructor costs a check on
// every access, and destroy() is hot.
thread_local int destroy_depth = 0;
thread_local size_t deferred_count = 0;  // deferred_objects().size()

std::vector<Object*>& deferred_objects() {
  thread_local std::vector<Object*> objects;
  return objects;
}

// Runs the finalizer of `o`, whose count just reached zero, unless it has run
// before (the header remembers). False when the finalizer resurrected the
// object (its count is above zero again): it must not be freed.
inline bool finalize_from_dealloc(Object* o) {
  GCHeader* h = gc_header(o);
  if (h->finalized) return true;
  h->finalized = 1;
  o->refcount = 1;  // alive again while the finalizer runs
  o->type->finalize(o);
  return --o->refcount == 0;
}

void destroy_now(Object* o) {
  Type* type = o->type;
  // __del__ (or closing a generator) runs first, once; it may resurrect
  // (and then must be tracked again if it was put aside).
  if (type->finalize && !finalize_from_dealloc(o)) {
    if (type->flags & kTypeGC) gc_track(o);
    return;
  }
  // Collected objects leave their generation before dealloc runs code that
  // could start a collection.
  if (type->flags & kTypeGC) gc_object_dying(o);
  type->dealloc(o);
  // Instances of classes defined in Python keep their class alive.
  if (type->flags & kTypeHeap) decref(Value::object(type));
}

[[gnu::noinline]] void defer_destroy(Object* o) {
  if (o->type->flags & kTypeGC) gc_object_dying(o);
  deferred_objects().push_back(o);
  deferred_count++;
}

[[gnu::noinline]] void destroy_deferred() {
  std::vector<Object*>& deferred = deferred_objects();
  while (!deferred.empty()) {
    Object* next = deferred.back();
    deferred.pop_back();
    deferred_count--;
    destroy_depth++;
    destroy_now(next);
    destroy_depth--;
  }
}

}  // namespace

void destroy(Object* o) {
  // Floats, strs, ints and other leaves: nothing to finalize and no chain of
  // containers to unwind (those are collected types), so no depth to keep.
  Type* type = o->type;
  if (!(type->flags & (kTypeGC | kTypeHeap)) && !type->finalize) [[likely]] {
    type->dealloc(o);
    return;
  }
  if (destroy_depth >= kMaxDestroyDepth) [[unlikely]]
    return defer_destroy(o);
  destroy_depth++;
  destroy_now(o);
  if (--destroy_depth == 0 && deferred_count) [[unlikely]]
    destroy_deferred();
}

}  // namespace gilt
