// The cycle collector (see gc.h for the design).
#include "runtime/gc.h"

#include <algorithm>
#include <new>

#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/eval_breaker.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/type.h"

namespace gilt {

namespace {

thread_local GCState* current_state = nullptr;

// ---------------------------------------------------------------- lists

void list_init(GCHeader* head) { head->next = head->prev = head; }
bool list_empty(const GCHeader* head) { return head->next == head; }

void list_append(GCHeader* h, GCHeader* head) {
  h->prev = head->prev;
  h->next = head;
  head->prev->next = h;
  head->prev = h;
}

void list_remove(GCHeader* h) {
  h->prev->next = h->next;
  h->next->prev = h->prev;
  h->next = h->prev = nullptr;
}

void list_move(GCHeader* h, GCHeader* head) {
  h->prev->next = h->next;
  h->next->prev = h->prev;
  list_append(h, head);
}

// Appends all of `from` to `to`; `from` is left empty.
void list_merge(GCHeader* from, GCHeader* to) {
  if (list_empty(from)) return;
  GCHeader* first = from->next;
  GCHeader* last = from->prev;
  first->prev = to->prev;
  to->prev->next = first;
  last->next = to;
  to->prev = last;
  list_init(from);
}

int64_t list_size(const GCHeader* head) {
  int64_t n = 0;
  for (const GCHeader* h = head->next; h != head; h = h->next) n++;
  return n;
}

// Untracks everything in the list (the lists are going away, the objects are not).
void list_forget(GCHeader* head) {
  while (!list_empty(head)) list_remove(head->next);
}

void request_collection(GCState* s) {
  s->collection_requested = true;
  eval_breaker_requests.fetch_add(1, std::memory_order_relaxed);
}

// ---------------------------------------------------------------- trial deletion

// The header of `v` when it is an object the running collection examines.
GCHeader* examined(Value v) {
  if (!v.is_object() || !is_gc_object(v.object())) return nullptr;
  GCHeader* h = gc_header(v.object());
  return h->collecting ? h : nullptr;
}

// Step 1: gc_refs = refcount (clamped: immortal objects are just "referenced").
void update_refs(GCHeader* young) {
  for (GCHeader* h = young->next; h != young; h = h->next) {
    intptr_t rc = gc_object(h)->refcount;
    h->gc_refs = static_cast<uint64_t>(std::min<intptr_t>(rc, intptr_t(1) << 40));
    h->collecting = 1;
    h->unreachable = 0;
  }
}

// Step 2: what is left in gc_refs is the references from outside young.
void subtract_refs(GCHeader* young) {
  Visitor decref_internal(
      [](Value v, void*) {
        if (GCHeader* h = examined(v)) {
          // Never below zero: that would mean a traverse visiting a reference
          // its object does not own, and freeing a live object.
          if (h->gc_refs > 0) h->gc_refs = h->gc_refs - 1;
        }
      },
      nullptr);
  for (GCHeader* h = young->next; h != young; h = h->next) gc_traverse(gc_object(h), decref_internal);
}

// A tuple holding only atoms (or tuples that hold only atoms) can never be
// part of a cycle, now or later: stop tracking it, as CPython does. One with
// an empty slot is still being built.
bool tuple_may_be_untracked(Object* o) {
  auto* t = static_cast<TupleObject*>(o);
  for (int64_t i = 0; i < t->size; i++) {
    Value item = t->items()[i];
    if (item.is_null()) return false;
    if (!item.is_object() || !is_gc_object(item.object())) continue;
    if (item.object()->type != &tuple_type || gc_header(item.object())->next) return false;
  }
  return true;
}

// A dict holding atoms only is untracked too (it is tracked again when
// something collectable goes in: dict_maintain_tracking). CPython does this
// in full collections only, so that building a big dict stays linear.
bool dict_may_be_untracked(Object* o) {
  for (const DictEntry& e : static_cast<DictObject*>(o)->entries)
    if (!e.key.is_null() && (may_be_tracked(e.key) || may_be_tracked(e.value))) return false;
  return true;
}

// Step 3: moves the objects of young that nothing outside young can reach to
// `unreachable`. Scanning an object with gc_refs > 0 marks what it refers to
// reachable (an object already moved to `unreachable` comes back to the end
// of young, to be scanned in turn). Scanned objects leave the collection:
// `collecting` is cleared, so later visits ignore them. Returns how many
// stay in young (each pass over a big heap costs, so this one counts).
int64_t move_unreachable(GCHeader* young, GCHeader* unreachable, bool untrack_dicts) {
  Visitor mark_reachable(
      [](Value v, void* arg) {
        GCHeader* h = examined(v);
        if (!h) return;
        if (h->unreachable) {
          h->unreachable = 0;
          list_move(h, static_cast<GCHeader*>(arg));
          h->gc_refs = 1;
        } else if (h->gc_refs == 0) {
          h->gc_refs = 1;
        }
      },
      young);
  int64_t reachable = 0;
  GCHeader* h = young->next;
  while (h != young) {
    if (h->gc_refs > 0) {
      h->collecting = 0;
      Object* o = gc_object(h);
      gc_traverse(o, mark_reachable);
      GCHeader* next = h->next;  // after traversing: it may have appended to young
      if ((o->type == &tuple_type && tuple_may_be_untracked(o)) ||
          (untrack_dicts && o->type == &dict_type && dict_may_be_untracked(o)))
        list_remove(h);
      else
        reachable++;
      h = next;
    } else {
      GCHeader* next = h->next;
      list_move(h, unreachable);
      h->unreachable = 1;
      h = next;
    }
  }
  return reachable;
}

// Steps 1-3: afterwards `young` holds what is reachable from outside it (no
// longer flagged `collecting`), `unreachable` the rest (still flagged).
// Returns the size of young.
int64_t deduce_unreachable(GCHeader* young, GCHeader* unreachable, bool untrack_dicts = false) {
  update_refs(young);
  subtract_refs(young);
  return move_unreachable(young, unreachable, untrack_dicts);
}

// Counts one garbage object for gc.collect()'s result. CPython 3.11 keeps a
// plain instance's attributes inline rather than in a dict object, so its
// collector does not count an instance's __dict__. To report the same
// numbers, a garbage instance dict that only its instance refers to is not
// counted either (it is garbage too: it is examined and only garbage refers
// to it).
int64_t garbage_weight(Object* o) {
  if (o->type->instance_dict != instance_dict) return 1;
  Value dict = *instance_dict(o);
  return dict.is_object() && dict.object()->refcount == 1 && examined(dict) ? 0 : 1;
}

int64_t count_garbage(GCHeader* garbage) {
  int64_t n = 0;
  for (GCHeader* h = garbage->next; h != garbage; h = h->next) n += garbage_weight(gc_object(h));
  return n;
}

// PEP 442: each garbage object's finalizer runs once in its life. Objects
// are moved to `seen` first because a finalizer may free others in the list.
// Counts the garbage on the way (each pass over a big heap costs), and
// tells whether any finalizer ran: if none did, nothing can have changed.
int64_t finalize_garbage(GCHeader* garbage, bool& finalized_any) {
  GCHeader seen;
  list_init(&seen);
  int64_t n = 0;
  finalized_any = false;
  while (!list_empty(garbage)) {
    GCHeader* h = garbage->next;
    Object* o = gc_object(h);
    list_move(h, &seen);
    n += garbage_weight(o);
    FinalizeFn finalize = o->type->finalize;
    if (finalize && !h->finalized) {
      h->finalized = 1;
      finalized_any = true;
      incref(Value::object(o));
      finalize(o);
      decref(Value::object(o));
    }
  }
  list_merge(&seen, garbage);
  return n;
}

// Breaks the cycles: `clear` drops each object's references, and refcounting
// frees what that leaves unreferenced (removing it from the list). An object
// that survives its clear is referenced by something else freed later, or
// kept by a clear-less type; it moves to `old`. (The collector's flags of
// objects still in the list do not matter any more: no other collection can
// start before this one ends.)
void delete_garbage(GCHeader* garbage, GCHeader* old) {
  while (!list_empty(garbage)) {
    GCHeader* h = garbage->next;
    h->collecting = h->unreachable = 0;
    Object* o = gc_object(h);
    Ref keep(Value::object(o));
    if (ClearFn clear = o->type->clear) clear(o);
    if (garbage->next == h) list_move(h, old);
  }
}

// gc.DEBUG_SAVEALL: the garbage goes to gc.garbage instead of being freed.
void save_garbage(GCState* s, GCHeader* garbage, GCHeader* old) {
  if (s->garbage.is_null()) s->garbage = new_list();
  for (GCHeader* h = garbage->next; h != garbage; h = h->next) {
    h->collecting = h->unreachable = 0;
    list_append(s->garbage, Value::object(gc_object(h)));
  }
  list_merge(garbage, old);
}

int64_t collect(GCState* s, int generation) {
  GCGeneration* gens = s->generations;
  // The counts restart now: what finalizers allocate counts towards the next one.
  if (generation + 1 < kGenerations) gens[generation + 1].count++;
  for (int i = 0; i <= generation; i++) gens[i].count = 0;
  for (int i = 0; i < generation; i++) list_merge(&gens[i].head, &gens[generation].head);
  GCHeader* young = &gens[generation].head;
  GCHeader* old = generation + 1 < kGenerations ? &gens[generation + 1].head : young;

  GCHeader unreachable;
  list_init(&unreachable);
  int64_t survivors = deduce_unreachable(young, &unreachable, young == old);
  if (generation == kGenerations - 2) s->long_lived_pending += survivors;
  if (young != old) {
    list_merge(young, old);
  } else {
    s->long_lived_pending = 0;
    s->long_lived_total = survivors;
  }

  bool finalized_any;
  int64_t found = finalize_garbage(&unreachable, finalized_any);
  GCHeader* garbage = &unreachable;
  GCHeader still_unreachable;
  list_init(&still_unreachable);
  if (finalized_any) {
    // A finalizer may have resurrected some of the garbage: examine it again
    // on its own; what is referenced from outside it now lives on.
    deduce_unreachable(&unreachable, &still_unreachable);
    list_merge(&unreachable, old);
    garbage = &still_unreachable;
    found = count_garbage(garbage);
  }
  if (s->debug & kDebugSaveAll)
    save_garbage(s, garbage, old);
  else
    delete_garbage(garbage, old);

  gens[generation].collections++;
  gens[generation].collected += found;
  return found;
}

// gc.callbacks: each is called with ("start" or "stop", info).
void run_callbacks(GCState* s, const char* phase, int generation, int64_t collected) {
  if (s->callbacks.is_null() || as_list(s->callbacks)->items.empty()) return;
  Ref info = new_dict();
  dict_set(as_dict(info), new_str("generation"), Value::small_int(generation));
  dict_set(as_dict(info), new_str("collected"), Value::small_int(collected));
  dict_set(as_dict(info), new_str("uncollectable"), Value::small_int(0));
  Ref phase_str = new_str(phase);
  std::vector<Ref> callbacks = as_list(s->callbacks)->items;  // a callback may change the list
  for (Ref& cb : callbacks) {
    try {
      call(cb, {phase_str.get(), info.get()});
    } catch (PyException& e) {
      report_unraisable(e.exception, cb);
    }
  }
}

int64_t collect_with_callbacks(GCState* s, int generation) {
  struct Collecting {
    GCState* s;
    explicit Collecting(GCState* state) : s(state) { s->collecting = true; }
    ~Collecting() { s->collecting = false; }
  } collecting(s);
  run_callbacks(s, "start", generation, 0);
  int64_t found = collect(s, generation);
  run_callbacks(s, "stop", generation, found);
  return found;
}

}  // namespace

// ---------------------------------------------------------------- state

GCState::GCState() {
  static constexpr int kThresholds[kGenerations] = {700, 10, 10};
  for (int i = 0; i < kGenerations; i++) {
    list_init(&generations[i].head);
    generations[i].threshold = kThresholds[i];
  }
  list_init(&permanent);
}

GCState::~GCState() {
  gc_cancel_request(this);
  for (GCGeneration& g : generations) list_forget(&g.head);
  list_forget(&permanent);
  if (current_state == this) current_state = nullptr;
}

GCState* gc_current_state() { return current_state; }
void gc_set_current_state(GCState* state) { current_state = state; }

// ---------------------------------------------------------------- objects

void* gc_allocate(size_t size, bool track) {
  auto* h = new (allocate_object_memory(sizeof(GCHeader) + size)) GCHeader();
  if (GCState* s = current_state) {
    if (track) list_append(h, &s->generations[0].head);
    GCGeneration& young = s->generations[0];
    if (++young.count > young.threshold && young.threshold && s->enabled && !s->collecting &&
        !s->collection_requested)
      request_collection(s);
  }
  return gc_object(h);
}

void gc_free(Object* o, size_t size) {
  GCHeader* h = gc_header(o);
  if (h->next) list_remove(h);
  if (GCState* s = current_state; s && s->generations[0].count > 0) s->generations[0].count--;
  free_object_memory(h, sizeof(GCHeader) + size);
}

void gc_track(Object* o) {
  GCHeader* h = gc_header(o);
  if (h->next || !current_state) return;
  list_append(h, &current_state->generations[0].head);
}

void gc_traverse(Object* o, const Visitor& visit) {
  Type* t = o->type;
  if (t->flags & kTypeHeap) visit(t);
  if (t->traverse) t->traverse(o, visit);
}

// ---------------------------------------------------------------- collections

int64_t gc_collect(GCState* s, int generation) {
  if (s->collecting) return 0;
  return collect_with_callbacks(s, generation);
}

void gc_collect_requested(GCState* s) {
  if (!s->collection_requested) return;
  gc_cancel_request(s);
  if (!s->enabled || s->collecting) return;
  // The oldest generation over its threshold, as in CPython.
  for (int i = kGenerations - 1; i >= 0; i--) {
    if (s->generations[i].count <= s->generations[i].threshold) continue;
    // A full collection waits until a quarter of generation 2 is new.
    if (i == kGenerations - 1 && s->long_lived_pending < s->long_lived_total / 4) continue;
    collect_with_callbacks(s, i);
    return;
  }
}

void gc_cancel_request(GCState* s) {
  if (!s->collection_requested) return;
  s->collection_requested = false;
  eval_breaker_requests.fetch_sub(1, std::memory_order_relaxed);
}

void gc_freeze(GCState* s) {
  for (GCGeneration& g : s->generations) {
    list_merge(&g.head, &s->permanent);
    g.count = 0;
  }
}

void gc_unfreeze(GCState* s) { list_merge(&s->permanent, &s->generations[kGenerations - 1].head); }

int64_t gc_freeze_count(GCState* s) { return list_size(&s->permanent); }

}  // namespace gilt
