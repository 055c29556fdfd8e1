// Exception groups (see exception_group.h), after CPython 3.11's
// Objects/exceptions.c: the same construction rules, split semantics and
// messages.
#include "runtime/exception_group.h"

#include <set>
#include <vector>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gilt {

static ExceptionObject* as_exc(Value v) { return v.as<ExceptionObject>(); }

// isinstance(exc, type) for an exception type or a tuple of them.
static bool is_instance(Value exc, Value type) {
  if (is_tuple(type)) {
    auto* t = type.as<TupleObject>();
    for (int64_t i = 0; i < t->size; i++)
      if (is_instance(exc, t->items()[i])) return true;
    return false;
  }
  return type_of(exc)->is_subtype_of(type.as<Type>());
}

// The group's message and exceptions live in its __dict__, read-only by
// convention (CPython's are read-only members).
static Value group_attr(Value group, const char* name) {
  Ref& d = as_exc(group)->dict;
  return d.is_null() ? Value() : dict_get_str(d.as<DictObject>(), intern(name));
}

Value exception_group_exceptions(Value group) { return group_attr(group, "exceptions"); }

// BaseExceptionGroup(message, exceptions): BaseExceptionGroup itself becomes
// an ExceptionGroup when every member is an Exception.
static Ref group_new(Type* type, CallArgs args) {
  const char* name = type->name.c_str();
  if (args.nkwargs()) raise_type_error(type->name + "() takes no keyword arguments");
  if (args.nargs != 2)
    raise_type_error("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + std::to_string(args.nargs) +
                     " given)");
  Value message = args.args[0], sequence = args.args[1];
  if (!is_str(message)) raise_type_error("BaseExceptionGroup.__new__() argument 1 must be str, not " + type_name(message));
  if (!is_list(sequence) && !is_tuple(sequence) && !type_of(sequence)->getitem)
    raise_type_error("second argument (exceptions) must be a sequence");
  Ref items = list_from_iterable(sequence);
  auto& excs = as_list(items)->items;
  if (excs.empty()) raise_value_error("second argument (exceptions) must be a non-empty sequence");
  bool all_exceptions = true;
  for (size_t i = 0; i < excs.size(); i++) {
    if (!is_exception(excs[i]))
      raise_value_error("Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
    all_exceptions &= type_of(excs[i])->is_subtype_of(&exc::Exception);
  }
  if (type == &exc::BaseExceptionGroup) {
    if (all_exceptions) type = &exc::ExceptionGroup;
  } else if (type == &exc::ExceptionGroup) {
    if (!all_exceptions) raise_type_error("Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (!all_exceptions && type->is_subtype_of(&exc::Exception)) {
    raise_type_error(std::string("Cannot nest BaseExceptions in '") + name + "'");
  }
  auto* e = new_object<ExceptionObject>(type);
  Ref group = Ref::steal(e);
  e->args = make_tuple({message, sequence});
  e->dict = new_dict();
  dict_set(e->dict.as<DictObject>(), Value::object(intern("message")), message);
  std::vector<Value> members(excs.begin(), excs.end());
  Ref tuple = make_tuple(members.data(), static_cast<int64_t>(members.size()));
  dict_set(e->dict.as<DictObject>(), Value::object(intern("exceptions")), tuple);
  return group;
}

// __init__ accepts what __new__ did (subclasses may add their own).
static void group_init(Value, CallArgs) {}

static Ref group_str(Value self) {
  int64_t n = exception_group_exceptions(self).as<TupleObject>()->size;
  return new_str(std::string(str_view(group_attr(self, "message"))) + " (" + std::to_string(n) + " sub-exception" +
                 (n == 1 ? "" : "s") + ")");
}

// ------------------------------------------------------------------ split

// What split()/subgroup() and except* match with: an exception type, a tuple
// of them, or a predicate.
struct Matcher {
  enum Kind { ByType, ByPredicate, ByIdentity } kind;
  Value value;
  const std::set<const Object*>* leaves = nullptr;  // ByIdentity

  bool matches(Value exc) const {
    switch (kind) {
      case ByType: return is_instance(exc, value);
      case ByPredicate: return truthy(call(value, {exc}));
      case ByIdentity: return leaves->count(exc.object()) > 0;
    }
    return false;
  }
};

static bool valid_type_matcher(Value v) {
  auto is_exc_type = [](Value t) { return (type_of(t)->flags & kTypeTypeSubclass) && is_exception_type(t.as<Type>()); };
  if (is_exc_type(v)) return true;
  if (!is_tuple(v)) return false;
  auto* t = v.as<TupleObject>();
  for (int64_t i = 0; i < t->size; i++)
    if (!is_exc_type(t->items()[i])) return false;
  return true;
}

static Matcher matcher_for(Value condition) {
  if (valid_type_matcher(condition)) return Matcher{Matcher::ByType, condition};
  if (is_callable(condition) && !(type_of(condition)->flags & kTypeTypeSubclass))
    return Matcher{Matcher::ByPredicate, condition};
  raise_type_error("expected a function, exception type or tuple of exception types");
}

// group.derive(excs) with the group's traceback, cause, context and notes.
static Ref derive_and_copy(Value group, std::vector<Ref>& excs) {
  Ref list = new_list();
  for (Ref& e : excs) list_append(list, e);
  Ref derived = call(get_attr(group, "derive"), {list.get()});
  if (!is_exception_group(derived)) raise_type_error("derive must return an instance of BaseExceptionGroup");
  auto* src = as_exc(group);
  auto* dst = as_exc(derived);
  dst->traceback = src->traceback;
  dst->cause = src->cause;
  dst->context = src->context;
  dst->suppress_context = src->suppress_context;
  Value notes = group_attr(group, "__notes__");
  if (!notes.is_null()) {
    if (dst->dict.is_null()) dst->dict = new_dict();
    dict_set(dst->dict.as<DictObject>(), Value::object(intern("__notes__")), list_from_iterable(notes));
  }
  return derived;
}

// Splits `exc` into the part that matches and the rest (either may be null).
static void split_recursive(Value exc, const Matcher& matcher, bool want_rest, Ref& match, Ref& rest) {
  if (matcher.kind != Matcher::ByIdentity || !is_exception_group(exc)) {
    if (matcher.matches(exc)) {
      match = Ref(exc);
      return;
    }
  }
  if (!is_exception_group(exc)) {
    if (want_rest) rest = Ref(exc);
    return;
  }
  std::vector<Ref> matched, remaining;
  Ref members(exception_group_exceptions(exc));
  auto* t = members.as<TupleObject>();
  for (int64_t i = 0; i < t->size; i++) {
    Ref m, r;
    split_recursive(t->items()[i], matcher, want_rest, m, r);
    if (!m.is_null()) matched.push_back(std::move(m));
    if (!r.is_null()) remaining.push_back(std::move(r));
  }
  if (!matched.empty()) match = derive_and_copy(exc, matched);
  if (want_rest && !remaining.empty()) rest = derive_and_copy(exc, remaining);
}

static Ref group_split(Value self, CallArgs args) {
  check_exact_args("split", args, 1);
  Ref match, rest;
  split_recursive(self, matcher_for(args.args[0]), true, match, rest);
  return make_tuple({match.is_null() ? Value::none() : match.get(), rest.is_null() ? Value::none() : rest.get()});
}

static Ref group_subgroup(Value self, CallArgs args) {
  check_exact_args("subgroup", args, 1);
  Ref match, rest;
  split_recursive(self, matcher_for(args.args[0]), false, match, rest);
  return match.is_null() ? Ref(Value::none()) : match;
}

static Ref group_derive(Value self, CallArgs args) {
  check_exact_args("derive", args, 1);
  Value parts[] = {group_attr(self, "message"), args.args[0]};
  return call(Value::object(&exc::BaseExceptionGroup), CallArgs{parts, 2, nullptr});
}

// ------------------------------------------------------------------ except*

void exception_group_match(Value exc, Value type, Ref& match, Ref& rest) {
  if (is_instance(exc, type)) {
    if (is_exception_group(exc)) {
      match = Ref(exc);
    } else {
      // A naked exception is wrapped so that the clause always sees a group.
      Value parts[] = {Value::object(intern("")), make_tuple({exc}).release()};
      Ref excs = Ref::steal(parts[1]);
      match = call(Value::object(&exc::BaseExceptionGroup), CallArgs{parts, 2, nullptr});
      as_exc(match)->traceback = as_exc(exc)->traceback;
    }
    return;
  }
  if (is_exception_group(exc)) split_recursive(exc, Matcher{Matcher::ByType, type}, true, match, rest);
  if (match.is_null()) rest = Ref(exc);
}

static void collect_leaves(Value exc, std::set<const Object*>& leaves) {
  if (!is_exception_group(exc)) {
    leaves.insert(exc.object());
    return;
  }
  auto* t = exception_group_exceptions(exc).as<TupleObject>();
  for (int64_t i = 0; i < t->size; i++) collect_leaves(t->items()[i], leaves);
}

// Whether `e` is (a part of) `original` re-raised: a split keeps the
// traceback, cause and context of what it split (notes are copied, so
// CPython does not compare them either).
static bool same_metadata(Value e, Value original) {
  auto* a = as_exc(e);
  auto* b = as_exc(original);
  return a->traceback.get().is(b->traceback) && a->cause.get().is(b->cause) && a->context.get().is(b->context);
}

Ref prepare_reraise_star(Value original, Value raised) {
  auto& excs = as_list(raised)->items;
  if (!is_exception_group(original)) {
    // A naked exception was caught: at most one clause saw it.
    for (size_t i = 0; i < excs.size(); i++)
      if (!excs[i].get().is_none()) return excs[i];
    return Ref();
  }
  std::vector<Ref> new_raised;
  std::set<const Object*> reraised_leaves;
  for (size_t i = 0; i < excs.size(); i++) {
    Value e = excs[i];
    if (e.is_none()) continue;
    if (same_metadata(e, original))
      collect_leaves(e, reraised_leaves);
    else
      new_raised.push_back(Ref(e));
  }
  Ref reraised, unused;
  if (!reraised_leaves.empty()) {
    Matcher by_identity{Matcher::ByIdentity, Value(), &reraised_leaves};
    split_recursive(original, by_identity, false, reraised, unused);
  }
  if (new_raised.empty()) return reraised;
  if (!reraised.is_null()) new_raised.push_back(std::move(reraised));
  Ref list = new_list();
  for (Ref& e : new_raised) list_append(list, e);
  Value parts[] = {Value::object(intern("")), list.get()};
  return call(Value::object(&exc::BaseExceptionGroup), CallArgs{parts, 2, nullptr});
}

void init_exception_group_types() {
  // class ExceptionGroup(BaseExceptionGroup, Exception): a second base the
  // single-base static type setup does not give it.
  Type& eg = exc::ExceptionGroup;
  eg.bases = make_tuple({Value::object(&exc::BaseExceptionGroup), Value::object(&exc::Exception)});
  eg.mro = make_tuple({Value::object(&exc::BaseExceptionGroup), Value::object(&exc::Exception),
                       Value::object(&exc::BaseException), Value::object(&object_type)});
  type_modified();
  for (Type* t : {&exc::BaseExceptionGroup, &exc::ExceptionGroup}) {
    t->new_instance = group_new;
    t->init = group_init;
    t->str = group_str;
  }
  add_method(exc::BaseExceptionGroup, "derive", group_derive);
  add_method(exc::BaseExceptionGroup, "split", group_split);
  add_method(exc::BaseExceptionGroup, "subgroup", group_subgroup);
}

}  // namespace gilt
