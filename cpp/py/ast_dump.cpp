#include "py/ast_dump.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace py::ast {

namespace {

uint32_t next_cp(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i++]);
  if (c < 0x80) return c;
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  uint32_t cp = c & (0x3F >> n);
  for (int k = 0; k < n && i < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  return cp;
}

// str.isprintable() for non-ASCII code points, for the ranges that matter in practice:
// C1 controls, no-break and other spaces, format characters, surrogates, private use.
bool printable(uint32_t cp) {
  if (cp < 0x20 || cp == 0x7F) return false;
  if (cp < 0x7F) return true;
  if (cp <= 0xA0 || cp == 0xAD) return false;
  if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
      (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF)
    return false;
  if ((cp >= 0xD800 && cp <= 0xF8FF) || (cp >= 0xFFF0 && cp <= 0xFFFB) || cp == 0xFFFE || cp == 0xFFFF) return false;
  if (cp >= 0xE0000) return false;
  return true;
}

void put_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) out += static_cast<char>(cp);
  else if (cp < 0x800) out += static_cast<char>(0xC0 | (cp >> 6)), out += static_cast<char>(0x80 | (cp & 0x3F));
  else if (cp < 0x10000)
    out += static_cast<char>(0xE0 | (cp >> 12)), out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
        out += static_cast<char>(0x80 | (cp & 0x3F));
  else
    out += static_cast<char>(0xF0 | (cp >> 18)), out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), out += static_cast<char>(0x80 | (cp & 0x3F));
}

std::string str_repr(std::string_view s, bool bytes) {
  bool has_single = s.find('\'') != std::string_view::npos, has_double = s.find('"') != std::string_view::npos;
  char q = has_single && !has_double ? '"' : '\'';
  std::string out = bytes ? "b" : "";
  out += q;
  char buf[16];
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = bytes ? static_cast<unsigned char>(s[i++]) : next_cp(s, i);
    if (cp == static_cast<uint32_t>(q) || cp == '\\') out += '\\', out += static_cast<char>(cp);
    else if (cp == '\n') out += "\\n";
    else if (cp == '\r') out += "\\r";
    else if (cp == '\t') out += "\\t";
    else if (bytes ? (cp < 0x20 || cp >= 0x7F) : !printable(cp)) {
      if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    } else {
      put_utf8(out, cp);
    }
  }
  out += q;
  return out;
}

// repr(float) of CPython: the shortest digits that round-trip, in fixed notation when the
// decimal exponent is in [-4, 16), else scientific. add_dot_0 is false inside complex repr.
std::string float_repr(double v, bool add_dot_0) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
  char buf[40];
  int prec = 0;
  for (; prec < 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  // buf: [-]d.ddde[+-]xx
  std::string s(buf);
  bool neg = s[0] == '-';
  if (neg) s.erase(0, 1);
  size_t epos = s.find('e');
  int exp = std::atoi(s.c_str() + epos + 1);
  std::string digits;
  for (size_t i = 0; i < epos; ++i)
    if (s[i] != '.') digits += s[i];
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out = neg ? "-" : "";
  int decpt = exp + 1;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out += "0." + std::string(static_cast<size_t>(-decpt), '0') + digits;
    } else if (static_cast<size_t>(decpt) >= digits.size()) {
      out += digits + std::string(decpt - digits.size(), '0');
      if (add_dot_0) out += ".0";
    } else {
      out += digits.substr(0, decpt) + "." + digits.substr(decpt);
    }
  } else {
    out += digits.substr(0, 1);
    if (digits.size() > 1) out.append(".").append(digits, 1);
    std::snprintf(buf, sizeof buf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += buf;
  }
  return out;
}

class Dumper {
 public:
  explicit Dumper(bool attrs) : attrs_(attrs) {}
  std::string out;

  void mod(const Mod* m) {
    switch (m->kind) {
      case ModKind::Module: out += "Module(body="; stmts(m->body); out += ", type_ignores=[])"; break;
      case ModKind::Interactive: out += "Interactive(body="; stmts(m->body); out += ")"; break;
      case ModKind::Expression: out += "Expression(body="; expr(m->expr); out += ")"; break;
    }
  }

  void stmts(const Seq<Stmt*>& s) {
    out += '[';
    for (uint32_t i = 0; i < s.size(); ++i) {
      if (i) out += ", ";
      stmt(s[i]);
    }
    out += ']';
  }
  void exprs(const Seq<Expr*>& s) {
    out += '[';
    for (uint32_t i = 0; i < s.size(); ++i) {
      if (i) out += ", ";
      if (s[i]) expr(s[i]);
      else out += "None";
    }
    out += ']';
  }
  void names(const Seq<Identifier>& s) {
    out += '[';
    for (uint32_t i = 0; i < s.size(); ++i) {
      if (i) out += ", ";
      out += str_repr(s[i], false);
    }
    out += ']';
  }
  template <class T, class F>
  void list(const Seq<T>& s, F each) {
    out += '[';
    for (uint32_t i = 0; i < s.size(); ++i) {
      if (i) out += ", ";
      each(s[i]);
    }
    out += ']';
  }

  // Field helpers: each writes ", name=value" (the first field of a node omits the comma
  // via `open`).
  void open(const char* name) { out += name; out += '('; first_ = true; }
  void sep(const char* field) {
    if (!first_) out += ", ";
    first_ = false;
    out += field;
    out += '=';
  }
  void close(const Located* loc) {
    if (attrs_ && loc) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", loc->lineno,
                    loc->col_offset, loc->end_lineno, loc->end_col_offset);
      if (!first_) out += ", ";
      out += buf;
    }
    out += ')';
    first_ = false;
  }
  void f_expr(const char* field, const Expr* e) { if (e) { sep(field); expr(e); } }
  void f_exprs(const char* field, const Seq<Expr*>& s) { sep(field); exprs(s); }
  void f_stmts(const char* field, const Seq<Stmt*>& s) { sep(field); stmts(s); }
  void f_id(const char* field, Identifier id) { if (id.data() && !id.empty()) { sep(field); out += str_repr(id, false); } }
  void f_int(const char* field, long v) { sep(field); out += std::to_string(v); }
  void f_ctx(Ctx c) { sep("ctx"); out += name(c); out += "()"; }
  void f_op(const char* field, const char* n) { sep(field); out += n; out += "()"; }

  void arg(const Arg* a) {
    open("arg");
    sep("arg");
    out += str_repr(a->arg, false);
    f_expr("annotation", a->annotation);
    close(a);
  }
  void arguments(const Arguments* a) {
    open("arguments");
    sep("posonlyargs"); list(a->posonlyargs, [&](const Arg* x) { arg(x); });
    sep("args"); list(a->args, [&](const Arg* x) { arg(x); });
    if (a->vararg) { sep("vararg"); arg(a->vararg); }
    sep("kwonlyargs"); list(a->kwonlyargs, [&](const Arg* x) { arg(x); });
    f_exprs("kw_defaults", a->kw_defaults);
    if (a->kwarg) { sep("kwarg"); arg(a->kwarg); }
    f_exprs("defaults", a->defaults);
    close(nullptr);
  }
  void keyword(const Keyword* k) {
    open("keyword");
    f_id("arg", k->arg);
    f_expr("value", k->value);
    close(k);
  }
  void keywords(const char* field, const Seq<Keyword*>& s) { sep(field); list(s, [&](const Keyword* k) { keyword(k); }); }
  void comprehensions(const Seq<Comprehension*>& s) {
    sep("generators");
    list(s, [&](const Comprehension* c) {
      open("comprehension");
      f_expr("target", c->target);
      f_expr("iter", c->iter);
      f_exprs("ifs", c->ifs);
      f_int("is_async", c->is_async);
      close(nullptr);
    });
  }
  void alias(const Alias* a) {
    open("alias");
    sep("name");
    out += str_repr(a->name, false);
    f_id("asname", a->asname);
    close(a);
  }

  void constant_value(const Constant& c) { out += constant_repr(c); }

  void expr(const Expr* e) {
    bool saved = first_;
    open(name(e->kind));
    switch (e->kind) {
      case ExprKind::BoolOp: { auto& x = e->as<BoolOp>(); f_op("op", name(x.op)); f_exprs("values", x.values); break; }
      case ExprKind::NamedExpr: { auto& x = e->as<NamedExpr>(); f_expr("target", x.target); f_expr("value", x.value); break; }
      case ExprKind::BinOp: { auto& x = e->as<BinOp>(); f_expr("left", x.left); f_op("op", name(x.op)); f_expr("right", x.right); break; }
      case ExprKind::UnaryOp: { auto& x = e->as<UnaryOp>(); f_op("op", name(x.op)); f_expr("operand", x.operand); break; }
      case ExprKind::Lambda: { auto& x = e->as<Lambda>(); sep("args"); arguments(x.args); f_expr("body", x.body); break; }
      case ExprKind::IfExp: { auto& x = e->as<IfExp>(); f_expr("test", x.test); f_expr("body", x.body); f_expr("orelse", x.orelse); break; }
      case ExprKind::Dict: { auto& x = e->as<Dict>(); f_exprs("keys", x.keys); f_exprs("values", x.values); break; }
      case ExprKind::Set: f_exprs("elts", e->as<Set>().elts); break;
      case ExprKind::ListComp: { auto& x = e->as<ListComp>(); f_expr("elt", x.elt); comprehensions(x.generators); break; }
      case ExprKind::SetComp: { auto& x = e->as<SetComp>(); f_expr("elt", x.elt); comprehensions(x.generators); break; }
      case ExprKind::DictComp: { auto& x = e->as<DictComp>(); f_expr("key", x.key); f_expr("value", x.value); comprehensions(x.generators); break; }
      case ExprKind::GeneratorExp: { auto& x = e->as<GeneratorExp>(); f_expr("elt", x.elt); comprehensions(x.generators); break; }
      case ExprKind::Await: f_expr("value", e->as<Await>().value); break;
      case ExprKind::Yield: f_expr("value", e->as<Yield>().value); break;
      case ExprKind::YieldFrom: f_expr("value", e->as<YieldFrom>().value); break;
      case ExprKind::Compare: {
        auto& x = e->as<Compare>();
        f_expr("left", x.left);
        sep("ops");
        list(x.ops, [&](CmpOp op) { out += name(op); out += "()"; });
        f_exprs("comparators", x.comparators);
        break;
      }
      case ExprKind::Call: { auto& x = e->as<Call>(); f_expr("func", x.func); f_exprs("args", x.args); keywords("keywords", x.keywords); break; }
      case ExprKind::FormattedValue: {
        auto& x = e->as<FormattedValue>();
        f_expr("value", x.value);
        f_int("conversion", x.conversion);
        f_expr("format_spec", x.format_spec);
        break;
      }
      case ExprKind::JoinedStr: f_exprs("values", e->as<JoinedStr>().values); break;
      case ExprKind::Constant: {
        auto& x = e->as<Constant>();
        sep("value");
        constant_value(x);
        if (x.u_kind) { sep("kind"); out += "'u'"; }
        break;
      }
      case ExprKind::Attribute: { auto& x = e->as<Attribute>(); f_expr("value", x.value); sep("attr"); out += str_repr(x.attr, false); f_ctx(x.ctx); break; }
      case ExprKind::Subscript: { auto& x = e->as<Subscript>(); f_expr("value", x.value); f_expr("slice", x.slice); f_ctx(x.ctx); break; }
      case ExprKind::Starred: { auto& x = e->as<Starred>(); f_expr("value", x.value); f_ctx(x.ctx); break; }
      case ExprKind::Name: { auto& x = e->as<Name>(); sep("id"); out += str_repr(x.id, false); f_ctx(x.ctx); break; }
      case ExprKind::List: { auto& x = e->as<List>(); f_exprs("elts", x.elts); f_ctx(x.ctx); break; }
      case ExprKind::Tuple: { auto& x = e->as<Tuple>(); f_exprs("elts", x.elts); f_ctx(x.ctx); break; }
      case ExprKind::Slice: { auto& x = e->as<Slice>(); f_expr("lower", x.lower); f_expr("upper", x.upper); f_expr("step", x.step); break; }
    }
    close(e);
    first_ = saved;
  }

  void pattern(const Pattern* p) {
    bool saved = first_;
    open(name(p->kind));
    switch (p->kind) {
      case PatternKind::MatchValue: f_expr("value", p->as<MatchValue>().value); break;
      case PatternKind::MatchSingleton: {
        ConstKind k = p->as<MatchSingleton>().value;
        sep("value");
        out += k == ConstKind::None ? "None" : k == ConstKind::True ? "True" : "False";
        break;
      }
      case PatternKind::MatchSequence: sep("patterns"); patterns(p->as<MatchSequence>().patterns); break;
      case PatternKind::MatchMapping: {
        auto& x = p->as<MatchMapping>();
        f_exprs("keys", x.keys);
        sep("patterns");
        patterns(x.patterns);
        f_id("rest", x.rest);
        break;
      }
      case PatternKind::MatchClass: {
        auto& x = p->as<MatchClass>();
        f_expr("cls", x.cls);
        sep("patterns");
        patterns(x.patterns);
        sep("kwd_attrs");
        names(x.kwd_attrs);
        sep("kwd_patterns");
        patterns(x.kwd_patterns);
        break;
      }
      case PatternKind::MatchStar: f_id("name", p->as<MatchStar>().name); break;
      case PatternKind::MatchAs: {
        auto& x = p->as<MatchAs>();
        if (x.pattern) { sep("pattern"); pattern(x.pattern); }
        f_id("name", x.name);
        break;
      }
      case PatternKind::MatchOr: sep("patterns"); patterns(p->as<MatchOr>().patterns); break;
    }
    close(p);
    first_ = saved;
  }
  void patterns(const Seq<Pattern*>& s) { list(s, [&](const Pattern* p) { pattern(p); }); }

  void stmt(const Stmt* s) {
    bool saved = first_;
    open(name(s->kind));
    switch (s->kind) {
      case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: {
        auto& x = s->as<FunctionDef>();
        sep("name"); out += str_repr(x.name, false);
        sep("args"); arguments(x.args);
        f_stmts("body", x.body);
        f_exprs("decorator_list", x.decorator_list);
        f_expr("returns", x.returns);
        break;
      }
      case StmtKind::ClassDef: {
        auto& x = s->as<ClassDef>();
        sep("name"); out += str_repr(x.name, false);
        f_exprs("bases", x.bases);
        keywords("keywords", x.keywords);
        f_stmts("body", x.body);
        f_exprs("decorator_list", x.decorator_list);
        break;
      }
      case StmtKind::Return: f_expr("value", s->as<Return>().value); break;
      case StmtKind::Delete: f_exprs("targets", s->as<Delete>().targets); break;
      case StmtKind::Assign: { auto& x = s->as<Assign>(); f_exprs("targets", x.targets); f_expr("value", x.value); break; }
      case StmtKind::AugAssign: { auto& x = s->as<AugAssign>(); f_expr("target", x.target); f_op("op", name(x.op)); f_expr("value", x.value); break; }
      case StmtKind::AnnAssign: {
        auto& x = s->as<AnnAssign>();
        f_expr("target", x.target); f_expr("annotation", x.annotation); f_expr("value", x.value); f_int("simple", x.simple);
        break;
      }
      case StmtKind::For: case StmtKind::AsyncFor: {
        auto& x = s->as<For>();
        f_expr("target", x.target); f_expr("iter", x.iter); f_stmts("body", x.body); f_stmts("orelse", x.orelse);
        break;
      }
      case StmtKind::While: { auto& x = s->as<While>(); f_expr("test", x.test); f_stmts("body", x.body); f_stmts("orelse", x.orelse); break; }
      case StmtKind::If: { auto& x = s->as<If>(); f_expr("test", x.test); f_stmts("body", x.body); f_stmts("orelse", x.orelse); break; }
      case StmtKind::With: case StmtKind::AsyncWith: {
        auto& x = s->as<With>();
        sep("items");
        list(x.items, [&](const WithItem* w) {
          open("withitem");
          f_expr("context_expr", w->context_expr);
          f_expr("optional_vars", w->optional_vars);
          close(nullptr);
        });
        f_stmts("body", x.body);
        break;
      }
      case StmtKind::Match: {
        auto& x = s->as<Match>();
        f_expr("subject", x.subject);
        sep("cases");
        list(x.cases, [&](const MatchCase* c) {
          open("match_case");
          sep("pattern"); pattern(c->pattern);
          f_expr("guard", c->guard);
          f_stmts("body", c->body);
          close(nullptr);
        });
        break;
      }
      case StmtKind::Raise: { auto& x = s->as<Raise>(); f_expr("exc", x.exc); f_expr("cause", x.cause); break; }
      case StmtKind::Try: case StmtKind::TryStar: {
        auto& x = s->as<Try>();
        f_stmts("body", x.body);
        sep("handlers");
        list(x.handlers, [&](const ExceptHandler* h) {
          open("ExceptHandler");
          f_expr("type", h->type);
          f_id("name", h->name);
          f_stmts("body", h->body);
          close(h);
        });
        f_stmts("orelse", x.orelse);
        f_stmts("finalbody", x.finalbody);
        break;
      }
      case StmtKind::Assert: { auto& x = s->as<Assert>(); f_expr("test", x.test); f_expr("msg", x.msg); break; }
      case StmtKind::Import: sep("names"); list(s->as<Import>().names, [&](const Alias* a) { alias(a); }); break;
      case StmtKind::ImportFrom: {
        auto& x = s->as<ImportFrom>();
        f_id("module", x.module);
        sep("names");
        list(x.names, [&](const Alias* a) { alias(a); });
        f_int("level", x.level);
        break;
      }
      case StmtKind::Global: sep("names"); names(s->as<Global>().names); break;
      case StmtKind::Nonlocal: sep("names"); names(s->as<Nonlocal>().names); break;
      case StmtKind::Expr: f_expr("value", s->as<ExprStmt>().value); break;
      case StmtKind::Pass: case StmtKind::Break: case StmtKind::Continue: break;
    }
    close(s);
    first_ = saved;
  }

 private:
  bool attrs_;
  bool first_ = true;
};

}  // namespace

std::string constant_repr(const Constant& c) {
  switch (c.value_kind) {
    case ConstKind::None: return "None";
    case ConstKind::True: return "True";
    case ConstKind::False: return "False";
    case ConstKind::Ellipsis: return "Ellipsis";
    case ConstKind::Int: return std::to_string(c.i);
    case ConstKind::BigInt: return std::string(c.s);
    case ConstKind::Float: return float_repr(c.f, true);
    case ConstKind::Complex: return float_repr(c.f, false) + "j";
    case ConstKind::Str: return str_repr(c.s, false);
    case ConstKind::Bytes: return str_repr(c.s, true);
  }
  return "?";
}

std::string dump(const Mod* mod, bool include_attributes) {
  Dumper d(include_attributes);
  d.mod(mod);
  return std::move(d.out);
}

std::string dump(const Expr* e, bool include_attributes) {
  Dumper d(include_attributes);
  d.expr(e);
  return std::move(d.out);
}

std::string dump(const Stmt* s, bool include_attributes) {
  Dumper d(include_attributes);
  d.stmt(s);
  return std::move(d.out);
}

}  // namespace py::ast
