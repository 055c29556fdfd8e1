// getset_descriptor and member_descriptor: see getset_descriptor.h.
#include "runtime/getset_descriptor.h"

#include <string>

#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"

namespace gilt {

Type getset_descriptor_type, member_descriptor_type;

static void check_owner(GetSetDescriptorObject* d, Value obj) {
  if (!type_of(obj)->is_subtype_of(d->owner))
    raise_type_error("descriptor '" + std::string(d->name) + "' for '" + d->owner->name +
                     "' objects doesn't apply to a '" + type_name(obj) + "' object");
}

static const std::string& owner_name(GetSetDescriptorObject* d) {
  return d->owner_name.empty() ? d->owner->name : d->owner_name;
}

static Ref getset_get(Value descr, Value obj, Type*) {
  if (obj.is_null()) return Ref(descr);
  auto* d = descr.as<GetSetDescriptorObject>();
  check_owner(d, obj);
  return d->get(obj);
}

static void getset_set(Value descr, Value obj, Value value) {
  auto* d = descr.as<GetSetDescriptorObject>();
  check_owner(d, obj);
  if (d->set) return d->set(obj, value);
  if (type_of(descr) == &member_descriptor_type) raise(&exc::AttributeError, "readonly attribute");
  raise(&exc::AttributeError,
        "attribute '" + std::string(d->name) + "' of '" + owner_name(d) + "' objects is not writable");
}

static Ref getset_repr(Value self) {
  auto* d = self.as<GetSetDescriptorObject>();
  const char* kind = type_of(self) == &member_descriptor_type ? "member" : "attribute";
  return new_str("<" + std::string(kind) + " '" + d->name + "' of '" + owner_name(d) + "' objects>");
}

static Ref getset_getattr(Value self, StrObject* name) {
  auto* d = self.as<GetSetDescriptorObject>();
  if (name->view() == "__name__") return new_str(d->name);
  if (name->view() == "__qualname__") return new_str(owner_name(d) + "." + d->name);
  if (name->view() == "__objclass__") return Ref(Value::object(d->owner));
  return generic_getattr(self, name);
}

static Ref new_descriptor(Type* owner, Type* kind, const char* name, GetterFn get, SetterFn set) {
  auto* d = new_object<GetSetDescriptorObject>(kind);
  d->name = name;
  d->get = get;
  d->set = set;
  d->owner = owner;
  return Ref::steal(d);
}

static void add_descriptor(Type& type, Type* kind, const char* name, GetterFn get, SetterFn set) {
  dict_set(type.dict.as<DictObject>(), Value::object(intern(name)),
           new_descriptor(&type, kind, name, get, set));
}

Ref new_getset(const std::string& owner_name, const char* name, GetterFn get, SetterFn set) {
  Ref d = new_descriptor(&object_type, &getset_descriptor_type, name, get, set);
  d.as<GetSetDescriptorObject>()->owner_name = owner_name;
  return d;
}

void add_getset(Type& type, const char* name, GetterFn get, SetterFn set) {
  add_descriptor(type, &getset_descriptor_type, name, get, set);
}

void add_member(Type& type, const char* name, GetterFn get) {
  add_descriptor(type, &member_descriptor_type, name, get, nullptr);
}

void init_getset_descriptor_types() {
  for (Type* t : {&getset_descriptor_type, &member_descriptor_type}) {
    t->descr_get = getset_get;
    t->descr_set = getset_set;
    t->repr = getset_repr;
    t->getattr = getset_getattr;
    init_static_type(*t, t == &getset_descriptor_type ? "getset_descriptor" : "member_descriptor",
                     sizeof(GetSetDescriptorObject), dealloc_object<GetSetDescriptorObject>);
    t->flags &= ~kTypeBaseType;
  }
}

}  // namespace gilt
