// Traceback objects and CPython-style traceback printing.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/type.h"
#include "vm/code.h"

namespace gilt {

struct Frame;

// One entry of exc.__traceback__: where an exception passed through a frame.
// Entries run from the outermost frame (the head) to the one that raised.
struct TracebackObject : Object {
  Ref next;   // TracebackObject or null
  Ref code;   // the CodeObject of the frame
  Ref globals, builtins;  // the frame's, for tb_frame
  int lasti = 0;   // word index of the instruction
  int lineno = 0;
};

extern Type traceback_type;
Ref new_traceback(Value next, Frame* frame);

// The full report CPython prints for an uncaught exception: the chain of
// causes/contexts, each with "Traceback (most recent call last):", the
// entries with source lines and carets, and "Type: message".
std::string format_exception(Value exc);
// Its last line(s): "Type: message" and the notes.
std::string format_exception_only(Value exc);
// The entries of a traceback ("  File ..., line N, in f", the source line,
// the carets), a string each, lines repeated more than three times folded
// as in the report. limit >= 0 keeps the outermost `limit` entries, < 0 the
// innermost -limit (the traceback module's convention).
std::vector<std::string> traceback_entries(Value tb, int64_t limit);

// Reports an exception that cannot be raised (from a finalizer) on
// sys.stderr, as CPython does: "Exception ignored in: <repr of obj>" and the
// traceback.
void write_unraisable(Value exc, Value obj);
// The same with another first line: "<prefix>: <repr of obj>".
void write_unraisable(Value exc, Value obj, const char* prefix);

void init_traceback_type();

}  // namespace gilt
