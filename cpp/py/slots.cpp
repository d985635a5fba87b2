// slots.cpp — __slots__: member descriptors, and instances without a __dict__.
//
// A slot's value is kept in the instance's namespace dict under the slot's name (the
// layout of heap instances is not changed); what __slots__ changes is visible behaviour:
// each slot is a member descriptor in the class, and when every class in the hierarchy
// declares __slots__ without "__dict__", instances have no __dict__ and accept no other
// attributes ("'P' object has no attribute 'z'").
#include "py/builtin_types.hpp"
#include "py/errors.hpp"

namespace py {

struct Member : Object { Str* name; Type* owner; };

static Member* as_member(Value v) { return static_cast<Member*>(v.ptr()); }
static void member_finalize(Object* o) {
  Member* m = static_cast<Member*>(o);
  decref(Value::from_ptr(m->name));
}
static Ref member_repr(Value self) {
  Member* m = as_member(self);
  return new_str("<member '" + std::string(m->name->view()) + "' of '" + m->owner->name + "' objects>");
}
static bool member_applies(Member* m, Value obj) {
  if (isinstance(obj, m->owner)) return true;
  raisef(interp().TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m->name->data,
         m->owner->name.c_str(), type_name(obj));
  return false;
}
static Ref member_get(Value self, Value obj, Value) {
  Member* m = as_member(self);
  if (!obj) return Ref::borrow(self);
  if (!member_applies(m, obj)) return nullptr;
  Dict** dp = instance_dict_ptr(obj);
  Value v = dp && *dp ? dict_get_str(*dp, m->name) : kNull;
  if (!v) return raisef(interp().AttributeError, "'%s' object has no attribute '%s'", type_name(obj), m->name->data);
  return Ref::borrow(v);
}
static int member_set(Value self, Value obj, Value v) {
  Member* m = as_member(self);
  if (!member_applies(m, obj)) return -1;
  Dict** dp = instance_dict_ptr(obj);
  if (!dp) {
    raisef(interp().AttributeError, "'%s' object has no attribute '%s'", type_name(obj), m->name->data);
    return -1;
  }
  if (v) {
    if (!*dp) *dp = as_dict(new_dict().release());
    return dict_set(*dp, Value::from_ptr(m->name), v);
  }
  Value old;
  if (!*dp || dict_pop(*dp, Value::from_ptr(m->name), &old) <= 0) {
    raise(interp().AttributeError, m->name->view());
    return -1;
  }
  decref(old);
  return 0;
}

// setattr of dict-less instances: only data descriptors (slots, properties) take values.
static int slotted_setattr(Value obj, Str* name, Value v) {
  Value attr = type_lookup(type_of(obj), name);
  if (attr && type_of(attr)->descr_set) return generic_setattr(obj, name, v);
  raisef(interp().AttributeError, "'%s' object has no attribute '%s'", type_name(obj), name->data);
  return -1;
}

static Type* member_type(Interpreter& I) {
  if (!I.member_descr_type) {
    Type* t = I.member_descr_type = new_builtin_type(I, "member_descriptor", I.object_type, sizeof(Member), 0);
    t->finalize = member_finalize;
    t->repr = member_repr;
    t->descr_get = member_get;
    t->descr_set = member_set;
    t->tp_new = nullptr;
    add_descriptor_methods(I, t);
  }
  return I.member_descr_type;
}

int apply_slots(Type* t) {
  Interpreter& I = interp();
  t->tflags &= ~kTypeNoDict;  // a class without __slots__ of its own has a __dict__ again
  Value slots = dict_get_str(t->dict, I.names.__slots__);
  if (!slots) return 0;
  Ref names = isinstance(slots, I.str_type) ? tuple_pack({slots}) : iterable_to_list(slots);
  if (!names) return -1;
  Ref seq = sequence_tuple(names.get());
  if (!seq) return -1;
  bool has_dict = false;
  for (size_t i = 0; i < as_tuple(seq.get())->n; ++i) {
    Value n = as_tuple(seq.get())->items[i];
    if (!isinstance(n, I.str_type)) {
      raisef(I.TypeError, "__slots__ items must be strings, not '%s'", type_name(n));
      return -1;
    }
    std::string name(sv(n));
    if (name == "__dict__") { has_dict = true; continue; }
    if (name == "__weakref__") continue;
    if (name.size() > 2 && name.compare(0, 2, "__") == 0 && name.compare(name.size() - 2, 2, "__") != 0) {
      std::string cls = t->name;
      cls.erase(0, cls.find_first_not_of('_'));
      if (!cls.empty()) name = "_" + cls + name;  // private names are mangled
    }
    Str* key = I.intern(name);
    if (dict_get_str(t->dict, key)) {
      raisef(I.ValueError, "'%s' in __slots__ conflicts with class variable", name.c_str());
      return -1;
    }
    Member* m = static_cast<Member*>(alloc_object(member_type(I), sizeof(Member)));
    m->name = key;
    incref(Value::from_ptr(key));
    m->owner = t;
    Ref mr = Ref::steal(Value::from_ptr(m));
    if (dict_set(t->dict, Value::from_ptr(key), mr.get()) < 0) return -1;
  }
  Tuple* mro = as_tuple(t->mro);
  bool dictless = !has_dict;
  for (size_t i = 1; i < mro->n && dictless; ++i) {
    Type* b = static_cast<Type*>(mro->items[i].ptr());
    if (b->is_heap() && !(b->tflags & kTypeNoDict)) dictless = false;
  }
  if (dictless) {
    t->tflags |= kTypeNoDict;
    if (!t->setattr) t->setattr = slotted_setattr;
  }
  I.type_epoch++;  // attribute caches: the class dict gained descriptors
  return 0;
}

}  // namespace py
