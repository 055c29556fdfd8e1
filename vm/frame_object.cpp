// Frame objects (see frame_object.h).
#include "vm/frame_object.h"

#include <cstdio>

#include "runtime/dict_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "vm/function.h"
#include "vm/generator.h"

namespace gilt {

Type frame_type;

namespace {

// Either a view of a generator's frame or a snapshot (see frame_object.h).
struct FrameObject : Object {
  Ref generator;  // the view: whose frame this is
  // The snapshot's copies.
  Ref code, globals, builtins;
  Ref locals;  // a dict, or null when not kept (a traceback's frames)
  int lineno = 0, lasti = 0;
  Ref back;  // the caller's snapshot, or null
};

// The viewed frame, or null for a snapshot or once the generator has finished.
Frame* viewed(Value self) {
  auto* fo = self.as<FrameObject>();
  if (fo->generator.is_null()) return nullptr;
  auto* gen = fo->generator.as<GeneratorObject>();
  return gen->frame()->func ? gen->frame() : nullptr;
}

// f_locals: the bound locals and cell contents, by name.
Ref frame_locals(Frame* f) {
  Ref d = new_dict();
  CodeObject* code = f->code;
  Value* slots = f->localsplus();
  for (int i = 0; i < code->nlocals(); i++)
    if (!slots[i].is_null()) dict_set(d.as<DictObject>(), code->varnames[i], slots[i]);
  for (int i = 0; i < code->ncells() + code->nfrees(); i++) {
    Value cell = slots[code->nlocals() + i];
    if (cell.is_null()) continue;
    Value contents = cell.as<CellObject>()->contents;
    Value name = i < code->ncells() ? Value(code->cellvars[i]) : Value(code->freevars[i - code->ncells()]);
    if (!contents.is_null()) dict_set(d.as<DictObject>(), name, contents);
  }
  return d;
}

Ref frame_getattr(Value self, StrObject* name) {
  std::string_view n = name->view();
  Frame* f = viewed(self);
  if (f) {
    if (n == "f_lineno") return Ref(Value::small_int(f->line()));
    if (n == "f_lasti") return Ref(Value::small_int(static_cast<int64_t>(f->lasti()) * 2));
    if (n == "f_code") return Ref(Value::object(f->code));
    if (n == "f_locals") return frame_locals(f);
    if (n == "f_globals") return Ref(Value::object(f->globals));
    if (n == "f_builtins") return Ref(Value::object(f->builtins));
  }
  auto* fo = self.as<FrameObject>();
  if (fo->generator.is_null()) {
    if (n == "f_lineno") return Ref(Value::small_int(fo->lineno));
    if (n == "f_lasti") return Ref(Value::small_int(static_cast<int64_t>(fo->lasti) * 2));
    if (n == "f_code") return fo->code;
    if (n == "f_locals") return fo->locals.is_null() ? new_dict() : fo->locals;
    if (n == "f_globals") return fo->globals;
    if (n == "f_builtins") return fo->builtins;
    if (n == "f_back") return fo->back.is_null() ? Ref(Value::none()) : fo->back;
  }
  if (n == "f_back") return Ref(Value::none());
  return generic_getattr(self, name);
}

Ref frame_repr(Value self) {
  Frame* f = viewed(self);
  auto* fo = self.as<FrameObject>();
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(self.object()));
  CodeObject* code = f ? f->code : fo->code.is_null() ? nullptr : fo->code.as<CodeObject>();
  if (!code) return new_str(std::string("<frame at ") + addr + ">");
  int line = f ? f->line() : fo->lineno;
  return new_str(std::string("<frame at ") + addr + ", file '" + code->filename + "', line " +
                 std::to_string(line) + ", code " + code->name + ">");
}

}  // namespace

Ref new_generator_frame_object(GeneratorObject* gen) {
  auto* fo = new_object<FrameObject>(&frame_type);
  fo->generator = Ref(Value::object(gen));
  return Ref::steal(fo);
}

Ref new_frame_snapshot(Frame* f, bool with_locals, Value back) {
  auto* fo = new_object<FrameObject>(&frame_type);
  Ref snapshot = Ref::steal(fo);
  fo->code = Ref(Value::object(f->code));
  fo->globals = Ref(Value::object(f->globals));
  fo->builtins = Ref(Value::object(f->builtins));
  // A module or class body has its namespace as f_locals.
  if (with_locals) fo->locals = f->locals.is_null() ? frame_locals(f) : Ref(f->locals);
  fo->lineno = f->line();
  fo->lasti = static_cast<int>(f->lasti());
  fo->back = Ref(back);
  return snapshot;
}

Ref new_frame_snapshot(Value code, Value globals, Value builtins, int lasti) {
  auto* fo = new_object<FrameObject>(&frame_type);
  Ref snapshot = Ref::steal(fo);
  fo->code = Ref(code);
  fo->globals = Ref(globals);
  fo->builtins = Ref(builtins);
  fo->lasti = lasti;
  fo->lineno = code.as<CodeObject>()->line_at(static_cast<size_t>(lasti));
  return snapshot;
}

// No clear: a cycle through a frame object passes through its generator, or
// through a dict (globals, locals) whose clear breaks it.
static void frame_traverse(Object* o, const Visitor& visit) {
  auto* fo = static_cast<FrameObject*>(o);
  visit(fo->generator);
  visit(fo->code);
  visit(fo->globals);
  visit(fo->builtins);
  visit(fo->locals);
  visit(fo->back);
}

void init_frame_type() {
  set_gc_slots(frame_type, frame_traverse, nullptr);
  frame_type.getattr = frame_getattr;
  frame_type.repr = frame_repr;
  init_static_type(frame_type, "frame", sizeof(FrameObject), dealloc_object<FrameObject>);
  frame_type.flags &= ~kTypeBaseType;
}

}  // namespace gilt
