// symtable.cpp — the two passes described in symtable.hpp.
#include "py/symtable.hpp"

#include <unordered_set>

namespace py {

using namespace ast;

void Scope::add(std::string_view n, int f) {
  auto [it, fresh] = flags.try_emplace(n, 0);
  if (fresh) order.push_back(n);
  it->second |= f;
}

struct SymVisitor {
  SymbolTable& st;
  Scope* cur = nullptr;
  bool failed = false;

  void fail(std::string msg, const Located& where) {
    if (failed) return;
    failed = true;
    st.error = std::move(msg);
    st.error_loc = where;
  }

  Scope* push(Scope::Kind k, std::string_view name, const void* node) {
    auto s = std::make_unique<Scope>();
    s->kind = k;
    s->name = std::string(name);
    s->node = node;
    s->parent = cur;
    Scope* p = s.get();
    st.by_node_[node] = p;
    if (cur) cur->children.push_back(std::move(s));
    else st.top_ = std::move(s);
    cur = p;
    return p;
  }
  void pop() { cur = cur->parent; }

  void def(std::string_view n, int line) {
    int f = cur->flags.count(n) ? cur->flags[n] : 0;
    if (f & kSymGlobal || f & kSymNonlocal) return;
    (void)line;
    cur->add(n, kSymLocal);
  }
  void use(std::string_view n) { cur->add(n, kSymUse); }

  void stmts(const Seq<Stmt*>& ss) { for (Stmt* s : ss) stmt(s); }
  void exprs(const Seq<Expr*>& es) { for (Expr* e : es) if (e) expr(e); }

  void args_defaults(Arguments* a) {
    exprs(a->defaults);
    for (Expr* e : a->kw_defaults) if (e) expr(e);
  }
  void args_annotations(Arguments* a) {
    auto ann = [&](Arg* x) { if (x && x->annotation) expr(x->annotation); };
    for (Arg* x : a->posonlyargs) ann(x);
    for (Arg* x : a->args) ann(x);
    ann(a->vararg);
    for (Arg* x : a->kwonlyargs) ann(x);
    ann(a->kwarg);
  }
  void params(Arguments* a) {
    auto p = [&](Arg* x) {
      if (cur->flags.count(x->arg) && (cur->flags[x->arg] & kSymParam))
        fail("duplicate argument '" + std::string(x->arg) + "' in function definition", *x);
      cur->add(x->arg, kSymParam | kSymLocal);
      cur->params.push_back(x->arg);
    };
    for (Arg* x : a->posonlyargs) p(x);
    for (Arg* x : a->args) p(x);
    for (Arg* x : a->kwonlyargs) p(x);
    if (a->vararg) { p(a->vararg); cur->has_varargs = true; }
    if (a->kwarg) { p(a->kwarg); cur->has_varkw = true; }
  }

  void stmt(Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto& f = s->as<FunctionDef>();
        exprs(f.decorator_list);
        args_defaults(f.args);
        args_annotations(f.args);
        if (f.returns) expr(f.returns);
        def(f.name, s->lineno);
        push(Scope::Function, f.name, s);
        cur->coroutine = s->kind == StmtKind::AsyncFunctionDef;
        params(f.args);
        stmts(f.body);
        pop();
        break;
      }
      case StmtKind::ClassDef: {
        auto& c = s->as<ClassDef>();
        exprs(c.decorator_list);
        exprs(c.bases);
        for (Keyword* k : c.keywords) expr(k->value);
        def(c.name, s->lineno);
        push(Scope::Class, c.name, s);
        stmts(c.body);
        pop();
        break;
      }
      case StmtKind::Return:
        if (s->as<Return>().value) expr(s->as<Return>().value);
        break;
      case StmtKind::Delete: exprs(s->as<Delete>().targets); break;
      case StmtKind::Assign:
        exprs(s->as<Assign>().targets);
        expr(s->as<Assign>().value);
        break;
      case StmtKind::AugAssign: {
        auto& a = s->as<AugAssign>();
        expr(a.target);
        if (a.target->is<Name>()) use(a.target->as<Name>().id);
        expr(a.value);
        break;
      }
      case StmtKind::AnnAssign: {
        auto& a = s->as<AnnAssign>();
        expr(a.target);
        if (!cur->is_function()) expr(a.annotation);
        if (a.value) expr(a.value);
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto& f = s->as<For>();
        expr(f.target);
        expr(f.iter);
        stmts(f.body);
        stmts(f.orelse);
        break;
      }
      case StmtKind::While:
        expr(s->as<While>().test);
        stmts(s->as<While>().body);
        stmts(s->as<While>().orelse);
        break;
      case StmtKind::If:
        expr(s->as<If>().test);
        stmts(s->as<If>().body);
        stmts(s->as<If>().orelse);
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        for (WithItem* w : s->as<With>().items) {
          expr(w->context_expr);
          if (w->optional_vars) expr(w->optional_vars);
        }
        stmts(s->as<With>().body);
        break;
      case StmtKind::Match: {
        auto& m = s->as<Match>();
        expr(m.subject);
        for (MatchCase* c : m.cases) {
          pattern(c->pattern);
          if (c->guard) expr(c->guard);
          stmts(c->body);
        }
        break;
      }
      case StmtKind::Raise:
        if (s->as<Raise>().exc) expr(s->as<Raise>().exc);
        if (s->as<Raise>().cause) expr(s->as<Raise>().cause);
        break;
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto& t = s->as<Try>();
        stmts(t.body);
        for (ExceptHandler* h : t.handlers) {
          if (h->type) expr(h->type);
          if (!h->name.empty()) def(h->name, h->lineno);
          stmts(h->body);
        }
        stmts(t.orelse);
        stmts(t.finalbody);
        break;
      }
      case StmtKind::Assert:
        expr(s->as<Assert>().test);
        if (s->as<Assert>().msg) expr(s->as<Assert>().msg);
        break;
      case StmtKind::Import:
        for (Alias* a : s->as<Import>().names) {
          std::string_view n = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
          def(n, s->lineno);
        }
        break;
      case StmtKind::ImportFrom:
        for (Alias* a : s->as<ImportFrom>().names)
          if (a->name != "*") def(a->asname.empty() ? a->name : a->asname, s->lineno);
        break;
      case StmtKind::Global:
        for (std::string_view n : s->as<Global>().names) {
          auto it = cur->flags.find(n);
          if (it != cur->flags.end() && !(it->second & kSymGlobal)) {
            if (it->second & kSymParam) fail("name '" + std::string(n) + "' is parameter and global", *s);
            else if (it->second & kSymUse) fail("name '" + std::string(n) + "' is used prior to global declaration", *s);
            else fail("name '" + std::string(n) + "' is assigned to before global declaration", *s);
          }
          cur->add(n, kSymGlobal);
        }
        break;
      case StmtKind::Nonlocal:
        for (std::string_view n : s->as<Nonlocal>().names) {
          if (cur->kind == Scope::Module) {
            fail("nonlocal declaration not allowed at module level", *s);
            return;
          }
          auto it = cur->flags.find(n);
          if (it != cur->flags.end() && !(it->second & kSymNonlocal)) {
            if (it->second & kSymParam) fail("name '" + std::string(n) + "' is parameter and nonlocal", *s);
            else if (it->second & kSymUse) fail("name '" + std::string(n) + "' is used prior to nonlocal declaration", *s);
            else fail("name '" + std::string(n) + "' is assigned to before nonlocal declaration", *s);
          }
          cur->add(n, kSymNonlocal);
          nonlocal_lines[cur].push_back({n, s});
        }
        break;
      case StmtKind::Expr: expr(s->as<ExprStmt>().value); break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue: break;
    }
  }

  void pattern(Pattern* p) {
    switch (p->kind) {
      case PatternKind::MatchValue: expr(p->as<MatchValue>().value); break;
      case PatternKind::MatchSingleton: break;
      case PatternKind::MatchSequence: for (Pattern* q : p->as<MatchSequence>().patterns) pattern(q); break;
      case PatternKind::MatchMapping: {
        auto& m = p->as<MatchMapping>();
        exprs(m.keys);
        for (Pattern* q : m.patterns) pattern(q);
        if (!m.rest.empty()) def(m.rest, p->lineno);
        break;
      }
      case PatternKind::MatchClass: {
        auto& m = p->as<MatchClass>();
        expr(m.cls);
        for (Pattern* q : m.patterns) pattern(q);
        for (Pattern* q : m.kwd_patterns) pattern(q);
        break;
      }
      case PatternKind::MatchStar:
        if (!p->as<MatchStar>().name.empty()) def(p->as<MatchStar>().name, p->lineno);
        break;
      case PatternKind::MatchAs:
        if (p->as<MatchAs>().pattern) pattern(p->as<MatchAs>().pattern);
        if (!p->as<MatchAs>().name.empty()) def(p->as<MatchAs>().name, p->lineno);
        break;
      case PatternKind::MatchOr: for (Pattern* q : p->as<MatchOr>().patterns) pattern(q); break;
    }
  }

  void comprehension(Expr* e, const Seq<Comprehension*>& gens, Expr* elt, Expr* value, bool is_gen) {
    expr(gens[0]->iter);  // the outermost iterable is evaluated in the enclosing scope
    push(Scope::Comprehension, is_gen ? "<genexpr>" : e->kind == ExprKind::ListComp ? "<listcomp>"
                                     : e->kind == ExprKind::SetComp ? "<setcomp>" : "<dictcomp>", e);
    cur->generator = is_gen;
    cur->add(".0", kSymParam | kSymLocal);
    cur->params.push_back(".0");
    for (uint32_t i = 0; i < gens.size(); ++i) {
      Comprehension* g = gens[i];
      if (g->is_async) cur->coroutine = true;
      expr(g->target);
      if (i > 0) expr(g->iter);
      exprs(g->ifs);
    }
    if (elt) expr(elt);
    if (value) expr(value);
    bool awaits = cur->coroutine && !is_gen;  // the enclosing code awaits this comprehension
    pop();
    if (awaits && cur->kind == Scope::Comprehension) cur->coroutine = true;
  }

  void expr(Expr* e) {
    switch (e->kind) {
      case ExprKind::BoolOp: exprs(e->as<BoolOp>().values); break;
      case ExprKind::NamedExpr: {
        auto& n = e->as<NamedExpr>();
        expr(n.value);
        std::string_view id = n.target->as<Name>().id;
        if (cur->kind == Scope::Comprehension) {
          Scope* s = cur;
          while (s->kind == Scope::Comprehension) {
            if (s->flags.count(id) && (s->flags[id] & kSymCompIter)) {
              fail("assignment expression cannot rebind comprehension iteration variable '" +
                       std::string(id) + "'", *e);
              return;
            }
            s = s->parent;
          }
          for (Scope* c = cur; c != s; c = c->parent)
            c->add(id, s->kind == Scope::Module ? kSymGlobal : kSymNonlocal);
          if (s->kind == Scope::Class) {
            fail("assignment expression within a comprehension cannot be used in a class body", *e);
            return;
          }
          Scope* saved = cur;
          cur = s;
          def(id, e->lineno);
          cur = saved;
        } else {
          def(id, e->lineno);
        }
        break;
      }
      case ExprKind::BinOp: expr(e->as<BinOp>().left); expr(e->as<BinOp>().right); break;
      case ExprKind::UnaryOp: expr(e->as<UnaryOp>().operand); break;
      case ExprKind::Lambda: {
        auto& l = e->as<Lambda>();
        args_defaults(l.args);
        push(Scope::Lambda, "<lambda>", e);
        params(l.args);
        expr(l.body);
        pop();
        break;
      }
      case ExprKind::IfExp: expr(e->as<IfExp>().test); expr(e->as<IfExp>().body); expr(e->as<IfExp>().orelse); break;
      case ExprKind::Dict: exprs(e->as<ast::Dict>().keys); exprs(e->as<ast::Dict>().values); break;
      case ExprKind::Set: exprs(e->as<ast::Set>().elts); break;
      case ExprKind::ListComp: comprehension(e, e->as<ListComp>().generators, e->as<ListComp>().elt, nullptr, false); break;
      case ExprKind::SetComp: comprehension(e, e->as<SetComp>().generators, e->as<SetComp>().elt, nullptr, false); break;
      case ExprKind::DictComp: comprehension(e, e->as<DictComp>().generators, e->as<DictComp>().key, e->as<DictComp>().value, false); break;
      case ExprKind::GeneratorExp: comprehension(e, e->as<GeneratorExp>().generators, e->as<GeneratorExp>().elt, nullptr, true); break;
      case ExprKind::Await:
        expr(e->as<Await>().value);
        if (cur->kind == Scope::Comprehension) cur->coroutine = true;  // an awaiting comprehension is a coroutine
        break;
      case ExprKind::Yield:
        cur->generator = true;
        if (e->as<Yield>().value) expr(e->as<Yield>().value);
        break;
      case ExprKind::YieldFrom: cur->generator = true; expr(e->as<YieldFrom>().value); break;
      case ExprKind::Compare: expr(e->as<Compare>().left); exprs(e->as<Compare>().comparators); break;
      case ExprKind::Call:
        expr(e->as<Call>().func);
        exprs(e->as<Call>().args);
        for (Keyword* k : e->as<Call>().keywords) expr(k->value);
        break;
      case ExprKind::FormattedValue:
        expr(e->as<FormattedValue>().value);
        if (e->as<FormattedValue>().format_spec) expr(e->as<FormattedValue>().format_spec);
        break;
      case ExprKind::JoinedStr: exprs(e->as<JoinedStr>().values); break;
      case ExprKind::Constant: break;
      case ExprKind::Attribute: expr(e->as<Attribute>().value); break;
      case ExprKind::Subscript: expr(e->as<Subscript>().value); expr(e->as<Subscript>().slice); break;
      case ExprKind::Starred: expr(e->as<Starred>().value); break;
      case ExprKind::Name: {
        auto& n = e->as<Name>();
        if (n.ctx == Ctx::Load) {
          use(n.id);
          // super() and __class__ need the enclosing class's __class__ cell.
          if ((n.id == "super" || n.id == "__class__") && cur->is_function()) use_class_cell();
        } else {
          def(n.id, e->lineno);
          if (cur->kind == Scope::Comprehension && in_comp_target) cur->flags[n.id] |= kSymCompIter;
        }
        break;
      }
      case ExprKind::List: exprs(e->as<ast::List>().elts); break;
      case ExprKind::Tuple: exprs(e->as<ast::Tuple>().elts); break;
      case ExprKind::Slice:
        if (e->as<ast::Slice>().lower) expr(e->as<ast::Slice>().lower);
        if (e->as<ast::Slice>().upper) expr(e->as<ast::Slice>().upper);
        if (e->as<ast::Slice>().step) expr(e->as<ast::Slice>().step);
        break;
    }
  }

  void use_class_cell() {
    Scope* s = cur;
    while (s && s->kind != Scope::Class) {
      if (s->kind == Scope::Function || s->kind == Scope::Lambda || s->kind == Scope::Comprehension)
        s->add("__class__", kSymUse);
      s = s->parent;
    }
    if (s) s->needs_class_cell = true;
  }

  bool in_comp_target = false;
  std::unordered_map<Scope*, std::vector<std::pair<std::string_view, const Stmt*>>> nonlocal_lines = {};

  // Pass 2. `bound`: names bound in enclosing function scopes. Returns the free names of s.
  std::unordered_set<std::string_view> analyze(Scope* s, const std::unordered_set<std::string_view>& bound) {
    for (std::string_view n : s->order) {
      int f = s->flags[n];
      SymScope r;
      if (f & kSymGlobal) r = SymScope::GlobalExplicit;
      else if (f & kSymNonlocal) {
        if (!bound.count(n)) {
          const Stmt* where = nullptr;
          for (auto& [nm, st] : nonlocal_lines[s]) if (nm == n) where = st;
          if (s->kind != Scope::Comprehension) {
            fail("no binding for nonlocal '" + std::string(n) + "' found", *where);
          }
        }
        r = SymScope::Free;
      } else if (f & (kSymLocal | kSymParam)) r = SymScope::Local;
      else if (bound.count(n) && s->kind != Scope::Module) r = SymScope::Free;
      else r = SymScope::GlobalImplicit;
      s->resolved[n] = r;
    }
    std::unordered_set<std::string_view> child_bound = bound;
    if (s->is_function()) {
      for (auto& [n, r] : s->resolved)
        if (r == SymScope::Local) child_bound.insert(n);
    } else if (s->kind == Scope::Class && s->needs_class_cell) {
      child_bound.insert("__class__");
    }
    std::unordered_set<std::string_view> free;
    for (auto& c : s->children) {
      for (std::string_view n : analyze(c.get(), child_bound)) {
        if (s->kind == Scope::Class && n == "__class__") continue;  // the class cell
        auto it = s->resolved.find(n);
        if (it == s->resolved.end()) {
          s->order.push_back(n);
          s->flags[n] = 0;
          s->resolved[n] = SymScope::Free;
          free.insert(n);
        } else if (it->second == SymScope::Local && s->is_function()) {
          it->second = SymScope::Cell;
        } else if (it->second == SymScope::Local || it->second == SymScope::GlobalImplicit) {
          // A class body binding the name itself still passes the outer cell through to
          // its methods (CPython's DEF_FREE_CLASS).
          if (it->second == SymScope::GlobalImplicit) it->second = SymScope::Free;
          else s->class_free.push_back(n);
          free.insert(n);
        }
      }
    }
    for (auto& [n, r] : s->resolved)
      if (r == SymScope::Free) free.insert(n);
    return free;
  }
};

bool SymbolTable::build(const Mod* mod) {
  SymVisitor v{*this};
  v.push(Scope::Module, "<module>", mod);
  v.stmts(mod->body);
  if (mod->expr) v.expr(mod->expr);
  v.pop();
  if (v.failed) return false;
  v.analyze(top_.get(), {});
  return !v.failed;
}

}  // namespace py
