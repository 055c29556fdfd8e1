// The interpreter loop's out-of-line helpers: the slow paths and the
// instructions too large to inline, kept here so interpreter.cpp reads as
// the list of instructions.
#pragma once

#include <string>
#include <vector>

#include "runtime/eval_breaker.h"
#include "runtime/float_object.h"
#include "runtime/str_object.h"
#include "runtime/type.h"
#include "vm/frame.h"
#include "vm/thread_state.h"

namespace gilt {

[[noreturn]] void raise_unbound_local(Frame* f, size_t index);
[[noreturn]] void raise_unbound_deref(Frame* f, size_t index);
[[noreturn]] void raise_name_error(Frame* f, Value name);

// Requested cycle collections, GIL drop requests and ticks, and Ctrl-C,
// checked at backward jumps and calls (see runtime/eval_breaker.h).
void handle_eval_breaker(ThreadState* ts);
inline void check_eval_breaker(ThreadState* ts);

// RecursionError before the C stack runs out (native-to-Python re-entry).
void check_c_stack(ThreadState* ts);
// The stack_limit for a ThreadState of the calling OS thread.
const char* c_stack_limit_of_this_thread();

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

// Inline fast paths: a null result means "take the generic path". The
// operands of fast_binary are the stack's (about to be released); the
// result is a new reference.
inline Value fast_binary(Value a, Value b, uint32_t op);
Value fast_iter_next(Value it);
// SEND to an iterator that is not a generator: next(it) when v is None, else
// it.send(v). Null when the iterator finished, with its StopIteration's
// value in `returned`.
Ref send_to_iterator(Value it, Value v, Ref& returned);
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
Ref special_method(Value obj, StrObject* name);
// The same in two steps: the attribute of obj's type (borrowed), then bound to obj.
Value special_method_unbound(Value obj, StrObject* name);
Ref bind_special_method(Value descr, Value obj);

void print_expression_result(ThreadState* ts, Value v);

// Binds a call's arguments to the frame's parameters (the general path);
// `args` are borrowed. TypeError with CPython's messages on a mismatch.
void bind_arguments(Frame* f, const Value* args, size_t nargs, TupleObject* kwnames);

// `raise X`: X itself when it is an exception, X() for an exception class.
Ref make_raisable(Value v);
// `except T`: CHECK_EXC_MATCH's test, and its TypeError for a T that is not
// an exception class (or a tuple of them).
void check_except_type(Value type);
// The same for except*, which also rejects exception groups.
void check_except_star_type(Value type);
bool exception_matches(Value exc, Value type);
// The innermost handler covering the instruction at `lasti`, or null.
const ExceptionTableEntry* find_handler(const CodeObject* code, size_t lasti);

// IMPORT_NAME / IMPORT_FROM / IMPORT_STAR / SETUP_ANNOTATIONS.
Ref import_module_from(Frame* f, Value name, Value fromlist, Value level);
Ref import_from(Value module, Value name);
void import_star(Frame* f, Value module);
void setup_annotations(Frame* f);

// ------------------------------------------------------------------ inline

inline void check_eval_breaker(ThreadState* ts) {
  if (eval_breaker_requests.load(std::memory_order_relaxed)) handle_eval_breaker(ts);
}

// A float result. An operand only the stack refers to is a temporary about
// to be released: the result is written into it instead of a new object.
[[gnu::always_inline]] inline Value float_result(Value a, Value b, double r) {
  for (Value v : {a, b}) {
    if (v.is_object() && v.object()->type == &float_type && v.object()->refcount == 1) {
      v.as<FloatObject>()->value = r;
      incref(v);
      return v;
    }
  }
  return new_float(r).release();
}

[[gnu::always_inline]] inline Value fast_binary(Value a, Value b, uint32_t op) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.small_int(), y = b.small_int(), r;
    switch (static_cast<BinaryOp>(op)) {
      case BinaryOp::Add:
        r = x + y;  // cannot overflow int64: both are 63-bit
        return Value::fits_small_int(r) ? Value::small_int(r) : Value();
      case BinaryOp::Sub:
        r = x - y;
        return Value::fits_small_int(r) ? Value::small_int(r) : Value();
      case BinaryOp::Mul:
        if (__builtin_mul_overflow(x, y, &r) || !Value::fits_small_int(r)) return Value();
        return Value::small_int(r);
      case BinaryOp::FloorDiv:
        if (y <= 0) return Value();
        r = x / y;
        if (x % y != 0 && x < 0) r--;
        return Value::small_int(r);
      case BinaryOp::Mod:
        if (y <= 0) return Value();
        r = x % y;
        if (r < 0) r += y;
        return Value::small_int(r);
      case BinaryOp::And: return Value::small_int(x & y);
      case BinaryOp::Or: return Value::small_int(x | y);
      case BinaryOp::Xor: return Value::small_int(x ^ y);
      case BinaryOp::RShift:
        if (y < 0 || y > 63) return Value();
        return Value::small_int(x >> y);
      case BinaryOp::TrueDiv: {
        constexpr int64_t kExact = int64_t(1) << 53;
        if (y == 0 || x <= -kExact || x >= kExact || y <= -kExact || y >= kExact) return Value();
        return new_float(static_cast<double>(x) / static_cast<double>(y)).release();
      }
      default:
        return Value();
    }
  }
  // Floats, and a float with a small int (exactly converted when |int| < 2**53).
  auto as_double = [](Value v, double& out) {
    if (v.is_object() && v.object()->type == &float_type) {
      out = float_value(v);
      return true;
    }
    constexpr int64_t kExact = int64_t(1) << 53;
    if (v.is_small_int() && v.small_int() > -kExact && v.small_int() < kExact) {
      out = static_cast<double>(v.small_int());
      return true;
    }
    return false;
  };
  double x, y;
  if ((a.is_object() || b.is_object()) && as_double(a, x) && as_double(b, y)) {
    switch (static_cast<BinaryOp>(op)) {
      case BinaryOp::Add: return float_result(a, b, x + y);
      case BinaryOp::Sub: return float_result(a, b, x - y);
      case BinaryOp::Mul: return float_result(a, b, x * y);
      case BinaryOp::TrueDiv:
        if (y == 0) return Value();
        return float_result(a, b, x / y);
      default: return Value();
    }
  }
  if (op == static_cast<uint32_t>(BinaryOp::Add) && a.is_object() && b.is_object() &&
      a.object()->type == &str_type && b.object()->type == &str_type)
    return str_concat(a, b).release();
  return Value();
}

}  // namespace gilt
