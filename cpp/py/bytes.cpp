// bytes.cpp — immutable byte strings (the subset programs here use: literals, indexing,
// iteration, comparison, hashing, decode, len, +).
#include <cstring>

#include "py/builtin_types.hpp"
#include "py/errors.hpp"

namespace py {

static Bytes* as_bytes(Value v) { return static_cast<Bytes*>(v.ptr()); }

Ref new_bytes(std::string_view data) {
  Bytes* b = static_cast<Bytes*>(alloc_object(interp().bytes_type, sizeof(Bytes) + data.size()));
  b->n = data.size();
  b->hash = -1;
  std::memcpy(b->data, data.data(), data.size());
  return Ref::steal(Value::from_ptr(b));
}
static std::string_view bview(Value v) { return {reinterpret_cast<char*>(as_bytes(v)->data), as_bytes(v)->n}; }

static Ref bytes_repr(Value self) {
  std::string_view s = bview(self);
  char q = (s.find('\'') != std::string_view::npos && s.find('"') == std::string_view::npos) ? '"' : '\'';
  std::string out = "b";
  out += q;
  for (unsigned char c : s) {
    if (c == q || c == '\\') { out += '\\'; out += char(c); }
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c >= 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else out += char(c);
  }
  out += q;
  return new_str(out);
}
static int64_t bytes_len(Value self) { return int64_t(as_bytes(self)->n); }
static int bytes_hash(Value self, int64_t* out) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bview(self)) { h ^= c; h *= 1099511628211ull; }
  *out = int64_t(h >> 1);
  return 0;
}
static Ref bytes_richcmp(Value a, Value b, int op) {
  if (!isinstance(b, interp().bytes_type)) return Ref::steal(kNotImplemented);
  int c = bview(a).compare(bview(b));
  bool r = false;
  switch (op) {
    case kLt: r = c < 0; break;
    case kLe: r = c <= 0; break;
    case kEq: r = c == 0; break;
    case kNe: r = c != 0; break;
    case kGt: r = c > 0; break;
    case kGe: r = c >= 0; break;
  }
  return Ref::steal(bool_value(r));
}
static Ref bytes_getitem(Value self, Value k) {
  Interpreter& I = interp();
  Bytes* b = as_bytes(self);
  if (type_of(k) == I.slice_type) {
    int64_t start, stop, step, n;
    if (slice_indices(k, int64_t(b->n), &start, &stop, &step, &n) < 0) return nullptr;
    std::string out;
    for (int64_t i = 0, j = start; i < n; ++i, j += step) out += char(b->data[j]);
    return new_bytes(out);
  }
  int64_t i;
  if (index_of(k, &i) < 0) return nullptr;
  if (i < 0) i += int64_t(b->n);
  if (i < 0 || size_t(i) >= b->n) return raise(I.IndexError, "index out of range");
  return new_int(b->data[i]);
}
static Ref bytes_binop(Value a, Value b, int op) {
  Interpreter& I = interp();
  if (op == kAdd && isinstance(a, I.bytes_type) && isinstance(b, I.bytes_type))
    return new_bytes(std::string(bview(a)) + std::string(bview(b)));
  if (op == kMul && isinstance(a, I.bytes_type) && is_int(b)) {
    int64_t n;
    if (index_of(b, &n) < 0) return nullptr;
    std::string out;
    for (int64_t i = 0; i < n; ++i) out += bview(a);
    return new_bytes(out);
  }
  return Ref::steal(kNotImplemented);
}
static int bytes_contains(Value self, Value x) {
  if (is_int(x)) {
    int64_t v;
    if (index_of(x, &v) < 0) return -1;
    return bview(self).find(char(v)) != std::string_view::npos;
  }
  if (!isinstance(x, interp().bytes_type)) {
    raisef(interp().TypeError, "a bytes-like object is required, not '%s'", type_name(x));
    return -1;
  }
  return bview(self).find(bview(x)) != std::string_view::npos;
}
static Ref bytes_new(Type*, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value a[3];
  if (!parse_args("bytes", args, nargs, kw, {"source", "encoding", "errors"}, 0, a)) return nullptr;
  if (!a[0]) return new_bytes("");
  if (isinstance(a[0], I.str_type)) {
    if (!a[1]) return raise(I.TypeError, "string argument without an encoding");
    return new_bytes(sv(a[0]));
  }
  if (is_int(a[0])) {
    int64_t n;
    if (index_of(a[0], &n) < 0) return nullptr;
    if (n < 0) return raise(I.ValueError, "negative count");
    return new_bytes(std::string(size_t(n), '\0'));
  }
  Ref l = iterable_to_list(a[0]);
  if (!l) return nullptr;
  std::string out;
  for (Value v : as_list(l.get())->items) {
    int64_t c;
    if (index_of(v, &c) < 0) return nullptr;
    if (c < 0 || c > 255) return raise(I.ValueError, "bytes must be in range(0, 256)");
    out += char(c);
  }
  return new_bytes(out);
}
static Ref m_decode(Value self, const Value*, size_t, Tuple*) { return new_str(bview(self)); }
static Ref m_hex(Value self, const Value*, size_t, Tuple*) {
  std::string out;
  char buf[4];
  for (unsigned char c : bview(self)) {
    std::snprintf(buf, sizeof buf, "%02x", c);
    out += buf;
  }
  return new_str(out);
}
static Ref bytes_iter(Value self) {
  Ref l = new_list();
  for (unsigned char c : bview(self)) as_list(l.get())->items.push_back(Value::small_int(c));
  return get_iter(l.get());
}

void init_bytes(Interpreter& I) {
  Type* t = I.bytes_type = new_builtin_type(I, "bytes", I.object_type, sizeof(Bytes));
  t->repr = bytes_repr;
  t->len = bytes_len;
  t->hash = bytes_hash;
  t->richcmp = bytes_richcmp;
  t->getitem = bytes_getitem;
  t->binop = bytes_binop;
  t->contains = bytes_contains;
  t->iter = bytes_iter;
  t->tp_new = bytes_new;
  t->init = nullptr;
  static const MethodDef methods[] = {{"decode", m_decode}, {"hex", m_hex}, {nullptr, nullptr}};
  add_methods(I, t, methods);
}

}  // namespace py
