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

struct DestroyState {
  int depth = 0;
  std::vector<Object*> deferred;
};

thread_local DestroyState destroy_state;

void destroy_now(Object* o) {
  Type* type = o->type;
  // __del__ (or closing a generator) runs first, once; it may resurrect
  // (and then must be tracked again if it was put aside).
  if (type->finalize && !gc_finalize_from_dealloc(o)) {
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

}  // namespace

void destroy(Object* o) {
  DestroyState& state = destroy_state;
  if (state.depth >= kMaxDestroyDepth) {
    if (o->type->flags & kTypeGC) gc_object_dying(o);
    state.deferred.push_back(o);
    return;
  }
  state.depth++;
  destroy_now(o);
  state.depth--;
  if (state.depth > 0) return;
  while (!state.deferred.empty()) {
    Object* next = state.deferred.back();
    state.deferred.pop_back();
    state.depth++;
    destroy_now(next);
    state.depth--;
  }
}

}  // namespace gilt
