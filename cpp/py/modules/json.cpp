// modules/json.cpp — the json module. The encoder and the scanner are C++ (with the
// messages and error positions of CPython 3.11's _json); the thin classes around them
// (JSONDecodeError, JSONEncoder, JSONDecoder) are Python, as in CPython's Lib/json, so
// user subclasses (`cls=`, overriding `default`) work as they do there.
#include <algorithm>
#include <cmath>

#include "py/errors.hpp"
#include "py/module.hpp"
#include "py/num/float.hpp"

namespace py {

// ---- encoder -----------------------------------------------------------------------------

struct EncodeOptions {
  bool skipkeys = false, ensure_ascii = true, check_circular = true, allow_nan = true, sort_keys = false;
  bool indented = false;
  std::string indent, item_sep = ", ", key_sep = ": ";
  Value default_fn;  // borrowed, null: raise TypeError
};

static void encode_string(std::string& out, std::string_view s, bool ensure_ascii) {
  static const char hex[] = "0123456789abcdef";
  auto u4 = [&](uint32_t c) {
    out += "\\u";
    for (int sh = 12; sh >= 0; sh -= 4) out += hex[(c >> sh) & 15];
  };
  out += '"';
  for (size_t i = 0; i < s.size();) {
    unsigned char ch = static_cast<unsigned char>(s[i]);
    if (ch < 0x80) {
      ++i;
      switch (ch) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
          if (ch < 0x20 || (ch == 0x7f && ensure_ascii)) u4(ch);
          else out += char(ch);
      }
      continue;
    }
    uint32_t cp;
    size_t n = utf8_decode(s.data() + i, &cp);
    if (!ensure_ascii) {
      out.append(s.data() + i, n);
    } else if (cp >= 0x10000) {
      cp -= 0x10000;
      u4(0xD800 | (cp >> 10));
      u4(0xDC00 | (cp & 0x3FF));
    } else {
      u4(cp);
    }
    i += n;
  }
  out += '"';
}

struct Encoder {
  const EncodeOptions& o;
  std::string out;
  std::vector<Value> markers;  // containers being encoded (circular reference check)
  int level = 0;

  void newline() {
    out += '\n';
    for (int i = 0; i < level; ++i) out += o.indent;
  }
  bool enter(Value v) {
    if (!o.check_circular) return true;
    if (std::find(markers.begin(), markers.end(), v) != markers.end())
      return raise(interp().ValueError, "Circular reference detected"), false;
    markers.push_back(v);
    return true;
  }
  void leave() {
    if (o.check_circular) markers.pop_back();
  }

  bool floatstr(double d, std::string& s) {
    if (std::isfinite(d)) return s = num::float_repr(d), true;
    if (!o.allow_nan) return raise(interp().ValueError, "Out of range float values are not JSON compliant"), false;
    s = std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    return true;
  }

  bool value(Value v) {
    Interpreter& I = interp();
    if (v == kNone) return out += "null", true;
    if (v == kTrue) return out += "true", true;
    if (v == kFalse) return out += "false", true;
    if (isinstance(v, I.str_type)) return encode_string(out, sv(v), o.ensure_ascii), true;
    if (is_int(v)) {
      num::BigInt b;
      to_bigint(v, b);
      out += b.to_string();
      return true;
    }
    if (isinstance(v, I.float_type)) {
      std::string s;
      if (!floatstr(float_value(v), s)) return false;
      out += s;
      return true;
    }
    RecursionGuard guard(" while encoding a JSON object");
    if (!guard.ok) return false;
    if (isinstance(v, I.list_type) || isinstance(v, I.tuple_type)) return array(v);
    if (isinstance(v, I.dict_type)) return object(v);
    if (!o.default_fn) {
      raisef(I.TypeError, "Object of type %s is not JSON serializable", type_of(v)->name.c_str());
      return false;
    }
    if (!enter(v)) return false;
    Ref r = call1(o.default_fn, v);
    bool ok = r && value(r.get());
    leave();
    return ok;
  }

  bool array(Value v) {
    Ref seq = sequence_tuple(v);
    if (!seq) return false;
    Tuple* t = as_tuple(seq.get());
    if (t->n == 0) return out += "[]", true;
    if (!enter(v)) return false;
    out += '[';
    ++level;
    if (o.indented) newline();
    for (size_t i = 0; i < t->n; ++i) {
      if (i) {
        out += o.item_sep;
        if (o.indented) newline();
      }
      if (!value(t->items[i])) return false;
    }
    --level;
    if (o.indented) newline();
    out += ']';
    leave();
    return true;
  }

  // A dict key as JSON requires it: str as is; float, bool, None and int converted.
  bool key(Value k, bool* skip) {
    Interpreter& I = interp();
    *skip = false;
    if (isinstance(k, I.str_type)) return encode_string(out, sv(k), o.ensure_ascii), true;
    std::string s;
    if (isinstance(k, I.float_type)) {
      if (!floatstr(float_value(k), s)) return false;
    } else if (k == kTrue || k == kFalse || k == kNone) {
      s = k == kTrue ? "true" : k == kFalse ? "false" : "null";
    } else if (is_int(k)) {
      num::BigInt b;
      to_bigint(k, b);
      s = b.to_string();
    } else if (o.skipkeys) {
      *skip = true;
      return true;
    } else {
      raisef(I.TypeError, "keys must be str, int, float, bool or None, not %s", type_of(k)->name.c_str());
      return false;
    }
    encode_string(out, s, o.ensure_ascii);
    return true;
  }

  bool object(Value v) {
    Dict* d = as_dict(v);
    if (d->used == 0) return out += "{}", true;
    if (!enter(v)) return false;
    Ref items = new_list(d->used);
    size_t pos = 0;
    Value k, val;
    while (dict_next(d, &pos, &k, &val)) {
      Ref pair = tuple_pack({k, val});
      list_append(items.get(), pair.get());
    }
    if (o.sort_keys && !list_sort(items.get(), kNone, false)) return false;
    out += '{';
    ++level;
    if (o.indented) newline();
    bool first = true;
    for (Value pair : as_list(items.get())->items) {
      size_t mark = out.size();
      if (!first) {
        out += o.item_sep;
        if (o.indented) newline();
      }
      bool skip;
      if (!key(as_tuple(pair)->items[0], &skip)) return false;
      if (skip) {
        out.resize(mark);
        continue;
      }
      first = false;
      out += o.key_sep;
      const Value* kv = as_tuple(pair)->items;
      if (!value(kv[1])) return false;
    }
    --level;
    if (o.indented) newline();
    out += '}';
    leave();
    return true;
  }
};

// _encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
//         item_separator, key_separator, default) — the engine behind JSONEncoder.encode.
static Ref j_encode(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("_encode", nargs, 10, 10)) return nullptr;
  EncodeOptions o;
  bool* flags[] = {&o.skipkeys, &o.ensure_ascii, &o.check_circular, &o.allow_nan, &o.sort_keys};
  for (int i = 0; i < 5; ++i) {
    int t = truth(args[1 + i]);
    if (t < 0) return nullptr;
    *flags[i] = t;
  }
  Value indent = args[6];
  if (indent != kNone) {
    o.indented = true;
    if (is_int(indent)) {
      int64_t n;
      if (index_of(indent, &n) < 0) return nullptr;
      o.indent.assign(size_t(std::max<int64_t>(0, n)), ' ');
    } else if (isinstance(indent, I.str_type)) {
      o.indent = sv(indent);
    } else {
      return raisef(I.TypeError, "can't multiply sequence by non-int of type '%s'", type_name(indent));
    }
  }
  for (int i = 0; i < 2; ++i)
    if (!isinstance(args[7 + i], I.str_type))
      return raisef(I.TypeError, "make_encoder() argument %d must be str, not %s", 6 + i, type_name(args[7 + i]));
  o.item_sep = sv(args[7]);
  o.key_sep = sv(args[8]);
  o.default_fn = args[9] == kNone ? kNull : args[9];
  Encoder e{o, {}, {}, 0};
  if (!e.value(args[0])) return nullptr;
  return new_str(e.out);
}

// ---- decoder -------------------------------------------------------------------------------

struct Scanner {
  std::vector<uint32_t> s;  // the document as code points (error positions count them)
  Value doc;                // the str, for JSONDecodeError
  Value decode_error;       // the JSONDecodeError class
  Value object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;  // null: default
  bool strict = true;
  int depth = 0;

  std::nullptr_t fail(const char* msg, size_t pos) {
    Ref m = new_str(msg), p = new_int(int64_t(pos));
    Value a[3] = {m.get(), doc, p.get()};
    Ref exc = call(decode_error, a, 3);
    if (exc) set_error(std::move(exc));
    return nullptr;
  }
  static bool ws(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
  size_t skip_ws(size_t i) const {
    while (i < s.size() && ws(s[i])) ++i;
    return i;
  }
  static int hexval(uint32_t c) {
    if (c >= '0' && c <= '9') return int(c - '0');
    if (c >= 'a' && c <= 'f') return int(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return int(c - 'A' + 10);
    return -1;
  }
  // Four hex digits at i, or -1.
  int64_t hex4(size_t i) const {
    int64_t v = 0;
    for (size_t k = 0; k < 4; ++k) {
      int h = i + k < s.size() ? hexval(s[i + k]) : -1;
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    return v;
  }

  // The string whose opening quote is at s[begin]; *end is past its closing quote.
  Ref string(size_t begin, size_t* end) {
    std::string out;
    size_t i = begin + 1;
    for (;;) {
      if (i >= s.size()) return fail("Unterminated string starting at", begin);
      uint32_t c = s[i];
      if (c == '"') break;
      if (c != '\\') {
        if (c <= 0x1f && strict) return fail("Invalid control character at", i);
        utf8_append(out, c);
        ++i;
        continue;
      }
      ++i;
      if (i >= s.size()) return fail("Unterminated string starting at", begin);
      c = s[i];
      if (c != 'u') {
        switch (c) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          default: return fail("Invalid \\escape", i - 1);
        }
        ++i;
        continue;
      }
      size_t u = i;  // position of 'u'
      if (u + 5 > s.size()) return fail("Invalid \\uXXXX escape", u);
      int64_t cp = hex4(u + 1);
      if (cp < 0) return fail("Invalid \\uXXXX escape", u);
      i = u + 5;
      // A high surrogate followed by \uDC00-\uDFFF is one code point.
      if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < s.size() && s[i] == '\\' && s[i + 1] == 'u') {
        if (i + 6 > s.size()) return fail("Invalid \\uXXXX escape", i + 1);
        int64_t lo = hex4(i + 2);
        if (lo < 0) return fail("Invalid \\uXXXX escape", i + 1);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
          cp = 0x10000 + (((cp - 0xD800) << 10) | (lo - 0xDC00));
          i += 6;
        }
      }
      utf8_append(out, uint32_t(cp));
    }
    *end = i + 1;
    return new_str(out);
  }

  bool match(size_t i, const char* word) const {
    for (size_t k = 0; word[k]; ++k)
      if (i + k >= s.size() || s[i + k] != uint32_t(static_cast<unsigned char>(word[k]))) return false;
    return true;
  }
  Ref constant(const char* name, double v, size_t i, size_t len, size_t* end) {
    *end = i + len;
    if (parse_constant) {
      Ref n = new_str(name);
      return call1(parse_constant, n.get());
    }
    return new_float(v);
  }

  Ref number(size_t i, size_t* end) {
    size_t j = i;
    if (j < s.size() && s[j] == '-') ++j;
    if (j >= s.size() || s[j] < '0' || s[j] > '9') return fail("Expecting value", i);
    if (s[j] == '0') ++j;
    else
      while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
    bool is_float = false;
    if (j + 1 < s.size() && s[j] == '.' && s[j + 1] >= '0' && s[j + 1] <= '9') {
      is_float = true;
      j += 2;
      while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
    }
    if (j < s.size() && (s[j] == 'e' || s[j] == 'E')) {
      size_t k = j + 1;
      if (k < s.size() && (s[k] == '+' || s[k] == '-')) ++k;
      if (k < s.size() && s[k] >= '0' && s[k] <= '9') {
        while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
        is_float = true;
        j = k;
      }
    }
    std::string text(s.begin() + long(i), s.begin() + long(j));
    *end = j;
    Value hook = is_float ? parse_float : parse_int;
    if (hook) {
      Ref t = new_str(text);
      return call1(hook, t.get());
    }
    if (is_float) {
      double d;
      num::parse_float(text, d);
      return new_float(d);
    }
    return int_from_string(text, 10, kNull);
  }

  Ref object(size_t i, size_t* end) {
    RecursionGuard guard(" while decoding a JSON object from a unicode string");
    if (!guard.ok) return nullptr;
    Ref pairs = new_list();
    i = skip_ws(i + 1);
    if (i >= s.size() || s[i] != '}') {
      for (;;) {
        if (i >= s.size() || s[i] != '"') return fail("Expecting property name enclosed in double quotes", i);
        size_t next;
        Ref k = string(i, &next);
        if (!k) return nullptr;
        i = skip_ws(next);
        if (i >= s.size() || s[i] != ':') return fail("Expecting ':' delimiter", i);
        i = skip_ws(i + 1);
        Ref v = value(i, &next);
        if (!v) return nullptr;
        Ref pair = tuple_pack({k.get(), v.get()});
        list_append(pairs.get(), pair.get());
        i = skip_ws(next);
        if (i < s.size() && s[i] == '}') break;
        if (i >= s.size() || s[i] != ',') return fail("Expecting ',' delimiter", i);
        i = skip_ws(i + 1);
      }
    }
    *end = i + 1;
    if (object_pairs_hook) return call1(object_pairs_hook, pairs.get());
    Ref d = new_dict();
    for (Value p : as_list(pairs.get())->items) {
      const Value* kv = as_tuple(p)->items;
      if (dict_set(as_dict(d.get()), kv[0], kv[1]) < 0) return nullptr;
    }
    if (object_hook) return call1(object_hook, d.get());
    return d;
  }

  Ref array(size_t i, size_t* end) {
    RecursionGuard guard(" while decoding a JSON array from a unicode string");
    if (!guard.ok) return nullptr;
    Ref out = new_list();
    i = skip_ws(i + 1);
    if (i >= s.size() || s[i] != ']') {
      for (;;) {
        size_t next;
        Ref v = value(i, &next);
        if (!v) return nullptr;
        list_append(out.get(), v.get());
        i = skip_ws(next);
        if (i < s.size() && s[i] == ']') break;
        if (i >= s.size() || s[i] != ',') return fail("Expecting ',' delimiter", i);
        i = skip_ws(i + 1);
      }
    }
    *end = i + 1;
    return out;
  }

  Ref value(size_t i, size_t* end) {
    if (i >= s.size()) return fail("Expecting value", i);
    switch (s[i]) {
      case '"': return string(i, end);
      case '{': return object(i, end);
      case '[': return array(i, end);
      case 'n': if (match(i, "null")) return *end = i + 4, Ref::borrow(kNone); break;
      case 't': if (match(i, "true")) return *end = i + 4, Ref::borrow(kTrue); break;
      case 'f': if (match(i, "false")) return *end = i + 5, Ref::borrow(kFalse); break;
      case 'N': if (match(i, "NaN")) return constant("NaN", NAN, i, 3, end); break;
      case 'I': if (match(i, "Infinity")) return constant("Infinity", INFINITY, i, 8, end); break;
      case '-':
        if (match(i, "-Infinity")) return constant("-Infinity", -INFINITY, i, 9, end);
        return number(i, end);
      default:
        if (s[i] >= '0' && s[i] <= '9') return number(i, end);
    }
    return fail("Expecting value", i);
  }
};

// _scan(s, idx, decode_error, object_hook, object_pairs_hook, parse_float, parse_int,
//       parse_constant, strict) -> (value, end): JSONDecoder.raw_decode's engine.
static Ref j_scan(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("_scan", nargs, 9, 9)) return nullptr;
  if (!isinstance(args[0], I.str_type))
    return raisef(I.TypeError, "first argument must be a string, not %s", type_name(args[0]));
  int64_t idx;
  if (index_of(args[1], &idx) < 0) return nullptr;
  Scanner sc;
  std::string_view text = sv(args[0]);
  sc.s.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    uint32_t cp;
    i += utf8_decode(text.data() + i, &cp);
    sc.s.push_back(cp);
  }
  sc.doc = args[0];
  sc.decode_error = args[2];
  Value* hooks[] = {&sc.object_hook, &sc.object_pairs_hook, &sc.parse_float, &sc.parse_int, &sc.parse_constant};
  for (int i = 0; i < 5; ++i) *hooks[i] = args[3 + i] == kNone ? kNull : args[3 + i];
  // float and int as hooks are the defaults (JSONDecoder stores them that way).
  if (sc.parse_float == Value::from_ptr(I.float_type)) sc.parse_float = kNull;
  if (sc.parse_int == Value::from_ptr(I.int_type)) sc.parse_int = kNull;
  int t = truth(args[8]);
  if (t < 0) return nullptr;
  sc.strict = t;
  if (idx < 0) return raise(I.ValueError, "idx cannot be negative");
  size_t end;
  Ref v = sc.value(size_t(idx), &end);
  if (!v) return nullptr;
  Ref e = new_int(int64_t(end));
  return tuple_pack({v.get(), e.get()});
}

// ---- module ---------------------------------------------------------------------------------

// The Python layer: the classes of Lib/json/{encoder,decoder}.py over _encode/_scan, and
// dumps/loads/dump/load with the signatures and argument errors of Lib/json/__init__.py.
static const char kJsonPy[] = R"PY(
class JSONDecodeError(ValueError):
    __module__ = 'json.decoder'
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno
    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)

class JSONEncoder:
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '
    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default
    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')
    def encode(self, o):
        return _encode(o, self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan,
                       self.sort_keys, self.indent, self.item_separator, self.key_separator, self.default)
    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])

class JSONDecoder:
    __module__ = 'json.decoder'
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
    def decode(self, s):
        obj, end = self.raw_decode(s, len(s) - len(s.lstrip(' \t\n\r')))
        rest = s[end:]
        end += len(rest) - len(rest.lstrip(' \t\n\r'))
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj
    def raw_decode(self, s, idx=0):
        return _scan(s, idx, JSONDecodeError, self.object_hook, self.object_pairs_hook,
                     self.parse_float, self.parse_int, self.parse_constant, self.strict)

def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None and not kw:
        if separators is None:
            separators = (', ', ': ') if indent is None else (',', ': ')
        return _encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
                       separators[0], separators[1], default)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)

def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))

def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, _bytes_types):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
        s = s.decode('utf-8')
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)

def load(fp, **kw):
    return loads(fp.read(), **kw)
)PY";

static Ref init_json(Interpreter& I) {
  Ref m = new_module("json");
  static const MethodDef fns[] = {{"_encode", j_encode}, {"_scan", j_scan}, {nullptr, nullptr}};
  module_add_functions(m.get(), fns);
  // bytes and, when the core has it, bytearray (loads accepts both).
  Ref bt = I.bytearray_type ? tuple_pack({Value::from_ptr(I.bytes_type), Value::from_ptr(I.bytearray_type)})
                            : tuple_pack({Value::from_ptr(I.bytes_type)});
  module_add(m.get(), "_bytes_types", bt.get());
  Value exec = dict_get_cstr(I.builtins, "exec");
  Ref src = new_str(kJsonPy);
  Ref r = call2(exec, src.get(), Value::from_ptr(module_dict(m.get())));
  if (!r) return nullptr;
  return m;
}

void register_module_json(Interpreter& I) { register_native_module(I, "json", init_json); }

}  // namespace py
