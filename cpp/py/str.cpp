// str.cpp — str: immutable UTF-8 with a cached code-point length (ASCII strings index in
// O(1)), its methods, str.format and printf-style `%` formatting.
#include <algorithm>
#include <charconv>
#include <cstring>

#include "py/builtin_types.hpp"
#include "py/errors.hpp"
#include "py/num/float.hpp"
#include "py/num/format_spec.hpp"
#include "py/unicode_db.hpp"

namespace py {

size_t utf8_decode(const char* p, uint32_t* cp) {
  unsigned char c = static_cast<unsigned char>(p[0]);
  if (c < 0x80) { *cp = c; return 1; }
  if ((c >> 5) == 6) { *cp = ((c & 0x1f) << 6) | (p[1] & 0x3f); return 2; }
  if ((c >> 4) == 14) { *cp = ((c & 0x0f) << 12) | ((p[1] & 0x3f) << 6) | (p[2] & 0x3f); return 3; }
  *cp = ((c & 0x07) << 18) | ((p[1] & 0x3f) << 12) | ((p[2] & 0x3f) << 6) | (p[3] & 0x3f);
  return 4;
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) out += char(cp);
  else if (cp < 0x800) { out += char(0xc0 | (cp >> 6)); out += char(0x80 | (cp & 0x3f)); }
  else if (cp < 0x10000) {
    out += char(0xe0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3f)); out += char(0x80 | (cp & 0x3f));
  } else {
    out += char(0xf0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3f));
    out += char(0x80 | ((cp >> 6) & 0x3f)); out += char(0x80 | (cp & 0x3f));
  }
}

static Str* alloc_str(size_t nbytes) {
  Str* s = static_cast<Str*>(alloc_object(interp().str_type, sizeof(Str) + nbytes));
  s->hash = -1;
  s->nbytes = nbytes;
  return s;
}

// The code-point length of UTF-8 text and whether it is all ASCII; 8 bytes at a time while
// it is (most text is: this runs for every new str).
static size_t utf8_length(std::string_view s, bool* ascii) {
  const char* p = s.data();
  size_t n = s.size(), i = 0;
  for (uint64_t w; i + 8 <= n; i += 8) {
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) break;
  }
  while (i < n && !(p[i] & 0x80)) ++i;
  *ascii = i == n;
  size_t len = i;
  for (; i < n; ++i) len += (static_cast<unsigned char>(p[i]) & 0xc0) != 0x80;
  return len;
}

Ref new_str(std::string_view utf8) {
  bool ascii;
  size_t length = utf8_length(utf8, &ascii);
  if (ascii) return new_str_ascii(utf8);
  Str* s = alloc_str(utf8.size());
  std::memcpy(s->data, utf8.data(), utf8.size());
  s->data[utf8.size()] = 0;
  s->length = length;
  s->ascii = false;
  return Ref::steal(Value::from_ptr(s));
}

// The empty and one-character strings are shared (once the bootstrap has made them).
Ref new_str_ascii(std::string_view s) {
  Interpreter& I = interp();
  if (s.size() <= 1) {
    Value shared = s.empty() ? I.empty_str : static_cast<unsigned char>(s[0]) < 128 ? I.one_char[int(s[0])] : kNull;
    if (shared) return Ref::borrow(shared);
  }
  Str* o = alloc_str(s.size());
  std::memcpy(o->data, s.data(), s.size());
  o->data[s.size()] = 0;
  o->length = s.size();
  o->ascii = true;
  return Ref::steal(Value::from_ptr(o));
}

bool str_equal(Str* a, Str* b) {
  return a == b || (a->nbytes == b->nbytes && std::memcmp(a->data, b->data, a->nbytes) == 0);
}

int64_t str_hash(Str* s) {
  if (s->hash != -1) return s->hash;
  // FNV-1a (CPython uses SipHash with a random key; hash values are not observable here
  // beyond set ordering of strings, which CPython randomises anyway).
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < s->nbytes; ++i) {
    h ^= static_cast<unsigned char>(s->data[i]);
    h *= 1099511628211ull;
  }
  int64_t r = int64_t(h >> 1);
  if (r == -1) r = -2;
  s->hash = r;
  return r;
}

Ref str_from_codepoint(uint32_t cp) {
  std::string s;
  utf8_append(s, cp);
  return new_str(s);
}

// `s += t` when s has no other reference: grow s in place (CPython's unicode_concatenate
// trick), so building a string in a loop is linear instead of quadratic.
Value str_append_inplace(Value a, Value b) {
  Str* x = as_str(a);
  Str* y = as_str(b);
  size_t n = x->nbytes + y->nbytes;
  Str* r = static_cast<Str*>(realloc_object(x, sizeof(Str) + n));
  std::memcpy(r->data + r->nbytes, y->data, y->nbytes);
  r->nbytes = n;
  r->data[n] = 0;
  r->length += y->length;
  r->ascii = r->ascii && y->ascii;
  r->hash = -1;
  return Value::from_ptr(r);
}

Ref str_concat(Value a, Value b) {
  Str* x = as_str(a);
  Str* y = as_str(b);
  if (x->nbytes == 0) return Ref::borrow(b);
  if (y->nbytes == 0) return Ref::borrow(a);
  Str* s = alloc_str(x->nbytes + y->nbytes);
  std::memcpy(s->data, x->data, x->nbytes);
  std::memcpy(s->data + x->nbytes, y->data, y->nbytes);
  s->data[s->nbytes] = 0;
  s->length = x->length + y->length;
  s->ascii = x->ascii && y->ascii;
  return Ref::steal(Value::from_ptr(s));
}

// Byte offset of code point i.
static size_t cp_offset(Str* s, size_t i) {
  if (s->ascii) return i;
  size_t off = 0;
  while (i > 0 && off < s->nbytes) {
    ++off;
    while (off < s->nbytes && (static_cast<unsigned char>(s->data[off]) & 0xc0) == 0x80) ++off;
    --i;
  }
  return off;
}

static std::vector<uint32_t> codepoints(std::string_view s) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    i += utf8_decode(s.data() + i, &cp);
    out.push_back(cp);
  }
  return out;
}

// ascii(): repr with every non-ASCII code point escaped.
Ref ascii_repr(Value v) {
  Ref r = repr(v);
  if (!r) return nullptr;
  std::string_view s = sv(r.get());
  std::string out;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    size_t n = utf8_decode(s.data() + i, &cp);
    char buf[16];
    if (cp < 128) out += char(cp);
    else {
      if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    }
    i += n;
  }
  return new_str(out);
}

Ref str_repr(Value v) {
  std::string_view s = sv(v);
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char q = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += q;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    size_t n = utf8_decode(s.data() + i, &cp);
    if (cp == uint32_t(q) || cp == '\\') { out += '\\'; out += char(cp); }
    else if (cp == '\n') out += "\\n";
    else if (cp == '\r') out += "\\r";
    else if (cp == '\t') out += "\\t";
    else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && !unicode::has(cp, unicode::kPrintable))) {
      // Non-printable characters (controls, separators such as U+00A0, unassigned) escaped.
      char buf[16];
      std::snprintf(buf, sizeof buf, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
      out += buf;
    } else {
      out.append(s.data() + i, n);
    }
    i += n;
  }
  out += q;
  return new_str(out);
}

static int str_hash_slot(Value v, int64_t* out) {
  *out = str_hash(as_str(v));
  return 0;
}

static Ref str_richcmp(Value a, Value b, int op) {
  Interpreter& I = interp();
  if (!isinstance(b, I.str_type) || !isinstance(a, I.str_type)) return Ref::steal(kNotImplemented);
  Str* x = as_str(a);
  Str* y = as_str(b);
  if (op == kEq || op == kNe) {
    bool eq = str_equal(x, y);
    return Ref::steal(bool_value(op == kEq ? eq : !eq));
  }
  // UTF-8 byte order equals code-point order.
  int c = std::memcmp(x->data, y->data, std::min(x->nbytes, y->nbytes));
  if (c == 0) c = x->nbytes < y->nbytes ? -1 : x->nbytes > y->nbytes ? 1 : 0;
  bool r = false;
  switch (op) {
    case kLt: r = c < 0; break;
    case kLe: r = c <= 0; break;
    case kGt: r = c > 0; break;
    case kGe: r = c >= 0; break;
  }
  return Ref::steal(bool_value(r));
}

static int64_t str_len(Value v) { return int64_t(as_str(v)->length); }

static Ref str_substr(Str* s, int64_t start, int64_t stop) {
  size_t a = cp_offset(s, size_t(start));
  size_t b = cp_offset(s, size_t(stop));
  return new_str(std::string_view(s->data + a, b - a));
}

static Ref str_getitem(Value self, Value k) {
  Interpreter& I = interp();
  Str* s = as_str(self);
  if (type_of(k) == I.slice_type) {
    int64_t start, stop, step, n;
    if (slice_indices(k, int64_t(s->length), &start, &stop, &step, &n) < 0) return nullptr;
    if (step == 1) return n <= 0 ? Ref::borrow(I.empty_str) : str_substr(s, start, start + n);
    std::string out;
    if (s->ascii) {
      for (int64_t i = 0, j = start; i < n; ++i, j += step) out += s->data[j];
      return new_str(out);
    }
    std::vector<uint32_t> cps = codepoints(s->view());
    for (int64_t i = 0, j = start; i < n; ++i, j += step) utf8_append(out, cps[size_t(j)]);
    return new_str(out);
  }
  int64_t i;
  if (!is_int(k) && !type_lookup(type_of(k), I.names.__index__))
    return raisef(I.TypeError, "string indices must be integers, not '%s'", type_name(k));
  if (index_of(k, &i) < 0) return nullptr;
  if (i < 0) i += int64_t(s->length);
  if (i < 0 || i >= int64_t(s->length)) return raise(I.IndexError, "string index out of range");
  if (s->ascii) return Ref::borrow(I.one_char[int(s->data[i])]);
  size_t off = cp_offset(s, size_t(i));
  uint32_t cp;
  size_t n = utf8_decode(s->data + off, &cp);
  return new_str(std::string_view(s->data + off, n));
}

static int str_contains(Value self, Value item) {
  Interpreter& I = interp();
  if (!isinstance(item, I.str_type)) {
    raisef(I.TypeError, "'in <string>' requires string as left operand, not %s", type_name(item));
    return -1;
  }
  return sv(self).find(sv(item)) != std::string_view::npos;
}

static Ref str_iter(Value self) {
  Interpreter& I = interp();
  SeqIter* it = static_cast<SeqIter*>(alloc_object(I.str_iter_type, sizeof(SeqIter)));
  it->seq = newref(self);
  it->index = 0;
  gc_track(it);
  return Ref::steal(Value::from_ptr(it));
}

static Ref str_iternext(Value self) {
  SeqIter* it = static_cast<SeqIter*>(self.ptr());
  if (!it->seq) return nullptr;
  Str* s = as_str(it->seq);
  if (it->index >= s->nbytes) {
    Value v = it->seq;
    it->seq = kNull;
    decref(v);
    return nullptr;
  }
  uint32_t cp;
  size_t n = utf8_decode(s->data + it->index, &cp);
  std::string_view piece(s->data + it->index, n);
  it->index += n;
  return new_str(piece);
}

Ref str_mul(Value s, int64_t n) {
  Interpreter& I = interp();
  Str* x = as_str(s);
  if (n <= 0 || x->nbytes == 0) return Ref::borrow(I.empty_str);
  if (x->nbytes * uint64_t(n) > I.heap_cap) return raise_no_memory();
  Str* r = alloc_str(x->nbytes * size_t(n));
  for (int64_t i = 0; i < n; ++i) std::memcpy(r->data + i * x->nbytes, x->data, x->nbytes);
  r->data[r->nbytes] = 0;
  r->length = x->length * size_t(n);
  r->ascii = x->ascii;
  return Ref::steal(Value::from_ptr(r));
}

static Ref str_binop(Value a, Value b, int op) {
  Interpreter& I = interp();
  if (op >= kInplace) return Ref::steal(kNotImplemented);
  bool as = isinstance(a, I.str_type), bs = isinstance(b, I.str_type);
  if (op == kAdd) {
    if (as && bs) return str_concat(a, b);
    if (as) return raisef(I.TypeError, "can only concatenate str (not \"%s\") to str", type_name(b));
    return Ref::steal(kNotImplemented);
  }
  if (op == kMul) {
    Value s = as ? a : b, n = as ? b : a;
    if (!is_int(n)) {
      if (type_lookup(type_of(n), I.names.__index__)) {}
      else return Ref::steal(kNotImplemented);
    }
    int64_t k;
    if (index_of(n, &k) < 0) {
      if (err_matches(I.IndexError)) {
        clear_error();
        return raise(I.OverflowError, "cannot fit 'int' into an index-sized integer");
      }
      return nullptr;
    }
    return str_mul(s, k);
  }
  if (op == kMod && as) return str_mod(a, b);
  return Ref::steal(kNotImplemented);
}

// ---- constructor -------------------------------------------------------------------------------

static Ref str_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value a[3];
  if (!parse_args("str", args, nargs, kw, {"object", "encoding", "errors"}, 0, a)) return nullptr;
  Ref r;
  if (!a[0]) r = Ref::borrow(I.empty_str);
  else if (a[1] || a[2]) {
    std::string_view data;
    if (!bytes_like(a[0], &data)) return raisef(I.TypeError, "decoding to str: need a bytes-like object, %s found", type_name(a[0]));
    r = codec_decode(data, a[1], a[2]);
    if (!r) return nullptr;
  } else r = str(a[0]);
  if (!r || t == I.str_type) return r;
  Str* src = as_str(r.get());
  Str* s = static_cast<Str*>(alloc_object(t, t->basicsize + src->nbytes + 1));
  // Subclass instances keep their dict pointer after the character data.
  std::memcpy(s->data, src->data, src->nbytes + 1);
  s->nbytes = src->nbytes;
  s->length = src->length;
  s->ascii = src->ascii;
  s->hash = -1;
  if (t->has_gc()) gc_track(s);
  return Ref::steal(Value::from_ptr(s));
}

// ---- methods ----------------------------------------------------------------------------------------

#define SELF sv(self)
#define STR_ARG(i, fname)                                                                        \
  if (!isinstance(args[i], interp().str_type))                                                   \
    return raisef(interp().TypeError, "%s arg must be None or str", fname);

static bool is_space(uint32_t c) {
  return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || (c >= 0x80 && unicode::has(c, unicode::kSpace));
}

static Ref m_join(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("join", nargs, 1, 1)) return nullptr;
  return str_join(self, args[0]);
}

Ref str_join(Value sep, Value iterable) {
  Interpreter& I = interp();
  Ref l;
  const Value* items;
  size_t n;
  if (type_of(iterable) == I.list_type) {
    items = as_list(iterable)->items.data();
    n = as_list(iterable)->items.size();
  } else if (type_of(iterable) == I.tuple_type) {
    items = as_tuple(iterable)->items;
    n = as_tuple(iterable)->n;
  } else {
    l = iterable_to_list(iterable);
    if (!l) return nullptr;
    items = as_list(l.get())->items.data();
    n = as_list(l.get())->items.size();
  }
  if (n == 0) return Ref::borrow(I.empty_str);
  if (n == 1 && type_of(items[0]) == I.str_type) return Ref::borrow(items[0]);
  Str* sp = as_str(sep);
  size_t nbytes = sp->nbytes * (n - 1), length = sp->length * (n - 1);
  bool ascii = sp->ascii;
  for (size_t i = 0; i < n; ++i) {
    if (type_of(items[i]) != I.str_type && !isinstance(items[i], I.str_type))
      return raisef(I.TypeError, "sequence item %zu: expected str instance, %s found", i, type_name(items[i]));
    Str* x = as_str(items[i]);
    nbytes += x->nbytes;
    length += x->length;
    ascii = ascii && x->ascii;
  }
  // The pieces are measured already: copy them straight into the new str.
  Str* out = alloc_str(nbytes);
  char* p = out->data;
  for (size_t i = 0; i < n; ++i) {
    if (i) p = static_cast<char*>(std::memcpy(p, sp->data, sp->nbytes)) + sp->nbytes;
    Str* x = as_str(items[i]);
    p = static_cast<char*>(std::memcpy(p, x->data, x->nbytes)) + x->nbytes;
  }
  *p = 0;
  out->length = length;
  out->ascii = ascii;
  return Ref::steal(Value::from_ptr(out));
}

// The byte length of the whitespace character starting at s[i], 0 if it is not one
// (continuation bytes of a UTF-8 sequence never start one).
static size_t space_at(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return is_space(c) ? 1 : 0;
  if ((c & 0xc0) == 0x80) return 0;
  uint32_t cp;
  size_t n = utf8_decode(s.data() + i, &cp);
  return is_space(cp) ? n : 0;
}
static Ref split_impl(Value self, const Value* args, size_t nargs, Tuple* kw, bool right) {
  Interpreter& I = interp();
  Value a[2];
  if (!parse_args(right ? "rsplit" : "split", args, nargs, kw, {"sep", "maxsplit"}, 0, a)) return nullptr;
  int64_t maxsplit = -1;
  if (a[1] && index_of(a[1], &maxsplit) < 0) return nullptr;
  std::string_view s = SELF;
  Ref out = new_list();
  auto& items = as_list(out.get())->items;
  // Pieces of ASCII text are ASCII: no need to measure them again.
  bool ascii = as_str(self)->ascii;
  auto add = [&](std::string_view p) { items.push_back((ascii ? new_str_ascii(p) : new_str(p)).release()); };
  if (!a[0] || a[0] == kNone) {
    std::vector<std::pair<size_t, size_t>> words;
    size_t i = 0;
    size_t k;
    while (i < s.size()) {
      while (i < s.size() && (k = space_at(s, i))) i += k;
      if (i >= s.size()) break;
      size_t j = i;
      while (j < s.size() && !space_at(s, j)) ++j;
      words.push_back({i, j});
      i = j;
    }
    if (maxsplit < 0 || size_t(maxsplit) >= words.size()) {
      for (auto& w : words) add(s.substr(w.first, w.second - w.first));
    } else if (!right) {
      for (int64_t k = 0; k < maxsplit; ++k) add(s.substr(words[k].first, words[k].second - words[k].first));
      add(s.substr(words[maxsplit].first));  // the rest keeps its trailing space
    } else {
      size_t nw = words.size();
      size_t first_kept = nw - size_t(maxsplit);
      add(s.substr(0, words[first_kept - 1].second));  // keeps its leading space
      for (size_t k = first_kept; k < nw; ++k) add(s.substr(words[k].first, words[k].second - words[k].first));
    }
  } else {
    if (!isinstance(a[0], I.str_type)) return raisef(I.TypeError, "must be str or None, not %s", type_name(a[0]));
    std::string_view sep = sv(a[0]);
    if (sep.empty()) return raise(I.ValueError, "empty separator");
    if (!right) {
      size_t pos = 0;
      int64_t count = 0;
      for (;;) {
        size_t f = (maxsplit >= 0 && count >= maxsplit) ? std::string_view::npos : s.find(sep, pos);
        if (f == std::string_view::npos) {
          add(s.substr(pos));
          break;
        }
        add(s.substr(pos, f - pos));
        pos = f + sep.size();
        ++count;
      }
    } else {
      size_t end = s.size();
      int64_t count = 0;
      std::vector<std::string_view> rev;
      for (;;) {
        size_t f = (maxsplit >= 0 && count >= maxsplit) || end < sep.size() ? std::string_view::npos
                                                                             : s.rfind(sep, end - sep.size());
        if (f == std::string_view::npos) {
          rev.push_back(s.substr(0, end));
          break;
        }
        rev.push_back(s.substr(f + sep.size(), end - f - sep.size()));
        end = f;
        ++count;
      }
      for (auto p = rev.rbegin(); p != rev.rend(); ++p) add(*p);
    }
  }
  return out;
}
static Ref m_split(Value self, const Value* a, size_t n, Tuple* kw) { return split_impl(self, a, n, kw, false); }
static Ref m_rsplit(Value self, const Value* a, size_t n, Tuple* kw) { return split_impl(self, a, n, kw, true); }

static Ref m_splitlines(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  if (!parse_args("splitlines", args, nargs, kw, {"keepends"}, 0, a)) return nullptr;
  bool keep = a[0] && truth(a[0]);
  std::string_view s = SELF;
  Ref out = new_list();
  size_t i = 0;
  // Line boundaries: \n \r \r\n \v \f \x1c \x1d \x1e \x85 U+2028 U+2029.
  auto boundary = [&](size_t j) -> size_t {  // the boundary's byte length at j, 0 if none
    unsigned char c = static_cast<unsigned char>(s[j]);
    if (c == '\n' || c == '\r' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e)) return 1;
    if (c == 0xc2 && j + 1 < s.size() && static_cast<unsigned char>(s[j + 1]) == 0x85) return 2;
    if (c == 0xe2 && j + 2 < s.size() && static_cast<unsigned char>(s[j + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[j + 2]) == 0xa8 || static_cast<unsigned char>(s[j + 2]) == 0xa9))
      return 3;
    return 0;
  };
  while (i < s.size()) {
    size_t j = i, blen = 0;
    while (j < s.size() && !(blen = boundary(j))) ++j;
    size_t eol = j;
    if (j < s.size()) {
      if (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n') j += 2;
      else j += blen;
    }
    list_append(out.get(), new_str(s.substr(i, (keep ? j : eol) - i)).get());
    i = j;
  }
  return out;
}

static Ref strip_impl(Value self, const Value* args, size_t nargs, int which) {
  Interpreter& I = interp();
  if (!check_nargs("strip", nargs, 0, 1)) return nullptr;
  std::string_view s = SELF;
  std::vector<uint32_t> cps = codepoints(s);
  std::vector<uint32_t> chars;
  bool ws = nargs == 0 || args[0] == kNone;
  if (!ws) {
    if (!isinstance(args[0], I.str_type)) return raisef(I.TypeError, "strip arg must be None or str");
    chars = codepoints(sv(args[0]));
  }
  auto strip_it = [&](uint32_t c) {
    return ws ? is_space(c) : std::find(chars.begin(), chars.end(), c) != chars.end();
  };
  size_t a = 0, b = cps.size();
  if (which & 1) while (a < b && strip_it(cps[a])) ++a;
  if (which & 2) while (b > a && strip_it(cps[b - 1])) --b;
  if (a == 0 && b == cps.size()) return Ref::borrow(self);
  std::string out;
  for (size_t i = a; i < b; ++i) utf8_append(out, cps[i]);
  return new_str(out);
}
static Ref m_strip(Value self, const Value* a, size_t n, Tuple*) { return strip_impl(self, a, n, 3); }
static Ref m_lstrip(Value self, const Value* a, size_t n, Tuple*) { return strip_impl(self, a, n, 1); }
static Ref m_rstrip(Value self, const Value* a, size_t n, Tuple*) { return strip_impl(self, a, n, 2); }

static Ref m_replace(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("replace", nargs, 2, 3)) return nullptr;
  if (!isinstance(args[0], I.str_type) || !isinstance(args[1], I.str_type))
    return raisef(I.TypeError, "replace() argument 1 must be str, not %s", type_name(args[0]));
  int64_t count = -1;
  if (nargs == 3 && index_of(args[2], &count) < 0) return nullptr;
  std::string_view s = SELF, old = sv(args[0]), neu = sv(args[1]);
  std::string out;
  if (old.empty()) {
    std::vector<uint32_t> cps = codepoints(s);
    int64_t done = 0;
    for (size_t i = 0; i <= cps.size(); ++i) {
      if (count < 0 || done < count) { out += neu; ++done; }
      if (i < cps.size()) utf8_append(out, cps[i]);
    }
    return new_str(out);
  }
  size_t pos = 0;
  int64_t done = 0;
  for (;;) {
    size_t f = (count >= 0 && done >= count) ? std::string_view::npos : s.find(old, pos);
    if (f == std::string_view::npos) {
      out += s.substr(pos);
      break;
    }
    out += s.substr(pos, f - pos);
    out += neu;
    pos = f + old.size();
    ++done;
  }
  return new_str(out);
}

// Converts code-point slice bounds to byte offsets for find/count.
static bool find_bounds(Value self, const Value* args, size_t nargs, size_t* lo, size_t* hi) {
  Str* s = as_str(self);
  int64_t n = int64_t(s->length), start = 0, end = n;
  if (nargs > 1 && args[1] != kNone && index_of(args[1], &start) < 0) return false;
  if (nargs > 2 && args[2] != kNone && index_of(args[2], &end) < 0) return false;
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (end < 0) end = std::max<int64_t>(0, end + n);
  start = std::min(start, n + 1);
  end = std::min(end, n);
  *lo = start > n ? s->nbytes + 1 : cp_offset(s, size_t(start));
  *hi = cp_offset(s, size_t(end));
  return true;
}
static int64_t byte_to_cp(Str* s, size_t off) {
  if (s->ascii) return int64_t(off);
  int64_t n = 0;
  for (size_t i = 0; i < off; ++i)
    if ((static_cast<unsigned char>(s->data[i]) & 0xc0) != 0x80) ++n;
  return n;
}

static Ref find_impl(Value self, const Value* args, size_t nargs, bool right, bool raise_missing, const char* name) {
  Interpreter& I = interp();
  if (!check_nargs(name, nargs, 1, 3)) return nullptr;
  if (!isinstance(args[0], I.str_type))
    return raisef(I.TypeError, "must be str, not %s", type_name(args[0]));
  size_t lo, hi;
  if (!find_bounds(self, args, nargs, &lo, &hi)) return nullptr;
  std::string_view s = SELF, sub = sv(args[0]);
  size_t f = std::string_view::npos;
  if (lo <= hi && lo <= s.size()) {
    std::string_view window = s.substr(lo, hi - lo);
    size_t r = right ? window.rfind(sub) : window.find(sub);
    if (r != std::string_view::npos) f = lo + r;
  }
  if (f == std::string_view::npos) {
    if (raise_missing) return raise(I.ValueError, "substring not found");
    return Ref::steal(Value::small_int(-1));
  }
  return new_int(byte_to_cp(as_str(self), f));
}
static Ref m_find(Value self, const Value* a, size_t n, Tuple*) { return find_impl(self, a, n, false, false, "find"); }
static Ref m_rfind(Value self, const Value* a, size_t n, Tuple*) { return find_impl(self, a, n, true, false, "rfind"); }
static Ref m_index(Value self, const Value* a, size_t n, Tuple*) { return find_impl(self, a, n, false, true, "index"); }
static Ref m_rindex(Value self, const Value* a, size_t n, Tuple*) { return find_impl(self, a, n, true, true, "rindex"); }

static Ref m_count(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("count", nargs, 1, 3)) return nullptr;
  if (!isinstance(args[0], I.str_type)) return raisef(I.TypeError, "must be str, not %s", type_name(args[0]));
  size_t lo, hi;
  if (!find_bounds(self, args, nargs, &lo, &hi)) return nullptr;
  if (lo > hi) return Ref::steal(Value::small_int(0));
  std::string_view window = SELF.substr(lo, hi - lo), sub = sv(args[0]);
  if (sub.empty()) return new_int(byte_to_cp(as_str(self), hi) - byte_to_cp(as_str(self), lo) + 1);
  int64_t c = 0;
  for (size_t p = window.find(sub); p != std::string_view::npos; p = window.find(sub, p + sub.size())) ++c;
  return new_int(c);
}

static Ref affix_impl(Value self, const Value* args, size_t nargs, bool end, const char* name) {
  Interpreter& I = interp();
  if (!check_nargs(name, nargs, 1, 3)) return nullptr;
  size_t lo, hi;
  if (!find_bounds(self, args, nargs, &lo, &hi)) return nullptr;
  std::string_view s = SELF;
  std::string_view window = lo <= hi && lo <= s.size() ? s.substr(lo, hi - lo) : std::string_view();
  if (lo > hi) return Ref::steal(kFalse);
  auto test = [&](Value p) -> int {
    if (!isinstance(p, I.str_type)) {
      raisef(I.TypeError, "%s first arg must be str or a tuple of str, not %s", name, type_name(p));
      return -1;
    }
    std::string_view x = sv(p);
    if (x.size() > window.size()) return 0;
    return end ? window.substr(window.size() - x.size()) == x : window.substr(0, x.size()) == x;
  };
  if (type_of(args[0]) == I.tuple_type) {
    Tuple* t = as_tuple(args[0]);
    for (size_t i = 0; i < t->n; ++i) {
      int r = test(t->items[i]);
      if (r < 0) return nullptr;
      if (r) return Ref::steal(kTrue);
    }
    return Ref::steal(kFalse);
  }
  int r = test(args[0]);
  if (r < 0) return nullptr;
  return Ref::steal(bool_value(r));
}
static Ref m_startswith(Value self, const Value* a, size_t n, Tuple*) { return affix_impl(self, a, n, false, "startswith"); }
static Ref m_endswith(Value self, const Value* a, size_t n, Tuple*) { return affix_impl(self, a, n, true, "endswith"); }

// ---- case mapping and character predicates (CPython's unicodeobject.c rules over the
// generated Unicode tables) ----------------------------------------------------------------
namespace u = unicode;

// Σ lowercases to final ς after a cased letter not followed by one (case-ignorables skipped).
static uint32_t lower_sigma(const std::vector<uint32_t>& cps, size_t i) {
  size_t j = i;
  while (j > 0 && u::has(cps[j - 1], u::kCaseIgnorable)) --j;
  bool final_sigma = j > 0 && u::has(cps[j - 1], u::kCased);
  if (final_sigma) {
    j = i + 1;
    while (j < cps.size() && u::has(cps[j], u::kCaseIgnorable)) ++j;
    final_sigma = j == cps.size() || !u::has(cps[j], u::kCased);
  }
  return final_sigma ? 0x3c2 : 0x3c3;
}
static void append_case(std::string& out, const std::vector<uint32_t>& cps, size_t i, u::Case which) {
  if (which == u::Case::kLower && cps[i] == 0x3a3) return utf8_append(out, lower_sigma(cps, i));
  uint32_t m[3];
  int n = u::full_case(cps[i], which, m);
  for (int k = 0; k < n; ++k) utf8_append(out, m[k]);
}

enum CaseOp { kOpUpper, kOpLower, kOpSwap, kOpCapitalize, kOpTitle, kOpFold };
static Ref map_case(Value self, CaseOp op) {
  std::string_view s = SELF;
  if (as_str(self)->ascii) {
    if (s.empty()) return Ref::borrow(interp().empty_str);
    Str* r = alloc_str(s.size());
    std::memcpy(r->data, s.data(), s.size() + 1);
    r->length = s.size();
    r->ascii = true;
    bool prev_cased = false;
    for (size_t i = 0; i < s.size(); ++i) {
      char& c = r->data[i];
      bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
      bool to_up = op == kOpUpper || (op == kOpSwap && lo) || (op == kOpCapitalize && i == 0) ||
                   (op == kOpTitle && !prev_cased);
      if (to_up && lo) c = char(c - 32);
      else if (!to_up && up && op != kOpSwap) c = char(c + 32);
      else if (op == kOpSwap && up) c = char(c + 32);
      prev_cased = up || lo;
    }
    return Ref::steal(Value::from_ptr(r));
  }
  std::vector<uint32_t> cps = codepoints(s);
  std::string out;
  bool prev_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    uint32_t c = cps[i];
    switch (op) {
      case kOpUpper: append_case(out, cps, i, u::Case::kUpper); break;
      case kOpLower: append_case(out, cps, i, u::Case::kLower); break;
      case kOpFold: append_case(out, cps, i, u::Case::kFold); break;
      case kOpSwap:
        if (u::has(c, u::kUpper)) append_case(out, cps, i, u::Case::kLower);
        else if (u::has(c, u::kLower)) append_case(out, cps, i, u::Case::kUpper);
        else utf8_append(out, c);
        break;
      case kOpCapitalize: append_case(out, cps, i, i == 0 ? u::Case::kTitle : u::Case::kLower); break;
      case kOpTitle:
        append_case(out, cps, i, prev_cased ? u::Case::kLower : u::Case::kTitle);
        prev_cased = u::has(c, u::kCased);
        break;
    }
  }
  return new_str(out);
}
static Ref m_upper(Value self, const Value*, size_t, Tuple*) { return map_case(self, kOpUpper); }
static Ref m_lower(Value self, const Value*, size_t, Tuple*) { return map_case(self, kOpLower); }
static Ref m_casefold(Value self, const Value*, size_t, Tuple*) { return map_case(self, kOpFold); }
static Ref m_swapcase(Value self, const Value*, size_t, Tuple*) { return map_case(self, kOpSwap); }
static Ref m_capitalize(Value self, const Value*, size_t, Tuple*) { return map_case(self, kOpCapitalize); }
static Ref m_title(Value self, const Value*, size_t, Tuple*) { return map_case(self, kOpTitle); }

// True when every code point has one of `flags` (and the string is not empty, unless empty_ok).
static Ref all_have(Value self, uint16_t flags, bool empty_ok = false) {
  std::vector<uint32_t> cps = codepoints(SELF);
  if (cps.empty()) return Ref::steal(bool_value(empty_ok));
  for (uint32_t c : cps)
    if (!(u::record(c).flags & flags)) return Ref::steal(kFalse);
  return Ref::steal(kTrue);
}
static Ref m_isdigit(Value self, const Value*, size_t, Tuple*) { return all_have(self, u::kDigit); }
static Ref m_isdecimal(Value self, const Value*, size_t, Tuple*) { return all_have(self, u::kDecimal); }
static Ref m_isnumeric(Value self, const Value*, size_t, Tuple*) { return all_have(self, u::kNumeric); }
static Ref m_isalpha(Value self, const Value*, size_t, Tuple*) { return all_have(self, u::kAlpha); }
static Ref m_isalnum(Value self, const Value*, size_t, Tuple*) {
  return all_have(self, u::kAlpha | u::kDecimal | u::kDigit | u::kNumeric);
}
static Ref m_isspace(Value self, const Value*, size_t, Tuple*) { return all_have(self, u::kSpace); }
static Ref m_isprintable(Value self, const Value*, size_t, Tuple*) { return all_have(self, u::kPrintable, true); }
static Ref m_isascii(Value self, const Value*, size_t, Tuple*) { return Ref::steal(bool_value(as_str(self)->ascii)); }
// isupper/islower: no character of the opposite case (or titlecase), at least one cased.
static Ref cased_only(Value self, uint16_t want, uint16_t reject) {
  bool cased = false;
  for (uint32_t c : codepoints(SELF)) {
    uint16_t f = u::record(c).flags;
    if (f & (reject | u::kTitle)) return Ref::steal(kFalse);
    if (f & want) cased = true;
  }
  return Ref::steal(bool_value(cased));
}
static Ref m_isupper(Value self, const Value*, size_t, Tuple*) { return cased_only(self, u::kUpper, u::kLower); }
static Ref m_islower(Value self, const Value*, size_t, Tuple*) { return cased_only(self, u::kLower, u::kUpper); }
static Ref m_istitle(Value self, const Value*, size_t, Tuple*) {
  bool cased = false, prev_cased = false;
  for (uint32_t c : codepoints(SELF)) {
    uint16_t f = u::record(c).flags;
    if (f & (u::kUpper | u::kTitle)) {
      if (prev_cased) return Ref::steal(kFalse);
      prev_cased = cased = true;
    } else if (f & u::kLower) {
      if (!prev_cased) return Ref::steal(kFalse);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Ref::steal(bool_value(cased));
}
static Ref m_isidentifier(Value self, const Value*, size_t, Tuple*) {
  std::vector<uint32_t> cps = codepoints(SELF);
  if (cps.empty()) return Ref::steal(kFalse);
  for (size_t i = 0; i < cps.size(); ++i) {
    bool ok = i == 0 ? cps[i] == '_' || u::has(cps[i], u::kXidStart) : u::has(cps[i], u::kXidContinue);
    if (!ok) return Ref::steal(kFalse);
  }
  return Ref::steal(kTrue);
}

static Ref pad_impl(Value self, const Value* args, size_t nargs, int mode, const char* name) {
  Interpreter& I = interp();
  if (!check_nargs(name, nargs, 1, 2)) return nullptr;
  int64_t width;
  if (index_of(args[0], &width) < 0) return nullptr;
  std::string fill = " ";
  if (nargs == 2) {
    if (!isinstance(args[1], I.str_type) || as_str(args[1])->length != 1)
      return raise(I.TypeError, "The fill character must be exactly one character long");
    fill = std::string(sv(args[1]));
  }
  Str* s = as_str(self);
  int64_t len = int64_t(s->length);
  if (width <= len) return Ref::borrow(self);
  int64_t pad = width - len, left = 0;
  if (mode == 0) left = 0;
  else if (mode == 1) left = pad;
  else left = pad / 2 + (pad & width & 1);
  std::string out;
  for (int64_t i = 0; i < left; ++i) out += fill;
  out += s->view();
  for (int64_t i = 0; i < pad - left; ++i) out += fill;
  return new_str(out);
}
static Ref m_ljust(Value self, const Value* a, size_t n, Tuple*) { return pad_impl(self, a, n, 0, "ljust"); }
static Ref m_rjust(Value self, const Value* a, size_t n, Tuple*) { return pad_impl(self, a, n, 1, "rjust"); }
static Ref m_center(Value self, const Value* a, size_t n, Tuple*) { return pad_impl(self, a, n, 2, "center"); }
static Ref m_zfill(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("zfill", nargs, 1, 1)) return nullptr;
  int64_t width;
  if (index_of(args[0], &width) < 0) return nullptr;
  std::string s(SELF);
  int64_t len = int64_t(as_str(self)->length);
  if (width <= len) return Ref::borrow(self);
  size_t at = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  s.insert(at, std::string(size_t(width - len), '0'));
  return new_str(s);
}

static Ref partition_impl(Value self, const Value* args, size_t nargs, bool right) {
  Interpreter& I = interp();
  if (!check_nargs(right ? "rpartition" : "partition", nargs, 1, 1)) return nullptr;
  if (!isinstance(args[0], I.str_type)) return raisef(I.TypeError, "must be str, not %s", type_name(args[0]));
  std::string_view s = SELF, sep = sv(args[0]);
  if (sep.empty()) return raise(I.ValueError, "empty separator");
  size_t f = right ? s.rfind(sep) : s.find(sep);
  if (f == std::string_view::npos) {
    if (right) return tuple_pack({I.empty_str, I.empty_str, self});
    return tuple_pack({self, I.empty_str, I.empty_str});
  }
  Ref a = new_str(s.substr(0, f)), c = new_str(s.substr(f + sep.size()));
  return tuple_pack({a.get(), args[0], c.get()});
}
static Ref m_partition(Value self, const Value* a, size_t n, Tuple*) { return partition_impl(self, a, n, false); }
static Ref m_rpartition(Value self, const Value* a, size_t n, Tuple*) { return partition_impl(self, a, n, true); }

static Ref m_removeprefix(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("removeprefix", nargs, 1, 1)) return nullptr;
  std::string_view s = SELF, p = sv(args[0]);
  if (s.substr(0, p.size()) == p && !p.empty()) return new_str(s.substr(p.size()));
  return Ref::borrow(self);
}
static Ref m_removesuffix(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("removesuffix", nargs, 1, 1)) return nullptr;
  std::string_view s = SELF, p = sv(args[0]);
  if (!p.empty() && s.size() >= p.size() && s.substr(s.size() - p.size()) == p)
    return new_str(s.substr(0, s.size() - p.size()));
  return Ref::borrow(self);
}
static Ref m_encode(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("encode", args, nargs, kw, {"encoding", "errors"}, 0, a)) return nullptr;
  return codec_encode(SELF, a[0], a[1]);
}
static Ref m_expandtabs(Value self, const Value* args, size_t nargs, Tuple*) {
  int64_t ts = 8;
  if (nargs && index_of(args[0], &ts) < 0) return nullptr;
  std::string out;
  int64_t col = 0;
  for (uint32_t c : codepoints(SELF)) {
    if (c == '\t') {
      if (ts > 0) {
        int64_t n = ts - col % ts;
        out.append(size_t(n), ' ');
        col += n;
      }
    } else if (c == '\n' || c == '\r') {
      out += char(c);
      col = 0;
    } else {
      utf8_append(out, c);
      ++col;
    }
  }
  return new_str(out);
}
static Ref m_str_format(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return str_format_method(self, args, nargs, kw);
}
static Ref m_format_map(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("format_map", nargs, 1, 1)) return nullptr;
  Ref names = tuple_pack({Value::from_ptr(interp().intern("__mapping__"))});
  Value a[1] = {args[0]};
  return str_format_method(self, a, 0, as_tuple(names.get()));
}
static Ref m_str_dunder_format(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__format__", nargs, 1, 1)) return nullptr;
  std::string_view spec = sv(args[0]);
  if (spec.empty()) return str(self);
  std::string out;
  num::Error err;
  if (!num::format_str(SELF, spec, out, err)) return raise_num(err);
  return new_str(out);
}
static Ref m_str_getnewargs(Value self, const Value*, size_t, Tuple*) {
  Ref s = new_str(SELF);
  return tuple_pack({s.get()});
}
static Ref m_maketrans(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  Ref d = new_dict();
  if (nargs == 1) {
    if (dict_merge(as_dict(d.get()), args[0], true) < 0) return nullptr;
    Ref out = new_dict();
    size_t pos = 0;
    Value k, v;
    while (dict_next(as_dict(d.get()), &pos, &k, &v)) {
      Ref key = isinstance(k, I.str_type) ? new_int(int64_t(codepoints(sv(k))[0])) : Ref::borrow(k);
      dict_set(as_dict(out.get()), key.get(), v);
    }
    return out;
  }
  std::vector<uint32_t> a = codepoints(sv(args[0])), b = codepoints(sv(args[1]));
  if (a.size() != b.size()) return raise(I.ValueError, "the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < a.size(); ++i) dict_set(as_dict(d.get()), new_int(a[i]).get(), new_int(b[i]).get());
  if (nargs == 3)
    for (uint32_t c : codepoints(sv(args[2]))) dict_set(as_dict(d.get()), new_int(c).get(), kNone);
  return d;
}
static Ref m_translate(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("translate", nargs, 1, 1)) return nullptr;
  std::string out;
  for (uint32_t c : codepoints(SELF)) {
    Ref key = new_int(c);
    Ref v = getitem(args[0], key.get());
    if (!v) {
      if (!err_matches(interp().LookupError)) return nullptr;
      clear_error();
      utf8_append(out, c);
      continue;
    }
    if (v.get() == kNone) continue;
    if (is_int(v.get())) utf8_append(out, uint32_t(v.get().as_small_int()));
    else out += sv(v.get());
  }
  return new_str(out);
}

// ---- str.format -----------------------------------------------------------------------------------

static Ref resolve_field(std::string_view field, const Value* args, size_t nargs, Tuple* kw, size_t* auto_idx,
                         bool* manual) {
  Interpreter& I = interp();
  size_t end = 0;
  while (end < field.size() && field[end] != '.' && field[end] != '[') ++end;
  std::string_view first = field.substr(0, end);
  Ref obj;
  if (first.empty()) {
    if (*manual) return raise(I.ValueError, "cannot switch from manual field specification to automatic field numbering");
    size_t i = (*auto_idx)++;
    if (i >= nargs) return raisef(I.IndexError, "Replacement index %zu out of range for positional args tuple", i);
    obj = Ref::borrow(args[i]);
  } else if (std::isdigit(static_cast<unsigned char>(first[0]))) {
    if (*auto_idx) return raise(I.ValueError, "cannot switch from automatic field numbering to manual field specification");
    *manual = true;
    size_t i = std::stoul(std::string(first));
    if (i >= nargs) return raisef(I.IndexError, "Replacement index %zu out of range for positional args tuple", i);
    obj = Ref::borrow(args[i]);
  } else {
    size_t nkw = kw ? kw->n : 0;
    for (size_t k = 0; k < nkw; ++k) {
      if (sv(kw->items[k]) == "__mapping__") {
        Ref key = new_str(first);
        obj = getitem(args[nargs + k], key.get());
        if (!obj) return nullptr;
        break;
      }
      if (sv(kw->items[k]) == first) obj = Ref::borrow(args[nargs + k]);
    }
    if (!obj) {
      Ref key = new_str(first);
      Value kv = key.get();
      set_error(make_exception(I.KeyError, &kv, 1));
      return nullptr;
    }
  }
  while (end < field.size()) {
    if (field[end] == '.') {
      size_t s = ++end;
      while (end < field.size() && field[end] != '.' && field[end] != '[') ++end;
      obj = getattr(obj.get(), field.substr(s, end - s));
    } else {
      size_t s = ++end;
      while (end < field.size() && field[end] != ']') ++end;
      std::string_view key = field.substr(s, end - s);
      ++end;
      Ref k = (!key.empty() && std::all_of(key.begin(), key.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
                  ? new_int(int64_t(std::stoll(std::string(key))))
                  : new_str(key);
      obj = getitem(obj.get(), k.get());
    }
    if (!obj) return nullptr;
  }
  return obj;
}

static bool format_into(std::string_view fmt, const Value* args, size_t nargs, Tuple* kw, size_t* auto_idx,
                        bool* manual, std::string& out, int depth) {
  Interpreter& I = interp();
  if (depth > 2) {
    raise(I.ValueError, "Max string recursion exceeded");
    return false;
  }
  for (size_t i = 0; i < fmt.size();) {
    char c = fmt[i];
    if (c == '{') {
      if (i + 1 < fmt.size() && fmt[i + 1] == '{') {
        out += '{';
        i += 2;
        continue;
      }
      size_t j = i + 1;
      int level = 1;
      while (j < fmt.size() && level) {
        if (fmt[j] == '{') ++level;
        else if (fmt[j] == '}') --level;
        if (level) ++j;
      }
      if (j >= fmt.size()) {
        raise(I.ValueError, "expected '}' before end of string");
        return false;
      }
      std::string_view inner = fmt.substr(i + 1, j - i - 1);
      i = j + 1;
      size_t colon = std::string_view::npos, bang = std::string_view::npos;
      int br = 0;
      for (size_t k = 0; k < inner.size(); ++k) {
        if (inner[k] == '[') ++br;
        else if (inner[k] == ']') --br;
        else if (!br && inner[k] == '!' && bang == std::string_view::npos && colon == std::string_view::npos) bang = k;
        else if (!br && inner[k] == ':' && colon == std::string_view::npos) { colon = k; break; }
      }
      std::string_view field = inner.substr(0, std::min(bang, colon));
      char conv = 0;
      if (bang != std::string_view::npos) {
        if (bang + 1 >= inner.size() || (colon != std::string_view::npos && colon != bang + 2)) {
          raise(I.ValueError, "expected ':' after conversion specifier");
          return false;
        }
        conv = inner[bang + 1];
      }
      // The field is numbered before the fields nested in its spec, as in CPython.
      Ref obj = resolve_field(field, args, nargs, kw, auto_idx, manual);
      if (!obj) return false;
      std::string spec;
      if (colon != std::string_view::npos &&
          !format_into(inner.substr(colon + 1), args, nargs, kw, auto_idx, manual, spec, depth + 1))
        return false;
      if (conv == 'r') obj = repr(obj.get());
      else if (conv == 's') obj = str(obj.get());
      else if (conv == 'a') obj = ascii_repr(obj.get());
      else if (conv) {
        raisef(I.ValueError, "Unknown conversion specifier %c", conv);
        return false;
      }
      if (!obj) return false;
      Ref sp = new_str(spec);
      Ref r = format(obj.get(), sp.get());
      if (!r) return false;
      out += sv(r.get());
    } else if (c == '}') {
      if (i + 1 < fmt.size() && fmt[i + 1] == '}') {
        out += '}';
        i += 2;
        continue;
      }
      raise(I.ValueError, "Single '}' encountered in format string");
      return false;
    } else {
      out += c;
      ++i;
    }
  }
  return true;
}

Ref str_format_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string out;
  size_t auto_idx = 0;
  bool manual = false;
  if (!format_into(sv(self), args, nargs, kwnames, &auto_idx, &manual, out, 0)) return nullptr;
  return new_str(out);
}

// ---- printf-style % ---------------------------------------------------------------------------------

// `fmt % args` for str, and for bytes/bytearray when bytes_mode (PEP 461: %s and %b take
// bytes-like objects or __bytes__, %r/%a give ascii(), %c a byte).
static Ref percent_format(std::string_view fmt, Value argsv, bool bytes_mode) {
  Interpreter& I = interp();
  bool tuple_args = type_of(argsv) == I.tuple_type;
  const Value* items = tuple_args ? as_tuple(argsv)->items : &argsv;
  size_t nitems = tuple_args ? as_tuple(argsv)->n : 1;
  std::string_view ignored;
  bool is_mapping = !tuple_args && type_of(argsv)->getitem && !isinstance(argsv, I.str_type) &&
                    !bytes_like(argsv, &ignored);
  size_t ai = 0;
  std::string out;
  bool used_mapping = false;
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') {
      size_t j = fmt.find('%', i);
      if (j == std::string_view::npos) j = fmt.size();
      out.append(fmt.data() + i, j - i);
      i = j - 1;
      continue;
    }
    ++i;
    if (i >= fmt.size()) return raise(I.ValueError, "incomplete format");
    Ref mapped;
    if (fmt[i] == '(') {
      size_t j = fmt.find(')', i);
      if (j == std::string_view::npos) return raise(I.ValueError, "incomplete format key");
      if (!is_mapping) return raise(I.TypeError, "format requires a mapping");
      Ref key = new_str(fmt.substr(i + 1, j - i - 1));
      mapped = getitem(argsv, key.get());
      if (!mapped) return nullptr;
      used_mapping = true;
      i = j + 1;
    }
    num::PrintfSpec spec;
    for (; i < fmt.size(); ++i) {
      char c = fmt[i];
      if (c == '-') spec.left = true;
      else if (c == '+') spec.plus = true;
      else if (c == ' ') spec.space = true;
      else if (c == '#') spec.alt = true;
      else if (c == '0') spec.zero = true;
      else break;
    }
    auto next_arg = [&]() -> Value {
      if (ai >= nitems) return kNull;
      return items[ai++];
    };
    if (i < fmt.size() && fmt[i] == '*') {
      Value w = next_arg();
      if (!w) return raise(I.TypeError, "not enough arguments for format string");
      if (index_of(w, &spec.width) < 0) return nullptr;
      ++i;
    } else {
      int64_t w = -1;
      while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) w = (w < 0 ? 0 : w) * 10 + (fmt[i++] - '0');
      spec.width = w;
    }
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      if (i < fmt.size() && fmt[i] == '*') {
        Value p = next_arg();
        if (!p) return raise(I.TypeError, "not enough arguments for format string");
        if (index_of(p, &spec.precision) < 0) return nullptr;
        ++i;
      } else {
        int64_t p = 0;
        while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) p = p * 10 + (fmt[i++] - '0');
        spec.precision = p;
      }
    }
    while (i < fmt.size() && (fmt[i] == 'l' || fmt[i] == 'h' || fmt[i] == 'L')) ++i;
    if (i >= fmt.size()) return raise(I.ValueError, "incomplete format");
    char type = fmt[i];
    spec.type = type;
    if (type == '%') {
      out += '%';
      continue;
    }
    Value arg = mapped ? mapped.get() : next_arg();
    if (!arg) return raise(I.TypeError, "not enough arguments for format string");
    if (bytes_mode && (type == 's' || type == 'b')) {
      Ref b = bytes_from_object(arg, "%b requires a bytes-like object, or an object that implements __bytes__, not '%s'");
      if (!b) return nullptr;
      std::string piece;
      num::printf_str(bytes_like_view(b.get()), spec, piece);
      out += piece;
      continue;
    }
    if (bytes_mode && type == 'c') {
      std::string_view one;
      int64_t byte = -1;
      if (bytes_like(arg, &one) && one.size() == 1) byte = static_cast<unsigned char>(one[0]);
      else if (is_int(arg)) {
        if (!int_to_int64(arg, &byte) || byte < 0 || byte > 255) return raise(I.OverflowError, "%c arg not in range(256)");
      } else return raise(I.TypeError, "%c requires an integer in range(256) or a single byte");
      std::string piece;
      num::printf_str(std::string(1, char(byte)), spec, piece);
      out += piece;
      continue;
    }
    switch (type) {
      case 's':
      case 'r':
      case 'a': {
        Ref s = type == 's' ? str(arg) : (type == 'a' || bytes_mode) ? ascii_repr(arg) : repr(arg);
        if (!s) return nullptr;
        { std::string piece; num::printf_str(sv(s.get()), spec, piece); out += piece; }
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o': {
        if (arg.is_small_int() && (type == 'd' || type == 'i' || type == 'u') && !spec.left && !spec.plus &&
            !spec.space && !spec.zero && spec.width < 0 && spec.precision < 0) {
          // Plain %d of a small int (the common case) needs no BigInt.
          char buf[24];
          char* end = std::to_chars(buf, buf + sizeof buf, arg.as_small_int()).ptr;
          out.append(buf, size_t(end - buf));
          break;
        }
        num::BigInt b;
        if (is_int(arg)) to_bigint(arg, b);
        else if (isinstance(arg, I.float_type) && (type == 'd' || type == 'i' || type == 'u')) {
          num::Error err;
          if (!num::float_to_bigint(float_value(arg), b, err)) return raise_num(err);
        } else if (type_lookup(type_of(arg), I.names.__index__) && type != 'd' && type != 'i') {
          int64_t v;
          if (index_of(arg, &v) < 0) return nullptr;
          b = num::BigInt(v);
        } else if (type_lookup(type_of(arg), I.names.__int__) && (type == 'd' || type == 'i')) {
          Ref r = call_method(arg, I.names.__int__, nullptr, 0);
          if (!r) return nullptr;
          to_bigint(r.get(), b);
        } else {
          if (type == 'd' || type == 'i' || type == 'u')
            return raisef(I.TypeError, "%%%c format: a real number is required, not %s", type, type_name(arg));
          return raisef(I.TypeError, "%%%c format: an integer is required, not %s", type, type_name(arg));
        }
        if (type == 'u') spec.type = 'd';
        { std::string piece; num::printf_int(b, spec, piece); out += piece; }
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        double d;
        if (!to_double(arg, &d)) {
          clear_error();
          return raisef(I.TypeError, "must be real number, not %s", type_name(arg));
        }
        { std::string piece; num::printf_float(d, spec, piece); out += piece; }
        break;
      }
      case 'c': {
        if (isinstance(arg, I.str_type)) {
          if (as_str(arg)->length != 1) return raise(I.TypeError, "%c requires int or char");
          { std::string piece; num::printf_str(sv(arg), spec, piece); out += piece; }
        } else {
          int64_t cp;
          if (!is_int(arg)) return raise(I.TypeError, "%c requires int or char");
          if (!int_to_int64(arg, &cp) || cp < 0 || cp > 0x10ffff) return raise(I.OverflowError, "%c arg not in range(0x110000)");
          std::string ch;
          utf8_append(ch, uint32_t(cp));
          { std::string piece; num::printf_str(ch, spec, piece); out += piece; }
        }
        break;
      }
      default:
        return raisef(I.ValueError, "unsupported format character '%c' (0x%x) at index %zu", type, type, i);
    }
  }
  if (!used_mapping && tuple_args && ai < nitems)
    return raise(I.TypeError, std::string("not all arguments converted during ") + (bytes_mode ? "bytes" : "string") + " formatting");
  if (!used_mapping && !tuple_args && ai == 0 && !is_mapping)
    return raise(I.TypeError, std::string("not all arguments converted during ") + (bytes_mode ? "bytes" : "string") + " formatting");
  return bytes_mode ? new_bytes(out) : new_str(out);
}
Ref str_mod(Value fmt, Value args) { return percent_format(sv(fmt), args, false); }
Ref bytes_mod(std::string_view fmt, Value args) { return percent_format(fmt, args, true); }

static Ref str_str(Value self) {
  if (type_of(self) == interp().str_type) return Ref::borrow(self);
  return new_str(sv(self));
}

void init_str(Interpreter& I) {
  Type* t = I.str_type;
  t->repr = str_repr;
  t->str = str_str;
  t->hash = str_hash_slot;
  t->richcmp = str_richcmp;
  t->len = str_len;
  t->getitem = str_getitem;
  t->contains = str_contains;
  t->iter = str_iter;
  t->binop = str_binop;
  t->tp_new = str_new;
  t->init = nullptr;
  static const MethodDef methods[] = {
      {"join", m_join}, {"split", m_split}, {"rsplit", m_rsplit}, {"splitlines", m_splitlines},
      {"strip", m_strip}, {"lstrip", m_lstrip}, {"rstrip", m_rstrip}, {"replace", m_replace},
      {"find", m_find}, {"rfind", m_rfind}, {"index", m_index}, {"rindex", m_rindex},
      {"count", m_count}, {"startswith", m_startswith}, {"endswith", m_endswith},
      {"upper", m_upper}, {"lower", m_lower}, {"casefold", m_casefold}, {"swapcase", m_swapcase},
      {"capitalize", m_capitalize}, {"title", m_title}, {"isdigit", m_isdigit},
      {"isdecimal", m_isdecimal}, {"isnumeric", m_isnumeric}, {"isalpha", m_isalpha},
      {"isalnum", m_isalnum}, {"isspace", m_isspace}, {"isupper", m_isupper},
      {"islower", m_islower}, {"istitle", m_istitle}, {"isidentifier", m_isidentifier},
      {"isascii", m_isascii}, {"isprintable", m_isprintable},
      {"ljust", m_ljust}, {"rjust", m_rjust}, {"center", m_center}, {"zfill", m_zfill},
      {"partition", m_partition}, {"rpartition", m_rpartition}, {"removeprefix", m_removeprefix},
      {"removesuffix", m_removesuffix}, {"encode", m_encode}, {"expandtabs", m_expandtabs},
      {"format", m_str_format}, {"format_map", m_format_map}, {"__format__", m_str_dunder_format},
      {"__getnewargs__", m_str_getnewargs}, {"maketrans", m_maketrans, MethodDef::kStaticMethod},
      {"translate", m_translate}, {nullptr, nullptr}};
  add_methods(I, t, methods);
  t->var_size = [](Object* o) { return sizeof(Str) + static_cast<Str*>(o)->nbytes; };
  I.str_iter_type = new_builtin_type(I, "str_ascii_iterator", I.object_type, sizeof(SeqIter), kTypeGc);
  I.str_iter_type->iternext = str_iternext;
  I.str_iter_type->finalize = seqiter_finalize;
  I.str_iter_type->traverse = seqiter_traverse;
  I.str_iter_type->iter = self_iter;
  I.str_iter_type->tp_new = nullptr;
}

}  // namespace py
