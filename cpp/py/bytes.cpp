// bytes.cpp — bytes (immutable) and bytearray (mutable) byte strings, their shared methods
// (the ASCII-only counterparts of str's), and the codecs str.encode/bytes.decode use:
// utf-8, ascii and latin-1 with the strict, ignore and replace error handlers.
#include <algorithm>
#include <cctype>
#include <cstring>

#include "py/builtin_types.hpp"
#include "py/errors.hpp"

namespace py {

static Bytes* as_bytes(Value v) { return static_cast<Bytes*>(v.ptr()); }
static ByteArray* as_bytearray(Value v) { return static_cast<ByteArray*>(v.ptr()); }
static bool is_bytearray(Value v) { return isinstance(v, interp().bytearray_type); }

static Bytes* alloc_bytes(Type* t, std::string_view data) {
  Bytes* b = static_cast<Bytes*>(alloc_object(t, t->basicsize + data.size()));
  b->n = data.size();
  b->hash = -1;
  std::memcpy(b->data, data.data(), data.size());
  return b;
}
Ref new_bytes(std::string_view data) { return Ref::steal(Value::from_ptr(alloc_bytes(interp().bytes_type, data))); }

static ByteArray* alloc_bytearray(Type* t) {
  ByteArray* b = static_cast<ByteArray*>(alloc_object(t, t->basicsize));
  new (&b->data) std::string();
  if (t->has_gc()) gc_track(b);
  return b;
}
Ref new_bytearray(std::string_view data) {
  ByteArray* b = alloc_bytearray(interp().bytearray_type);
  b->data = data;
  return Ref::steal(Value::from_ptr(b));
}
static void bytearray_finalize(Object* o) { static_cast<ByteArray*>(o)->data.~basic_string(); }

bool bytes_like(Value v, std::string_view* out) {
  Interpreter& I = interp();
  if (isinstance(v, I.bytes_type)) {
    *out = {reinterpret_cast<char*>(as_bytes(v)->data), as_bytes(v)->n};
    return true;
  }
  if (isinstance(v, I.bytearray_type)) {
    *out = as_bytearray(v)->data;
    return true;
  }
  return false;
}
static std::string_view view(Value self) { return bytes_like_view(self); }
// A result of self's kind: bytearray methods return bytearrays, bytes methods bytes.
static Ref like(Value self, std::string_view data) {
  return is_bytearray(self) ? new_bytearray(data) : new_bytes(data);
}
// An argument that must be bytes-like (CPython: the buffer protocol).
static bool arg_bytes(Value v, std::string_view* out) {
  if (bytes_like(v, out)) return true;
  raisef(interp().TypeError, "a bytes-like object is required, not '%s'", type_name(v));
  return false;
}

Ref bytes_from_object(Value v, const char* fmt) {
  Interpreter& I = interp();
  std::string_view data;
  if (isinstance_exact(v, I.bytes_type)) return Ref::borrow(v);
  if (bytes_like(v, &data)) return new_bytes(data);
  if (type_lookup(type_of(v), I.names.__bytes__)) {
    Ref r = call_method(v, I.names.__bytes__, nullptr, 0);
    if (r && !isinstance(r.get(), I.bytes_type))
      return raisef(I.TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r.get()));
    return r;
  }
  return raisef(I.TypeError, fmt, type_name(v));
}

// ---- codecs -------------------------------------------------------------------------------

enum class Codec { kUtf8, kAscii, kLatin1 };
static bool find_codec(Value encoding, Codec* out, std::string* name) {
  std::string e = encoding ? std::string(sv(encoding)) : "utf-8";
  std::string norm;
  for (char c : e) norm += c == '_' ? '-' : char(std::tolower(static_cast<unsigned char>(c)));
  if (norm == "utf-8" || norm == "utf8" || norm == "u8") { *out = Codec::kUtf8; *name = "utf-8"; }
  else if (norm == "ascii" || norm == "us-ascii") { *out = Codec::kAscii; *name = "ascii"; }
  else if (norm == "latin-1" || norm == "latin1" || norm == "iso-8859-1" || norm == "iso8859-1" || norm == "l1") {
    *out = Codec::kLatin1; *name = "latin-1";
  } else {
    raisef(interp().LookupError, "unknown encoding: %s", e.c_str());
    return false;
  }
  return true;
}
// The error handler is looked up only when an error needs it, as CPython does.
enum class Errors { kStrict, kIgnore, kReplace, kUnknown };
static Errors find_errors(Value errors) {
  std::string_view e = errors ? sv(errors) : "strict";
  return e == "strict" ? Errors::kStrict : e == "ignore" ? Errors::kIgnore : e == "replace" ? Errors::kReplace
                                                                                              : Errors::kUnknown;
}
static std::nullptr_t unknown_handler(Value errors) {
  return raisef(interp().LookupError, "unknown error handler name '%s'", std::string(sv(errors)).c_str());
}
static std::nullptr_t unicode_error(Type* t, const std::string& codec, Value object, size_t start, size_t end,
                                    const char* reason) {
  Ref enc = new_str(codec), s = new_int(int64_t(start)), e = new_int(int64_t(end)), r = new_str(reason);
  Value args[] = {enc.get(), object, s.get(), e.get(), r.get()};
  return raise_args(t, args, 5);
}

Ref codec_encode(std::string_view utf8, Value encoding, Value errors) {
  Codec codec;
  std::string name;
  if (!find_codec(encoding, &codec, &name)) return nullptr;
  if (codec == Codec::kUtf8) return new_bytes(utf8);
  Errors err = find_errors(errors);
  uint32_t limit = codec == Codec::kAscii ? 0x80 : 0x100;
  std::string out;
  size_t index = 0;
  for (size_t i = 0; i < utf8.size(); ++index) {
    uint32_t cp;
    i += utf8_decode(utf8.data() + i, &cp);
    if (cp < limit) out += char(cp);
    else if (err == Errors::kReplace) out += '?';
    else if (err == Errors::kUnknown) return unknown_handler(errors);
    else if (err == Errors::kStrict) {
      // The error covers the whole run of unencodable characters.
      size_t end = index + 1;
      for (size_t j = i; j < utf8.size(); ++end) {
        uint32_t next;
        j += utf8_decode(utf8.data() + j, &next);
        if (next < limit) break;
      }
      Ref obj = new_str(utf8);
      return unicode_error(interp().UnicodeEncodeError, name, obj.get(), index, end,
                           codec == Codec::kAscii ? "ordinal not in range(128)" : "ordinal not in range(256)");
    }
  }
  return new_bytes(out);
}

// Length of the valid UTF-8 sequence at s[i], or 0 with *reason and *bad_len set.
static size_t utf8_valid_at(std::string_view s, size_t i, const char** reason, size_t* bad_len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  size_t n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  *bad_len = 1;
  if (!n) { *reason = "invalid start byte"; return 0; }
  for (size_t k = 1; k < n; ++k) {
    if (i + k >= s.size()) { *reason = "unexpected end of data"; *bad_len = k; return 0; }
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    // The second byte's range excludes overlong forms, surrogates and code points > U+10FFFF.
    unsigned char lo = 0x80, hi = 0xbf;
    if (k == 1) {
      if (c == 0xe0) lo = 0xa0;
      else if (c == 0xed) hi = 0x9f;
      else if (c == 0xf0) lo = 0x90;
      else if (c == 0xf4) hi = 0x8f;
    }
    if (d < lo || d > hi) { *reason = "invalid continuation byte"; *bad_len = k; return 0; }
  }
  return n;
}

Ref codec_decode(std::string_view data, Value encoding, Value errors) {
  Codec codec;
  std::string name;
  if (!find_codec(encoding, &codec, &name)) return nullptr;
  Errors err = find_errors(errors);
  std::string out;
  for (size_t i = 0; i < data.size();) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    const char* reason = nullptr;
    size_t bad = 1, n = 1;
    if (codec == Codec::kLatin1 || c < 0x80) {
      utf8_append(out, c);
    } else if (codec == Codec::kAscii) {
      reason = "ordinal not in range(128)";
    } else if ((n = utf8_valid_at(data, i, &reason, &bad))) {
      out.append(data.substr(i, n));
    }
    if (reason) {
      if (err == Errors::kUnknown) return unknown_handler(errors);
      if (err == Errors::kStrict) {
        Ref obj = new_bytes(data);
        return unicode_error(interp().UnicodeDecodeError, name, obj.get(), i, i + bad, reason);
      }
      if (err == Errors::kReplace) utf8_append(out, 0xfffd);
      n = bad;
    }
    i += n;
  }
  return new_str(out);
}

// ---- slots ----------------------------------------------------------------------------------

static std::string bytes_repr_text(std::string_view s) {
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
  return out;
}
static Ref bytes_repr(Value self) { return new_str(bytes_repr_text(view(self))); }
static Ref bytearray_repr(Value self) {
  return new_str(type_of(self)->name + "(" + bytes_repr_text(view(self)) + ")");
}
static int64_t bytes_len(Value self) { return int64_t(view(self).size()); }
static int bytes_hash(Value self, int64_t* out) {
  Bytes* b = as_bytes(self);
  if (b->hash == -1) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : view(self)) { h ^= c; h *= 1099511628211ull; }
    b->hash = int64_t(h >> 1);
  }
  *out = b->hash;
  return 0;
}
static Ref bytes_richcmp(Value a, Value b, int op) {
  std::string_view x = view(a), y;
  if (!bytes_like(b, &y)) return Ref::steal(kNotImplemented);
  int c = x.compare(y);
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
  std::string_view s = view(self);
  if (type_of(k) == I.slice_type) {
    int64_t start, stop, step, n;
    if (slice_indices(k, int64_t(s.size()), &start, &stop, &step, &n) < 0) return nullptr;
    std::string out;
    for (int64_t i = 0, j = start; i < n; ++i, j += step) out += s[size_t(j)];
    return like(self, out);
  }
  if (!type_lookup(type_of(k), I.names.__index__) && !is_int(k))
    return raisef(I.TypeError, "byte indices must be integers or slices, not %s", type_name(k));
  int64_t i;
  if (index_of(k, &i) < 0) return nullptr;
  if (i < 0) i += int64_t(s.size());
  if (i < 0 || size_t(i) >= s.size())
    return raise(I.IndexError, is_bytearray(self) ? "bytearray index out of range" : "index out of range");
  return new_int(static_cast<unsigned char>(s[size_t(i)]));
}
static Ref bytes_binop(Value a, Value b, int op) {
  Interpreter& I = interp();
  std::string_view x, y;
  bool ab = bytes_like(a, &x), bb = bytes_like(b, &y);
  int base = op >= kInplace ? op - kInplace : op;
  if (base == kAdd && ab) {
    if (!bb) {
      if (is_bytearray(a)) return raisef(I.TypeError, "can't concat %s to bytearray", type_name(b));
      return raisef(I.TypeError, "can't concat %s to %s", type_name(b), type_name(a));
    }
    if (op == kAdd + kInplace && is_bytearray(a)) {
      as_bytearray(a)->data += std::string(y);
      return Ref::borrow(a);
    }
    return like(a, std::string(x) + std::string(y));
  }
  if (base == kMul && (ab != bb)) {
    Value seq = ab ? a : b, n = ab ? b : a;
    if (!type_lookup(type_of(n), I.names.__index__) && !is_int(n))
      return raisef(I.TypeError, "can't multiply sequence by non-int of type '%s'", type_name(n));
    int64_t k;
    if (index_of(n, &k) < 0) return nullptr;
    std::string_view s = view(seq);
    std::string out;
    if (k > 0) {
      if (s.size() && uint64_t(k) > (uint64_t(1) << 40) / s.size()) return raise_no_memory();
      out.reserve(s.size() * size_t(k));
      for (int64_t i = 0; i < k; ++i) out += s;
    }
    if (op == kMul + kInplace && is_bytearray(seq) && seq == a) {
      as_bytearray(a)->data = out;
      return Ref::borrow(a);
    }
    return like(seq, out);
  }
  if (base == kMod && ab) return is_bytearray(a) ? [&] {
    Ref r = bytes_mod(x, b);
    return r ? new_bytearray(view(r.get())) : r;
  }() : bytes_mod(x, b);
  return Ref::steal(kNotImplemented);
}
static int bytes_contains(Value self, Value x) {
  std::string_view s = view(self), sub;
  if (is_int(x)) {
    int64_t v;
    if (!int_to_int64(x, &v) || v < 0 || v > 255) {
      raise(interp().ValueError, "byte must be in range(0, 256)");
      return -1;
    }
    return s.find(char(v)) != std::string_view::npos;
  }
  if (!arg_bytes(x, &sub)) return -1;
  return s.find(sub) != std::string_view::npos;
}
static Ref bytes_iter(Value self) {
  Ref l = new_list();
  for (unsigned char c : view(self)) as_list(l.get())->items.push_back(Value::small_int(c));
  return get_iter(l.get());
}

// The contents bytes(x) / bytearray(x) start from.
static bool initial_contents(const char* name, const Value* a, std::string* out) {
  Interpreter& I = interp();
  std::string_view data;
  if (!a[0]) {
    if (a[1] || a[2]) {
      raise(I.TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
      return false;
    }
    return true;
  }
  if (isinstance(a[0], I.str_type)) {
    if (!a[1]) {
      raise(I.TypeError, "string argument without an encoding");
      return false;
    }
    Ref b = codec_encode(sv(a[0]), a[1], a[2]);
    if (!b) return false;
    *out = view(b.get());
    return true;
  }
  if (a[1] || a[2]) {
    raise(I.TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
    return false;
  }
  if (bytes_like(a[0], &data)) {
    *out = data;
    return true;
  }
  if (type_lookup(type_of(a[0]), I.names.__bytes__) && std::strcmp(name, "bytes") == 0) {
    Ref b = bytes_from_object(a[0], "%s");
    if (!b) return false;
    *out = view(b.get());
    return true;
  }
  if (is_int(a[0]) || (type_lookup(type_of(a[0]), I.names.__index__) && !type_of(a[0])->iter)) {
    int64_t n;
    if (index_of(a[0], &n) < 0) return false;
    if (n < 0) {
      raise(I.ValueError, "negative count");
      return false;
    }
    out->assign(size_t(n), '\0');
    return true;
  }
  if (!type_of(a[0])->iter && !type_lookup(type_of(a[0]), I.names.__iter__) &&
      !type_lookup(type_of(a[0]), I.names.__getitem__)) {
    raisef(I.TypeError, "cannot convert '%s' object to %s", type_name(a[0]), name);
    return false;
  }
  Ref l = iterable_to_list(a[0]);
  if (!l) return false;
  for (Value v : as_list(l.get())->items) {
    int64_t c;
    if (!is_int(v) && !type_lookup(type_of(v), I.names.__index__)) {
      raisef(I.TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
      return false;
    }
    if (index_of(v, &c) < 0) return false;
    if (c < 0 || c > 255) {
      raise(I.ValueError, "bytes must be in range(0, 256)");
      return false;
    }
    *out += char(c);
  }
  return true;
}
static Ref bytes_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args("bytes", args, nargs, kw, {"source", "encoding", "errors"}, 0, a)) return nullptr;
  std::string data;
  if (!initial_contents("bytes", a, &data)) return nullptr;
  Bytes* b = alloc_bytes(t, data);
  if (t->has_gc()) gc_track(b);
  return Ref::steal(Value::from_ptr(b));
}
static Ref bytearray_new(Type* t, const Value*, size_t, Tuple*) {
  return Ref::steal(Value::from_ptr(alloc_bytearray(t)));
}
static int bytearray_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args("bytearray", args, nargs, kw, {"source", "encoding", "errors"}, 0, a)) return -1;
  std::string data;
  if (!initial_contents("bytearray", a, &data)) return -1;
  as_bytearray(self)->data = std::move(data);
  return 0;
}

// A byte value for bytearray item assignment, append, insert and remove.
static bool byte_value(Value v, unsigned char* out) {
  Interpreter& I = interp();
  if (!is_int(v) && !type_lookup(type_of(v), I.names.__index__)) {
    raisef(I.TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
    return false;
  }
  int64_t c;
  if (index_of(v, &c) < 0) return false;
  if (c < 0 || c > 255) {
    raise(I.ValueError, "byte must be in range(0, 256)");
    return false;
  }
  *out = static_cast<unsigned char>(c);
  return true;
}
static int bytearray_setitem(Value self, Value k, Value v) {
  Interpreter& I = interp();
  std::string& d = as_bytearray(self)->data;
  if (type_of(k) == I.slice_type) {
    int64_t start, stop, step, n;
    if (slice_indices(k, int64_t(d.size()), &start, &stop, &step, &n) < 0) return -1;
    std::string repl;
    if (v) {
      const Value a[3] = {v, kNull, kNull};
      if (is_int(v)) {
        raise(I.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
      }
      if (!initial_contents("bytearray", a, &repl)) return -1;
    }
    if (step == 1) {
      if (stop < start) stop = start;
      d.replace(size_t(start), size_t(stop - start), repl);
      return 0;
    }
    if (!v) {  // delete an extended slice: keep the bytes not selected
      std::vector<bool> drop(d.size());
      for (int64_t i = 0, j = start; i < n; ++i, j += step) drop[size_t(j)] = true;
      std::string kept;
      for (size_t i = 0; i < d.size(); ++i) if (!drop[i]) kept += d[i];
      d = kept;
      return 0;
    }
    if (int64_t(repl.size()) != n) {
      raisef(I.ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld", repl.size(), (long long)n);
      return -1;
    }
    for (int64_t i = 0, j = start; i < n; ++i, j += step) d[size_t(j)] = repl[size_t(i)];
    return 0;
  }
  if (!is_int(k) && !type_lookup(type_of(k), I.names.__index__)) {
    raisef(I.TypeError, "bytearray indices must be integers or slices, not %s", type_name(k));
    return -1;
  }
  int64_t i;
  if (index_of(k, &i) < 0) return -1;
  if (i < 0) i += int64_t(d.size());
  if (i < 0 || size_t(i) >= d.size()) {
    raise(I.IndexError, v ? "bytearray index out of range" : "bytearray index out of range");
    return -1;
  }
  if (!v) {
    d.erase(size_t(i), 1);
    return 0;
  }
  unsigned char c;
  if (!byte_value(v, &c)) return -1;
  d[size_t(i)] = char(c);
  return 0;
}

// ---- methods shared by bytes and bytearray -----------------------------------------------------

#define SELF view(self)
static bool is_ws(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
static bool is_lo(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_up(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_dig(unsigned char c) { return c >= '0' && c <= '9'; }

static Ref m_decode(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("decode", args, nargs, kw, {"encoding", "errors"}, 0, a)) return nullptr;
  return codec_decode(SELF, a[0], a[1]);
}
static Ref m_hex(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("hex", args, nargs, kw, {"sep", "bytes_per_sep"}, 0, a)) return nullptr;
  std::string sep;
  int64_t per = 1;
  if (a[0]) {
    std::string_view sb;
    if (isinstance(a[0], interp().str_type)) sep = sv(a[0]);
    else if (bytes_like(a[0], &sb)) sep = sb;
    else return raise(interp().TypeError, "sep must be str or bytes.");
    if (sep.size() != 1) return raise(interp().ValueError, "sep must be length 1.");
  }
  if (a[1] && index_of(a[1], &per) < 0) return nullptr;
  std::string_view s = SELF;
  std::string out;
  size_t group = size_t(per < 0 ? -per : per);
  for (size_t i = 0; i < s.size(); ++i) {
    // Positive bytes_per_sep counts groups from the right, negative from the left.
    size_t pos = per > 0 ? s.size() - i : i;
    if (i && !sep.empty() && group && pos % group == 0) out += sep;
    unsigned char c = static_cast<unsigned char>(s[i]);
    out += "0123456789abcdef"[c >> 4];
    out += "0123456789abcdef"[c & 15];
  }
  return new_str(out);
}
static Ref m_fromhex(Value cls, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("fromhex", nargs, 1, 1)) return nullptr;
  if (!isinstance(args[0], I.str_type))
    return raisef(I.TypeError, "fromhex() argument must be str, not %s", type_name(args[0]));
  std::string_view s = sv(args[0]);
  std::string out;
  auto digit = [](char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  };
  for (size_t i = 0; i < s.size();) {
    if (is_ws(static_cast<unsigned char>(s[i]))) { ++i; continue; }
    int hi = digit(s[i]), lo = i + 1 < s.size() ? digit(s[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      size_t at = hi < 0 ? i : i + 1;
      return raisef(I.ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", at);
    }
    out += char(hi * 16 + lo);
    i += 2;
  }
  Ref r = cls == Value::from_ptr(I.bytearray_type) ? new_bytearray(out) : new_bytes(out);
  if (cls == Value::from_ptr(I.bytes_type) || cls == Value::from_ptr(I.bytearray_type)) return r;
  return call1(cls, r.get());
}

// The sub argument of find/count/index: bytes-like or an int in range(256).
static bool sub_arg(Value v, std::string* out) {
  std::string_view s;
  if (is_int(v)) {
    unsigned char c;
    if (!byte_value(v, &c)) return false;
    *out = std::string(1, char(c));
    return true;
  }
  if (!bytes_like(v, &s)) {
    raisef(interp().TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(v));
    return false;
  }
  *out = s;
  return true;
}
// Clamps optional start/end arguments to [0, len] as str does.
static bool range_args(const Value* args, size_t nargs, size_t len, size_t* start, size_t* end) {
  int64_t b = 0, e = int64_t(len);
  if (nargs > 1 && args[1] != kNone && index_of(args[1], &b) < 0) return false;
  if (nargs > 2 && args[2] != kNone && index_of(args[2], &e) < 0) return false;
  if (b < 0) b = std::max<int64_t>(0, b + int64_t(len));
  if (e < 0) e = std::max<int64_t>(0, e + int64_t(len));
  *start = size_t(std::min<int64_t>(b, int64_t(len)));
  *end = size_t(std::min<int64_t>(e, int64_t(len)));
  return true;
}
enum FindKind { kFind, kRFind, kIndex, kRIndex, kCount };
static Ref find_impl(Value self, const Value* args, size_t nargs, FindKind kind) {
  static const char* names[] = {"find", "rfind", "index", "rindex", "count"};
  if (!check_nargs(names[kind], nargs, 1, 3)) return nullptr;
  std::string sub;
  size_t start, end;
  std::string_view s = SELF;
  if (!sub_arg(args[0], &sub) || !range_args(args, nargs, s.size(), &start, &end)) return nullptr;
  if (kind == kCount) {
    if (start > end) return new_int(0);
    std::string_view w = s.substr(start, end - start);
    if (sub.empty()) return new_int(int64_t(w.size() + 1));
    int64_t n = 0;
    for (size_t p = w.find(sub); p != std::string_view::npos; p = w.find(sub, p + sub.size())) ++n;
    return new_int(n);
  }
  int64_t found = -1;
  if (start <= end && end - start >= sub.size()) {
    std::string_view w = s.substr(start, end - start);
    size_t p = (kind == kRFind || kind == kRIndex) ? w.rfind(sub) : w.find(sub);
    if (p != std::string_view::npos) found = int64_t(start + p);
  }
  if (found < 0 && (kind == kIndex || kind == kRIndex)) return raise(interp().ValueError, "subsection not found");
  return new_int(found);
}
static Ref m_find(Value self, const Value* a, size_t n, Tuple*) { return find_impl(self, a, n, kFind); }
static Ref m_rfind(Value self, const Value* a, size_t n, Tuple*) { return find_impl(self, a, n, kRFind); }
static Ref m_index(Value self, const Value* a, size_t n, Tuple*) { return find_impl(self, a, n, kIndex); }
static Ref m_rindex(Value self, const Value* a, size_t n, Tuple*) { return find_impl(self, a, n, kRIndex); }
static Ref m_count(Value self, const Value* a, size_t n, Tuple*) { return find_impl(self, a, n, kCount); }

static Ref affix_impl(Value self, const Value* args, size_t nargs, bool end_side, const char* name) {
  if (!check_nargs(name, nargs, 1, 3)) return nullptr;
  std::string_view s = SELF;
  size_t start, end;
  if (!range_args(args, nargs, s.size(), &start, &end)) return nullptr;
  std::string_view w = start <= end ? s.substr(start, end - start) : std::string_view();
  bool empty_window = start > end;
  auto test = [&](Value p, bool* ok) -> bool {
    std::string_view x;
    if (!bytes_like(p, &x)) {
      raisef(interp().TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, type_name(p));
      *ok = false;
      return false;
    }
    if (empty_window) return false;
    return end_side ? w.size() >= x.size() && w.substr(w.size() - x.size()) == x : w.substr(0, x.size()) == x;
  };
  bool ok = true;
  if (type_of(args[0]) == interp().tuple_type) {
    for (size_t i = 0; i < as_tuple(args[0])->n; ++i) {
      if (test(as_tuple(args[0])->items[i], &ok)) return Ref::steal(kTrue);
      if (!ok) return nullptr;
    }
    return Ref::steal(kFalse);
  }
  bool r = test(args[0], &ok);
  if (!ok) return nullptr;
  return Ref::steal(bool_value(r));
}
static Ref m_startswith(Value self, const Value* a, size_t n, Tuple*) { return affix_impl(self, a, n, false, "startswith"); }
static Ref m_endswith(Value self, const Value* a, size_t n, Tuple*) { return affix_impl(self, a, n, true, "endswith"); }

enum CaseOp { kUpperOp, kLowerOp, kSwapOp, kCapOp, kTitleOp };
static Ref case_impl(Value self, CaseOp op) {
  std::string s(SELF);
  bool prev_cased = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool up = op == kUpperOp || (op == kSwapOp && is_lo(c)) || (op == kCapOp && i == 0) || (op == kTitleOp && !prev_cased);
    if (up && is_lo(c)) s[i] = char(c - 32);
    else if (is_up(c) && (op == kSwapOp || !up)) s[i] = char(c + 32);
    prev_cased = is_lo(c) || is_up(c);
  }
  return like(self, s);
}
static Ref m_upper(Value self, const Value*, size_t, Tuple*) { return case_impl(self, kUpperOp); }
static Ref m_lower(Value self, const Value*, size_t, Tuple*) { return case_impl(self, kLowerOp); }
static Ref m_swapcase(Value self, const Value*, size_t, Tuple*) { return case_impl(self, kSwapOp); }
static Ref m_capitalize(Value self, const Value*, size_t, Tuple*) { return case_impl(self, kCapOp); }
static Ref m_title(Value self, const Value*, size_t, Tuple*) { return case_impl(self, kTitleOp); }

static Ref all_bytes(Value self, bool (*p)(unsigned char), bool empty_ok = false) {
  std::string_view s = SELF;
  if (s.empty()) return Ref::steal(bool_value(empty_ok));
  for (unsigned char c : s)
    if (!p(c)) return Ref::steal(kFalse);
  return Ref::steal(kTrue);
}
static Ref m_isalpha(Value self, const Value*, size_t, Tuple*) {
  return all_bytes(self, [](unsigned char c) { return is_lo(c) || is_up(c); });
}
static Ref m_isalnum(Value self, const Value*, size_t, Tuple*) {
  return all_bytes(self, [](unsigned char c) { return is_lo(c) || is_up(c) || is_dig(c); });
}
static Ref m_isdigit(Value self, const Value*, size_t, Tuple*) { return all_bytes(self, is_dig); }
static Ref m_isspace(Value self, const Value*, size_t, Tuple*) { return all_bytes(self, is_ws); }
static Ref m_isascii(Value self, const Value*, size_t, Tuple*) {
  return all_bytes(self, [](unsigned char c) { return c < 128; }, true);
}
static Ref cased_only(Value self, bool (*want)(unsigned char), bool (*reject)(unsigned char)) {
  bool cased = false;
  for (unsigned char c : SELF) {
    if (reject(c)) return Ref::steal(kFalse);
    if (want(c)) cased = true;
  }
  return Ref::steal(bool_value(cased));
}
static Ref m_isupper(Value self, const Value*, size_t, Tuple*) { return cased_only(self, is_up, is_lo); }
static Ref m_islower(Value self, const Value*, size_t, Tuple*) { return cased_only(self, is_lo, is_up); }
static Ref m_istitle(Value self, const Value*, size_t, Tuple*) {
  bool cased = false, prev = false;
  for (unsigned char c : SELF) {
    if (is_up(c)) {
      if (prev) return Ref::steal(kFalse);
      prev = cased = true;
    } else if (is_lo(c)) {
      if (!prev) return Ref::steal(kFalse);
      prev = cased = true;
    } else prev = false;
  }
  return Ref::steal(bool_value(cased));
}

// strip/lstrip/rstrip: which bit 1 = left, 2 = right.
static Ref strip_impl(Value self, const Value* args, size_t nargs, int which, const char* name) {
  if (!check_nargs(name, nargs, 0, 1)) return nullptr;
  std::string_view s = SELF, chars;
  bool ws = nargs == 0 || args[0] == kNone;
  if (!ws && !arg_bytes(args[0], &chars)) return nullptr;
  auto strip_it = [&](char c) { return ws ? is_ws(static_cast<unsigned char>(c)) : chars.find(c) != std::string_view::npos; };
  size_t b = 0, e = s.size();
  if (which & 1) while (b < e && strip_it(s[b])) ++b;
  if (which & 2) while (e > b && strip_it(s[e - 1])) --e;
  return like(self, s.substr(b, e - b));
}
static Ref m_strip(Value self, const Value* a, size_t n, Tuple*) { return strip_impl(self, a, n, 3, "strip"); }
static Ref m_lstrip(Value self, const Value* a, size_t n, Tuple*) { return strip_impl(self, a, n, 1, "lstrip"); }
static Ref m_rstrip(Value self, const Value* a, size_t n, Tuple*) { return strip_impl(self, a, n, 2, "rstrip"); }

static Ref split_impl(Value self, const Value* args, size_t nargs, Tuple* kw, bool right) {
  Interpreter& I = interp();
  Value a[2];
  if (!parse_args(right ? "rsplit" : "split", args, nargs, kw, {"sep", "maxsplit"}, 0, a)) return nullptr;
  int64_t maxsplit = -1;
  if (a[1] && index_of(a[1], &maxsplit) < 0) return nullptr;
  std::string_view s = SELF, sep;
  bool ws = !a[0] || a[0] == kNone;
  if (!ws && !arg_bytes(a[0], &sep)) return nullptr;
  if (!ws && sep.empty()) return raise(I.ValueError, "empty separator");
  std::vector<std::string_view> parts;
  if (ws) {
    if (!right) {
      size_t i = 0;
      while (true) {
        while (i < s.size() && is_ws(static_cast<unsigned char>(s[i]))) ++i;
        if (i >= s.size()) break;
        if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) {
          size_t e = s.size();
          while (e > i && is_ws(static_cast<unsigned char>(s[e - 1]))) --e;
          parts.push_back(s.substr(i, e - i));
          break;
        }
        size_t j = i;
        while (j < s.size() && !is_ws(static_cast<unsigned char>(s[j]))) ++j;
        parts.push_back(s.substr(i, j - i));
        i = j;
      }
    } else {
      size_t e = s.size();
      while (true) {
        while (e > 0 && is_ws(static_cast<unsigned char>(s[e - 1]))) --e;
        if (e == 0) break;
        if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) {
          size_t b = 0;
          while (b < e && is_ws(static_cast<unsigned char>(s[b]))) ++b;
          parts.push_back(s.substr(b, e - b));
          break;
        }
        size_t b = e;
        while (b > 0 && !is_ws(static_cast<unsigned char>(s[b - 1]))) --b;
        parts.push_back(s.substr(b, e - b));
        e = b;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else if (!right) {
    size_t i = 0;
    for (size_t p; (maxsplit < 0 || int64_t(parts.size()) < maxsplit) && (p = s.find(sep, i)) != std::string_view::npos;
         i = p + sep.size())
      parts.push_back(s.substr(i, p - i));
    parts.push_back(s.substr(i));
  } else {
    size_t e = s.size();
    while (maxsplit < 0 || int64_t(parts.size()) < maxsplit) {
      if (e < sep.size()) break;
      size_t p = s.substr(0, e).rfind(sep);
      if (p == std::string_view::npos) break;
      parts.push_back(s.substr(p + sep.size(), e - p - sep.size()));
      e = p;
    }
    parts.push_back(s.substr(0, e));
    std::reverse(parts.begin(), parts.end());
  }
  Ref out = new_list(parts.size());
  for (std::string_view p : parts) {
    Ref item = like(self, p);
    list_append(out.get(), item.get());
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
  for (size_t i = 0; i < s.size();) {
    size_t j = i;
    while (j < s.size() && s[j] != '\n' && s[j] != '\r') ++j;
    size_t eol = j;
    if (j < s.size()) j += (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n') ? 2 : 1;
    Ref item = like(self, s.substr(i, (keep ? j : eol) - i));
    list_append(out.get(), item.get());
    i = j;
  }
  return out;
}
static Ref m_join(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("join", nargs, 1, 1)) return nullptr;
  Ref l = iterable_to_list(args[0]);
  if (!l) return nullptr;
  std::string out;
  std::string_view sep = SELF;
  size_t i = 0;
  for (Value v : as_list(l.get())->items) {
    std::string_view part;
    if (!bytes_like(v, &part))
      return raisef(I.TypeError, "sequence item %zu: expected a bytes-like object, %s found", i, type_name(v));
    if (i++) out += sep;
    out += part;
  }
  return like(self, out);
}
static Ref m_replace(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("replace", nargs, 2, 3)) return nullptr;
  std::string_view s = SELF, old, rep;
  int64_t count = -1;
  if (!arg_bytes(args[0], &old) || !arg_bytes(args[1], &rep)) return nullptr;
  if (nargs > 2 && index_of(args[2], &count) < 0) return nullptr;
  std::string out;
  size_t i = 0;
  int64_t done = 0;
  if (old.empty()) {
    for (; i <= s.size() && (count < 0 || done < count); ++i, ++done) {
      out += rep;
      if (i < s.size()) out += s[i];
    }
    if (i < s.size()) out += s.substr(i);
    return like(self, out);
  }
  for (size_t p; (count < 0 || done < count) && (p = s.find(old, i)) != std::string_view::npos; ++done) {
    out += s.substr(i, p - i);
    out += rep;
    i = p + old.size();
  }
  out += s.substr(i);
  return like(self, out);
}
static Ref partition_impl(Value self, const Value* args, size_t nargs, bool right) {
  if (!check_nargs(right ? "rpartition" : "partition", nargs, 1, 1)) return nullptr;
  std::string_view s = SELF, sep;
  if (!arg_bytes(args[0], &sep)) return nullptr;
  if (sep.empty()) return raise(interp().ValueError, "empty separator");
  size_t p = right ? s.rfind(sep) : s.find(sep);
  Ref a, b, c;
  if (p == std::string_view::npos) {
    a = like(self, right ? "" : s);
    b = like(self, "");
    c = like(self, right ? s : "");
  } else {
    a = like(self, s.substr(0, p));
    b = like(self, sep);
    c = like(self, s.substr(p + sep.size()));
  }
  return tuple_pack({a.get(), b.get(), c.get()});
}
static Ref m_partition(Value self, const Value* a, size_t n, Tuple*) { return partition_impl(self, a, n, false); }
static Ref m_rpartition(Value self, const Value* a, size_t n, Tuple*) { return partition_impl(self, a, n, true); }

// center/ljust/rjust: mode 0 center, 1 ljust, 2 rjust.
static Ref pad_impl(Value self, const Value* args, size_t nargs, int mode, const char* name) {
  Interpreter& I = interp();
  if (!check_nargs(name, nargs, 1, 2)) return nullptr;
  int64_t width;
  if (index_of(args[0], &width) < 0) return nullptr;
  char fill = ' ';
  if (nargs > 1) {
    std::string_view f;
    if (!bytes_like(args[1], &f) || f.size() != 1)
      return raisef(I.TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, type_name(args[1]));
    fill = f[0];
  }
  std::string_view s = SELF;
  if (width <= int64_t(s.size())) return like(self, s);
  size_t total = size_t(width) - s.size();
  size_t left = mode == 1 ? 0 : mode == 2 ? total : total / 2 + (total & size_t(width) & 1);
  return like(self, std::string(left, fill) + std::string(s) + std::string(total - left, fill));
}
static Ref m_center(Value self, const Value* a, size_t n, Tuple*) { return pad_impl(self, a, n, 0, "center"); }
static Ref m_ljust(Value self, const Value* a, size_t n, Tuple*) { return pad_impl(self, a, n, 1, "ljust"); }
static Ref m_rjust(Value self, const Value* a, size_t n, Tuple*) { return pad_impl(self, a, n, 2, "rjust"); }
static Ref m_zfill(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("zfill", nargs, 1, 1)) return nullptr;
  int64_t width;
  if (index_of(args[0], &width) < 0) return nullptr;
  std::string s(SELF);
  if (width <= int64_t(s.size())) return like(self, s);
  size_t sign = !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0;
  s.insert(sign, size_t(width) - s.size(), '0');
  return like(self, s);
}
static Ref affix_remove(Value self, const Value* args, size_t nargs, bool suffix) {
  if (!check_nargs(suffix ? "removesuffix" : "removeprefix", nargs, 1, 1)) return nullptr;
  std::string_view s = SELF, x;
  if (!arg_bytes(args[0], &x)) return nullptr;
  if (!suffix && s.substr(0, x.size()) == x) s.remove_prefix(x.size());
  else if (suffix && s.size() >= x.size() && s.substr(s.size() - x.size()) == x) s.remove_suffix(x.size());
  return like(self, s);
}
static Ref m_removeprefix(Value self, const Value* a, size_t n, Tuple*) { return affix_remove(self, a, n, false); }
static Ref m_removesuffix(Value self, const Value* a, size_t n, Tuple*) { return affix_remove(self, a, n, true); }
static Ref m_expandtabs(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  if (!parse_args("expandtabs", args, nargs, kw, {"tabsize"}, 0, a)) return nullptr;
  int64_t ts = 8;
  if (a[0] && index_of(a[0], &ts) < 0) return nullptr;
  std::string out;
  int64_t col = 0;
  for (char c : SELF) {
    if (c == '\t') {
      if (ts > 0) {
        out.append(size_t(ts - col % ts), ' ');
        col += ts - col % ts;
      }
    } else {
      out += c;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return like(self, out);
}
static Ref m_translate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value a[2];
  if (!parse_args("translate", args, nargs, kw, {"table", "delete"}, 1, a, 1)) return nullptr;
  std::string_view table, del;
  if (a[0] != kNone) {
    if (!arg_bytes(a[0], &table)) return nullptr;
    if (table.size() != 256) return raise(I.ValueError, "translation table must be 256 characters long");
  }
  if (a[1] && !arg_bytes(a[1], &del)) return nullptr;
  std::string out;
  for (char c : SELF) {
    if (del.find(c) != std::string_view::npos) continue;
    out += table.empty() ? c : table[static_cast<unsigned char>(c)];
  }
  return like(self, out);
}
static Ref m_maketrans(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("maketrans", nargs, 2, 2)) return nullptr;
  std::string_view from, to;
  if (!arg_bytes(args[0], &from) || !arg_bytes(args[1], &to)) return nullptr;
  if (from.size() != to.size()) return raise(interp().ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[size_t(i)] = char(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return new_bytes(table);
}
static Ref m_getnewargs(Value self, const Value*, size_t, Tuple*) {
  Ref b = new_bytes(SELF);
  return tuple_pack({b.get()});
}

// ---- bytearray's mutators ----------------------------------------------------------------------

static std::string& data_of(Value self) { return as_bytearray(self)->data; }
static Ref m_append(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("append", nargs, 1, 1)) return nullptr;
  unsigned char c;
  if (!byte_value(args[0], &c)) return nullptr;
  data_of(self) += char(c);
  return Ref::steal(kNone);
}
static Ref m_extend(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("extend", nargs, 1, 1)) return nullptr;
  if (isinstance(args[0], interp().str_type))  // iterated like any iterable: its items are strs
    return raise(interp().TypeError, "'str' object cannot be interpreted as an integer");
  const Value a[3] = {args[0], kNull, kNull};
  std::string more;
  if (!initial_contents("bytearray", a, &more)) return nullptr;
  data_of(self) += more;
  return Ref::steal(kNone);
}
static Ref m_insert(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("insert", nargs, 2, 2)) return nullptr;
  int64_t i;
  unsigned char c;
  if (index_of(args[0], &i) < 0 || !byte_value(args[1], &c)) return nullptr;
  std::string& d = data_of(self);
  if (i < 0) i = std::max<int64_t>(0, i + int64_t(d.size()));
  d.insert(size_t(std::min<int64_t>(i, int64_t(d.size()))), 1, char(c));
  return Ref::steal(kNone);
}
static Ref m_pop(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("pop", nargs, 0, 1)) return nullptr;
  std::string& d = data_of(self);
  int64_t i = -1;
  if (nargs && index_of(args[0], &i) < 0) return nullptr;
  if (d.empty()) return raise(I.IndexError, "pop from empty bytearray");
  if (i < 0) i += int64_t(d.size());
  if (i < 0 || size_t(i) >= d.size()) return raise(I.IndexError, "pop index out of range");
  unsigned char c = static_cast<unsigned char>(d[size_t(i)]);
  d.erase(size_t(i), 1);
  return new_int(c);
}
static Ref m_remove(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("remove", nargs, 1, 1)) return nullptr;
  unsigned char c;
  if (!byte_value(args[0], &c)) return nullptr;
  std::string& d = data_of(self);
  size_t p = d.find(char(c));
  if (p == std::string::npos) return raise(interp().ValueError, "value not found in bytearray");
  d.erase(p, 1);
  return Ref::steal(kNone);
}
static Ref m_reverse(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("reverse", nargs, 0, 0)) return nullptr;
  std::reverse(data_of(self).begin(), data_of(self).end());
  return Ref::steal(kNone);
}
static Ref m_clear(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("clear", nargs, 0, 0)) return nullptr;
  data_of(self).clear();
  return Ref::steal(kNone);
}
static Ref m_copy(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("copy", nargs, 0, 0)) return nullptr;
  return new_bytearray(data_of(self));
}

void init_bytes(Interpreter& I) {
  static const MethodDef shared[] = {
      {"decode", m_decode}, {"hex", m_hex}, {"fromhex", m_fromhex, MethodDef::kClassMethod},
      {"find", m_find}, {"rfind", m_rfind}, {"index", m_index}, {"rindex", m_rindex}, {"count", m_count},
      {"startswith", m_startswith}, {"endswith", m_endswith}, {"upper", m_upper}, {"lower", m_lower},
      {"swapcase", m_swapcase}, {"capitalize", m_capitalize}, {"title", m_title}, {"isalpha", m_isalpha},
      {"isalnum", m_isalnum}, {"isdigit", m_isdigit}, {"isspace", m_isspace}, {"isascii", m_isascii},
      {"isupper", m_isupper}, {"islower", m_islower}, {"istitle", m_istitle}, {"strip", m_strip},
      {"lstrip", m_lstrip}, {"rstrip", m_rstrip}, {"split", m_split}, {"rsplit", m_rsplit},
      {"splitlines", m_splitlines}, {"join", m_join}, {"replace", m_replace}, {"partition", m_partition},
      {"rpartition", m_rpartition}, {"center", m_center}, {"ljust", m_ljust}, {"rjust", m_rjust},
      {"zfill", m_zfill}, {"removeprefix", m_removeprefix}, {"removesuffix", m_removesuffix},
      {"expandtabs", m_expandtabs}, {"translate", m_translate},
      {"maketrans", m_maketrans, MethodDef::kStaticMethod}, {nullptr, nullptr}};

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
  t->var_size = [](Object* o) { return sizeof(Bytes) + static_cast<Bytes*>(o)->n; };
  add_methods(I, t, shared);
  static const MethodDef bytes_only[] = {{"__getnewargs__", m_getnewargs}, {nullptr, nullptr}};
  add_methods(I, t, bytes_only);

  Type* a = I.bytearray_type = new_builtin_type(I, "bytearray", I.object_type, sizeof(ByteArray));
  a->finalize = bytearray_finalize;
  a->repr = bytearray_repr;
  a->len = bytes_len;
  a->richcmp = bytes_richcmp;
  a->hash = nullptr;  // mutable: unhashable
  a->getitem = bytes_getitem;
  a->setitem = bytearray_setitem;
  a->binop = bytes_binop;
  a->contains = bytes_contains;
  a->iter = bytes_iter;
  a->tp_new = bytearray_new;
  a->init = bytearray_init;
  add_methods(I, a, shared);
  static const MethodDef mutators[] = {
      {"append", m_append}, {"extend", m_extend}, {"insert", m_insert}, {"pop", m_pop}, {"remove", m_remove},
      {"reverse", m_reverse}, {"clear", m_clear}, {"copy", m_copy}, {nullptr, nullptr}};
  add_methods(I, a, mutators);
}

}  // namespace py
