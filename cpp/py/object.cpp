// object.cpp — allocation, deallocation and the abstract object protocol.
#include <cinttypes>
#include <cstdlib>
#include <cstring>
#include <malloc.h>

#include "py/builtin_types.hpp"
#include "py/errors.hpp"
#include "py/frame.hpp"

namespace py {

Type* immediate_type(Value v) {
  Interpreter& I = interp();
  if (v.is_small_int()) return I.int_type;
  if (v == kNone) return I.none_type;
  if (v == kTrue || v == kFalse) return I.bool_type;
  if (v == kNotImplemented) return I.notimpl_type;
  return I.ellipsis_type;
}

bool is_subtype(Type* a, Type* b) {
  if (a == b) return true;
  if (a->mro) {
    Tuple* m = as_tuple(a->mro);
    for (size_t i = 0; i < m->n; ++i)
      if (m->items[i].ptr() == b) return true;
    return false;
  }
  for (Type* t = a->base; t; t = t->base)
    if (t == b) return true;
  return false;
}

bool isinstance(Value v, Type* t) { return is_subtype(type_of(v), t); }

bool is_int(Value v) {
  if (v.is_small_int() || v == kTrue || v == kFalse) return true;
  return v.is_ptr() && (v.ptr()->type == interp().int_type || (v.ptr()->type->tflags & kTypeIntSub));
}

// ---- memory --------------------------------------------------------------------------

static size_t usable(void* p) { return malloc_usable_size(p); }

Object* alloc_object(Type* t, size_t size) {
  Interpreter& I = interp();
  bool gc = t->has_gc();
  size_t bytes = gc ? sizeof(GcHead) + size : size;
  unsigned cls = SmallObjects::size_class(bytes);
  void* mem;
  if (cls) {
    mem = I.small.alloc(cls);
    I.heap_bytes += SmallObjects::block_bytes(cls);
  } else {
    mem = std::calloc(1, bytes);
    if (!mem) std::abort();  // the heap cap (MemoryError) is enforced long before malloc fails
    I.heap_bytes += usable(mem);
  }
  Object* o = gc ? gc_object(static_cast<GcHead*>(mem)) : static_cast<Object*>(mem);
  if (gc && ++I.gc_count > I.gc_threshold) I.gc_pending = true;
  o->rc = 1;
  o->flags = cls << kObjSizeClassShift;
  o->type = t;
  if (t->is_heap()) incref(Value::from_ptr(t));
  return o;
}

void free_object_memory(Object* o, bool gc) {
  Interpreter& I = interp();
  void* mem = gc ? static_cast<void*>(gc_head(o)) : static_cast<void*>(o);
  if (unsigned cls = o->flags >> kObjSizeClassShift) {
    I.heap_bytes -= SmallObjects::block_bytes(cls);
    I.small.free(mem, cls);
  } else {
    I.heap_bytes -= usable(mem);
    std::free(mem);
  }
}

Object* realloc_object(Object* o, size_t size) {
  Interpreter& I = interp();
  unsigned cls = o->flags >> kObjSizeClassShift, ncls = SmallObjects::size_class(size);
  if (cls && cls == ncls) return o;
  if (!cls && !ncls) {
    size_t old = usable(o);
    Object* r = static_cast<Object*>(std::realloc(o, size));
    if (!r) std::abort();
    I.heap_bytes += usable(r) - old;
    return r;
  }
  // Between a block and malloc, or two block classes: move.
  size_t old = cls ? SmallObjects::block_bytes(cls) : usable(o);
  Object* r;
  if (ncls) {
    r = static_cast<Object*>(I.small.alloc(ncls));
    I.heap_bytes += SmallObjects::block_bytes(ncls);
  } else {
    r = static_cast<Object*>(std::calloc(1, size));
    if (!r) std::abort();
    I.heap_bytes += usable(r);
  }
  std::memcpy(static_cast<void*>(r), o, old < size ? old : size);
  r->flags = (r->flags & ~(0xffu << kObjSizeClassShift)) | (ncls << kObjSizeClassShift);
  free_object_memory(o, false);
  return r;
}

// Appended at the tail: the collector then meets objects in allocation order, the order
// in which CPython runs the finalizers of a garbage cycle.
void gc_track(Object* o) {
  Interpreter& I = interp();
  GcHead* h = gc_head(o);
  h->prev = I.gc_list.prev;
  h->next = &I.gc_list;
  I.gc_list.prev->next = h;
  I.gc_list.prev = h;
  o->flags |= kObjGcTracked;
}

void gc_untrack(Object* o) {
  if (!(o->flags & kObjGcTracked)) return;
  GcHead* h = gc_head(o);
  h->prev->next = h->next;
  h->next->prev = h->prev;
  o->flags &= ~kObjGcTracked;
}

static void dealloc_now(Object* o) {
  Interpreter& I = interp();
  Type* t = o->type;
  if ((t->tflags & kTypeHasDel) && !(o->flags & kObjFinalized)) {
    o->rc = 1;  // alive while __del__ runs; it may store a new reference (resurrection)
    call_del(o);
    if (--o->rc != 0) return;
  }
  gc_untrack(o);
  if (t->finalize) t->finalize(o);
  if (t->has_gc() && I.gc_count > 0) --I.gc_count;
  free_object_memory(o, t->has_gc());
  if (t->is_heap()) decref(Value::from_ptr(t));
}

// Deallocation can cascade (a long linked list); past a fixed depth the rest is deferred
// and finished iteratively, so freeing never overflows the C++ stack (CPython's trashcan).
void dealloc(Object* o) {
  Interpreter& I = interp();
  if (I.dealloc_depth > 64) {
    I.dealloc_deferred.push_back(o);
    return;
  }
  ++I.dealloc_depth;
  dealloc_now(o);
  --I.dealloc_depth;
  if (I.dealloc_depth == 0) {
    while (!I.dealloc_deferred.empty()) {
      Object* d = I.dealloc_deferred.back();
      I.dealloc_deferred.pop_back();
      ++I.dealloc_depth;
      dealloc_now(d);
      --I.dealloc_depth;
    }
  }
}

// ---- recursion ------------------------------------------------------------------------

bool enter_recursive(const char* where) {
  Interpreter& I = interp();
  char probe;
  bool native_deep = I.stack_base && I.stack_base - &probe > ptrdiff_t(I.stack_budget);
#ifdef __EMSCRIPTEN__
  if (I.native_depth >= kMaxNativeDepth) {
    // Which guard's message a RecursionError carries is the one that reaches the limit
    // (CPython's own accounting gives the same). A recursion through the VM repeats the
    // same guards every re-entry, `step` depth levels apart: stopping it at the cap, the
    // guard chosen is the one the limit would have stopped (at most one re-entry further).
    int step = I.entry_depth - I.outer_entry_depth;
    native_deep = native_deep || step <= 0 || (I.recursion_limit - I.depth) % step == 0 ||
                  I.native_depth >= kMaxNativeDepth + kNativeDepthSlack - 1;
  }
#endif
  if (++I.depth > I.recursion_limit || native_deep) {
    --I.depth;
    raisef(I.RecursionError, "maximum recursion depth exceeded%s", where);
    return false;
  }
  return true;
}

// ---- repr / str / hash ------------------------------------------------------------------

Ref object_repr_default(Value v) {
  Type* t = type_of(v);
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(v.ptr()));
  std::string s = "<";
  if (t->is_heap() && t->module && sv(t->module) != "builtins") {
    s += sv(t->module);
    s += '.';
    s += t->qualname;
  } else {
    s += t->qualname;
  }
  s += buf;
  return new_str(s);
}

Ref repr(Value v) {
  Type* t = type_of(v);
  if (t == interp().str_type) return str_repr(v);
  if (!t->repr) return object_repr_default(v);
  RecursionGuard g(" while getting the repr of an object");
  if (!g.ok) return nullptr;
  Ref r = t->repr(v);
  if (r && !isinstance(r.get(), interp().str_type)) {
    return raisef(interp().TypeError, "__repr__ returned non-string (type %s)", type_name(r.get()));
  }
  return r;
}

Ref str(Value v) {
  Type* t = type_of(v);
  if (t == interp().str_type) return Ref::borrow(v);
  if (!t->str) return repr(v);
  RecursionGuard g(" while getting the str of an object");
  if (!g.ok) return nullptr;
  Ref r = t->str(v);
  if (r && !isinstance(r.get(), interp().str_type)) {
    return raisef(interp().TypeError, "__str__ returned non-string (type %s)", type_name(r.get()));
  }
  return r;
}

std::string repr_utf8(Value v) {
  Ref r = repr(v);
  if (!r) {
    clear_error();
    return "<error>";
  }
  return std::string(sv(r.get()));
}

const char* type_name(Value v) { return type_of(v)->name.c_str(); }

int64_t hash(Value v) {
  if (v.is_small_int()) {
    // CPython's int hash: the value modulo 2**61 - 1, sign kept, -1 reserved for errors.
    int64_t i = v.as_small_int();
    constexpr uint64_t kModulus = (uint64_t(1) << 61) - 1;
    uint64_t m = (i < 0 ? uint64_t(0) - uint64_t(i) : uint64_t(i)) % kModulus;
    int64_t h = i < 0 ? -int64_t(m) : int64_t(m);
    return h == -1 ? -2 : h;
  }
  Type* t = type_of(v);
  if (t == interp().str_type) return str_hash(as_str(v));
  if (!t->hash) {
    raisef(interp().TypeError, "unhashable type: '%s'", t->name.c_str());
    return -1;
  }
  int64_t h;
  if (t->hash(v, &h) < 0) return -1;
  return h;
}

// ---- comparison ---------------------------------------------------------------------------

static const char* const kCmpSym[] = {"<", "<=", "==", "!=", ">", ">="};
static const int kSwapped[] = {kGt, kGe, kEq, kNe, kLt, kLe};

Ref rich_compare(Value a, Value b, int op) {
  Interpreter& I = interp();
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    bool r = false;
    switch (op) {
      case kLt: r = x < y; break;
      case kLe: r = x <= y; break;
      case kEq: r = x == y; break;
      case kNe: r = x != y; break;
      case kGt: r = x > y; break;
      case kGe: r = x >= y; break;
    }
    return Ref::steal(bool_value(r));
  }
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  RecursionGuard g(" in comparison");
  if (!g.ok) return nullptr;
  bool checked_reverse = false;
  // A subclass that overrides the reflected operation goes first.
  if (ta != tb && is_subtype(tb, ta) && tb->richcmp) {
    checked_reverse = true;
    Ref r = tb->richcmp(b, a, kSwapped[op]);
    if (!r || r.get() != kNotImplemented) return r;
  }
  if (ta->richcmp) {
    Ref r = ta->richcmp(a, b, op);
    if (!r || r.get() != kNotImplemented) return r;
  }
  if (!checked_reverse && tb->richcmp) {
    Ref r = tb->richcmp(b, a, kSwapped[op]);
    if (!r || r.get() != kNotImplemented) return r;
  }
  if (op == kEq) return Ref::steal(bool_value(a == b));
  if (op == kNe) return Ref::steal(bool_value(a != b));
  return raisef(I.TypeError, "'%s' not supported between instances of '%s' and '%s'", kCmpSym[op],
                ta->name.c_str(), tb->name.c_str());
}

int rich_compare_bool(Value a, Value b, int op) {
  if (a == b) {
    if (op == kEq) return 1;
    if (op == kNe) return 0;
  }
  Ref r = rich_compare(a, b, op);
  if (!r) return -1;
  if (r.get() == kTrue) return 1;
  if (r.get() == kFalse) return 0;
  return truth(r.get());
}

int equal(Value a, Value b) { return rich_compare_bool(a, b, kEq); }

int truth(Value v) {
  if (v == kTrue) return 1;
  if (v == kFalse || v == kNone) return 0;
  if (v.is_small_int()) return v.as_small_int() != 0;
  Type* t = type_of(v);
  if (t->truth) return t->truth(v);
  if (t->len) {
    int64_t n = t->len(v);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

// ---- attributes -----------------------------------------------------------------------------

static Value type_lookup_uncached(Type* t, Str* name) {
  // Every dict read here is flagged, so that changing it invalidates the memo.
  if (!t->mro) {
    if (!t->dict) return kNull;
    t->dict->flags |= kObjTypeDict;
    return dict_get_str(t->dict, name);
  }
  Tuple* m = as_tuple(t->mro);
  for (size_t i = 0; i < m->n; ++i) {
    Type* b = static_cast<Type*>(m->items[i].ptr());
    b->dict->flags |= kObjTypeDict;
    Value v = dict_get_str(b->dict, name);
    if (v) return v;
  }
  return kNull;
}

Value type_lookup(Type* t, Str* name) {
  // Only interned names are memoised: they live as long as the interpreter, so a cached
  // pointer cannot come back as a different string.
  if (!(name->flags & kObjInterned)) return type_lookup_uncached(t, name);
  Interpreter& I = interp();
  uintptr_t h = (uintptr_t(t) >> 4) * 31 + (uintptr_t(name) >> 4);
  Interpreter::TypeCacheEntry& e = I.type_cache[(h ^ (h >> 10)) & (Interpreter::kTypeCacheSize - 1)];
  if (e.type == t && e.name == name && e.epoch == I.type_epoch) return e.value;
  Value v = type_lookup_uncached(t, name);
  e.epoch = I.type_epoch;
  e.type = t;
  e.name = name;
  e.value = v;
  return v;
}

Dict** instance_dict_ptr(Value obj) {
  if (!obj.is_ptr()) return nullptr;
  Type* t = obj.ptr()->type;
  if (!t->dict_offset) return nullptr;
  size_t off = t->dict_offset;
  if (off == kVarDict) {
    Type* solid = t;
    while (!solid->var_size) solid = solid->base;
    off = (solid->var_size(obj.ptr()) + 7) & ~size_t(7);
  }
  return reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.ptr()) + off);
}

Ref descr_get(Value attr, Value obj, Value type) {
  Type* at = type_of(attr);
  if (at->descr_get) return at->descr_get(attr, obj, type);
  return Ref::borrow(attr);
}

Ref generic_getattr_opt(Value obj, Str* name, bool* found) {
  Type* t = type_of(obj);
  Value attr = type_lookup(t, name);
  Type* at = nullptr;
  *found = true;
  if (attr) {
    at = type_of(attr);
    if (at->descr_get && at->descr_set) return at->descr_get(attr, obj, Value::from_ptr(t));
  }
  if (Dict** dp = instance_dict_ptr(obj); dp && *dp) {
    Value v = dict_get_str(*dp, name);
    if (v) return Ref::borrow(v);
  }
  if (attr) {
    if (at->descr_get) return at->descr_get(attr, obj, Value::from_ptr(t));
    return Ref::borrow(attr);
  }
  *found = false;
  return nullptr;
}

Ref generic_getattr(Value obj, Str* name) {
  bool found;
  Ref r = generic_getattr_opt(obj, name, &found);
  if (!found) return attribute_error(obj, name);
  return r;
}

int generic_setattr(Value obj, Str* name, Value v) {
  Type* t = type_of(obj);
  Value attr = type_lookup(t, name);
  if (attr) {
    Type* at = type_of(attr);
    if (at->descr_set) return at->descr_set(attr, obj, v);
  }
  Dict** dp = instance_dict_ptr(obj);
  if (!dp) {
    if (attr) {
      raisef(interp().AttributeError, "'%s' object attribute '%s' is read-only", t->name.c_str(),
             name->data);
    } else {
      raisef(interp().AttributeError, "'%s' object has no attribute '%s'", t->name.c_str(), name->data);
    }
    return -1;
  }
  if (!*dp) {
    if (!v) {
      attribute_error(obj, name);
      return -1;
    }
    *dp = as_dict(new_dict().release());
  }
  if (!v) {
    Value old;
    if (dict_pop(*dp, Value::from_ptr(name), &old) <= 0) {
      if (!err_occurred()) attribute_error(obj, name);
      return -1;
    }
    decref(old);
    return 0;
  }
  return dict_set(*dp, Value::from_ptr(name), v);
}

Ref getattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  if (t->getattr) return t->getattr(obj, name);
  return generic_getattr(obj, name);
}

Ref getattr(Value obj, std::string_view name) { return getattr(obj, interp().intern(name)); }

Ref getattr_opt(Value obj, Str* name) {
  Type* t = type_of(obj);
  if (!t->getattr) {
    bool found;
    return generic_getattr_opt(obj, name, &found);
  }
  Ref r = t->getattr(obj, name);
  if (!r && err_matches(interp().AttributeError)) clear_error();
  return r;
}

int setattr(Value obj, Str* name, Value v) {
  Type* t = type_of(obj);
  if (t->setattr) return t->setattr(obj, name, v);
  return generic_setattr(obj, name, v);
}

int delattr(Value obj, Str* name) { return setattr(obj, name, kNull); }

// ---- calls ----------------------------------------------------------------------------------

bool callable(Value v) { return type_of(v)->call != nullptr; }

Ref call(Value f, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* t = type_of(f);
  if (!t->call) return raisef(interp().TypeError, "'%s' object is not callable", t->name.c_str());
  return t->call(f, args, nargs, kwnames);
}
Ref call0(Value f) { return call(f, nullptr, 0); }
Ref call1(Value f, Value a) { return call(f, &a, 1); }
Ref call2(Value f, Value a, Value b) {
  Value args[2] = {a, b};
  return call(f, args, 2);
}

Ref call_method(Value obj, Str* name, const Value* args, size_t nargs) {
  Ref m = getattr(obj, name);
  if (!m) return nullptr;
  return call(m.get(), args, nargs);
}
Ref call_method(Value obj, std::string_view name, const Value* args, size_t nargs) {
  return call_method(obj, interp().intern(name), args, nargs);
}

// ---- iteration and containers -------------------------------------------------------------

Ref get_iter(Value v) {
  Type* t = type_of(v);
  if (t->iter) {
    Ref it = t->iter(v);
    if (it && !type_of(it.get())->iternext) {
      return raisef(interp().TypeError, "iter() returned non-iterator of type '%s'",
                    type_name(it.get()));
    }
    return it;
  }
  if (t->getitem) return new_seq_iter(v);
  return raisef(interp().TypeError, "'%s' object is not iterable", t->name.c_str());
}

Ref iter_next(Value it) {
  Type* t = type_of(it);
  if (!t->iternext) return raisef(interp().TypeError, "'%s' object is not an iterator", t->name.c_str());
  Ref r = t->iternext(it);
  // Exhaustion is "null, no exception"; a generator's return value (StopIteration(v))
  // only matters to next() and yield from, which call the slot themselves.
  if (!r && interp().current_exc && err_matches(interp().StopIteration)) clear_error();
  return r;
}

int64_t length(Value v) {
  Type* t = type_of(v);
  if (!t->len) {
    raisef(interp().TypeError, "object of type '%s' has no len()", t->name.c_str());
    return -1;
  }
  return t->len(v);
}

Ref getitem(Value o, Value k) {
  Type* t = type_of(o);
  if (t->getitem) return t->getitem(o, k);
  if (t == interp().type_type || (t->tflags & kTypeTypeSub)) {
    Value cg = type_lookup(static_cast<Type*>(o.ptr()), interp().names.__class_getitem__);
    if (cg) {
      Ref f = descr_get(cg, kNull, o);
      if (!f) return nullptr;
      return call1(f.get(), k);
    }
    return raisef(interp().TypeError, "type '%s' is not subscriptable",
                  static_cast<Type*>(o.ptr())->name.c_str());
  }
  return raisef(interp().TypeError, "'%s' object is not subscriptable", t->name.c_str());
}

int setitem(Value o, Value k, Value v) {
  Type* t = type_of(o);
  if (!t->setitem) {
    raisef(interp().TypeError, "'%s' object does not support item assignment", t->name.c_str());
    return -1;
  }
  return t->setitem(o, k, v);
}

int delitem(Value o, Value k) {
  Type* t = type_of(o);
  if (!t->setitem) {
    raisef(interp().TypeError, "'%s' object does not support item deletion", t->name.c_str());
    return -1;
  }
  return t->setitem(o, k, kNull);
}

int contains(Value container, Value item) {
  Type* t = type_of(container);
  if (t->contains) return t->contains(container, item);
  Ref it = get_iter(container);
  if (!it) {
    if (err_matches(interp().TypeError)) {
      clear_error();
      raisef(interp().TypeError, "argument of type '%s' is not iterable", t->name.c_str());
    }
    return -1;
  }
  for (;;) {
    Ref x = iter_next(it.get());
    if (!x) return err_occurred() ? -1 : 0;
    int r = equal(x.get(), item);
    if (r != 0) return r;
  }
}

Ref iterable_to_list(Value v) {
  Ref l = new_list();
  Type* t = type_of(v);
  if (t == interp().list_type || t == interp().tuple_type) {
    size_t n = t == interp().list_type ? as_list(v)->items.size() : as_tuple(v)->n;
    const Value* src = t == interp().list_type ? as_list(v)->items.data() : as_tuple(v)->items;
    as_list(l.get())->items.reserve(n);
    for (size_t i = 0; i < n; ++i) list_append(l.get(), src[i]);
    return l;
  }
  Ref it = get_iter(v);
  if (!it) return nullptr;
  for (;;) {
    Ref x = iter_next(it.get());
    if (!x) {
      if (err_occurred()) return nullptr;
      return l;
    }
    as_list(l.get())->items.push_back(x.release());
  }
}

Ref sequence_tuple(Value v) {
  if (type_of(v) == interp().tuple_type) return Ref::borrow(v);
  Ref l = iterable_to_list(v);
  if (!l) return nullptr;
  List* L = as_list(l.get());
  return tuple_from_array(L->items.data(), L->items.size());
}

int index_of(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return 0;
  }
  if (v == kTrue || v == kFalse) {
    *out = v == kTrue;
    return 0;
  }
  Interpreter& I = interp();
  if (is_int(v)) {
    if (!int_to_int64(v, out)) {
      raisef(I.IndexError, "cannot fit 'int' into an index-sized integer");
      return -1;
    }
    return 0;
  }
  Value m = type_lookup(type_of(v), I.names.__index__);
  if (!m) {
    raisef(I.TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
    return -1;
  }
  Ref f = descr_get(m, v, Value::from_ptr(type_of(v)));
  if (!f) return -1;
  Ref r = call0(f.get());
  if (!r) return -1;
  if (!is_int(r.get())) {
    raisef(I.TypeError, "__index__ returned non-int (type %s)", type_name(r.get()));
    return -1;
  }
  return index_of(r.get(), out);
}

// ---- operators ------------------------------------------------------------------------------

static const char* const kBinSym[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};

Ref binary_op(Value a, Value b, int op) {
  bool inplace = op >= kInplace;
  int base = inplace ? op - kInplace : op;
  if (a.is_small_int() && b.is_small_int()) return int_binop(a, b, base);
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  Ref r;
  if (ta->is_heap() || tb->is_heap()) {
    r = heap_binop(a, b, op);
  } else {
    if (inplace && ta->binop) r = ta->binop(a, b, op);  // list +=, set |=, ...
    if (!r && err_occurred()) return r;
    if (!r || r.get() == kNotImplemented) r = ta->binop ? ta->binop(a, b, base) : Ref::steal(kNotImplemented);
    if (r && r.get() == kNotImplemented && ta != tb && tb->binop) r = tb->binop(a, b, base);
  }
  if (!r || r.get() != kNotImplemented) return r;
  if (base == kPow) {
    return raisef(interp().TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                  inplace ? "**=" : "** or pow()", ta->name.c_str(), tb->name.c_str());
  }
  if (base == kMul) {  // CPython then tries sequence repetition, which needs an index
    Interpreter& I = interp();
    auto is_seq = [&](Value v) {
      for (Type* t : {I.str_type, I.list_type, I.tuple_type, I.bytes_type, I.bytearray_type})
        if (isinstance(v, t)) return true;
      return false;
    };
    if (is_seq(a) || is_seq(b))
      return raisef(I.TypeError, "can't multiply sequence by non-int of type '%s'", (is_seq(a) ? tb : ta)->name.c_str());
  }
  std::string sym = kBinSym[base];
  if (inplace) sym += '=';
  return raisef(interp().TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym.c_str(),
                ta->name.c_str(), tb->name.c_str());
}

Ref unary_op(Value a, int op) {
  if (a.is_small_int()) {
    int64_t i = a.as_small_int();
    switch (op) {
      case kNeg: return new_int(-i);
      case kPos: return Ref::steal(a);
      case kInvert: return new_int(~i);
      case kAbs: return new_int(i < 0 ? -i : i);
    }
  }
  Type* t = type_of(a);
  if (t->unop) {
    Ref r = t->unop(a, op);
    if (!r || r.get() != kNotImplemented) return r;
  }
  static const char* const names[] = {"unary -", "unary +", "unary ~", "abs()"};
  return raisef(interp().TypeError, "bad operand type for %s: '%s'", names[op], t->name.c_str());
}

Ref format(Value v, Value spec) {
  Interpreter& I = interp();
  Value m = type_lookup(type_of(v), I.names.__format__);
  if (!m) return raisef(I.TypeError, "Type %s doesn't define __format__", type_name(v));
  Ref f = descr_get(m, v, Value::from_ptr(type_of(v)));
  if (!f) return nullptr;
  Ref r = call1(f.get(), spec ? spec : I.empty_str);
  if (r && !isinstance(r.get(), I.str_type)) {
    return raisef(I.TypeError, "__format__ must return a str, not %s", type_name(r.get()));
  }
  return r;
}

}  // namespace py
