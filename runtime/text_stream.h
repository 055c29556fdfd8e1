// Text streams over file descriptors: sys.stdin, sys.stdout, sys.stderr.
//
// Output is buffered as CPython buffers it: line-buffered when the stream is
// a terminal, block-buffered otherwise (stderr is always line-buffered), and
// flushed at exit. Blocking writes and reads release the GIL.
#pragma once

#include <mutex>
#include <string>
#include <string_view>

#include "runtime/type.h"

namespace gilt {

struct TextStreamObject : Object {
  int fd = -1;
  std::string name;       // "<stdout>"
  std::string mode;       // "r" or "w"
  std::string buffer;     // pending output, or read-ahead input
  bool line_buffered = false;
  bool closed = false;
  std::mutex mutex;       // guards buffer and closed: threads may print concurrently
  std::mutex write_mutex; // held while writing to fd, so flushes do not interleave
};

extern Type text_stream_type;

Ref new_text_stream(int fd, const std::string& name, const std::string& mode, bool line_buffered);
// file.write(text), with a fast path for native streams.
void write_text(Value file, std::string_view text);
void flush_stream(Value file);
// One line including its newline; "" at end of file.
std::string read_line(Value stream);

// After fork(): fresh mutexes (another thread may have held them).
void reinit_stream_locks(Value stream);

void init_text_stream_type();

}  // namespace gilt
