// The built-in exception classes and the error-raising helpers of error.h.
#include "runtime/exceptions.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/bytes_object.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/utf8.h"

namespace gilt {

namespace exc {
#define GILT_DEFINE_EXCEPTION(name, base) Type name;
GILT_EXCEPTION_TYPES(GILT_DEFINE_EXCEPTION)
#undef GILT_DEFINE_EXCEPTION
}  // namespace exc

static ExceptionObject* as_exc(Value v) { return v.as<ExceptionObject>(); }

static Value dict_attr(Value self, const char* name) {
  auto* e = as_exc(self);
  if (e->dict.is_null()) return Value();
  return dict_get_str(e->dict.as<DictObject>(), intern(name));
}

static void set_dict_attr(Value self, const char* name, Value v) {
  auto* e = as_exc(self);
  if (e->dict.is_null()) e->dict = new_dict();
  dict_set(e->dict.as<DictObject>(), Value::object(intern(name)), v);
}

// Per-class initialization of the attributes CPython derives from args.
static void init_special_attributes(Value self) {
  Type* t = type_of(self);
  auto* args = as_exc(self)->args.as<TupleObject>();
  Value first = args->size ? args->items()[0] : Value::none();
  if (t->is_subtype_of(&exc::StopIteration)) {
    set_dict_attr(self, "value", first);
  } else if (t->is_subtype_of(&exc::SystemExit)) {
    set_dict_attr(self, "code", args->size > 1 ? Value(as_exc(self)->args) : first);
  } else if (t->is_subtype_of(&exc::OSError)) {
    // OSError(errno, strerror[, filename[, winerror[, filename2]]]). With a
    // filename, args keeps only the first two, as CPython's oserror_init does.
    bool pair = args->size >= 2 && args->size <= 5;
    Ref filename = pair && args->size >= 3 ? Ref(args->items()[2]) : Ref(Value::none());
    Ref filename2 = pair && args->size == 5 && !filename.get().is_none() ? Ref(args->items()[4]) : Ref(Value::none());
    set_dict_attr(self, "errno", pair ? args->items()[0] : Value::none());
    set_dict_attr(self, "strerror", pair ? args->items()[1] : Value::none());
    set_dict_attr(self, "filename", filename);
    set_dict_attr(self, "filename2", filename2);
    if (!filename.get().is_none()) as_exc(self)->args = make_tuple(args->items(), 2);
  } else if (t->is_subtype_of(&exc::ImportError)) {
    if (dict_attr(self, "name").is_null()) set_dict_attr(self, "name", Value::none());
    if (dict_attr(self, "path").is_null()) set_dict_attr(self, "path", Value::none());
    set_dict_attr(self, "msg", first);
  } else if (t->is_subtype_of(&exc::SyntaxError)) {
    set_dict_attr(self, "msg", first);
    static const char* fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    Value info = args->size >= 2 ? args->items()[1] : Value();
    for (int i = 0; i < 6; i++) {
      Value v = Value::none();
      if (!info.is_null() && is_tuple(info) && i < info.as<TupleObject>()->size) v = info.as<TupleObject>()->items()[i];
      set_dict_attr(self, fields[i], v);
    }
    set_dict_attr(self, "print_file_and_line", Value::none());
  } else if (t->is_subtype_of(&exc::UnicodeError)) {
    // (encoding, object, start, end, reason); UnicodeTranslateError has no encoding.
    bool translate = t->is_subtype_of(&exc::UnicodeTranslateError);
    int64_t want = translate ? 4 : 5;
    if ((t->is_subtype_of(&exc::UnicodeEncodeError) || t->is_subtype_of(&exc::UnicodeDecodeError) ||
         translate) &&
        args->size == want) {
      int64_t skip = translate ? 1 : 0;
      set_dict_attr(self, "encoding", translate ? Value::none() : args->items()[0]);
      set_dict_attr(self, "object", args->items()[1 - skip]);
      set_dict_attr(self, "start", args->items()[2 - skip]);
      set_dict_attr(self, "end", args->items()[3 - skip]);
      set_dict_attr(self, "reason", args->items()[4 - skip]);
    }
  } else if (t->is_subtype_of(&exc::AttributeError) || t->is_subtype_of(&exc::NameError)) {
    if (dict_attr(self, "name").is_null()) set_dict_attr(self, "name", Value::none());
    if (t->is_subtype_of(&exc::AttributeError) && dict_attr(self, "obj").is_null())
      set_dict_attr(self, "obj", Value::none());
  }
}

// OSError(errno, ...) creates the subclass for that errno, as CPython's errnomap.
static Type* os_error_subclass(int64_t code) {
  switch (code) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return &exc::BlockingIOError;
    case ECHILD: return &exc::ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &exc::BrokenPipeError;
    case ECONNABORTED: return &exc::ConnectionAbortedError;
    case ECONNREFUSED: return &exc::ConnectionRefusedError;
    case ECONNRESET: return &exc::ConnectionResetError;
    case EEXIST: return &exc::FileExistsError;
    case ENOENT: return &exc::FileNotFoundError;
    case EISDIR: return &exc::IsADirectoryError;
    case ENOTDIR: return &exc::NotADirectoryError;
    case EINTR: return &exc::InterruptedError;
    case EACCES: case EPERM: return &exc::PermissionError;
    case ESRCH: return &exc::ProcessLookupError;
    case ETIMEDOUT: return &exc::TimeoutError;
    default: return &exc::OSError;
  }
}

static Ref exception_new(Type* type, CallArgs args) {
  if (type == &exc::OSError && args.nargs >= 2 && args.nargs <= 5 && args.args[0].is_small_int())
    type = os_error_subclass(args.args[0].small_int());
  auto* e = new_object<ExceptionObject>(type);
  Ref result = Ref::steal(e);
  e->args = make_tuple(args.args, static_cast<int64_t>(args.nargs));
  return result;
}

static void exception_init(Value self, CallArgs args) {
  Type* t = type_of(self);
  if (args.nkwargs()) {
    // Only ImportError (name=, path=) and subclasses defined in Python accept keywords.
    if (!t->is_subtype_of(&exc::ImportError))
      raise_type_error(t->name + "() takes no keyword arguments");
    auto* kw = args.kwnames;
    for (int64_t i = 0; i < kw->size; i++) {
      std::string_view k = str_view(kw->items()[i]);
      if (k != "name" && k != "path")
        raise_type_error("'" + std::string(k) + "' is an invalid keyword argument for " + t->name + "()");
      set_dict_attr(self, k == "name" ? "name" : "path", args.kwarg(i));
    }
  }
  // The Unicode errors need all their parts (Python subclasses may differ).
  size_t want = t->is_subtype_of(&exc::UnicodeTranslateError) ? 4
                : t->is_subtype_of(&exc::UnicodeEncodeError) || t->is_subtype_of(&exc::UnicodeDecodeError)
                    ? 5
                    : 0;
  if (want && !(t->flags & kTypeHeap) && args.nargs != want)
    raise_type_error("function takes exactly " + std::to_string(want) + " arguments (" +
                     std::to_string(args.nargs) + " given)");
  as_exc(self)->args = make_tuple(args.args, static_cast<int64_t>(args.nargs));
  init_special_attributes(self);
}

Ref new_exception(Type* type, Value args_tuple) {
  auto* e = new_object<ExceptionObject>(type);
  Ref result = Ref::steal(e);
  e->args = Ref(args_tuple);
  init_special_attributes(result);
  return result;
}

Ref new_exception(Type* type, const std::string& message) {
  return new_exception(type, make_tuple({new_str(message)}));
}

static Ref exception_str(Value self) {
  Type* t = type_of(self);
  auto* args = as_exc(self)->args.as<TupleObject>();
  if (t->is_subtype_of(&exc::KeyError) && args->size == 1) return repr(args->items()[0]);
  if (t->is_subtype_of(&exc::OSError)) {
    Value code = dict_attr(self, "errno"), message = dict_attr(self, "strerror");
    Value filename = dict_attr(self, "filename"), filename2 = dict_attr(self, "filename2");
    if (!code.is_null() && !filename.is_null() && !filename.is_none()) {
      std::string s = "[Errno " + str_string(code) + "] " + str_string(message) + ": " + repr_string(filename);
      if (!filename2.is_null() && !filename2.is_none()) s += " -> " + repr_string(filename2);
      return new_str(s);
    }
    if (!code.is_null() && !code.is_none() && !message.is_null() && !message.is_none())
      return new_str("[Errno " + str_string(code) + "] " + str_string(message));
  }
  if (t->is_subtype_of(&exc::SyntaxError)) {
    Value msg = dict_attr(self, "msg");
    Value lineno = dict_attr(self, "lineno");
    Value filename = dict_attr(self, "filename");
    if (msg.is_null() || msg.is_none()) return args->size ? str(args->items()[0]) : new_str("");
    std::string s = str_string(msg);
    bool has_file = !filename.is_null() && is_str(filename);
    bool has_line = !lineno.is_null() && is_int(lineno);
    if (has_file && has_line)
      s += " (" + std::string(str_view(filename)) + ", line " + str_string(lineno) + ")";
    else if (has_file)
      s += " (" + std::string(str_view(filename)) + ")";
    else if (has_line)
      s += " (line " + str_string(lineno) + ")";
    return new_str(s);
  }
  bool translate = t->is_subtype_of(&exc::UnicodeTranslateError);
  if ((t->is_subtype_of(&exc::UnicodeEncodeError) && args->size == 5) || (translate && args->size == 4)) {
    // Parts 1-4 of (encoding, object, start, end, reason); translate errors have no encoding.
    auto part = [&](int64_t i) { return args->items()[translate ? i - 1 : i]; };
    std::string s = translate ? "can't translate " : "'" + str_string(part(0)) + "' codec can't encode ";
    int64_t start = index_int64(part(2));
    int64_t end = index_int64(part(3));
    if (end == start + 1 && is_str(part(1)) && start >= 0 && start < part(1).as<StrObject>()->length) {
      Ref ch = get_item(part(1), Value::small_int(start));
      std::string_view text = str_view(ch);
      size_t k = 0;
      uint32_t cp = utf8::decode(text, k);
      char buf[16];
      std::snprintf(buf, sizeof buf, cp <= 0xff ? "\\x%02x" : cp <= 0xffff ? "\\u%04x" : "\\U%08x", cp);
      s += "character '" + std::string(buf) + "' in position " + std::to_string(start);
    } else {
      s += "characters in position " + std::to_string(start) + "-" + std::to_string(end - 1);
    }
    return new_str(s + ": " + str_string(part(4)));
  }
  if (t->is_subtype_of(&exc::UnicodeDecodeError) && args->size == 5) {
    Value obj = args->items()[1];
    int64_t start = index_int64(args->items()[2]);
    int64_t end = index_int64(args->items()[3]);
    std::string s = "'" + str_string(args->items()[0]) + "' codec can't decode ";
    if (end == start + 1 && is_bytes(obj) && start >= 0 && start < obj.as<BytesObject>()->size) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "byte 0x%02x", static_cast<unsigned char>(obj.as<BytesObject>()->data()[start]));
      s += std::string(buf) + " in position " + std::to_string(start);
    } else {
      s += "bytes in position " + std::to_string(start) + "-" + std::to_string(end - 1);
    }
    s += ": " + str_string(args->items()[4]);
    return new_str(s);
  }
  if (args->size == 0) return new_str("");
  if (args->size == 1) return str(args->items()[0]);
  return repr(as_exc(self)->args);
}

static Ref exception_repr(Value self) {
  auto* args = as_exc(self)->args.as<TupleObject>();
  const std::string& name = type_of(self)->name;
  if (args->size == 1) return new_str(name + "(" + repr_string(args->items()[0]) + ")");
  std::string r = repr_string(as_exc(self)->args);
  if (args->size == 0) return new_str(name + "()");
  return new_str(name + r);
}

static Ref exception_getattr(Value self, StrObject* name) {
  auto* e = as_exc(self);
  std::string_view n = name->view();
  if (n == "args") return e->args;
  if (n == "__traceback__") return e->traceback.is_null() ? Ref(Value::none()) : e->traceback;
  if (n == "__cause__") return e->cause.is_null() ? Ref(Value::none()) : e->cause;
  if (n == "__context__") return e->context.is_null() ? Ref(Value::none()) : e->context;
  if (n == "__suppress_context__") return Ref(Value::boolean(e->suppress_context));
  if (n == "__dict__") {
    if (e->dict.is_null()) e->dict = new_dict();
    return e->dict;
  }
  return generic_getattr(self, name);
}

static void exception_setattr(Value self, StrObject* name, Value value) {
  auto* e = as_exc(self);
  std::string_view n = name->view();
  if (n == "args") {
    if (value.is_null()) raise_type_error("args may not be deleted");
    e->args = make_tuple({});
    Ref it = get_iter(value);
    std::vector<Ref> items;
    for (Ref x = iter_next(it); !x.is_null(); x = iter_next(it)) items.push_back(std::move(x));
    std::vector<Value> vals(items.begin(), items.end());
    e->args = make_tuple(vals.data(), static_cast<int64_t>(vals.size()));
    return;
  }
  if (n == "__traceback__") {
    e->traceback = value.is_null() || value.is_none() ? Ref() : Ref(value);
    return;
  }
  if (n == "__cause__") {
    if (!value.is_null() && !value.is_none() && !is_exception(value))
      raise_type_error("exception cause must be None or derive from BaseException");
    e->cause = value.is_null() || value.is_none() ? Ref() : Ref(value);
    e->suppress_context = true;
    return;
  }
  if (n == "__context__") {
    if (!value.is_null() && !value.is_none() && !is_exception(value))
      raise_type_error("exception context must be None or derive from BaseException");
    e->context = value.is_null() || value.is_none() ? Ref() : Ref(value);
    return;
  }
  if (n == "__suppress_context__") {
    e->suppress_context = !value.is_null() && truthy(value);
    return;
  }
  generic_setattr(self, name, value);
}

static Ref exception_with_traceback(Value self, CallArgs args) {
  check_exact_args("with_traceback", args, 1);
  Value tb = args.args[0];
  as_exc(self)->traceback = tb.is_none() ? Ref() : Ref(tb);
  return Ref(self);
}

static Ref exception_add_note(Value self, CallArgs args) {
  check_exact_args("add_note", args, 1);
  if (!is_str(args.args[0]))
    raise_type_error("note must be a str, not '" + type_name(args.args[0]) + "'");
  Value notes = dict_attr(self, "__notes__");
  if (notes.is_null()) {
    Ref list = call(Value::object(&list_type), {});
    set_dict_attr(self, "__notes__", list);
    notes = list;
  }
  Ref r = call(get_attr(notes, "append"), {args.args[0]});
  return Ref(Value::none());
}

static Ref* exception_dict(Object* o) { return &static_cast<ExceptionObject*>(o)->dict; }

// Exception groups keep their parts (message, exceptions, __notes__) in the
// dict, so this covers them too.
static void exception_traverse(Object* o, const Visitor& visit) {
  auto* e = static_cast<ExceptionObject*>(o);
  visit(e->args);
  visit(e->traceback);
  visit(e->cause);
  visit(e->context);
  visit(e->dict);
  visit(e->suggestion);
}

// Everything but args may be null; args becomes ().
static void exception_clear(Object* o) {
  auto* e = static_cast<ExceptionObject*>(o);
  Ref args = std::move(e->args), traceback = std::move(e->traceback), cause = std::move(e->cause),
      context = std::move(e->context), dict = std::move(e->dict), suggestion = std::move(e->suggestion);
  e->args = make_tuple({});
}

void init_exception_types() {
  exc::BaseException.new_instance = exception_new;
  exc::BaseException.init = exception_init;
  exc::BaseException.str = exception_str;
  exc::BaseException.repr = exception_repr;
  exc::BaseException.getattr = exception_getattr;
  exc::BaseException.setattr = exception_setattr;
  exc::BaseException.hash = object_type.hash;
  set_gc_slots(exc::BaseException, exception_traverse, exception_clear);  // inherited by all
#define GILT_INIT_EXCEPTION(name, base)                                                                \
  exc::name.new_instance = exception_new;                                                              \
  exc::name.hash = object_type.hash;                                                                   \
  init_static_type(exc::name, #name, sizeof(ExceptionObject), dealloc_object<ExceptionObject>, &base); \
  exc::name.flags |= kTypeExceptionSubclass;                                                           \
  exc::name.instance_dict = exception_dict;
  GILT_EXCEPTION_TYPES(GILT_INIT_EXCEPTION)
#undef GILT_INIT_EXCEPTION
  add_method(exc::BaseException, "with_traceback", exception_with_traceback);
  add_method(exc::BaseException, "add_note", exception_add_note);
}

std::string exception_message(Value e) { return str_string(e); }

// ------------------------------------------------------------ error.h

void raise(Value exception) { throw PyException{Ref(exception)}; }

void raise(Type* type, const std::string& message) { throw PyException{new_exception(type, message)}; }

void raise_type_error(const std::string& message) { raise(&exc::TypeError, message); }
void raise_value_error(const std::string& message) { raise(&exc::ValueError, message); }
void raise_index_error(const std::string& message) { raise(&exc::IndexError, message); }
void raise_overflow_error(const std::string& message) { raise(&exc::OverflowError, message); }
void raise_zero_division(const std::string& message) { raise(&exc::ZeroDivisionError, message); }

void raise_key_error(Value key) { throw PyException{new_exception(&exc::KeyError, make_tuple({key}))}; }

void raise_os_error(int code, Value filename, Value filename2) {
  Ref args = make_tuple({Value::small_int(code), new_str(std::strerror(code)),
                         filename.is_null() ? Value::none() : filename, Value::none(),
                         filename2.is_null() ? Value::none() : filename2});
  int64_t n = !filename2.is_null() ? 5 : !filename.is_null() ? 3 : 2;
  Ref e = new_exception(os_error_subclass(code), make_tuple(args.as<TupleObject>()->items(), n));
  throw PyException{e};
}

static void (*unraisable_writer)(Value exc, Value obj) = nullptr;

void set_unraisable_writer(void (*writer)(Value exc, Value obj)) { unraisable_writer = writer; }

void report_unraisable(Value exc, Value obj) {
  if (unraisable_writer) unraisable_writer(exc, obj);
}

void raise_memory_error() { throw PyException{new_exception(&exc::MemoryError, make_tuple({}))}; }

void raise_attribute_error(Value obj, Value name) {
  std::string n(str_view(name));
  std::string message;
  Type* t = type_of(obj);
  if (t->flags & kTypeTypeSubclass)
    message = "type object '" + obj.as<Type>()->name + "' has no attribute '" + n + "'";
  else if (t == &module_type) {
    Ref mod_name = try_get_attr(obj, GILT_NAME("__name__"));
    message = "module '" + (mod_name.is_null() ? std::string("?") : str_string(mod_name)) +
              "' has no attribute '" + n + "'";
  } else
    message = "'" + t->name + "' object has no attribute '" + n + "'";
  Ref e = new_exception(&exc::AttributeError, message);
  set_dict_attr(e, "name", name);
  set_dict_attr(e, "obj", obj);
  throw PyException{e};
}

}  // namespace gilt
