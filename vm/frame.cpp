// What a parked frame owns, for the cycle collector (see frame.h).
#include "vm/frame.h"

namespace gilt {

void traverse_frame(Frame* f, const Visitor& visit) {
  if (!f->func) return;
  visit(f->func);
  visit(f->locals);
  visit(f->init_self);
  for (Value* p = f->localsplus(); p < f->sp; p++) visit(*p);
}

void clear_frame(Frame* f) {
  if (!f->func) return;
  // Empty the frame before releasing anything: a __del__ that runs may look at it.
  Value* end = f->sp;
  f->sp = f->localsplus();
  Value locals = f->locals;
  Value init_self = f->init_self;
  FunctionObject* func = f->func;
  f->locals = Value();
  f->init_self = Value();
  f->func = nullptr;
  for (Value* p = f->localsplus(); p < end; p++) {
    Value v = *p;
    *p = Value();
    decref(v);
  }
  decref(locals);
  decref(init_self);
  decref(Value::object(func));
}

}  // namespace gilt
