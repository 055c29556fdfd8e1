// The built-in exception hierarchy and the exception object layout.
#pragma once

#include "runtime/type.h"

namespace gilt {

// X(Name, Base): every built-in exception class, parents before children,
// with CPython 3.11's inheritance.
#define GILT_EXCEPTION_TYPES(X)                  \
  X(BaseException, object_type)                  \
  X(BaseExceptionGroup, exc::BaseException)      \
  X(GeneratorExit, exc::BaseException)           \
  X(KeyboardInterrupt, exc::BaseException)       \
  X(SystemExit, exc::BaseException)              \
  X(Exception, exc::BaseException)               \
  X(ExceptionGroup, exc::BaseExceptionGroup)     \
  X(ArithmeticError, exc::Exception)             \
  X(FloatingPointError, exc::ArithmeticError)    \
  X(OverflowError, exc::ArithmeticError)         \
  X(ZeroDivisionError, exc::ArithmeticError)     \
  X(AssertionError, exc::Exception)              \
  X(AttributeError, exc::Exception)              \
  X(BufferError, exc::Exception)                 \
  X(EOFError, exc::Exception)                    \
  X(ImportError, exc::Exception)                 \
  X(ModuleNotFoundError, exc::ImportError)       \
  X(LookupError, exc::Exception)                 \
  X(IndexError, exc::LookupError)                \
  X(KeyError, exc::LookupError)                  \
  X(MemoryError, exc::Exception)                 \
  X(NameError, exc::Exception)                   \
  X(UnboundLocalError, exc::NameError)           \
  X(OSError, exc::Exception)                     \
  X(BlockingIOError, exc::OSError)               \
  X(ChildProcessError, exc::OSError)             \
  X(ConnectionError, exc::OSError)               \
  X(BrokenPipeError, exc::ConnectionError)       \
  X(ConnectionAbortedError, exc::ConnectionError) \
  X(ConnectionRefusedError, exc::ConnectionError) \
  X(ConnectionResetError, exc::ConnectionError) \
  X(FileExistsError, exc::OSError)               \
  X(FileNotFoundError, exc::OSError)             \
  X(InterruptedError, exc::OSError)              \
  X(IsADirectoryError, exc::OSError)             \
  X(NotADirectoryError, exc::OSError)            \
  X(PermissionError, exc::OSError)               \
  X(ProcessLookupError, exc::OSError)            \
  X(TimeoutError, exc::OSError)                  \
  X(ReferenceError, exc::Exception)              \
  X(RuntimeError, exc::Exception)                \
  X(NotImplementedError, exc::RuntimeError)      \
  X(RecursionError, exc::RuntimeError)           \
  X(StopAsyncIteration, exc::Exception)          \
  X(StopIteration, exc::Exception)               \
  X(SyntaxError, exc::Exception)                 \
  X(IndentationError, exc::SyntaxError)          \
  X(TabError, exc::IndentationError)             \
  X(SystemError, exc::Exception)                 \
  X(TypeError, exc::Exception)                   \
  X(ValueError, exc::Exception)                  \
  X(UnicodeError, exc::ValueError)               \
  X(UnicodeDecodeError, exc::UnicodeError)       \
  X(UnicodeEncodeError, exc::UnicodeError)       \
  X(UnicodeTranslateError, exc::UnicodeError)    \
  X(Warning, exc::Exception)                     \
  X(DeprecationWarning, exc::Warning)            \
  X(RuntimeWarning, exc::Warning)                \
  X(UserWarning, exc::Warning)                   \
  X(PendingDeprecationWarning, exc::Warning)     \
  X(SyntaxWarning, exc::Warning)                 \
  X(FutureWarning, exc::Warning)                 \
  X(ImportWarning, exc::Warning)                 \
  X(UnicodeWarning, exc::Warning)                \
  X(BytesWarning, exc::Warning)                  \
  X(ResourceWarning, exc::Warning)               \
  X(EncodingWarning, exc::Warning)

namespace exc {
#define GILT_DECLARE_EXCEPTION(name, base) extern Type name;
GILT_EXCEPTION_TYPES(GILT_DECLARE_EXCEPTION)
#undef GILT_DECLARE_EXCEPTION
}  // namespace exc

// Instances of BaseException and every subclass, built-in or not. Attributes
// particular to some classes (StopIteration.value, SystemExit.code, OSError's
// errno, SyntaxError's position) live in `dict`, set by their __init__.
struct ExceptionObject : Object {
  Ref args;       // tuple
  Ref traceback;  // TracebackObject or null
  Ref cause;      // __cause__ or null
  Ref context;    // __context__ or null
  bool suppress_context = false;
  Ref dict;  // __dict__ (a DictObject), created on demand
  // NameError: the name a traceback suggests ("Did you mean: 'x'?"), found
  // where it was raised, since that is where the candidate names are known.
  Ref suggestion;
};

void init_exception_types();

inline bool is_exception_type(const Type* t) { return t->flags & kTypeExceptionSubclass; }
inline bool is_exception(Value v) { return is_exception_type(type_of(v)); }

// Create `type(*args)` / `type(message)` without running Python code.
Ref new_exception(Type* type, Value args_tuple);
Ref new_exception(Type* type, const std::string& message);

// str(exc) as CPython prints it in a traceback's last line.
std::string exception_message(Value exc);

}  // namespace gilt
