// Unit tests for the cycle collector's core (runtime/gc.h): cycles of
// containers are freed, reachable ones survive, the generation counts and
// tracking follow CPython's rules, finalizers run once and may resurrect,
// and freeing a very deep structure does not overflow the C stack.
#include <gtest/gtest.h>

#include "runtime/dict_object.h"
#include "runtime/eval_breaker.h"
#include "runtime/gc.h"
#include "runtime/list_object.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

using namespace gilt;

namespace {

// A non-container object that counts its deallocations: put into a cycle,
// it shows whether the cycle was freed.
int probes_freed = 0;
Type probe_type;

void probe_dealloc(Object* o) {
  probes_freed++;
  dealloc_object<Object>(o);
}

Ref new_probe() { return make<Object>(&probe_type); }

// A collected object with one reference and a finalizer that may resurrect
// it into `resurrected`, counting its calls.
struct PhoenixObject : Object {
  Ref ref;
};
Type phoenix_type;
int finalizer_calls = 0;
bool resurrect = false;
Ref resurrected;

void phoenix_finalize(Object* o) {
  finalizer_calls++;
  if (resurrect) resurrected = Ref(Value::object(o));
}

class GC : public ::testing::Test {
 protected:
  void SetUp() override {
    init_runtime();
    static bool types_ready = false;
    if (!types_ready) {
      init_static_type(probe_type, "Probe", sizeof(Object), probe_dealloc);
      phoenix_type.finalize = phoenix_finalize;
      set_gc_slots(
          phoenix_type, [](Object* o, const Visitor& visit) { visit(static_cast<PhoenixObject*>(o)->ref); },
          [](Object* o) { static_cast<PhoenixObject*>(o)->ref.reset(); });
      init_static_type(phoenix_type, "Phoenix", sizeof(PhoenixObject), dealloc_object<PhoenixObject>);
      types_ready = true;
    }
    previous_ = gc_current_state();
    gc_set_current_state(&state_);
    probes_freed = 0;
    finalizer_calls = 0;
    resurrect = false;
  }
  void TearDown() override {
    resurrected.reset();
    gc_collect(&state_, 2);
    gc_set_current_state(previous_);
  }

  int64_t tracked() {
    int64_t n = 0;
    gc_for_each_tracked(&state_, -1, [&](Object*) { n++; });
    return n;
  }

  GCState state_;
  GCState* previous_ = nullptr;
};

TEST_F(GC, CycleOfListsIsFreed) {
  gc_collect(&state_, 2);
  {
    Ref a = new_list(), b = new_list();
    list_append(a, b);
    list_append(b, a);
    list_append(a, new_probe());
  }
  EXPECT_EQ(probes_freed, 0);  // refcounting alone cannot free the cycle
  EXPECT_EQ(tracked(), 2);
  EXPECT_EQ(gc_collect(&state_, 2), 2);
  EXPECT_EQ(probes_freed, 1);
  EXPECT_EQ(tracked(), 0);
}

TEST_F(GC, SelfReferencingListIsFreedByAYoungCollection) {
  {
    Ref a = new_list();
    list_append(a, a);
    list_append(a, new_probe());
  }
  EXPECT_EQ(gc_collect(&state_, 0), 1);
  EXPECT_EQ(probes_freed, 1);
}

TEST_F(GC, ReachableCycleSurvives) {
  Ref a = new_list();
  {
    Ref b = new_list();
    list_append(a, b);
    list_append(b, a);
    list_append(b, new_probe());
  }
  EXPECT_EQ(gc_collect(&state_, 2), 0);
  EXPECT_EQ(probes_freed, 0);
  ASSERT_EQ(as_list(a)->items.size(), 1u);
  ListObject* b = as_list(as_list(a)->items[0]);
  EXPECT_EQ(b->items.size(), 2u);
  EXPECT_TRUE(b->items[0].get().is(a));
  // Survivors move to an older generation.
  int64_t in_gen2 = 0;
  gc_for_each_tracked(&state_, 2, [&](Object*) { in_gen2++; });
  EXPECT_EQ(in_gen2, 2);
  // Dropping the outside reference makes the whole cycle garbage.
  a.reset();
  EXPECT_EQ(gc_collect(&state_, 2), 2);
  EXPECT_EQ(probes_freed, 1);
}

TEST_F(GC, CycleReachableFromAnOlderObjectSurvivesAYoungCollection) {
  Ref old = new_list();
  gc_collect(&state_, 2);  // `old` is in generation 2 now
  {
    Ref a = new_list();
    list_append(a, a);
    list_append(old, a);
  }
  EXPECT_EQ(gc_collect(&state_, 0), 0);
  EXPECT_EQ(as_list(old)->items.size(), 1u);
}

TEST_F(GC, CountsFollowAllocations) {
  gc_collect(&state_, 2);
  EXPECT_EQ(state_.generations[0].count, 0);
  Ref a = new_list();
  Ref b = new_list();
  EXPECT_EQ(state_.generations[0].count, 2);
  b.reset();  // freeing uncounts
  EXPECT_EQ(state_.generations[0].count, 1);
  Ref s = new_str("not a container");
  EXPECT_EQ(state_.generations[0].count, 1);
  gc_collect(&state_, 0);
  EXPECT_EQ(state_.generations[0].count, 0);
  EXPECT_EQ(state_.generations[1].count, 1);
}

TEST_F(GC, PassingTheThresholdRequestsACollection) {
  gc_collect(&state_, 2);
  int before = eval_breaker_requests.load();
  std::vector<Ref> keep;
  for (int i = 0; i <= state_.generations[0].threshold; i++) keep.push_back(new_list());
  EXPECT_TRUE(state_.collection_requested);
  EXPECT_EQ(eval_breaker_requests.load(), before + 1);
  gc_collect_requested(&state_);
  EXPECT_FALSE(state_.collection_requested);
  EXPECT_EQ(eval_breaker_requests.load(), before);
  EXPECT_EQ(state_.generations[0].count, 0);
  EXPECT_EQ(state_.generations[0].collections, 1);
}

TEST_F(GC, DisabledCollectorRequestsNothing) {
  state_.enabled = false;
  std::vector<Ref> keep;
  for (int i = 0; i < 2000; i++) keep.push_back(new_list());
  EXPECT_FALSE(state_.collection_requested);
}

TEST_F(GC, Tracking) {
  Ref list = new_list();
  EXPECT_TRUE(gc_is_tracked(list.object()));
  // A dict holding only atoms is not tracked until a container goes in.
  Ref d = new_dict();
  EXPECT_FALSE(gc_is_tracked(d.object()));
  dict_set(as_dict(d), new_str("k"), Value::small_int(1));
  EXPECT_FALSE(gc_is_tracked(d.object()));
  dict_set(as_dict(d), new_str("l"), list);
  EXPECT_TRUE(gc_is_tracked(d.object()));
  // A tuple of atoms is untracked by the first collection that sees it; one
  // holding a container is not.
  Ref atoms = make_tuple({Value::small_int(1), Value::none()});
  Ref holds_list = make_tuple({list.get()});
  EXPECT_TRUE(gc_is_tracked(atoms.object()));
  gc_collect(&state_, 0);
  EXPECT_FALSE(gc_is_tracked(atoms.object()));
  EXPECT_TRUE(gc_is_tracked(holds_list.object()));
  // Strings are not collected objects at all.
  EXPECT_FALSE(is_gc_object(new_str("s").object()));
}

TEST_F(GC, FinalizerRunsOnceAndMayResurrect) {
  resurrect = true;
  {
    Ref p = make<PhoenixObject>(&phoenix_type);
    p.as<PhoenixObject>()->ref = p;  // a cycle through itself
  }
  EXPECT_EQ(gc_collect(&state_, 2), 0);  // resurrected: nothing freed
  EXPECT_EQ(finalizer_calls, 1);
  ASSERT_FALSE(resurrected.is_null());
  EXPECT_TRUE(gc_is_finalized(resurrected.object()));
  resurrected.reset();  // garbage again: the finalizer does not run twice
  EXPECT_EQ(gc_collect(&state_, 2), 1);
  EXPECT_EQ(finalizer_calls, 1);
  EXPECT_TRUE(resurrected.is_null());
}

TEST_F(GC, FinalizerRunsFromDeallocToo) {
  { Ref p = make<PhoenixObject>(&phoenix_type); }
  EXPECT_EQ(finalizer_calls, 1);
}

TEST_F(GC, FreeingAVeryDeepStructureDoesNotRecurse) {
  Ref head = new_list();
  Ref cur = head;
  for (int i = 0; i < 300000; i++) {
    Ref next = new_list();
    list_append(cur, next);
    cur = next;
  }
  list_append(cur, head);  // and close it into a ring for the collector
  cur.reset();
  head.reset();
  EXPECT_EQ(gc_collect(&state_, 2), 300001);
  EXPECT_EQ(tracked(), 0);
}

}  // namespace
