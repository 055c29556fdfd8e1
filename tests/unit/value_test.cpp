// The value representation and the object layer: tagging, reference
// counting, Ref ownership, and the int promotion seam.
#include <gtest/gtest.h>

#include "runtime/dict_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {
namespace {

class ValueTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { init_runtime(); }
};

TEST_F(ValueTest, ImmediatesNeedNoHeap) {
  Value i = Value::small_int(-42);
  EXPECT_TRUE(i.is_small_int());
  EXPECT_FALSE(i.is_object());
  EXPECT_EQ(i.small_int(), -42);
  EXPECT_TRUE(Value::none().is_none());
  EXPECT_TRUE(Value::true_().is_bool());
  EXPECT_TRUE(Value::false_().is_bool());
  EXPECT_FALSE(Value::none().is_object());
  EXPECT_TRUE(Value().is_null());
  EXPECT_EQ(type_of(i), &int_type);
  EXPECT_EQ(type_of(Value::none()), &none_type);
  EXPECT_EQ(type_of(Value::true_()), &bool_type);
}

TEST_F(ValueTest, SmallIntRangeIs63Bits) {
  EXPECT_TRUE(Value::fits_small_int(Value::kMaxSmallInt));
  EXPECT_TRUE(Value::fits_small_int(Value::kMinSmallInt));
  EXPECT_FALSE(Value::fits_small_int(Value::kMaxSmallInt + 1));
  EXPECT_EQ(Value::small_int(Value::kMaxSmallInt).small_int(), Value::kMaxSmallInt);
  EXPECT_EQ(Value::small_int(Value::kMinSmallInt).small_int(), Value::kMinSmallInt);
}

TEST_F(ValueTest, IntsPromoteAndDemote) {
  Ref big = binary_op(Value::small_int(Value::kMaxSmallInt), Value::small_int(1), BinaryOp::Add);
  ASSERT_TRUE(big.get().is_object());
  EXPECT_EQ(type_of(big), &int_type);
  Ref back = binary_op(big, Value::small_int(1), BinaryOp::Sub);
  ASSERT_TRUE(back.get().is_small_int());
  EXPECT_EQ(back.get().small_int(), Value::kMaxSmallInt);
  EXPECT_EQ(repr_string(big), "4611686018427387904");
}

TEST_F(ValueTest, RefCountsFollowOwnership) {
  Ref list = new_list();
  Object* o = list.object();
  EXPECT_EQ(o->refcount, 1);
  {
    Ref copy = list;
    EXPECT_EQ(o->refcount, 2);
    Ref moved = std::move(copy);
    EXPECT_EQ(o->refcount, 2);
  }
  EXPECT_EQ(o->refcount, 1);
  Ref tuple = make_tuple({list, list});
  EXPECT_EQ(o->refcount, 3);
  tuple.reset();
  EXPECT_EQ(o->refcount, 1);
}

TEST_F(ValueTest, InternedNamesAreShared) {
  StrObject* a = intern("some_name");
  StrObject* b = intern(std::string("some_") + "name");
  EXPECT_EQ(a, b);
  EXPECT_TRUE(a->interned);
  Ref fresh = new_str("some_name");
  EXPECT_NE(fresh.object(), static_cast<Object*>(a));
  EXPECT_TRUE(equals(fresh, Value::object(a)));
  EXPECT_EQ(hash(fresh), hash(Value::object(a)));
}

TEST_F(ValueTest, StrCountsCodePoints) {
  Ref s = new_str("h\xC3\xA9llo");  // "héllo"
  EXPECT_EQ(length(s), 5);
  EXPECT_FALSE(s.as<StrObject>()->ascii);
  EXPECT_EQ(repr_string(get_item(s, Value::small_int(1))), "'\xC3\xA9'");
}

TEST_F(ValueTest, DictVersionsAreDistinctPerDict) {
  Ref a = new_dict();
  Ref b = new_dict();
  EXPECT_NE(as_dict(a)->version, as_dict(b)->version);
  uint64_t before = as_dict(a)->version;
  dict_set(as_dict(a), new_str("k"), Value::small_int(1));
  EXPECT_NE(as_dict(a)->version, before);
}

}  // namespace
}  // namespace gilt
