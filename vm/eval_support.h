// The interpreter loop's out-of-line helpers: the slow paths and the
// instructions too large to inline, kept here so interpreter.cpp reads as
// the list of instructions.
#pragma once

#include <string>
#include <vector>

#include "runtime/type.h"
#include "vm/frame.h"
#include "vm/thread_state.h"

namespace gilt {

[[noreturn]] void raise_unbound_local(Frame* f, size_t index);
[[noreturn]] void raise_unbound_deref(Frame* f, size_t index);
[[noreturn]] void raise_name_error(Value name);

// Ctrl-C and (later) GIL drop requests, checked at backward jumps and calls.
void handle_eval_breaker(ThreadState* ts);
inline void check_eval_breaker(ThreadState* ts);

// RecursionError before the C stack runs out (native-to-Python re-entry).
void check_c_stack(ThreadState* ts);

// locals-mapping lookup for LOAD_NAME and LOAD_CLASSDEREF: null when absent.
Ref mapping_lookup(Value mapping, Value name);

// For LOAD_METHOD: the plain function or method descriptor `name` resolves to
// on type(obj), when calling it unbound with obj first is equivalent to
// calling obj.name; otherwise null.
Value find_unbound_method(Value obj, StrObject* name);

// f(*args, **kwargs) for CALL_EX; self_or_null goes first when present.
Ref call_with_collections(Value callable, Value self_or_null, Value args, Value kwargs);
// DICT_MERGE: add `mapping` to the kwargs dict, rejecting duplicates for `callable`.
void dict_merge_kwargs(DictObject* kwargs, Value mapping, Value callable);

// Inline fast paths: a null result means "take the generic path".
Value fast_binary(Value a, Value b, uint32_t op);
Value fast_iter_next(Value it);
Ref fast_subscript(Value container, Value key);

// Unpacking for UNPACK_SEQUENCE (after < 0) and UNPACK_EX: exactly `before`
// items, or `before` items, a list of the rest and `after` items.
std::vector<Ref> unpack_iterable(Value seq, size_t before, int after);

// FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii; spec may be null.
Ref format_field(Value v, uint32_t conversion, Value spec);

// MAKE_FUNCTION with the operands on the stack below sp.
Ref make_function_from_stack(Frame* f, Value* sp, uint32_t flags);

// The bound special method `name` of obj for the `with` statement, or
// TypeError "'X' object does not support the context manager protocol".
Ref special_method(Value obj, const char* name, const char* protocol);

void print_expression_result(ThreadState* ts, Value v);

// IMPORT_NAME / IMPORT_FROM / IMPORT_STAR / SETUP_ANNOTATIONS.
Ref import_module_from(Frame* f, Value name, Value fromlist, Value level);
Ref import_from(Value module, Value name);
void import_star(Frame* f, Value module);
void setup_annotations(Frame* f);

// ------------------------------------------------------------------ inline

extern std::atomic<int> eval_breaker_requests;  // non-zero: someone wants attention

inline void check_eval_breaker(ThreadState* ts) {
  if (eval_breaker_requests.load(std::memory_order_relaxed)) handle_eval_breaker(ts);
}

}  // namespace gilt
