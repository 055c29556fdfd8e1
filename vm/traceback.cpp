// Traceback entries and the CPython 3.11 traceback report.
#include "vm/traceback.h"

#include <fstream>
#include <set>
#include <sstream>

#include "grammar/parse.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exception_group.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/suggestions.h"
#include "runtime/tuple_object.h"
#include "runtime/text_stream.h"
#include "runtime/utf8.h"
#include "vm/frame.h"
#include "vm/frame_object.h"
#include "vm/interpreter_state.h"
#include "vm/thread_state.h"

namespace gilt {

Type traceback_type;

Ref new_traceback(Value next, Frame* frame) {
  auto* tb = new_object<TracebackObject>(&traceback_type);
  tb->next = Ref(next);
  tb->code = Ref(Value::object(frame->code));
  tb->globals = Ref(Value::object(frame->globals));
  tb->builtins = Ref(Value::object(frame->builtins));
  tb->lasti = static_cast<int>(frame->lasti());
  tb->lineno = frame->code->line_at(static_cast<size_t>(tb->lasti));
  return Ref::steal(tb);
}

static Ref traceback_getattr(Value self, StrObject* name) {
  auto* tb = self.as<TracebackObject>();
  std::string_view n = name->view();
  if (n == "tb_next") return tb->next.is_null() ? Ref(Value::none()) : tb->next;
  if (n == "tb_lineno") return int_from_int64(tb->lineno);
  if (n == "tb_lasti") return int_from_int64(tb->lasti * 2);
  if (n == "tb_frame") return new_frame_snapshot(tb->code, tb->globals, tb->builtins, tb->lasti);
  return generic_getattr(self, name);
}

// Frees a traceback chain iteratively: a million-deep recursion leaves a
// million entries, and a recursive release would overflow the C stack.
static void dealloc_traceback(Object* o) {
  Value next = static_cast<TracebackObject*>(o)->next.release();
  dealloc_object<TracebackObject>(o);
  while (!next.is_null()) {
    auto* tb = next.as<TracebackObject>();
    if (tb->refcount > 1) {
      decref(next);
      break;
    }
    Value after = tb->next.release();
    decref(next);
    next = after;
  }
}

// A traceback reaches its frames' globals (a cycle: a module global holding
// an exception whose traceback runs through that module).
static void traceback_traverse(Object* o, const Visitor& visit) {
  auto* tb = static_cast<TracebackObject*>(o);
  visit(tb->next);
  visit(tb->code);
  visit(tb->globals);
  visit(tb->builtins);
}

void init_traceback_type() {
  traceback_type.getattr = traceback_getattr;
  set_gc_slots(traceback_type, traceback_traverse, nullptr);
  init_static_type(traceback_type, "traceback", sizeof(TracebackObject), dealloc_traceback);
  traceback_type.flags &= ~kTypeBaseType;
}

// ------------------------------------------------------------------ source lines

// Line `lineno` (1-based) of the code's source, without its newline.
static std::string source_line(const CodeObject* code, int lineno) {
  // Like CPython's linecache: "<string>", "<stdin>" and friends have no lines.
  if (code->filename.empty() || code->filename[0] == '<') return "";
  std::string text;
  if (code->source) {
    text = *code->source;
  } else {
    std::ifstream in(code->filename, std::ios::binary);
    if (!in) return "";
    std::stringstream ss;
    ss << in.rdbuf();
    text = ss.str();
  }
  size_t pos = 0;
  for (int i = 1; i < lineno; i++) {
    pos = text.find('\n', pos);
    if (pos == std::string::npos) return "";
    pos++;
  }
  size_t end = text.find('\n', pos);
  std::string line = text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\v'; }

static size_t char_offset(std::string_view line, int byte_offset) {
  if (byte_offset <= 0) return 0;
  size_t b = std::min<size_t>(static_cast<size_t>(byte_offset), line.size());
  return static_cast<size_t>(utf8::length(line.substr(0, b)));
}

// Where `~~^^~~` anchors go for a binary operation or subscript segment, as
// CPython's traceback.py computes them; false when neither applies.
static bool caret_anchors(const std::string& segment, size_t& left, size_t& right) {
  ParseResult parsed = parse(segment, "<string>", ParseMode::File);
  if (!parsed.module || parsed.module->body.size() != 1) return false;
  const ast::Stmt* st = parsed.module->body[0].get();
  if (st->kind != ast::StmtKind::Expr) return false;
  const ast::Expr* e = static_cast<const ast::ExprStmt*>(st)->value.get();
  auto normalize = [&](int byte_offset) { return char_offset(segment, byte_offset); };
  if (e->kind == ast::ExprKind::BinOp) {
    auto* b = static_cast<const ast::BinOp*>(e);
    size_t op_start = static_cast<size_t>(b->left->pos.end_col);
    size_t op_end = static_cast<size_t>(b->right->pos.col);
    std::string op = segment.substr(op_start, op_end - op_start);
    size_t offset = 0;
    while (offset < op.size() && is_space(op[offset])) offset++;
    size_t l = op_start + offset;
    size_t r = l + 1;
    if (offset + 1 < op.size() && !is_space(op[offset + 1])) r++;
    while (l < segment.size() && (is_space(segment[l]) || segment[l] == ')' || segment[l] == '#')) {
      l++;
      r++;
    }
    left = normalize(static_cast<int>(l));
    right = normalize(static_cast<int>(r));
    return true;
  }
  if (e->kind == ast::ExprKind::Subscript) {
    auto* s = static_cast<const ast::Subscript*>(e);
    size_t l = normalize(s->value->pos.end_col);
    size_t r = normalize(s->slice->pos.end_col + 1);
    std::u32string chars;
    for (size_t i = 0; i < segment.size();) chars += utf8::decode(segment, i);
    while (l < chars.size() && chars[l] != '[') l++;
    while (r < chars.size() && chars[r] != ']') r++;
    if (r < chars.size()) r++;
    left = l;
    right = r;
    return true;
  }
  return false;
}

static void format_entry(std::string& out, const TracebackObject* tb) {
  auto* code = tb->code.as<CodeObject>();
  out += "  File \"" + code->filename + "\", line " + std::to_string(tb->lineno) + ", in " + code->name + "\n";
  std::string line = source_line(code, tb->lineno);
  size_t first = 0;
  while (first < line.size() && is_space(line[first])) first++;
  size_t last = line.size();
  while (last > first && is_space(line[last - 1])) last--;
  if (first >= last) return;
  std::string stripped = line.substr(first, last - first);
  out += "    " + stripped + "\n";

  SourcePos pos = static_cast<size_t>(tb->lasti) < code->positions.size() ? code->positions[tb->lasti] : SourcePos();
  if (pos.col < 0 || pos.end_col < 0 || pos.line != tb->lineno) return;
  size_t stripped_chars = char_offset(line, static_cast<int>(first));
  size_t stripped_len = static_cast<size_t>(utf8::length(stripped));
  size_t start = char_offset(line, pos.col);
  size_t end;
  bool have_anchors = false;
  size_t left = 0, right = 0;
  if (pos.end_line == pos.line) {
    end = char_offset(line, pos.end_col);
    size_t b0 = std::min<size_t>(pos.col, line.size()), b1 = std::min<size_t>(pos.end_col, line.size());
    if (b1 > b0) have_anchors = caret_anchors(line.substr(b0, b1 - b0), left, right);
  } else {
    end = stripped_chars + stripped_len;
  }
  if (end <= start) return;
  if (!(end - start < stripped_len || (have_anchors && right > left))) return;
  std::string carets = "    " + std::string(start - stripped_chars, ' ');
  if (have_anchors) {
    carets += std::string(left, '~');
    carets += std::string(right - left, '^');
    carets += std::string(end - start - right, '~');
  } else {
    carets += std::string(end - start, '^');
  }
  out += carets + "\n";
}

// The traceback section of one exception, with CPython's folding of a line
// repeated more than three times.
static void format_traceback_entries(std::string& out, Value tb_value);

static void format_traceback(std::string& out, Value tb_value) {
  if (tb_value.is_null()) return;
  out += "Traceback (most recent call last):\n";
  format_traceback_entries(out, tb_value);
}

// The entries of a traceback, without the header line.
static void format_traceback_entries(std::string& out, Value tb_value) {
  // Like CPython, show only the innermost 1000 entries.
  for (const std::string& entry : traceback_entries(tb_value, -1000)) out += entry;
}

std::vector<std::string> traceback_entries(Value tb_value, int64_t limit) {
  std::vector<const TracebackObject*> chosen;
  for (Value v = tb_value; !v.is_null(); v = v.as<TracebackObject>()->next)
    chosen.push_back(v.as<TracebackObject>());
  if (limit >= 0 && chosen.size() > static_cast<size_t>(limit))
    chosen.resize(static_cast<size_t>(limit));
  else if (limit < 0 && chosen.size() > static_cast<size_t>(-limit))
    chosen.erase(chosen.begin(), chosen.end() - static_cast<ptrdiff_t>(-limit));

  std::vector<std::string> entries;
  std::string last_file, last_name;
  int last_line = -1;
  int count = 0;
  auto flush_repeats = [&] {
    if (count > 3)
      entries.push_back("  [Previous line repeated " + std::to_string(count - 3) + " more time" +
                        (count - 3 > 1 ? "s" : "") + "]\n");
  };
  for (const TracebackObject* tb : chosen) {
    auto* code = tb->code.as<CodeObject>();
    if (code->filename == last_file && code->name == last_name && tb->lineno == last_line) {
      if (++count > 3) continue;
    } else {
      flush_repeats();
      last_file = code->filename;
      last_name = code->name;
      last_line = tb->lineno;
      count = 1;
    }
    std::string entry;
    format_entry(entry, tb);
    entries.push_back(std::move(entry));
  }
  flush_repeats();
  return entries;
}

static std::string exception_type_name(Value exc) {
  Type* t = type_of(exc);
  std::string module = "builtins";
  if (t->flags & kTypeHeap) {
    Value m = dict_get_str(t->dict.as<DictObject>(), GILT_NAME("__module__"));
    if (!m.is_null() && is_str(m)) module = std::string(str_view(m));
  }
  if (module == "builtins" || module == "__main__") return t->qualname;
  return module + "." + t->qualname;
}

static Value exception_attr(Value exc, const char* name) {
  auto* e = exc.as<ExceptionObject>();
  if (e->dict.is_null()) return Value();
  return dict_get_str(e->dict.as<DictObject>(), intern(name));
}

static void format_syntax_error(std::string& out, Value exc) {
  Value filename = exception_attr(exc, "filename");
  Value lineno = exception_attr(exc, "lineno");
  Value text = exception_attr(exc, "text");
  Value offset = exception_attr(exc, "offset");
  Value end_offset = exception_attr(exc, "end_offset");
  Value end_lineno = exception_attr(exc, "end_lineno");
  if (filename.is_null() || !is_str(filename)) return;
  out += "  File \"" + std::string(str_view(filename)) + "\", line " + str_string(lineno) + "\n";
  if (text.is_null() || !is_str(text)) return;
  std::string line(str_view(text));
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  size_t first = 0;
  while (first < line.size() && is_space(line[first])) first++;
  std::string shown = line.substr(first);
  size_t shown_end = shown.size();
  while (shown_end > 0 && is_space(shown[shown_end - 1])) shown_end--;
  out += "    " + shown.substr(0, shown_end) + "\n";
  if (offset.is_null() || !is_int(offset)) return;
  int64_t col = 0, end_col = -1;
  int_to_int64(offset, col);
  if (!end_offset.is_null() && is_int(end_offset)) int_to_int64(end_offset, end_col);
  int64_t line_no = 0, end_line_no = 0;
  int_to_int64(lineno, line_no);
  if (!end_lineno.is_null() && is_int(end_lineno)) int_to_int64(end_lineno, end_line_no);
  if (col <= 0) return;
  bool indentation = type_of(exc)->is_subtype_of(&exc::IndentationError);
  int64_t carets = (!indentation && end_line_no == line_no && end_col > col) ? end_col - col : 1;
  // Columns are 1-based in the unstripped line; the shown line is stripped.
  int64_t start = col - 1 - static_cast<int64_t>(first);
  int64_t len = static_cast<int64_t>(utf8::length(shown.substr(0, shown_end)));
  if (start < 0) return;  // points left of the text: no caret, as CPython
  // A block missing at the end of the file: CPython's error then carries no
  // usable column.
  if (indentation && start >= len && str_view(exception_attr(exc, "msg")).starts_with("expected an indented block"))
    return;
  if (start > len) start = len;
  out += "    " + std::string(static_cast<size_t>(start), ' ') + std::string(static_cast<size_t>(carets), '^') + "\n";
}

// CPython 3.11's hint for a misspelt name: ". Did you mean: 'x'?".
static std::string did_you_mean(Value exc) {
  Type* t = type_of(exc);
  std::string suggestion;
  if (t->is_subtype_of(&exc::NameError)) {
    Value s = exc.as<ExceptionObject>()->suggestion;
    if (!s.is_null()) suggestion = std::string(str_view(s));
  } else if (t->is_subtype_of(&exc::AttributeError)) {
    Value name = exception_attr(exc, "name");
    Value obj = exception_attr(exc, "obj");
    if (name.is_null() || !is_str(name) || obj.is_null()) return "";
    try {
      ThreadState* ts = ThreadState::current();
      Value dir = dict_get_str(ts->interp->builtins.as<DictObject>(), GILT_NAME("dir"));
      if (dir.is_null()) return "";
      Ref names = call(dir, {obj});
      std::vector<std::string> candidates;
      Ref it = get_iter(names);
      for (Ref n = iter_next(it); !n.is_null(); n = iter_next(it))
        if (is_str(n)) candidates.emplace_back(str_view(n));
      suggestion = suggest_name(str_view(name), candidates);
    } catch (PyException&) {
      return "";
    }
  }
  return suggestion.empty() ? "" : ". Did you mean: '" + suggestion + "'?";
}

// The last line(s) of a report: "Type: message", then the notes.
static void format_exception_only(std::string& out, Value exc) {
  Type* t = type_of(exc);
  std::string message;
  if (t->is_subtype_of(&exc::SyntaxError)) {
    format_syntax_error(out, exc);
    Value msg = exception_attr(exc, "msg");
    message = msg.is_null() || msg.is_none() ? str_string(exc) : str_string(msg);
  } else {
    message = str_string(exc);
  }
  message += did_you_mean(exc);
  std::string name = exception_type_name(exc);
  out += message.empty() ? name + "\n" : name + ": " + message + "\n";
  Value notes = exception_attr(exc, "__notes__");
  if (!notes.is_null()) {
    Ref it = get_iter(notes);
    for (Ref n = iter_next(it); !n.is_null(); n = iter_next(it)) out += str_string(n) + "\n";
  }
}

static void format_one(std::string& out, Value exc) {
  format_traceback(out, exc.as<ExceptionObject>()->traceback);
  format_exception_only(out, exc);
}

// Where a report is in the nesting of exception groups, which draw their
// members in boxes as CPython's traceback module does.
struct ReportContext {
  std::set<const Object*> seen;
  int group_depth = 0;
  bool need_close = false;

  std::string indent() const { return std::string(2 * static_cast<size_t>(group_depth), ' '); }
  // Appends `text`, each line prefixed with the margin when inside a group.
  void emit(std::string& out, const std::string& text, char margin = '|') const {
    if (group_depth == 0) {
      out += text;
      return;
    }
    std::string prefix = indent() + margin + ' ';
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size() - 1;
      out += prefix + text.substr(start, end - start + 1);
      start = end + 1;
    }
  }
};

constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

static void format_report(std::string& out, Value exc, ReportContext& ctx) {
  // The chain, from the exception back to its first cause or context; each
  // with the message that introduces it after the one before.
  std::vector<std::pair<const char*, Value>> chain;
  for (Value e = exc; !e.is_null();) {
    ctx.seen.insert(e.object());
    auto* eo = e.as<ExceptionObject>();
    const char* message = nullptr;
    Value next;
    if (!eo->cause.is_null() && !ctx.seen.count(eo->cause.object())) {
      message = "\nThe above exception was the direct cause of the following exception:\n\n";
      next = eo->cause;
    } else if (!eo->context.is_null() && !eo->suppress_context && !ctx.seen.count(eo->context.object())) {
      message = "\nDuring handling of the above exception, another exception occurred:\n\n";
      next = eo->context;
    }
    chain.emplace_back(message, e);
    e = next;
  }
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (it->first) ctx.emit(out, it->first);
    Value e = it->second;
    Value tb = e.as<ExceptionObject>()->traceback;
    std::string text;
    if (!is_exception_group(e)) {
      format_traceback(text, tb);
      format_exception_only(text, e);
      ctx.emit(out, text);
    } else if (ctx.group_depth > kMaxGroupDepth) {
      ctx.emit(out, "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
    } else {
      bool toplevel = ctx.group_depth == 0;
      if (toplevel) ctx.group_depth++;
      if (!tb.is_null()) {
        ctx.emit(out, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
        format_traceback_entries(text, tb);
      }
      format_exception_only(text, e);
      ctx.emit(out, text);
      auto* members = exception_group_exceptions(e).as<TupleObject>();
      int64_t count = members->size;
      int64_t shown = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
      ctx.need_close = false;
      for (int64_t i = 0; i < shown; i++) {
        bool last = i == shown - 1;
        if (last) ctx.need_close = true;
        bool truncated = i >= kMaxGroupWidth;
        std::string title = truncated ? "..." : std::to_string(i + 1);
        out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
        ctx.group_depth++;
        if (!truncated) {
          format_report(out, members->items()[i], ctx);
        } else {
          int64_t more = count - kMaxGroupWidth;
          ctx.emit(out, "and " + std::to_string(more) + " more exception" + (more > 1 ? "s" : "") + "\n");
        }
        if (last && ctx.need_close) {
          out += ctx.indent() + "+------------------------------------\n";
          ctx.need_close = false;
        }
        ctx.group_depth--;
      }
      if (toplevel) ctx.group_depth = 0;
    }
  }
}

std::string format_exception(Value exc) {
  std::string out;
  ReportContext ctx;
  format_report(out, exc, ctx);
  return out;
}

std::string format_exception_only(Value exc) {
  std::string out;
  format_exception_only(out, exc);
  return out;
}

void write_unraisable(Value exc, Value obj) { write_unraisable(exc, obj, "Exception ignored in"); }

void write_unraisable(Value exc, Value obj, const char* prefix) {
  ThreadState* ts = ThreadState::current();
  try {
    Ref err = try_get_attr(ts->interp->sys, GILT_NAME("stderr"));
    if (err.is_null() || err.get().is_none()) return;
    // Like CPython, an exception that never passed through a frame gets the
    // running frame as its traceback.
    auto* e = exc.as<ExceptionObject>();
    if (e->traceback.is_null() && ts->frame)
      e->traceback = new_traceback(Value(), ts->frame);
    std::string where;
    try {
      where = repr_string(obj);
    } catch (PyException&) {
      where = "<object repr() failed>";
    }
    // Only this exception, without its cause or context, as CPython's hook.
    std::string report;
    format_one(report, exc);
    write_text(err, std::string(prefix) + ": " + where + "\n" + report);
    flush_stream(err);
  } catch (PyException&) {
    // Nowhere left to report it.
  }
}

}  // namespace gilt
