// File objects: what open() returns, as CPython's io stack.
//
// CPython layers a TextIOWrapper over a BufferedReader/Writer/Random over a
// FileIO. gilt keeps the layers as types (with their names, reprs, modes and
// errors) but not as separate buffers: the objects viewing one open file (a
// TextIOWrapper, its .buffer, and that one's .raw) share one FileState, which
// holds the descriptor and a single read-ahead and write-behind buffer. The
// text layer decodes and translates newlines as it consumes bytes from that
// buffer, so tell() of a text file is the byte position, as CPython's
// opaque cookie is for UTF-8 at character boundaries.
//
// Every system call on an open file goes through FileState's three
// functions in file_object.cpp (sys_read, sys_write, sys_seek): the one
// place that will release the GIL around blocking I/O. Once it does, the
// state needs a lock of its own (as CPython's buffered objects have), since
// another thread may then use the same file while one blocks.
//
// Why stdlib/ and not runtime/: nothing below the standard library opens
// files. The runtime's text_stream (sys.stdout and friends) is all the VM
// writes to, and print() and tracebacks reach file objects through their
// write() method like any other stream.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "runtime/type.h"

namespace gilt {

// One open file descriptor and its buffers.
struct FileState {
  int fd = -1;
  bool closefd = true;
  bool closed = false;
  bool readable = false, writable = false, appending = false;
  Ref name;              // as given to open(): str, bytes or int
  std::string raw_mode;  // FileIO's mode: "rb", "wb", "ab", "xb", "rb+", ...
  size_t buffer_size = 8192;
  std::string rbuf;  // bytes read ahead; rbuf[rpos:] not consumed yet
  size_t rpos = 0;
  bool eof = false;  // the last read returned nothing (cleared by seeks and writes)
  std::string wbuf;  // bytes written but not yet on the file

  ~FileState();

  // The system calls (see the header comment). sys_read returns 0 at end of
  // file; all raise OSError (EINTR retried, after checking for Ctrl-C).
  size_t sys_read(char* buffer, size_t size);
  void sys_write(std::string_view data);
  int64_t sys_seek(int64_t offset, int whence);

  std::string_view pending() const { return std::string_view(rbuf).substr(rpos); }
  // Reads one more chunk into rbuf; false at end of file.
  bool fill();
  // Writes wbuf out.
  void flush_writes();
  // Before writing: give back read-ahead bytes (seek back over them).
  void drop_read_ahead();
  // The logical position: the file's offset adjusted for both buffers.
  int64_t tell();
  void close();
};

enum class FileKind : uint8_t { Raw, BufferedReader, BufferedWriter, BufferedRandom, Text };

struct FileObject : Object {
  std::shared_ptr<FileState> state;
  FileKind kind = FileKind::Text;
  std::string mode;  // the mode attribute: open()'s mode for text, FileIO's for the others
  Ref buffer;        // text: the buffered view, made on first use
  Ref raw;           // buffered: the FileIO view, made on first use
  Ref dict;
  // Text files only.
  std::string encoding;  // as given (or the locale's), shown by repr
  std::string codec;     // canonical: "utf-8", "ascii" or "latin-1"
  std::string errors = "strict";
  bool has_newline = false;  // newline=None: universal newlines in, os.linesep out
  std::string newline;       // otherwise '', '\n', '\r' or '\r\n'
  bool line_buffering = false;
  bool write_through = false;
  bool telling = true;  // false while iterating (tell() is disabled, as in CPython)
};

extern Type file_io_type, buffered_reader_type, buffered_writer_type, buffered_random_type,
    text_io_wrapper_type;
// The io module's abstract bases, as types of their own.
extern Type io_base_type, raw_io_base_type, buffered_io_base_type, text_io_base_type;
// io.UnsupportedOperation (a subclass of OSError and ValueError).
extern Type unsupported_operation_type;

void init_file_types();
// The built-in open().
Ref builtin_open(Value self, CallArgs args);

// Shared by the file types and io.StringIO/BytesIO.
[[noreturn]] void raise_closed_file();
[[noreturn]] void raise_unsupported(const std::string& message);
// "argument should be integer or None, not 'str'": read(n)/readline(n) sizes; -1 for None.
int64_t size_arg(Value v);
// __exit__(*exc_info): self.close().
Ref io_exit(Value self, CallArgs args);

// text_file.cpp: the TextIOWrapper methods.
void init_text_file_type();
Ref text_file_repr(Value self);

}  // namespace gilt
