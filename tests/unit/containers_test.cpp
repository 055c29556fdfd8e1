// Unit tests for the container types' C++ API: dict (ordering across deletes
// and resizes, colliding hashes, the interned-string fast path), list
// (slicing, slice assignment, sort that raises), tuple and frozenset hashes
// (CPython's exact values), set table order, range and slice.
// Expected values come from CPython 3.11.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "runtime/set_object.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {
}

using namespace gilt;

namespace {

class Containers : public ::testing::Test {
 protected:
  void SetUp() override { init_runtime(); }
};

Value I(int64_t v) { return Value::small_int(v); }
std::string R(Value v) { return repr_string(v); }

// Calls `obj.name(*args)`.
Ref call_method(Value obj, const char* name, std::initializer_list<Value> args = {}) {
  Ref m = get_attr(obj, name);
  return call(m, args);
}

// Runs f, expecting a Python exception of `type`; returns its message.
template <class F>
std::string expect_raises(Type* type, F&& f) {
  try {
    f();
  } catch (PyException& e) {
    EXPECT_TRUE(type_of(e.exception)->is_subtype_of(type)) << exception_message(e.exception);
    return exception_message(e.exception);
  }
  ADD_FAILURE() << "no exception raised";
  return "";
}

std::vector<int64_t> dict_keys_in_order(DictObject* d) {
  std::vector<int64_t> out;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, pos, k, v)) out.push_back(k.small_int());
  return out;
}

// ------------------------------------------------------------------- dict

TEST_F(Containers, DictKeepsInsertionOrderAcrossDeletesAndResizes) {
  Ref d = new_dict();
  DictObject* dp = as_dict(d);
  std::vector<int64_t> expect;
  for (int64_t i = 0; i < 1000; i++) dict_set(dp, I(i * 7 % 1000), I(i));
  for (int64_t i = 0; i < 1000; i++) expect.push_back(i * 7 % 1000);
  // Delete every key divisible by 3, then add new keys (forcing resizes).
  std::vector<int64_t> kept;
  for (int64_t k : expect) {
    if (k % 3 == 0) {
      EXPECT_TRUE(dict_del(dp, I(k)));
    } else {
      kept.push_back(k);
    }
  }
  EXPECT_FALSE(dict_del(dp, I(3)));
  for (int64_t i = 2000; i < 3000; i++) {
    dict_set(dp, I(i), I(i));
    kept.push_back(i);
  }
  // Re-setting an existing key keeps its position.
  dict_set(dp, I(1), I(-1));
  EXPECT_EQ(dict_keys_in_order(dp), kept);
  EXPECT_EQ(dict_size(dp), static_cast<int64_t>(kept.size()));
  EXPECT_EQ(dict_get(dp, I(1)).small_int(), -1);
  EXPECT_TRUE(dict_get(dp, I(3)).is_null());
  // A deleted key re-inserted goes to the end.
  dict_set(dp, I(3), I(3));
  EXPECT_EQ(dict_keys_in_order(dp).back(), 3);
}

TEST_F(Containers, DictWithCollidingHashes) {
  // CPython hashes ints modulo 2**61 - 1, so i and i + P collide.
  const int64_t P = (int64_t(1) << 61) - 1;
  ASSERT_EQ(hash(I(5)), hash(I(5 + P)));
  Ref d = new_dict();
  DictObject* dp = as_dict(d);
  for (int64_t i = 0; i < 50; i++) {
    dict_set(dp, I(i), I(i));
    dict_set(dp, I(i + P), I(-i));
  }
  EXPECT_EQ(dict_size(dp), 100);
  for (int64_t i = 0; i < 50; i++) {
    EXPECT_EQ(dict_get(dp, I(i)).small_int(), i);
    EXPECT_EQ(dict_get(dp, I(i + P)).small_int(), -i);
  }
  for (int64_t i = 0; i < 50; i += 2) EXPECT_TRUE(dict_del(dp, I(i)));
  for (int64_t i = 0; i < 50; i++) {
    EXPECT_EQ(dict_get(dp, I(i)).is_null(), i % 2 == 0);
    EXPECT_EQ(dict_get(dp, I(i + P)).small_int(), -i);
  }
  // Key 0 is gone; its colliding partner keeps its place.
  EXPECT_EQ(R(d).substr(0, 30), "{2305843009213693951: 0, 1: 1,");
}

TEST_F(Containers, DictStringFastPathAndEqualKeys) {
  Ref d = new_dict();
  DictObject* dp = as_dict(d);
  Ref key = new_str("spam");  // not interned
  dict_set(dp, key, I(1));
  EXPECT_EQ(dict_get_str(dp, intern("spam")).small_int(), 1);
  dict_set(dp, Value::object(intern("eggs")), I(2));
  EXPECT_EQ(dict_get_str(dp, intern("eggs")).small_int(), 2);
  EXPECT_TRUE(dict_get_str(dp, intern("ham")).is_null());
  // 1, 1.0 and True are the same key.
  dict_set(dp, I(1), I(10));
  dict_set(dp, Value::true_(), I(11));
  EXPECT_EQ(dict_size(dp), 3);
  EXPECT_EQ(R(d), "{'spam': 1, 'eggs': 2, 1: 11}");
}

TEST_F(Containers, DictVersionChangesOnEveryMutation) {
  Ref d = new_dict();
  DictObject* dp = as_dict(d);
  uint64_t v0 = dp->version;
  dict_set(dp, I(1), I(1));
  uint64_t v1 = dp->version;
  EXPECT_NE(v0, v1);
  dict_set(dp, I(1), I(2));
  EXPECT_NE(dp->version, v1);
  uint64_t v2 = dp->version;
  dict_del(dp, I(1));
  EXPECT_NE(dp->version, v2);
  uint64_t v3 = dp->version;
  dict_clear(dp);
  EXPECT_NE(dp->version, v3);
}

TEST_F(Containers, DictMethodsAndErrors) {
  Ref d = new_dict();
  for (int64_t i = 0; i < 5; i++) dict_set(as_dict(d), I(i), I(i * i));
  EXPECT_EQ(R(call_method(d, "popitem")), "(4, 16)");
  EXPECT_EQ(R(call_method(d, "pop", {I(0)})), "0");
  EXPECT_EQ(R(call_method(d, "keys")), "dict_keys([1, 2, 3])");
  EXPECT_EQ(R(call_method(d, "items")), "dict_items([(1, 1), (2, 4), (3, 9)])");
  EXPECT_EQ(R(call_method(d, "get", {I(7), I(8)})), "8");
  EXPECT_EQ(expect_raises(&exc::KeyError, [&] { get_item(d, I(42)); }), "42");
  Ref e = new_dict();
  EXPECT_EQ(expect_raises(&exc::KeyError, [&] { call_method(e, "popitem"); }), "'popitem(): dictionary is empty'");
  // Mutating during iteration.
  Ref it = get_iter(d);
  iter_next(it);
  dict_set(as_dict(d), I(100), I(1));
  EXPECT_EQ(expect_raises(&exc::RuntimeError, [&] { iter_next(it); }), "dictionary changed size during iteration");
}

TEST_F(Containers, RecursiveReprs) {
  Ref l = new_list();
  list_append(l, I(1));
  list_append(l, l);
  EXPECT_EQ(R(l), "[1, [...]]");
  Ref d = new_dict();
  dict_set(as_dict(d), I(1), d);
  EXPECT_EQ(R(d), "{1: {...}}");
  // Break the cycles so nothing leaks.
  call_method(l, "clear");
  dict_clear(as_dict(d));
}

// ------------------------------------------------------------------- list

Ref range_list(int64_t n) {
  Ref l = new_list();
  for (int64_t i = 0; i < n; i++) list_append(l, I(i));
  return l;
}

Ref S(Value start, Value stop, Value step) { return new_slice(start, stop, step); }
const Value N = Value::none();

TEST_F(Containers, ListSlicing) {
  Ref l = range_list(10);
  EXPECT_EQ(R(get_item(l, S(I(2), I(5), N))), "[2, 3, 4]");
  EXPECT_EQ(R(get_item(l, S(N, N, I(-3)))), "[9, 6, 3, 0]");
  EXPECT_EQ(R(get_item(l, S(I(-3), N, N))), "[7, 8, 9]");
  EXPECT_EQ(R(get_item(l, S(I(8), I(2), I(-2)))), "[8, 6, 4]");
  EXPECT_EQ(R(get_item(l, I(-1))), "9");
  EXPECT_EQ(expect_raises(&exc::IndexError, [&] { get_item(l, I(10)); }), "list index out of range");
  EXPECT_EQ(expect_raises(&exc::TypeError, [&] { get_item(l, new_str("a")); }),
            "list indices must be integers or slices, not str");
  EXPECT_EQ(expect_raises(&exc::ValueError, [&] { get_item(l, S(N, N, I(0))); }), "slice step cannot be zero");
}

TEST_F(Containers, ListSliceAssignment) {
  Ref l = range_list(6);
  set_item(l, S(I(1), I(3), N), make_list(nullptr, 0));
  EXPECT_EQ(R(l), "[0, 3, 4, 5]");
  Ref items = make_tuple({I(7), I(8), I(9)});
  set_item(l, S(I(1), I(1), N), items);
  EXPECT_EQ(R(l), "[0, 7, 8, 9, 3, 4, 5]");
  set_item(l, S(N, N, I(-2)), make_tuple({I(-1), I(-2), I(-3), I(-4)}));
  EXPECT_EQ(R(l), "[-4, 7, -3, 9, -2, 4, -1]");
  EXPECT_EQ(expect_raises(&exc::ValueError, [&] { set_item(l, S(N, N, I(2)), make_tuple({I(1)})); }),
            "attempt to assign sequence of size 1 to extended slice of size 4");
  del_item(l, S(N, N, I(3)));
  EXPECT_EQ(R(l), "[7, -3, -2, 4]");
  // l[:] = l copies first.
  set_item(l, S(I(1), I(2), N), l);
  EXPECT_EQ(R(l), "[7, 7, -3, -2, 4, -2, 4]");
  EXPECT_EQ(expect_raises(&exc::IndexError, [&] { set_item(l, I(70), I(1)); }), "list assignment index out of range");
}

TEST_F(Containers, ListSortIsStableAndSurvivesErrors) {
  Ref l = new_list();
  for (int64_t i = 0; i < 200; i++) list_append(l, make_tuple({I(i % 7), I(i)}));
  // Tuples compare lexicographically: the result must be strictly increasing.
  list_sort(l, Value(), false);
  auto& items = as_list(l)->items;
  ASSERT_EQ(items.size(), 200u);
  for (size_t i = 1; i < items.size(); i++) EXPECT_TRUE(compare_bool(items[i - 1], items[i], CompareOp::Lt));
  // reverse=True keeps equal items in their original order.
  Ref m = new_list();
  for (int64_t i = 0; i < 100; i++) list_append(m, I(i % 5));
  list_sort(m, Value(), true);
  EXPECT_EQ(R(get_item(m, S(I(18), I(22), N))), "[4, 4, 3, 3]");
  // A comparison that raises leaves every item in the list.
  Ref bad = range_list(50);
  set_item(bad, I(25), new_str("x"));
  EXPECT_EQ(expect_raises(&exc::TypeError, [&] { list_sort(bad, Value(), false); }),
            "'<' not supported between instances of 'str' and 'int'");  // as CPython
  EXPECT_EQ(length(bad), 50);
  int64_t sum = 0;
  for (auto& item : as_list(bad)->items) {
    ASSERT_FALSE(item.is_null());
    if (item.get().is_small_int()) sum += item.get().small_int();
  }
  EXPECT_EQ(sum, 49 * 50 / 2 - 25);
}

TEST_F(Containers, ListMethods) {
  Ref l = range_list(5);
  call_method(l, "insert", {I(-1), I(9)});
  call_method(l, "insert", {I(100), I(10)});
  EXPECT_EQ(R(l), "[0, 1, 2, 3, 9, 4, 10]");
  EXPECT_EQ(R(call_method(l, "pop")), "10");
  EXPECT_EQ(R(call_method(l, "pop", {I(0)})), "0");
  call_method(l, "remove", {I(9)});
  EXPECT_EQ(R(call_method(l, "index", {I(3)})), "2");
  EXPECT_EQ(expect_raises(&exc::ValueError, [&] { call_method(l, "index", {I(42)}); }), "42 is not in list");
  EXPECT_EQ(expect_raises(&exc::TypeError, [&] { call_method(l, "append"); }),
            "list.append() takes exactly one argument (0 given)");
  Ref t = binary_op(l, I(2), BinaryOp::Mul);
  EXPECT_EQ(R(t), "[1, 2, 3, 4, 1, 2, 3, 4]");
  EXPECT_EQ(R(binary_op(I(2), make_list(nullptr, 0), BinaryOp::Mul)), "[]");
  EXPECT_EQ(R(binary_op(l, make_list(nullptr, 0), BinaryOp::Add)), "[1, 2, 3, 4]");
}

// ------------------------------------------------------------------- tuple, set

TEST_F(Containers, TupleHashMatchesCPython) {
  EXPECT_EQ(hash(make_tuple({I(1), I(2)})), -3550055125485641917);
  EXPECT_EQ(hash(make_tuple({})), 5740354900026072187);
  EXPECT_EQ(hash(make_tuple({I(1)})), -6644214454873602895);
  Ref inner = make_tuple({I(2), I(3)});
  EXPECT_EQ(hash(make_tuple({I(1), inner})), 7267574591690527098);
  EXPECT_EQ(R(make_tuple({I(1)})), "(1,)");
  EXPECT_TRUE(new_tuple(0).get().is(make_tuple({})));
}

Ref set_of(Type* type, std::initializer_list<int64_t> items) {
  Ref l = new_list();
  for (int64_t i : items) list_append(l, I(i));
  return new_set_of(type, l);
}

TEST_F(Containers, FrozensetHashMatchesCPython) {
  EXPECT_EQ(hash(set_of(&frozenset_type, {1, 2, 3})), -272375401224217160);
  EXPECT_EQ(hash(set_of(&frozenset_type, {3, 2, 1})), -272375401224217160);
  EXPECT_EQ(hash(set_of(&frozenset_type, {})), 133146708735736);
  Ref inner = set_of(&frozenset_type, {1});
  Ref outer = new_set_of(&frozenset_type, make_tuple({inner.get()}));
  EXPECT_EQ(hash(outer), 5515263749738256364);
}

TEST_F(Containers, SetIteratesInCPythonOrder) {
  Ref s = new_set();
  for (int64_t i = 100; i > 0; i -= 7) set_add(s, I(i));
  EXPECT_EQ(R(list_from_iterable(s)), "[65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30]");
  Ref t = new_set();
  for (int64_t i = 0; i < 20; i++) set_add(t, I(i));
  for (int64_t i = 0; i < 20; i += 3) EXPECT_TRUE(set_discard(t, I(i)));
  EXPECT_FALSE(set_discard(t, I(0)));
  set_add(t, I(100));
  set_add(t, I(33));
  EXPECT_EQ(R(t), "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 33, 100}");
  EXPECT_TRUE(set_contains(t, I(33)));
  EXPECT_FALSE(set_contains(t, I(3)));
  EXPECT_EQ(R(set_of(&frozenset_type, {})), "frozenset()");
  EXPECT_EQ(R(binary_op(set_of(&set_type, {1, 2, 3}), set_of(&frozenset_type, {2, 3, 4}), BinaryOp::Xor)),
            "{1, 4}");
  EXPECT_EQ(expect_raises(&exc::TypeError, [&] { set_add(t, new_list()); }), "unhashable type: 'list'");
}


TEST_F(Containers, SetOperationsAndMethods) {
  Ref a = set_of(&set_type, {1, 2, 3, 4});
  Ref b = set_of(&set_type, {3, 4, 5, 6});
  EXPECT_EQ(R(binary_op(a, b, BinaryOp::Or)), "{1, 2, 3, 4, 5, 6}");
  EXPECT_EQ(R(binary_op(a, b, BinaryOp::And)), "{3, 4}");
  EXPECT_EQ(R(binary_op(a, b, BinaryOp::Sub)), "{1, 2}");
  EXPECT_EQ(R(call_method(a, "union", {make_list(nullptr, 0), make_tuple({I(8)})})), "{1, 2, 3, 4, 8}");
  EXPECT_EQ(R(call_method(a, "intersection", {make_tuple({I(1), I(9)})})), "{1}");
  EXPECT_EQ(R(call_method(a, "difference", {make_tuple({I(1)}), b})), "{2}");
  EXPECT_EQ(R(call_method(a, "symmetric_difference", {make_tuple({I(1), I(10)})})), "{2, 3, 4, 10}");
  EXPECT_TRUE(truthy(call_method(a, "issuperset", {make_tuple({I(1), I(2)})})));
  EXPECT_FALSE(truthy(call_method(a, "isdisjoint", {b})));
  EXPECT_TRUE(compare_bool(set_of(&set_type, {1}), a, CompareOp::Lt));
  EXPECT_TRUE(compare_bool(set_of(&set_type, {1, 2}), set_of(&frozenset_type, {2, 1}), CompareOp::Eq));
  Ref fa = new_set_of(&frozenset_type, a);
  EXPECT_EQ(R(binary_op(fa, b, BinaryOp::Xor)), "frozenset({1, 2, 5, 6})");
  EXPECT_EQ(R(binary_op(b, fa, BinaryOp::Xor)), "{1, 2, 5, 6}");
  EXPECT_TRUE(call_method(fa, "copy").get().is(fa));
  Ref p = set_of(&set_type, {1, 2, 3});
  EXPECT_EQ(R(call_method(p, "pop")), "1");
  EXPECT_EQ(R(call_method(p, "pop")), "2");
  EXPECT_EQ(R(call_method(p, "pop")), "3");
  EXPECT_EQ(expect_raises(&exc::KeyError, [&] { call_method(p, "pop"); }), "'pop from an empty set'");
  // A set key is looked up as a frozenset.
  Ref outer = new_set();
  set_add(outer, new_set_of(&frozenset_type, make_tuple({I(1)})));
  EXPECT_TRUE(contains(outer, set_of(&set_type, {1})));
  Ref t = new_set();
  for (int64_t x : {5, 3, 9, 3, 1}) set_add(t, I(x));
  EXPECT_EQ(R(t), "{9, 3, 5, 1}");
  Ref it = get_iter(t);
  iter_next(it);
  set_add(t, I(77));
  EXPECT_EQ(expect_raises(&exc::RuntimeError, [&] { iter_next(it); }), "Set changed size during iteration");
}

TEST_F(Containers, DictConstructionAndViews) {
  Ref pairs = make_list(nullptr, 0);
  list_append(pairs, make_tuple({I(1), I(2)}));
  list_append(pairs, make_list(std::vector<Value>{I(3), I(4)}.data(), 2));
  Ref kwnames = make_tuple({Value::object(intern("k"))});
  Value argv[] = {pairs.get(), I(5)};
  CallArgs args;
  args.args = argv;
  args.nargs = 1;
  args.kwnames = kwnames.as<TupleObject>();
  Ref d = call(Value::object(&dict_type), args);
  EXPECT_EQ(R(d), "{1: 2, 3: 4, 'k': 5}");
  Ref bad = make_list(nullptr, 0);
  list_append(bad, I(1));
  EXPECT_EQ(expect_raises(&exc::TypeError, [&] { call(Value::object(&dict_type), {bad.get()}); }),
            "cannot convert dictionary update sequence element #0 to a sequence");
  Ref keys = call_method(d, "keys");
  EXPECT_EQ(R(binary_op(keys, set_of(&set_type, {1, 9}), BinaryOp::And)), "{1}");
  EXPECT_EQ(R(binary_op(set_of(&set_type, {3, 9}), keys, BinaryOp::Sub)), "{9}");
  EXPECT_TRUE(contains(call_method(d, "items"), make_tuple({I(3), I(4)})));
  EXPECT_FALSE(contains(call_method(d, "items"), make_tuple({I(3), I(5)})));
  EXPECT_TRUE(contains(call_method(d, "values"), I(5)));
  Ref fk = call(get_attr(Value::object(&dict_type), "fromkeys"), {make_tuple({I(1), I(2)}), I(0)});
  EXPECT_EQ(R(fk), "{1: 0, 2: 0}");
  EXPECT_EQ(R(binary_op(d, fk, BinaryOp::Or)), "{1: 0, 3: 4, 'k': 5, 2: 0}");
  EXPECT_TRUE(compare_bool(call_method(d, "copy"), d, CompareOp::Eq));
  EXPECT_EQ(R(call_method(d, "setdefault", {I(7)})), "None");
  EXPECT_EQ(R(d), "{1: 2, 3: 4, 'k': 5, 7: None}");
}

TEST_F(Containers, TupleAndListConstruction) {
  Ref r = call(Value::object(&range_type), {I(4)});
  EXPECT_EQ(R(call(Value::object(&tuple_type), {r.get()})), "(0, 1, 2, 3)");
  EXPECT_EQ(R(call(Value::object(&list_type), {r.get()})), "[0, 1, 2, 3]");
  EXPECT_EQ(R(call(Value::object(&set_type), {r.get()})), "{0, 1, 2, 3}");
  EXPECT_EQ(R(call(Value::object(&frozenset_type), {})), "frozenset()");
  EXPECT_EQ(expect_raises(&exc::TypeError, [&] { call(Value::object(&list_type), {I(1), I(2)}); }),
            "list expected at most 1 argument, got 2");
  EXPECT_EQ(expect_raises(&exc::TypeError, [&] { call(Value::object(&tuple_type), {I(1)}); }),
            "'int' object is not iterable");
  Ref t = make_tuple({I(1), I(2), I(1)});
  EXPECT_EQ(R(call_method(t, "count", {I(1)})), "2");
  EXPECT_EQ(R(call_method(t, "index", {I(1), I(1)})), "2");
  EXPECT_EQ(R(get_item(t, S(N, N, I(-1)))), "(1, 2, 1)");
  EXPECT_EQ(R(binary_op(I(2), t, BinaryOp::Mul)), "(1, 2, 1, 1, 2, 1)");
  EXPECT_EQ(expect_raises(&exc::TypeError, [&] { binary_op(t, new_str("a"), BinaryOp::Mul); }),
            "can't multiply sequence by non-int of type 'str'");
  EXPECT_TRUE(compare_bool(t, make_tuple({I(1), I(3)}), CompareOp::Lt));
}


// A key type whose == clears a target dict (or set), as a Python __eq__ could.
Type evil_type;
Ref evil_target;
int64_t evil_hash(Value) { return 7; }
Ref evil_compare(Value, Value, CompareOp op) {
  if (!evil_target.is_null()) {
    Ref target = evil_target;
    evil_target.reset();
    if (is_dict(target)) dict_clear(as_dict(target));
    else set_clear(target);
  }
  return Ref(Value::boolean(op == CompareOp::Ne));
}
Ref new_evil() {
  if (evil_type.name.empty()) {
    init_static_type(evil_type, "Evil", sizeof(Object), dealloc_object<Object>);
    evil_type.hash = evil_hash;
    evil_type.compare = evil_compare;
  }
  return make<Object>(&evil_type);
}

TEST_F(Containers, EqualityThatMutatesTheContainer) {
  Ref d = new_dict();
  Ref k1 = new_evil(), k2 = new_evil();
  dict_set(as_dict(d), k1, I(1));
  for (int64_t i = 0; i < 20; i++) dict_set(as_dict(d), I(i * 8 + 7), I(i));
  evil_target = d;
  EXPECT_TRUE(dict_get(as_dict(d), k2).is_null());  // the dict emptied under the lookup
  EXPECT_EQ(dict_size(as_dict(d)), 0);
  dict_set(as_dict(d), k1, I(1));
  evil_target = d;
  dict_set(as_dict(d), k2, I(2));  // inserting after the comparison cleared it
  EXPECT_EQ(dict_size(as_dict(d)), 1);
  EXPECT_EQ(dict_get(as_dict(d), k2).small_int(), 2);

  Ref s = new_set();
  set_add(s, k1);
  for (int64_t i = 0; i < 20; i++) set_add(s, I(i * 8 + 7));
  evil_target = s;
  EXPECT_FALSE(set_contains(s, k2));
  EXPECT_EQ(set_size(s), 0);
  set_add(s, k1);
  evil_target = s;
  EXPECT_TRUE(set_add(s, k2));
  EXPECT_EQ(set_size(s), 1);
  evil_target.reset();
}

// ------------------------------------------------------------------- range, slice

TEST_F(Containers, SliceIndicesMatchCPython) {
  struct Case {
    Value start, stop, step;
    int64_t length, s, e, st, n;
  } cases[] = {
      {N, N, I(-1), 5, 4, -1, -1, 5},
      {I(-100), I(100), I(3), 10, 0, 10, 3, 4},
      {I(5), I(-5), I(-2), 7, 5, 2, -2, 2},
      {I(2), I(1), N, 10, 2, 1, 1, 0},
  };
  for (auto& c : cases) {
    Ref sl = new_slice(c.start, c.stop, c.step);
    int64_t s, e, st;
    int64_t n = slice_indices(sl.as<SliceObject>(), c.length, s, e, st);
    EXPECT_EQ(s, c.s);
    EXPECT_EQ(e, c.e);
    EXPECT_EQ(st, c.st);
    EXPECT_EQ(n, c.n);
  }
  EXPECT_EQ(R(new_slice(I(1), N, N)), "slice(1, None, None)");
}

TEST_F(Containers, RangeBasics) {
  Ref r = call(Value::object(&range_type), {I(1), I(20), I(3)});
  EXPECT_EQ(R(r), "range(1, 20, 3)");
  EXPECT_EQ(length(r), 7);
  EXPECT_EQ(R(list_from_iterable(r)), "[1, 4, 7, 10, 13, 16, 19]");
  EXPECT_TRUE(contains(r, I(13)));
  EXPECT_FALSE(contains(r, I(14)));
  EXPECT_EQ(R(get_item(r, I(-1))), "19");
  EXPECT_EQ(R(get_item(r, S(N, N, I(-1)))), "range(19, -2, -3)");
  EXPECT_EQ(expect_raises(&exc::ValueError, [&] { call(Value::object(&range_type), {I(1), I(2), I(0)}); }),
            "range() arg 3 must not be zero");
}

}  // namespace
