#include "runtime/runtime.h"

#include <mutex>

#include "runtime/builtin_function.h"
#include "runtime/bytearray_object.h"
#include "runtime/bytes_object.h"
#include "runtime/dict_object.h"
#include "runtime/eval_breaker.h"
#include "runtime/exception_group.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/generic_alias.h"
#include "runtime/getset_descriptor.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/mappingproxy_object.h"
#include "runtime/memoryview_object.h"
#include "runtime/method_object.h"
#include "runtime/misc_objects.h"
#include "runtime/module_object.h"
#include "runtime/object_methods.h"
#include "runtime/set_object.h"
#include "runtime/str_methods.h"
#include "runtime/str_object.h"
#include "runtime/text_stream.h"
#include "runtime/tuple_object.h"
#include "runtime/union_type.h"

namespace gilt {

std::atomic<int> eval_breaker_requests{0};

void init_object_and_type();  // type.cpp
void init_none_type();        // none_object.cpp
void init_seq_iter_type();    // seq_iter.cpp
void init_slot_wrapper_type();  // slot_wrappers.cpp

void init_runtime() {
  static std::once_flag once;
  std::call_once(once, [] {
    // The collected types that setting up types allocates (each type's dict,
    // bases and mro) are marked first: an object allocated before its type
    // has kTypeGC would lack the GCHeader that freeing it expects.
    for (Type* t : {&type_type, &tuple_type, &list_type, &dict_type, &set_type, &frozenset_type,
                    &builtin_function_type, &module_type, &cell_type, &slice_type, &method_type,
                    &staticmethod_type, &classmethod_type, &property_type})
      t->flags |= kTypeGC;
    // object and type come first: every other type inherits from object.
    init_object_and_type();
    init_str_type();
    init_none_type();
    init_int_type();
    init_bool_type();
    init_float_type();
    init_bytes_type();
    init_bytearray_type();
    init_memoryview_type();
    init_tuple_type();
    init_list_type();
    init_dict_type();
    init_set_type();
    init_misc_types();
    init_builtin_function_types();
    init_method_types();
    init_getset_descriptor_types();
    init_object_methods();
    init_type_methods();
    init_mappingproxy_type();
    init_generic_alias_type();
    init_union_type();
    init_module_type();
    init_exception_types();
    init_exception_group_types();
    init_seq_iter_type();
    init_str_methods();
    init_text_stream_type();
    init_slot_wrapper_type();
    finish_static_types();
  });
}

}  // namespace gilt
