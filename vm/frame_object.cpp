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

struct FrameObject : Object {
  Ref generator;  // whose frame this is
};

// The viewed frame, or null once its generator has finished.
Frame* viewed(Value self) {
  auto* gen = self.as<FrameObject>()->generator.as<GeneratorObject>();
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
  if (n == "f_back") return Ref(Value::none());
  return generic_getattr(self, name);
}

Ref frame_repr(Value self) {
  Frame* f = viewed(self);
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(self.object()));
  if (!f) return new_str(std::string("<frame at ") + addr + ">");
  return new_str(std::string("<frame at ") + addr + ", file '" + f->code->filename + "', line " +
                 std::to_string(f->line()) + ", code " + f->code->name + ">");
}

}  // namespace

Ref new_generator_frame_object(GeneratorObject* gen) {
  auto* fo = new_object<FrameObject>(&frame_type);
  fo->generator = Ref(Value::object(gen));
  return Ref::steal(fo);
}

// No clear: a cycle through a frame object passes through its generator.
static void frame_traverse(Object* o, const Visitor& visit) {
  visit(static_cast<FrameObject*>(o)->generator);
}

void init_frame_type() {
  set_gc_slots(frame_type, frame_traverse, nullptr);
  frame_type.getattr = frame_getattr;
  frame_type.repr = frame_repr;
  init_static_type(frame_type, "frame", sizeof(FrameObject), dealloc_object<FrameObject>);
  frame_type.flags &= ~kTypeBaseType;
}

}  // namespace gilt
