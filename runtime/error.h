// How native code reports a Python exception — the one mechanism gilt uses.
//
//   Native code raises by throwing `PyException` (through raise(...) below),
//   which carries the exception instance. Nothing else is ever thrown across
//   gilt's code, and no function reports failure through its return value.
//
// Why C++ exceptions rather than CPython's "return NULL and set an error":
// every native function would otherwise have to check every call it makes, and
// a forgotten check is a silent bug. With RAII references (Ref), unwinding the
// C++ stack also releases every reference it held, so native code stays
// leak-free without cleanup paths. Throwing costs more than returning, so the
// common non-exceptional outcomes are not exceptions at all:
//   - attribute lookup slots return a null Ref for "missing",
//   - iterator `next` slots return a null Ref for "exhausted",
//   - dict lookups return a null Value for "absent".
// Python code's own `raise` never throws in C++: the interpreter unwinds its
// frames directly. The interpreter catches PyException at the instruction that
// called into native code, adds the traceback entry, and unwinds from there.
#pragma once

#include <string>

#include "runtime/object.h"

namespace gilt {

struct Type;

struct PyException {
  Ref exception;  // an instance of BaseException or a subclass
};

// Raise an existing exception instance.
[[noreturn]] void raise(Value exception);
// Raise `type(message)`.
[[noreturn]] void raise(Type* type, const std::string& message);

[[noreturn]] void raise_type_error(const std::string& message);
[[noreturn]] void raise_value_error(const std::string& message);
[[noreturn]] void raise_index_error(const std::string& message);
[[noreturn]] void raise_key_error(Value key);
[[noreturn]] void raise_attribute_error(Value obj, Value name);
[[noreturn]] void raise_overflow_error(const std::string& message);
[[noreturn]] void raise_zero_division(const std::string& message);
[[noreturn]] void raise_memory_error();
// OSError for a failed system call, as the subclass CPython picks for the
// errno (FileNotFoundError for ENOENT, ...): "[Errno 2] No such file or
// directory: 'name'", with errno, strerror, filename and filename2 set.
[[noreturn]] void raise_os_error(int code, Value filename = Value(), Value filename2 = Value());

// Reports an exception that has nowhere to propagate (raised by a finalizer
// such as __del__, or by a gc callback) the way CPython does: "Exception
// ignored in: <repr of obj>" and its traceback on sys.stderr. The VM layer,
// which knows sys.stderr and tracebacks, installs the writer; without one the
// report is dropped.
void report_unraisable(Value exc, Value obj);
void set_unraisable_writer(void (*writer)(Value exc, Value obj));

}  // namespace gilt
