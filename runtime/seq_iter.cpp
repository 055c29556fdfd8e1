// The old sequence iteration protocol: iter(obj) for an object that has
// __getitem__ but no __iter__ calls obj[0], obj[1], ... until IndexError.
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/ops.h"
#include "runtime/type.h"

namespace gilt {

struct SeqIterObject : Object {
  Ref seq;  // null once exhausted
  int64_t index = 0;
};

static Type seq_iterator_type;

Ref seq_iter_new(Value seq) {
  auto* it = new_object<SeqIterObject>(&seq_iterator_type);
  it->seq = Ref(seq);
  return Ref::steal(it);
}

static Ref seq_iter_next(Value self) {
  auto* it = self.as<SeqIterObject>();
  if (it->seq.is_null()) return Ref();
  try {
    return get_item(it->seq, Value::small_int(it->index++));
  } catch (PyException& e) {
    Type* t = type_of(e.exception);
    if (t->is_subtype_of(&exc::IndexError) || t->is_subtype_of(&exc::StopIteration)) {
      it->seq.reset();
      return Ref();
    }
    throw;
  }
}

static Ref seq_iter_self(Value self) { return Ref(self); }

static void seq_iter_traverse(Object* o, const Visitor& visit) { visit(static_cast<SeqIterObject*>(o)->seq); }
static void seq_iter_clear(Object* o) { static_cast<SeqIterObject*>(o)->seq.reset(); }

void init_seq_iter_type() {
  seq_iterator_type.iter = seq_iter_self;
  seq_iterator_type.next = seq_iter_next;
  set_gc_slots(seq_iterator_type, seq_iter_traverse, seq_iter_clear);
  init_static_type(seq_iterator_type, "iterator", sizeof(SeqIterObject), dealloc_object<SeqIterObject>);
}

}  // namespace gilt
