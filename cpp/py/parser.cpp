#include "py/parser.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "py/parser_impl.hpp"

namespace py {
namespace detail {

using namespace ast;

Parser::Parser(std::string_view src, Arena& arena, Lexer lexer, SourceKind kind)
    : src_(src), arena_(arena), lexer_(std::move(lexer)), source_kind_(kind) {}

Parser::DepthGuard::DepthGuard(Parser& parser) : p(parser), ok(++parser.depth_ <= kMaxDepth) {
  if (!ok) p.too_deep();
}

std::nullptr_t Parser::too_deep() {
  if (failed_) return nullptr;
  const Token& t = tok();
  error("maximum recursion depth exceeded during compilation", {t.line, t.col}, {t.end_line, t.end_col},
        SyntaxError::Recursion);
  return nullptr;
}

// ---------------------------------------------------------------------------------------
// Tokens and errors

const Token& Parser::peek(size_t k) {
  if (pos_ + k < toks_.size()) return toks_[pos_ + k];
  while (toks_.size() <= pos_ + k) {
    if (!toks_.empty() && (toks_.back().kind == Tok::EndMarker || toks_.back().kind == Tok::Error)) return toks_.back();
    toks_.push_back(lexer_.next());
    if (toks_.back().kind == Tok::Error && !lexer_failed_) {
      // A tokenizer error ends the parse at once, whatever the parser was doing.
      lexer_failed_ = true;
      failed_ = true;
      diag_ = lexer_.diag();
    }
  }
  return toks_[pos_ + k];
}

const Token& Parser::advance() {
  const Token& t = peek(0);
  if (t.kind != Tok::EndMarker && t.kind != Tok::Error) ++pos_;
  return t;
}

bool Parser::accept(Tok k) {
  if (kind() != k) return false;
  advance();
  return true;
}

bool Parser::expect(Tok k) {
  if (accept(k)) return true;
  invalid_syntax();
  return false;
}

std::nullptr_t Parser::error(std::string msg, Pos from, Pos to, SyntaxError::Kind kind) {
  if (failed_) return nullptr;
  failed_ = true;
  diag_ = Diag{};
  diag_.kind = kind;
  diag_.msg = std::move(msg);
  diag_.line = from.line;
  diag_.col = from.col;
  diag_.end_line = to.line;
  diag_.end_col = to.col;
  return nullptr;
}

// CPython reports errors "at a token"; INDENT, DEDENT and ENDMARKER carry no column
// there, so the column is taken from where its tokenizer stood (see _PyPegen_raise_error).
std::nullptr_t Parser::error_at(const Token& t, std::string msg) {
  if (failed_) return nullptr;
  if (t.kind == Tok::EndMarker && fstring_) return error(std::move(msg), {t.line, t.col}, {t.line, t.col + 1});
  if (t.kind == Tok::EndMarker || (t.kind == Tok::Dedent && t.text.data() == src_.data() + src_.size())) {
    // At the end: the last line, and an offset just past its newline.
    // At the end, CPython reports the last line, with offset 0 for a file (its tokenizer
    // has nothing left) and the line's length, newline included, for a string.
    int line = t.line > 1 ? t.line - 1 : 1;
    error(std::move(msg), {line, 0}, {line, 0});
    diag_.offset_is_raw = true;
    diag_.col = 0;
    if (source_kind_ == SourceKind::String) {
      size_t end = src_.size(), begin = end;
      if (begin > 0 && src_[begin - 1] == '\n') --begin;
      while (begin > 0 && src_[begin - 1] != '\n') --begin;
      diag_.col = utf8_chars(src_.substr(begin), end - begin);
    }
    diag_.end_col = Diag::kEndUnknown;
    return nullptr;
  }
  if (t.kind == Tok::Dedent || t.kind == Tok::Indent) {
    error(std::move(msg), {t.line, 0}, {t.line, 0});
    diag_.offset_is_raw = true;
    diag_.col = t.kind == Tok::Indent ? t.end_col : t.col;
    diag_.end_col = Diag::kEndUnknown;
    return nullptr;
  }
  return error(std::move(msg), {t.line, t.col}, {t.end_line, t.end_col});
}

std::nullptr_t Parser::error_range(const Located& a, const Located& b, std::string msg) {
  return error(std::move(msg), {a.lineno, a.col_offset}, {b.end_lineno, b.end_col_offset});
}

std::nullptr_t Parser::invalid_syntax() {
  if (failed_) return nullptr;
  const Token& t = tok();
  if (t.kind == Tok::Indent) {
    error_at(t, "unexpected indent");
    diag_.kind = SyntaxError::Indentation;
    final_ = true;
    return nullptr;
  }
  if (t.kind == Tok::Dedent) {
    error_at(t, "unexpected unindent");
    diag_.kind = SyntaxError::Indentation;
    final_ = true;
    return nullptr;
  }
  // CPython's invalid_named_expression: an element `name = value` inside brackets.
  if (t.kind == Tok::Equal && t.level > 0 && pos_ >= 2 && toks_[pos_ - 1].kind == Tok::Name) {
    Tok before = toks_[pos_ - 2].kind;
    if (before == Tok::LPar || before == Tok::LSqb || before == Tok::LBrace || before == Tok::Comma) {
      const Token& name = toks_[pos_ - 1];
      Mark m = mark();
      advance();
      Expr* b = bitwise(1);
      if (b && kind() != Tok::Equal && kind() != Tok::ColonEqual)
        return error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", {name.line, name.col},
                     {b->end_lineno, b->end_col_offset});
      if (!recover(m)) return nullptr;
    }
  }
  error_pos_ = pos_;
  error_at(t, "invalid syntax");
  return nullptr;
}

std::nullptr_t Parser::expected_colon() {
  if (tok().kind == Tok::Newline) return error_at(tok(), "expected ':'");
  return invalid_syntax();
}

std::nullptr_t Parser::indentation_expected(const char* what, int line) {
  if (failed_) return nullptr;
  error_at(tok(), std::string("expected an indented block after ") + what + " on line " + std::to_string(line));
  diag_.kind = SyntaxError::Indentation;
  return nullptr;
}

bool Parser::recover(Mark m) {
  if (lexer_failed_) return false;
  failed_ = false;
  reset(m);
  return true;
}

// After a parser error CPython tokenizes the rest of the file: a tokenizer error found
// there (an unterminated string, an invalid character, ...) replaces the parser's.
void Parser::finish_error() {
  if (lexer_failed_ || final_) return;  // CPython does not look further after "unexpected indent"
  int furthest_line = toks_.empty() ? 0 : toks_.back().line;
  for (int more = 0;; ++more) {
    Token t = lexer_.next();
    if (t.kind == Tok::EndMarker) return;
    if (t.kind == Tok::Error) {
      const Diag& d = lexer_.diag();
      // A bracket never closed wins too when it was opened on a line before the last
      // one the parser read (CPython's second pass then runs into the end inside it).
      bool unclosed_before = !d.tokenizer_exception && d.msg.size() > 17 &&
                             d.msg.compare(d.msg.size() - 17, 17, " was never closed") == 0 &&
                             (d.line < furthest_line || more == 0 || opened_at_error(d));
      if (d.tokenizer_exception || unclosed_before) diag_ = d;
      return;
    }
  }
}

// For finish_error: is the never-closed bracket of `d` one CPython's second pass would
// have entered from the generic error? Either the bracket is the offending token, or it
// follows on the line where an expression directly follows another (`a b (`), which the
// missing-comma rule parses on into the end of the file.
bool Parser::opened_at_error(const Diag& d) {
  if (diag_.offset_is_raw || d.line != diag_.line || error_pos_ == 0 || error_pos_ >= toks_.size()) return false;
  if (d.col == diag_.col) return true;
  Tok prev = toks_[error_pos_ - 1].kind;
  bool prev_ends_expr = prev == Tok::Name || prev == Tok::Number || prev == Tok::String || prev == Tok::RPar ||
                        prev == Tok::RSqb || prev == Tok::RBrace || prev == Tok::KwNone || prev == Tok::KwTrue ||
                        prev == Tok::KwFalse;
  return d.col > diag_.col && prev_ends_expr && starts_expression(toks_[error_pos_].kind);
}

bool Parser::starts_expression(Tok k) {
  switch (k) {
    case Tok::Name: case Tok::Number: case Tok::String: case Tok::LPar: case Tok::LSqb: case Tok::LBrace:
    case Tok::Minus: case Tok::Plus: case Tok::Tilde: case Tok::KwNot: case Tok::KwLambda: case Tok::KwAwait:
    case Tok::KwNone: case Tok::KwTrue: case Tok::KwFalse: case Tok::Ellipsis: case Tok::Star:
      return true;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------
// Targets

const char* Parser::expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
      ConstKind k = e->as<Constant>().value_kind;
      return k == ConstKind::None ? "None" : k == ConstKind::True ? "True" : k == ConstKind::False ? "False"
           : k == ConstKind::Ellipsis ? "ellipsis" : "literal";
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

Expr* Parser::invalid_target(Expr* e, Ctx ctx) {
  switch (e->kind) {
    case ExprKind::Name: case ExprKind::Attribute: case ExprKind::Subscript: return nullptr;
    case ExprKind::Starred: return ctx == Ctx::Del ? e : invalid_target(e->as<Starred>().value, ctx);
    case ExprKind::Tuple: case ExprKind::List: {
      Seq<Expr*> elts = e->is<Tuple>() ? e->as<Tuple>().elts : e->as<List>().elts;
      for (Expr* x : elts)
        if (Expr* bad = invalid_target(x, ctx)) return bad;
      return nullptr;
    }
    default: return e;
  }
}

bool Parser::set_context(Expr* e, Ctx ctx) {
  if (Expr* bad = invalid_target(e, ctx)) {
    error_range(*bad, *bad, std::string(ctx == Ctx::Del ? "cannot delete " : "cannot assign to ") + expr_name(bad));
    return false;
  }
  struct Apply {
    static void to(Expr* e, Ctx ctx) {
      switch (e->kind) {
        case ExprKind::Name: e->as<Name>().ctx = ctx; break;
        case ExprKind::Attribute: e->as<Attribute>().ctx = ctx; break;
        case ExprKind::Subscript: e->as<Subscript>().ctx = ctx; break;
        case ExprKind::Starred: e->as<Starred>().ctx = ctx; to(e->as<Starred>().value, ctx); break;
        case ExprKind::Tuple: e->as<Tuple>().ctx = ctx; for (Expr* x : e->as<Tuple>().elts) to(x, ctx); break;
        case ExprKind::List: e->as<List>().ctx = ctx; for (Expr* x : e->as<List>().elts) to(x, ctx); break;
        default: break;
      }
    }
  };
  Apply::to(e, ctx);
  return true;
}

}  // namespace detail
}  // namespace py

namespace py {
namespace detail {

using namespace ast;

// ---------------------------------------------------------------------------------------
// Expressions

Expr* Parser::star_expressions() {
  Pos s = start();
  Expr* e = star_expression();
  if (!e || kind() != Tok::Comma) return e;
  std::vector<Expr*> elts{e};
  while (accept(Tok::Comma)) {
    if (!starts_expression(kind())) break;
    Expr* x = star_expression();
    if (!x) return nullptr;
    elts.push_back(x);
  }
  Tuple* t = node<Tuple>(s, prev_end());
  t->elts = seq(elts);
  return t;
}

Expr* Parser::star_expression() {
  if (kind() != Tok::Star) return expression();
  Pos s = start();
  advance();
  Expr* v = bitwise(1);
  if (!v) return nullptr;
  Starred* st = node<Starred>(s, prev_end());
  st->value = v;
  return st;
}

Expr* Parser::star_named_expression() {
  if (kind() != Tok::Star) return named_expression();
  return star_expression();
}

Expr* Parser::named_expression() {
  if (kind() == Tok::Name && kind(1) == Tok::ColonEqual) {
    Pos s = start();
    const Token& n = advance();
    Name* target = node<Name>(s, {n.end_line, n.end_col});
    target->id = n.text;
    target->ctx = Ctx::Store;
    advance();
    Expr* v = expression();
    if (!v) return nullptr;
    NamedExpr* e = node<NamedExpr>(s, prev_end());
    e->target = target;
    e->value = v;
    return e;
  }
  Expr* e = expression();
  if (e && kind() == Tok::ColonEqual)
    return error_range(*e, *e, std::string("cannot use assignment expressions with ") + expr_name(e));
  return e;
}

Expr* Parser::expression() {
  DepthGuard guard(*this);
  if (!guard.ok) return nullptr;
  if (kind() == Tok::KwLambda) return lambdef();
  Pos s = start();
  Expr* body = disjunction();
  if (!body || kind() != Tok::KwIf) return body;
  advance();
  Expr* test = disjunction();
  if (!test) return nullptr;
  if (!accept(Tok::KwElse)) {
    if (kind() == Tok::Colon) return invalid_syntax();
    return error_range(*body, *test, "expected 'else' after 'if' expression");
  }
  Expr* orelse = expression();
  if (!orelse) return nullptr;
  IfExp* e = node<IfExp>(s, prev_end());
  e->test = test, e->body = body, e->orelse = orelse;
  return e;
}

Expr* Parser::yield_expr() {
  Pos s = start();
  advance();
  if (accept(Tok::KwFrom)) {
    Expr* v = expression();
    if (!v) return nullptr;
    YieldFrom* y = node<YieldFrom>(s, prev_end());
    y->value = v;
    return y;
  }
  Expr* v = nullptr;
  if (starts_expression(kind())) {
    v = star_expressions();
    if (!v) return nullptr;
  }
  Yield* y = node<Yield>(s, prev_end());
  y->value = v;
  return y;
}

Expr* Parser::lambdef() {
  Pos s = start();
  advance();
  Arguments* args = parameters(Tok::Colon, false);
  if (!args) return nullptr;
  if (!expect(Tok::Colon)) return nullptr;
  Expr* body = expression();
  if (!body) return nullptr;
  Lambda* l = node<Lambda>(s, prev_end());
  l->args = args;
  l->body = body;
  return l;
}

Expr* Parser::disjunction() {
  Pos s = start();
  Expr* e = conjunction();
  if (!e || kind() != Tok::KwOr) return e;
  std::vector<Expr*> values{e};
  while (accept(Tok::KwOr)) {
    Expr* x = conjunction();
    if (!x) return nullptr;
    values.push_back(x);
  }
  BoolOp* b = node<BoolOp>(s, prev_end());
  b->op = BoolOperator::Or;
  b->values = seq(values);
  return b;
}

Expr* Parser::conjunction() {
  Pos s = start();
  Expr* e = inversion();
  if (!e || kind() != Tok::KwAnd) return e;
  std::vector<Expr*> values{e};
  while (accept(Tok::KwAnd)) {
    Expr* x = inversion();
    if (!x) return nullptr;
    values.push_back(x);
  }
  BoolOp* b = node<BoolOp>(s, prev_end());
  b->op = BoolOperator::And;
  b->values = seq(values);
  return b;
}

Expr* Parser::inversion() {
  if (kind() != Tok::KwNot) return comparison();
  DepthGuard guard(*this);
  if (!guard.ok) return nullptr;
  Pos s = start();
  advance();
  Expr* operand = inversion();
  if (!operand) return nullptr;
  UnaryOp* u = node<UnaryOp>(s, prev_end());
  u->op = UnaryOperator::Not;
  u->operand = operand;
  return u;
}

Expr* Parser::comparison() {
  Pos s = start();
  Expr* left = bitwise(1);
  if (!left) return nullptr;
  std::vector<CmpOp> ops;
  std::vector<Expr*> comparators;
  for (;;) {
    CmpOp op;
    switch (kind()) {
      case Tok::EqEqual: op = CmpOp::Eq; break;
      case Tok::NotEqual:
        if (tok().text == "<>") return invalid_syntax();  // only under `from __future__ import barry_as_FLUFL`
        op = CmpOp::NotEq;
        break;
      case Tok::Less: op = CmpOp::Lt; break;
      case Tok::LessEqual: op = CmpOp::LtE; break;
      case Tok::Greater: op = CmpOp::Gt; break;
      case Tok::GreaterEqual: op = CmpOp::GtE; break;
      case Tok::KwIn: op = CmpOp::In; break;
      case Tok::KwIs: op = kind(1) == Tok::KwNot ? CmpOp::IsNot : CmpOp::Is; break;
      case Tok::KwNot:
        if (kind(1) != Tok::KwIn) goto done;
        op = CmpOp::NotIn;
        break;
      default: goto done;
    }
    advance();
    if (op == CmpOp::IsNot || op == CmpOp::NotIn) advance();
    {
      Expr* right = bitwise(1);
      if (!right) return nullptr;
      ops.push_back(op);
      comparators.push_back(right);
    }
  }
done:
  if (ops.empty()) return left;
  Compare* c = node<Compare>(s, prev_end());
  c->left = left;
  c->ops = seq(ops);
  c->comparators = seq(comparators);
  return c;
}

namespace {
int binary_precedence(Tok k, BinOperator& op) {
  switch (k) {
    case Tok::VBar: op = BinOperator::BitOr; return 1;
    case Tok::Circumflex: op = BinOperator::BitXor; return 2;
    case Tok::Amper: op = BinOperator::BitAnd; return 3;
    case Tok::LeftShift: op = BinOperator::LShift; return 4;
    case Tok::RightShift: op = BinOperator::RShift; return 4;
    case Tok::Plus: op = BinOperator::Add; return 5;
    case Tok::Minus: op = BinOperator::Sub; return 5;
    case Tok::Star: op = BinOperator::Mult; return 6;
    case Tok::Slash: op = BinOperator::Div; return 6;
    case Tok::DoubleSlash: op = BinOperator::FloorDiv; return 6;
    case Tok::Percent: op = BinOperator::Mod; return 6;
    case Tok::At: op = BinOperator::MatMult; return 6;
    default: return 0;
  }
}
}  // namespace

// Binary operators from '|' (precedence 1) to '* / // % @' (6), left-associative, by
// precedence climbing. A long chain nests to the left, so its length counts as depth.
Expr* Parser::bitwise(int min_prec) {
  Pos s = start();
  Expr* left = factor();
  if (!left) return nullptr;
  int chain = 0;
  for (;;) {
    BinOperator op;
    int prec = binary_precedence(kind(), op);
    if (prec == 0 || prec < min_prec) break;
    if (depth_ + ++chain > kMaxDepth) return too_deep();
    advance();
    Expr* right = prec == 6 ? factor() : bitwise(prec + 1);
    if (!right) return nullptr;
    BinOp* b = node<BinOp>(s, prev_end());
    b->left = left, b->op = op, b->right = right;
    left = b;
  }
  return left;
}

Expr* Parser::factor() {
  UnaryOperator op;
  switch (kind()) {
    case Tok::Plus: op = UnaryOperator::UAdd; break;
    case Tok::Minus: op = UnaryOperator::USub; break;
    case Tok::Tilde: op = UnaryOperator::Invert; break;
    default: return power();
  }
  DepthGuard guard(*this);
  if (!guard.ok) return nullptr;
  Pos s = start();
  advance();
  Expr* operand = factor();
  if (!operand) return nullptr;
  UnaryOp* u = node<UnaryOp>(s, prev_end());
  u->op = op;
  u->operand = operand;
  return u;
}

Expr* Parser::power() {
  Pos s = start();
  Expr* e;
  if (kind() == Tok::KwAwait) {
    advance();
    Expr* v = primary();
    if (!v) return nullptr;
    Await* a = node<Await>(s, prev_end());
    a->value = v;
    e = a;
  } else {
    e = primary();
  }
  if (!e || kind() != Tok::DoubleStar) return e;
  advance();
  Expr* right = factor();
  if (!right) return nullptr;
  BinOp* b = node<BinOp>(s, prev_end());
  b->left = e, b->op = BinOperator::Pow, b->right = right;
  return b;
}

Expr* Parser::primary() {
  Pos s = start();
  Expr* e = atom();
  int chain = 0;
  while (e) {
    Tok k = kind();
    if (k != Tok::Dot && k != Tok::LPar && k != Tok::LSqb) break;
    if (depth_ + ++chain > kMaxDepth) return too_deep();
    if (k == Tok::Dot) {
      advance();
      if (kind() != Tok::Name) return invalid_syntax();
      const Token& n = advance();
      Attribute* a = node<Attribute>(s, {n.end_line, n.end_col});
      a->value = e;
      a->attr = n.text;
      e = a;
    } else if (k == Tok::LPar) {
      e = call(e, s);
    } else {
      advance();
      Expr* sl = slices();
      if (!sl) return nullptr;
      if (!accept(Tok::RSqb)) {
        if (!check_forgot_comma(sl)) return nullptr;
        return invalid_syntax();
      }
      Subscript* sub = node<Subscript>(s, prev_end());
      sub->value = e;
      sub->slice = sl;
      e = sub;
    }
  }
  return e;
}

Expr* Parser::slices() {
  Pos s = start();
  Expr* first = slice();
  if (!first) return nullptr;
  if (kind() != Tok::Comma && !first->is<Starred>()) return first;  // a[*b] is a[(*b,)]
  std::vector<Expr*> elts{first};
  while (accept(Tok::Comma)) {
    if (kind() == Tok::RSqb) break;
    Expr* x = slice();
    if (!x) return nullptr;
    elts.push_back(x);
  }
  Tuple* t = node<Tuple>(s, prev_end());
  t->elts = seq(elts);
  return t;
}

Expr* Parser::slice() {
  Pos s = start();
  Expr* lower = nullptr;
  if (kind() != Tok::Colon) {
    lower = kind() == Tok::Star ? star_expression() : named_expression();
    if (!lower || kind() != Tok::Colon) return lower;
  }
  advance();
  Expr* upper = nullptr;
  Expr* step = nullptr;
  if (kind() != Tok::Colon && kind() != Tok::Comma && kind() != Tok::RSqb) {
    if (!(upper = expression())) return nullptr;
  }
  if (accept(Tok::Colon) && kind() != Tok::Comma && kind() != Tok::RSqb) {
    if (!(step = expression())) return nullptr;
  }
  Slice* sl = node<Slice>(s, prev_end());
  sl->lower = lower, sl->upper = upper, sl->step = step;
  return sl;
}

// The arguments of a call (or of a class definition); s is where the callee starts,
// its parentheses included.
Expr* Parser::call(Expr* func, Pos s, bool class_bases) {
  Pos open = start();
  advance();
  std::vector<Expr*> args;
  std::vector<Keyword*> keywords;
  bool saw_kwunpack = false, saw_keyword = false;
  // CPython reports a positional argument after keywords once all arguments are read,
  // at the token that ends them.
  const char* misplaced = nullptr;
  while (kind() != Tok::RPar) {
    Pos as = start();
    Expr* last = nullptr;
    if (kind() == Tok::Star) {  // '*' expression, looser than a display's '*' bitwise_or
      if (saw_kwunpack) return error_at(tok(), "iterable argument unpacking follows keyword argument unpacking");
      advance();
      Expr* v = expression();
      if (!v) return nullptr;
      Starred* st = node<Starred>(as, prev_end());
      st->value = v;
      args.push_back(st);
      last = st;
    } else if (kind() == Tok::DoubleStar) {
      advance();
      Expr* v = expression();
      if (!v) return nullptr;
      Keyword* kw = located<Keyword>(as, prev_end());
      kw->value = v;
      keywords.push_back(kw);
      saw_kwunpack = true;
      last = v;
    } else if (kind() == Tok::Name && kind(1) == Tok::Equal) {
      const Token& n = advance();
      const Token& eq = advance();
      Expr* v = expression();
      if (!v) return nullptr;
      if (kind() == Tok::KwFor || (kind() == Tok::KwAsync && kind(1) == Tok::KwFor))
        return error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", as, {eq.end_line, eq.end_col});
      Keyword* kw = located<Keyword>(as, prev_end());
      kw->arg = n.text;
      kw->value = v;
      keywords.push_back(kw);
      saw_keyword = true;
      last = v;
    } else {
      Expr* e = named_expression();
      if (!e) return nullptr;
      if (kind() == Tok::KwFor || (kind() == Tok::KwAsync && kind(1) == Tok::KwFor)) {
        if (class_bases) return invalid_syntax();
        std::vector<Comprehension*> gens;
        if (!comprehension_clauses(gens)) return nullptr;
        bool alone = args.empty() && keywords.empty() && kind() == Tok::RPar;
        GeneratorExp* g = node<GeneratorExp>(alone ? open : as, alone ? Pos{tok().end_line, tok().end_col} : prev_end());
        g->elt = e;
        g->generators = seq(gens);
        if (!alone) return error_range(*g, *g, "Generator expression must be parenthesized");
        e = g;
      } else if (kind() == Tok::Equal) {
        const Token& eq = tok();
        return error(R"(expression cannot contain assignment, perhaps you meant "=="?)", as, {eq.end_line, eq.end_col});
      }
      if (!misplaced && saw_kwunpack) misplaced = "positional argument follows keyword argument unpacking";
      if (!misplaced && saw_keyword) misplaced = "positional argument follows keyword argument";
      args.push_back(e);
      last = e;
    }
    if (accept(Tok::Comma)) continue;
    if (kind() == Tok::RPar) break;
    if (!check_forgot_comma(last)) return nullptr;
    return invalid_syntax();
  }
  if (misplaced) return error_at(tok(), misplaced);
  advance();
  Call* c = node<Call>(s, prev_end());
  c->func = func;
  c->args = seq(args);
  c->keywords = seq(keywords);
  return c;
}

// CPython's invalid_expression rule: inside brackets, an expression directly followed by
// another one is most likely a missing comma. Returns false when it reported that.
bool Parser::check_forgot_comma(Expr* last) {
  if (failed_ || !last || !starts_expression(kind()) || kind() == Tok::Star) return true;
  if (last->is<Name>() && kind() == Tok::String) return true;
  // Nor when the expression starts with a soft keyword; CPython 3.11 compares only the
  // name's length, so any prefix of "match" or "case" (and "_") counts as one.
  Expr* first = last;
  for (;;) {
    if (first->is<BinOp>()) first = first->as<BinOp>().left;
    else if (first->is<Attribute>()) first = first->as<Attribute>().value;
    else if (first->is<Call>()) first = first->as<Call>().func;
    else if (first->is<Subscript>()) first = first->as<Subscript>().value;
    else if (first->is<Compare>()) first = first->as<Compare>().left;
    else if (first->is<BoolOp>()) first = first->as<BoolOp>().values[0];
    else if (first->is<IfExp>()) first = first->as<IfExp>().body;
    else break;
  }
  if (first->is<Name>() && first->col_offset == last->col_offset && first->lineno == last->lineno) {
    std::string_view id = first->as<Name>().id;
    if (std::string_view("match").substr(0, id.size()) == id || std::string_view("case").substr(0, id.size()) == id ||
        id == "_")
      return true;
  }
  // The error spans the innermost expression that ends where `last` ends.
  Expr* a = last;
  for (;;) {
    if (a->is<IfExp>()) a = a->as<IfExp>().orelse;
    else if (a->is<Lambda>()) a = a->as<Lambda>().body;
    else if (a->is<NamedExpr>()) a = a->as<NamedExpr>().value;
    else break;
  }
  Mark m = mark();
  Expr* b = expression();
  if (!b && recover(m)) b = atom();  // PEG backtracking keeps the longest prefix that parses
  if (!b || toks_[pos_ - 1].level == 0) {  // only inside brackets
    recover(m);
    return !failed_;
  }
  error_range(*a, *b, "invalid syntax. Perhaps you forgot a comma?");
  return false;
}

// Comma-separated elements after `first` up to `close`, which is consumed.
bool Parser::elements_then(Tok close, std::vector<Expr*>& elts, Expr* first) {
  elts.push_back(first);
  Expr* last = first;
  while (accept(Tok::Comma)) {
    if (kind() == close) break;
    Expr* x = star_named_expression();
    if (!x) return false;
    elts.push_back(x);
    last = x;
  }
  if (accept(close)) return true;
  if (check_forgot_comma(last)) invalid_syntax();
  return false;
}

bool Parser::comprehension_clauses(std::vector<Comprehension*>& out) {
  while (kind() == Tok::KwFor || (kind() == Tok::KwAsync && kind(1) == Tok::KwFor)) {
    Comprehension* c = arena_.make<Comprehension>();
    c->is_async = accept(Tok::KwAsync);
    advance();
    Expr* target = star_targets();
    if (!target) return false;
    if (!set_context(target, Ctx::Store)) return false;
    if (!accept(Tok::KwIn)) {
      Expr* last = target->is<Tuple>() ? target->as<Tuple>().elts[target->as<Tuple>().elts.size() - 1] : target;
      if (check_forgot_comma(last)) invalid_syntax();
      return false;
    }
    Expr* iter = disjunction();
    if (!iter) return false;
    std::vector<Expr*> ifs;
    while (accept(Tok::KwIf)) {
      Expr* cond = disjunction();
      if (!cond) return false;
      ifs.push_back(cond);
    }
    c->target = target;
    c->iter = iter;
    c->ifs = seq(ifs);
    out.push_back(c);
  }
  return true;
}

Expr* Parser::star_targets() {
  Pos s = start();
  Expr* first = star_target();
  if (!first || kind() != Tok::Comma) return first;
  std::vector<Expr*> elts{first};
  while (accept(Tok::Comma)) {
    if (kind() != Tok::Star && !starts_expression(kind())) break;
    Expr* x = star_target();
    if (!x) return nullptr;
    elts.push_back(x);
  }
  Tuple* t = node<Tuple>(s, prev_end());
  t->elts = seq(elts);
  return t;
}

Expr* Parser::star_target() {
  if (kind() != Tok::Star) return primary();
  DepthGuard guard(*this);
  if (!guard.ok) return nullptr;
  Pos s = start();
  advance();
  Expr* v = star_target();
  if (!v) return nullptr;
  Starred* st = node<Starred>(s, prev_end());
  st->value = v;
  return st;
}

Expr* Parser::atom() {
  const Token& t = tok();
  Pos s{t.line, t.col}, e{t.end_line, t.end_col};
  switch (t.kind) {
    case Tok::Name: {
      advance();
      Name* n = node<Name>(s, e);
      n->id = t.text;
      return n;
    }
    case Tok::KwNone: case Tok::KwTrue: case Tok::KwFalse: case Tok::Ellipsis: {
      advance();
      Constant* c = node<Constant>(s, e);
      c->value_kind = t.kind == Tok::KwNone ? ConstKind::None : t.kind == Tok::KwTrue ? ConstKind::True
                    : t.kind == Tok::KwFalse ? ConstKind::False : ConstKind::Ellipsis;
      return c;
    }
    case Tok::Number: advance(); return number(t);
    case Tok::String: return strings();
    case Tok::LPar: return paren_atom();
    case Tok::LSqb: return list_atom();
    case Tok::LBrace: return brace_atom();
    default: return invalid_syntax();
  }
}

Expr* Parser::paren_atom() {
  Pos s = start();
  advance();
  if (accept(Tok::RPar)) return node<Tuple>(s, prev_end());
  if (kind() == Tok::KwYield) {
    Expr* y = yield_expr();
    if (!y) return nullptr;
    if (!accept(Tok::RPar)) return invalid_syntax();
    return y;
  }
  Expr* first = star_named_expression();
  if (!first) return nullptr;
  if (kind() == Tok::KwFor || (kind() == Tok::KwAsync && kind(1) == Tok::KwFor)) {
    if (first->is<Starred>()) return invalid_syntax();
    std::vector<Comprehension*> gens;
    if (!comprehension_clauses(gens)) return nullptr;
    if (!accept(Tok::RPar)) {
      if (check_forgot_comma(first)) invalid_syntax();
      return nullptr;
    }
    GeneratorExp* g = node<GeneratorExp>(s, prev_end());
    g->elt = first;
    g->generators = seq(gens);
    return g;
  }
  if (accept(Tok::RPar)) {
    if (first->is<Starred>()) return error_range(*first, *first, "cannot use starred expression here");
    return first;
  }
  if (kind() != Tok::Comma) {
    if (check_forgot_comma(first)) invalid_syntax();
    return nullptr;
  }
  std::vector<Expr*> elts;
  if (!elements_then(Tok::RPar, elts, first)) return nullptr;
  Tuple* t = node<Tuple>(s, prev_end());
  t->elts = seq(elts);
  return t;
}

Expr* Parser::list_atom() {
  Pos s = start();
  advance();
  if (accept(Tok::RSqb)) return node<List>(s, prev_end());
  Expr* first = star_named_expression();
  if (!first) return nullptr;
  if (kind() == Tok::KwFor || (kind() == Tok::KwAsync && kind(1) == Tok::KwFor)) {
    if (first->is<Starred>()) return invalid_syntax();
    std::vector<Comprehension*> gens;
    if (!comprehension_clauses(gens)) return nullptr;
    if (!accept(Tok::RSqb)) return invalid_syntax();
    ListComp* c = node<ListComp>(s, prev_end());
    c->elt = first;
    c->generators = seq(gens);
    return c;
  }
  std::vector<Expr*> elts;
  if (!elements_then(Tok::RSqb, elts, first)) return nullptr;
  List* l = node<List>(s, prev_end());
  l->elts = seq(elts);
  return l;
}

// At '*' after `key:` in a dict display.
std::nullptr_t Parser::starred_dict_value() {
  Pos s = start();
  advance();
  Expr* v = bitwise(1);
  if (!v) return nullptr;
  return error("cannot use a starred expression in a dictionary value", s, prev_end());
}

Expr* Parser::brace_atom() {
  Pos s = start();
  advance();
  if (accept(Tok::RBrace)) return node<Dict>(s, prev_end());
  std::vector<Expr*> keys, values;
  Expr* first = nullptr;
  if (kind() == Tok::DoubleStar) {
    advance();
    Expr* v = bitwise(1);
    if (!v) return nullptr;
    keys.push_back(nullptr);
    values.push_back(v);
  } else {
    first = star_named_expression();
    if (!first) return nullptr;
    if (kind() == Tok::Colon && !first->is<Starred>()) {
      if (kind(1) == Tok::RBrace || kind(1) == Tok::Comma) return error_at(tok(), "expression expected after dictionary key and ':'");
      if (kind(1) == Tok::Star) {
        advance();
        return starred_dict_value();
      }
      advance();
      Expr* v = expression();
      if (!v) return nullptr;
      if (kind() == Tok::KwFor || (kind() == Tok::KwAsync && kind(1) == Tok::KwFor)) {
        std::vector<Comprehension*> gens;
        if (!comprehension_clauses(gens)) return nullptr;
        if (!accept(Tok::RBrace)) return invalid_syntax();
        DictComp* c = node<DictComp>(s, prev_end());
        c->key = first, c->value = v, c->generators = seq(gens);
        return c;
      }
      keys.push_back(first);
      values.push_back(v);
    } else {
      // A set display or comprehension.
      if (kind() == Tok::KwFor || (kind() == Tok::KwAsync && kind(1) == Tok::KwFor)) {
        if (first->is<Starred>()) return invalid_syntax();
        std::vector<Comprehension*> gens;
        if (!comprehension_clauses(gens)) return nullptr;
        if (!accept(Tok::RBrace)) return invalid_syntax();
        SetComp* c = node<SetComp>(s, prev_end());
        c->elt = first, c->generators = seq(gens);
        return c;
      }
      std::vector<Expr*> elts;
      if (!elements_then(Tok::RBrace, elts, first)) return nullptr;
      Set* st = node<Set>(s, prev_end());
      st->elts = seq(elts);
      return st;
    }
  }
  Expr* last = values.back();
  while (accept(Tok::Comma)) {
    if (kind() == Tok::RBrace) break;
    if (accept(Tok::DoubleStar)) {
      Expr* v = bitwise(1);
      if (!v) return nullptr;
      keys.push_back(nullptr);
      values.push_back(v);
      last = v;
      continue;
    }
    Expr* k = expression();
    if (!k) return nullptr;
    if (!accept(Tok::Colon)) {
      // CPython points at the key's last character.
      error(R"(':' expected after dictionary key)", {k->end_lineno, k->end_col_offset - 1}, {k->end_lineno, 0});
      diag_.end_col = Diag::kNoEnd;
      return nullptr;
    }
    if (kind() == Tok::RBrace || kind() == Tok::Comma) return error_at(toks_[pos_ - 1], "expression expected after dictionary key and ':'");
    if (kind() == Tok::Star) return starred_dict_value();
    Expr* v = expression();
    if (!v) return nullptr;
    keys.push_back(k);
    values.push_back(v);
    last = v;
  }
  if (!accept(Tok::RBrace)) {
    if (check_forgot_comma(last)) invalid_syntax();
    return nullptr;
  }
  Dict* d = node<Dict>(s, prev_end());
  d->keys = seq(keys);
  d->values = seq(values);
  return d;
}

}  // namespace detail
}  // namespace py

namespace py {
namespace detail {

using namespace ast;

// ---------------------------------------------------------------------------------------
// Statements


Mod* Parser::file() {
  std::vector<Stmt*> body;
  while (kind() != Tok::EndMarker) {
    if (!statement(body)) {
      if (!failed_) invalid_syntax();
      finish_error();
      return nullptr;
    }
  }
  if (failed_) {
    finish_error();
    return nullptr;
  }
  Mod* m = arena_.make<Mod>();
  m->kind = ModKind::Module;
  m->body = seq(body);
  return m;
}

Mod* Parser::eval() {
  while (kind() == Tok::Newline) advance();
  Expr* e = star_expressions();
  if (e) {
    while (kind() == Tok::Newline) advance();
    if (kind() != Tok::EndMarker) {
      if (!check_forgot_comma(e)) e = nullptr;
      else e = invalid_syntax();
    }
  }
  if (!e || failed_) {
    finish_error();
    return nullptr;
  }
  Mod* m = arena_.make<Mod>();
  m->kind = ModKind::Expression;
  m->expr = e;
  return m;
}

Mod* Parser::single() {
  std::vector<Stmt*> body;
  while (kind() == Tok::Newline) advance();
  if (kind() != Tok::EndMarker && statement(body)) {
    while (kind() == Tok::Newline) advance();
    if (kind() != Tok::EndMarker) invalid_syntax();
  }
  if (failed_) {
    finish_error();
    return nullptr;
  }
  Mod* m = arena_.make<Mod>();
  m->kind = ModKind::Interactive;
  m->body = seq(body);
  return m;
}

Expr* Parser::fstring_expression() {
  Expr* e = kind() == Tok::KwYield ? yield_expr() : star_expressions();
  if (e && kind() != Tok::EndMarker) {
    if (check_forgot_comma(e)) invalid_syntax();
    return nullptr;
  }
  return failed_ ? nullptr : e;
}

bool Parser::statement(std::vector<Stmt*>& out) {
  DepthGuard guard(*this);
  if (!guard.ok) return false;
  switch (kind()) {
    case Tok::KwIf: case Tok::KwWhile: case Tok::KwFor: case Tok::KwTry: case Tok::KwWith:
    case Tok::KwDef: case Tok::KwClass: case Tok::At: case Tok::KwAsync: {
      Stmt* s = compound_stmt();
      if (!s) return false;
      out.push_back(s);
      return true;
    }
    case Tok::Name:
      if (tok().text == "match") {
        Mark m = mark();
        Stmt* s = match_stmt();
        if (s) {
          out.push_back(s);
          return true;
        }
        if (failed_) return false;
        reset(m);
      }
      return simple_stmts(out);
    case Tok::Indent: case Tok::Dedent:
      invalid_syntax();
      return false;
    default:
      return simple_stmts(out);
  }
}

bool Parser::simple_stmts(std::vector<Stmt*>& out) {
  for (;;) {
    Stmt* s = simple_stmt();
    if (!s) return false;
    out.push_back(s);
    if (!accept(Tok::Semi)) break;
    if (kind() == Tok::Newline) break;
  }
  if (accept(Tok::Newline)) return true;
  invalid_syntax();
  return false;
}

Stmt* Parser::simple_stmt() {
  const Token& t = tok();
  Pos s{t.line, t.col}, e{t.end_line, t.end_col};
  switch (t.kind) {
    case Tok::KwPass: advance(); return node<Pass>(s, e);
    case Tok::KwBreak: advance(); return node<Break>(s, e);
    case Tok::KwContinue: advance(); return node<Continue>(s, e);
    case Tok::KwReturn: {
      advance();
      Expr* v = nullptr;
      if (starts_expression(kind()) && !(v = star_expressions())) return nullptr;
      Return* r = node<Return>(s, prev_end());
      r->value = v;
      return r;
    }
    case Tok::KwRaise: {
      advance();
      Expr* exc = nullptr;
      Expr* cause = nullptr;
      if (starts_expression(kind())) {
        if (!(exc = expression())) return nullptr;
        if (accept(Tok::KwFrom) && !(cause = expression())) return nullptr;
      }
      Raise* r = node<Raise>(s, prev_end());
      r->exc = exc, r->cause = cause;
      return r;
    }
    case Tok::KwGlobal: case Tok::KwNonlocal: {
      advance();
      std::vector<Identifier> names;
      do {
        if (kind() != Tok::Name) return invalid_syntax();
        names.push_back(advance().text);
      } while (accept(Tok::Comma));
      if (t.kind == Tok::KwGlobal) {
        Global* g = node<Global>(s, prev_end());
        g->names = seq(names);
        return g;
      }
      Nonlocal* n = node<Nonlocal>(s, prev_end());
      n->names = seq(names);
      return n;
    }
    case Tok::KwDel: {
      advance();
      std::vector<Expr*> targets;
      do {
        if (!starts_expression(kind())) break;
        Expr* x = star_expression();
        if (!x) return nullptr;
        if (!set_context(x, Ctx::Del)) return nullptr;
        targets.push_back(x);
      } while (accept(Tok::Comma));
      if (targets.empty()) return invalid_syntax();
      Delete* d = node<Delete>(s, prev_end());
      d->targets = seq(targets);
      return d;
    }
    case Tok::KwAssert: {
      advance();
      Expr* test = expression();
      if (!test) return nullptr;
      Expr* msg = nullptr;
      if (accept(Tok::Comma) && !(msg = expression())) return nullptr;
      Assert* a = node<Assert>(s, prev_end());
      a->test = test, a->msg = msg;
      return a;
    }
    case Tok::KwImport: return import_stmt();
    case Tok::KwFrom: return from_import_stmt();
    default: return expression_stmt();
  }
}

Stmt* Parser::import_stmt() {
  Pos s = start();
  advance();
  std::vector<Alias*> names;
  do {
    Pos as = start();
    if (kind() != Tok::Name) return invalid_syntax();
    Identifier name = advance().text;
    if (kind() == Tok::Dot) {  // rebuilt: `import a . b` is "a.b"
      std::string dotted(name);
      while (accept(Tok::Dot)) {
        if (kind() != Tok::Name) return invalid_syntax();
        dotted += '.';
        dotted += advance().text;
      }
      name = arena_.str(dotted);
    }
    Alias* a = located<Alias>(as, prev_end());
    a->name = name;
    if (accept(Tok::KwAs)) {
      if (kind() != Tok::Name) return invalid_syntax();
      a->asname = advance().text;
      a->end_lineno = prev_end().line, a->end_col_offset = prev_end().col;
    }
    names.push_back(a);
  } while (accept(Tok::Comma));
  Import* i = node<Import>(s, prev_end());
  i->names = seq(names);
  return i;
}

Stmt* Parser::from_import_stmt() {
  Pos s = start();
  advance();
  int level = 0;
  while (kind() == Tok::Dot || kind() == Tok::Ellipsis) level += advance().kind == Tok::Dot ? 1 : 3;
  Identifier module;
  if (kind() == Tok::Name) {
    std::string name(advance().text);
    while (accept(Tok::Dot)) {
      if (kind() != Tok::Name) return invalid_syntax();
      name += '.';
      name += advance().text;
    }
    module = arena_.str(name);
  } else if (level == 0) {
    return invalid_syntax();
  }
  if (!accept(Tok::KwImport)) return invalid_syntax();
  std::vector<Alias*> names;
  if (kind() == Tok::Star) {
    const Token& st = advance();
    Alias* a = located<Alias>({st.line, st.col}, {st.end_line, st.end_col});
    a->name = st.text;
    names.push_back(a);
  } else {
    bool paren = accept(Tok::LPar);
    for (;;) {
      if (kind() != Tok::Name) return invalid_syntax();
      const Token& n = advance();
      Alias* a = located<Alias>({n.line, n.col}, {n.end_line, n.end_col});
      a->name = n.text;
      if (accept(Tok::KwAs)) {
        if (kind() != Tok::Name) return invalid_syntax();
        a->asname = advance().text;
        a->end_lineno = prev_end().line, a->end_col_offset = prev_end().col;
      }
      names.push_back(a);
      if (!accept(Tok::Comma)) break;
      if (paren && kind() == Tok::RPar) break;
      if (!paren && kind() == Tok::Newline)
        return error_at(tok(), "trailing comma not allowed without surrounding parentheses");
    }
    if (paren && !expect(Tok::RPar)) return nullptr;
  }
  ImportFrom* f = node<ImportFrom>(s, prev_end());
  f->module = module;
  f->names = seq(names);
  f->level = level;
  return f;
}

Stmt* Parser::expression_stmt() {
  Pos s = start();
  bool paren_start = kind() == Tok::LPar;
  if (kind() == Tok::Name && kind(1) == Tok::Colon) {
    // A simple annotated name: `x: int = 1`.
    const Token& n = advance();
    Name* target = node<Name>(s, {n.end_line, n.end_col});
    target->id = n.text;
    target->ctx = Ctx::Store;
    advance();
    Expr* ann = expression();
    if (!ann) return nullptr;
    Expr* value = nullptr;
    if (accept(Tok::Equal) && !(value = kind() == Tok::KwYield ? yield_expr() : star_expressions())) return nullptr;
    AnnAssign* a = node<AnnAssign>(s, prev_end());
    a->target = target, a->annotation = ann, a->value = value, a->simple = 1;
    return a;
  }
  Expr* e = kind() == Tok::KwYield ? yield_expr() : star_expressions();
  if (!e) return nullptr;
  Tok k = kind();
  if (k == Tok::Colon && starts_expression(kind(1))) {
    if (e->is<Tuple>() || e->is<List>())
      return error_range(*e, *e, std::string("only single target (not ") + (e->is<Tuple>() ? "tuple" : "list") + ") can be annotated");
    if (!e->is<Name>() && !e->is<Attribute>() && !e->is<Subscript>()) return error_range(*e, *e, "illegal target for annotation");
    set_context(e, Ctx::Store);
    advance();
    Expr* ann = expression();
    if (!ann) return nullptr;
    Expr* value = nullptr;
    if (accept(Tok::Equal) && !(value = kind() == Tok::KwYield ? yield_expr() : star_expressions())) return nullptr;
    AnnAssign* a = node<AnnAssign>(s, prev_end());
    a->target = e, a->annotation = ann, a->value = value, a->simple = e->is<Name>() && !paren_start;
    return a;
  }
  BinOperator aug;
  bool is_aug = true;
  switch (k) {
    case Tok::PlusEqual: aug = BinOperator::Add; break;
    case Tok::MinEqual: aug = BinOperator::Sub; break;
    case Tok::StarEqual: aug = BinOperator::Mult; break;
    case Tok::AtEqual: aug = BinOperator::MatMult; break;
    case Tok::SlashEqual: aug = BinOperator::Div; break;
    case Tok::PercentEqual: aug = BinOperator::Mod; break;
    case Tok::AmperEqual: aug = BinOperator::BitAnd; break;
    case Tok::VBarEqual: aug = BinOperator::BitOr; break;
    case Tok::CircumflexEqual: aug = BinOperator::BitXor; break;
    case Tok::LeftShiftEqual: aug = BinOperator::LShift; break;
    case Tok::RightShiftEqual: aug = BinOperator::RShift; break;
    case Tok::DoubleStarEqual: aug = BinOperator::Pow; break;
    case Tok::DoubleSlashEqual: aug = BinOperator::FloorDiv; break;
    default: is_aug = false; aug = BinOperator::Add; break;
  }
  if (is_aug) {
    if (!e->is<Name>() && !e->is<Attribute>() && !e->is<Subscript>())
      return error_range(*e, *e, std::string("'") + expr_name(e) + "' is an illegal expression for augmented assignment");
    set_context(e, Ctx::Store);
    advance();
    Expr* value = kind() == Tok::KwYield ? yield_expr() : star_expressions();
    if (!value) return nullptr;
    AugAssign* a = node<AugAssign>(s, prev_end());
    a->target = e, a->op = aug, a->value = value;
    return a;
  }
  if (k == Tok::Equal) {
    std::vector<Expr*> targets;
    Expr* value = e;
    while (kind() == Tok::Equal) {
      // Each target is checked when its '=' is seen, as CPython's invalid_assignment does.
      Expr* t = value;
      size_t i = targets.size();
      targets.push_back(t);
      if (t->is<Yield>() || t->is<YieldFrom>()) return error_range(*t, *t, "assignment to yield expression not possible");
      Expr* bad = invalid_target(t, Ctx::Store);
      if (!bad) {
        advance();
        value = kind() == Tok::KwYield ? yield_expr() : star_expressions();
        if (!value) return nullptr;
        continue;
      }
      // CPython's invalid_named_expression: `f() = 1` reads like a comparison.
      Expr* last = t->is<Tuple>() && !paren_start ? t->as<Tuple>().elts[t->as<Tuple>().elts.size() - 1] : t;
      bool single = false;
      if (i == 0) {
        Mark m = mark();
        advance();
        Expr* rhs = bitwise(1);
        single = rhs && kind() != Tok::Equal && kind() != Tok::ColonEqual;
        if (!recover(m)) return nullptr;
      }
      bool bitwise_or_kind = !bad->is<Compare>() && !bad->is<BoolOp>() && !bad->is<IfExp>() && !bad->is<Lambda>() &&
                             !bad->is<NamedExpr>() && !bad->is<Starred>() && !bad->is<Yield>() && !bad->is<YieldFrom>() &&
                             !bad->is<GeneratorExp>() &&
                             !(bad->is<UnaryOp>() && bad->as<UnaryOp>().op == UnaryOperator::Not) &&
                             !(bad->is<Constant>() && (bad->as<Constant>().value_kind == ConstKind::None ||
                                                       bad->as<Constant>().value_kind == ConstKind::True ||
                                                       bad->as<Constant>().value_kind == ConstKind::False));
      if (single && bad == last && bitwise_or_kind)
        return error_range(*bad, *bad, std::string("cannot assign to ") + expr_name(bad) + " here. Maybe you meant '==' instead of '='?");
      return error_range(*bad, *bad, std::string("cannot assign to ") + expr_name(bad));
    }
    for (Expr* t : targets) set_context(t, Ctx::Store);
    Assign* a = node<Assign>(s, prev_end());
    a->targets = seq(targets);
    a->value = value;
    return a;
  }
  if (k != Tok::Newline && k != Tok::Semi && e->is<Name>() &&
      (e->as<Name>().id == "print" || e->as<Name>().id == "exec") && starts_expression(k) && k != Tok::LPar) {
    Mark m = mark();
    if (Expr* b = star_expressions()) {
      std::string n(e->as<Name>().id);
      return error_range(*e, *b, "Missing parentheses in call to '" + n + "'. Did you mean " + n + "(...)?");
    }
    recover(m);
  }
  ExprStmt* st = node<ExprStmt>(s, prev_end());
  st->value = e;
  return st;
}

// Where a compound statement ends: at its last token that is not NEWLINE, INDENT or
// DEDENT (a trailing ';' included), as CPython's _PyPegen_get_last_nonnwhitespace_token.
Pos Parser::block_end() {
  size_t i = pos_;
  while (i > 0 && (toks_[i - 1].kind == Tok::Newline || toks_[i - 1].kind == Tok::Indent || toks_[i - 1].kind == Tok::Dedent)) --i;
  const Token& t = toks_[i - 1];
  return {t.end_line, t.end_col};
}

// ':' then either an indented block or simple statements on the same line.
Seq<Stmt*> Parser::block(const char* what, int line, bool& ok) {
  ok = false;
  std::vector<Stmt*> body;
  if (accept(Tok::Newline)) {
    if (kind() != Tok::Indent) {
      indentation_expected(what, line);
      return {};
    }
    advance();
    while (kind() != Tok::Dedent && kind() != Tok::EndMarker) {
      if (!statement(body)) return {};
    }
    if (!accept(Tok::Dedent) || failed_) return {};
  } else if (!simple_stmts(body)) {
    return {};
  }
  ok = true;
  return seq(body);
}

bool Parser::else_block(Seq<Stmt*>& out) {
  const Token& e = advance();
  if (!accept(Tok::Colon)) {
    error_at(tok(), "expected ':'");
    return false;
  }
  bool ok;
  out = block("'else' statement", e.line, ok);
  return ok;
}

Stmt* Parser::compound_stmt() {
  const Token& t = tok();
  Pos s{t.line, t.col};
  switch (t.kind) {
    case Tok::KwIf: return if_stmt(false);
    case Tok::KwWhile: return while_stmt();
    case Tok::KwFor: return for_stmt(s, false);
    case Tok::KwTry: return try_stmt();
    case Tok::KwWith: return with_stmt(s, false);
    case Tok::KwDef: return function_def(s, {}, false);
    case Tok::KwClass: return class_def(s, {});
    case Tok::At: return decorated();
    case Tok::KwAsync:
      advance();
      if (kind() == Tok::KwDef) return function_def(s, {}, true);
      if (kind() == Tok::KwFor) return for_stmt(s, true);
      if (kind() == Tok::KwWith) return with_stmt(s, true);
      return invalid_syntax();
    default: return invalid_syntax();
  }
}

// `if x = 1:` — CPython's hint for a name followed by a lone '='. False when reported.
bool Parser::assignment_hint(Expr* test) {
  if (kind() != Tok::Equal || !test->is<Name>()) return true;
  Mark m = mark();
  advance();
  Expr* b = bitwise(1);
  if (b && kind() != Tok::Equal && kind() != Tok::ColonEqual) {
    error_range(*test, *b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    return false;
  }
  return recover(m);
}

Stmt* Parser::if_stmt(bool elif) {
  const Token& kw = advance();
  Pos s{kw.line, kw.col};
  Expr* test = named_expression();
  if (!test) return nullptr;
  if (!assignment_hint(test)) return nullptr;
  if (!accept(Tok::Colon)) return expected_colon();
  bool ok;
  Seq<Stmt*> body = block(elif ? "'elif' statement" : "'if' statement", kw.line, ok);
  if (!ok) return nullptr;
  Seq<Stmt*> orelse;
  if (kind() == Tok::KwElif) {
    Stmt* e = if_stmt(true);
    if (!e) return nullptr;
    orelse = arena_.seq(&e, 1);
  } else if (kind() == Tok::KwElse) {
    if (!else_block(orelse)) return nullptr;
  }
  If* st = node<If>(s, block_end());
  st->test = test, st->body = body, st->orelse = orelse;
  return st;
}

Stmt* Parser::while_stmt() {
  const Token& kw = advance();
  Pos s{kw.line, kw.col};
  Expr* test = named_expression();
  if (!test || !assignment_hint(test)) return nullptr;
  if (!accept(Tok::Colon)) return expected_colon();
  bool ok;
  Seq<Stmt*> body = block("'while' statement", kw.line, ok);
  if (!ok) return nullptr;
  Seq<Stmt*> orelse;
  if (kind() == Tok::KwElse && !else_block(orelse)) return nullptr;
  While* st = node<While>(s, block_end());
  st->test = test, st->body = body, st->orelse = orelse;
  return st;
}

Stmt* Parser::for_stmt(Pos s, bool is_async) {
  int line = tok().line;
  advance();
  Expr* target = star_targets();
  if (!target) return nullptr;
  if (!set_context(target, Ctx::Store)) return nullptr;
  if (!expect(Tok::KwIn)) return nullptr;
  Expr* iter = star_expressions();
  if (!iter) return nullptr;
  if (!accept(Tok::Colon)) return expected_colon();
  bool ok;
  Seq<Stmt*> body = block("'for' statement", line, ok);
  if (!ok) return nullptr;
  Seq<Stmt*> orelse;
  if (kind() == Tok::KwElse && !else_block(orelse)) return nullptr;
  For* st = node<For>(s, block_end());
  if (is_async) st->kind = StmtKind::AsyncFor;
  st->target = target, st->iter = iter, st->body = body, st->orelse = orelse;
  return st;
}

Stmt* Parser::with_stmt(Pos s, bool is_async) {
  int line = tok().line;
  advance();
  std::vector<WithItem*> items;
  auto item = [&]() -> bool {
    Expr* e = expression();
    if (!e) return false;
    WithItem* w = arena_.make<WithItem>();
    w->context_expr = e;
    if (accept(Tok::KwAs)) {
      Expr* t = star_target();
      if (!t || !set_context(t, Ctx::Store)) return false;
      w->optional_vars = t;
    }
    items.push_back(w);
    return true;
  };
  bool parsed = false;
  if (kind() == Tok::LPar) {
    // `with (a as b, c):` — tried first, as CPython's grammar does; otherwise the
    // parenthesis belongs to the first expression.
    Mark m = mark();
    advance();
    bool good = true;
    do {
      if (kind() == Tok::RPar) break;
      if (!item()) { good = false; break; }
    } while (accept(Tok::Comma));
    if (good && !items.empty() && accept(Tok::RPar) && kind() == Tok::Colon) {
      parsed = true;
    } else {
      if (!recover(m)) return nullptr;
      items.clear();
    }
  }
  if (!parsed) {
    do {
      if (!item()) return nullptr;
    } while (accept(Tok::Comma));
  }
  if (!accept(Tok::Colon)) return expected_colon();
  bool ok;
  Seq<Stmt*> body = block("'with' statement", line, ok);
  if (!ok) return nullptr;
  With* st = node<With>(s, block_end());
  if (is_async) st->kind = StmtKind::AsyncWith;
  st->items = seq(items), st->body = body;
  return st;
}

Stmt* Parser::try_stmt() {
  const Token& kw = advance();
  Pos s{kw.line, kw.col};
  if (!accept(Tok::Colon)) return error_at(tok(), "expected ':'");
  bool ok;
  Seq<Stmt*> body = block("'try' statement", kw.line, ok);
  if (!ok) return nullptr;
  std::vector<ExceptHandler*> handlers;
  int star = -1;  // unknown, 0 = except, 1 = except*
  while (kind() == Tok::KwExcept) {
    const Token& ex = advance();
    Pos hs{ex.line, ex.col};
    bool is_star = accept(Tok::Star);
    if (star >= 0 && star != is_star)
      return error("cannot have both 'except' and 'except*' on the same 'try'", hs, prev_end());
    star = is_star;
    ExceptHandler* h = located<ExceptHandler>(hs, hs);
    if (kind() != Tok::Colon) {
      Expr* type = expression();
      if (!type) return nullptr;
      if (kind() == Tok::Comma) {
        Pos ts{type->lineno, type->col_offset};
        while (accept(Tok::Comma)) {
          if (!expression()) return nullptr;
        }
        return error("multiple exception types must be parenthesized", ts, prev_end());
      }
      h->type = type;
      if (accept(Tok::KwAs)) {
        if (kind() != Tok::Name) return invalid_syntax();
        h->name = advance().text;
      }
    } else if (is_star) {
      return error_at(tok(), "expected one or more exception types");
    }
    if (!accept(Tok::Colon)) return expected_colon();
    h->body = block(is_star ? "'except*' statement" : "'except' statement", ex.line, ok);
    if (!ok) return nullptr;
    Pos e = block_end();
    h->end_lineno = e.line, h->end_col_offset = e.col;
    handlers.push_back(h);
  }
  Seq<Stmt*> orelse, finalbody;
  if (!handlers.empty() && kind() == Tok::KwElse && !else_block(orelse)) return nullptr;
  if (kind() == Tok::KwFinally) {
    const Token& f = advance();
    if (!accept(Tok::Colon)) return error_at(tok(), "expected ':'");
    finalbody = block("'finally' statement", f.line, ok);
    if (!ok) return nullptr;
  }
  if (handlers.empty() && finalbody.empty()) return error_at(tok(), "expected 'except' or 'finally' block");
  Pos e = block_end();
  Try* st = node<Try>(s, e);
  if (star == 1) st->kind = StmtKind::TryStar;
  st->body = body, st->handlers = seq(handlers), st->orelse = orelse, st->finalbody = finalbody;
  return st;
}

Stmt* Parser::decorated() {
  std::vector<Expr*> decorators;
  while (accept(Tok::At)) {
    Expr* d = named_expression();
    if (!d) return nullptr;
    if (!expect(Tok::Newline)) return nullptr;
    decorators.push_back(d);
  }
  Pos s = start();
  if (kind() == Tok::KwDef) return function_def(s, std::move(decorators), false);
  if (kind() == Tok::KwClass) return class_def(s, std::move(decorators));
  if (kind() == Tok::KwAsync && kind(1) == Tok::KwDef) {
    advance();
    return function_def(s, std::move(decorators), true);
  }
  return invalid_syntax();
}

Stmt* Parser::function_def(Pos s, std::vector<Expr*> decorators, bool is_async) {
  int line = tok().line;
  advance();
  if (kind() != Tok::Name) return invalid_syntax();
  Identifier name = advance().text;
  if (kind() != Tok::LPar) return error_at(tok(), "expected '('");
  advance();
  Arguments* args = parameters(Tok::RPar, true);
  if (!args) return nullptr;
  if (!expect(Tok::RPar)) return nullptr;
  Expr* returns = nullptr;
  if (accept(Tok::RArrow) && !(returns = expression())) return nullptr;
  if (!accept(Tok::Colon)) return error_at(tok(), "expected ':'");
  bool ok;
  Seq<Stmt*> body = block("function definition", line, ok);
  if (!ok) return nullptr;
  FunctionDef* f = node<FunctionDef>(s, block_end());
  if (is_async) f->kind = StmtKind::AsyncFunctionDef;
  f->name = name, f->args = args, f->body = body, f->decorator_list = seq(decorators), f->returns = returns;
  return f;
}

Stmt* Parser::class_def(Pos s, std::vector<Expr*> decorators) {
  int line = tok().line;
  advance();
  if (kind() != Tok::Name) return invalid_syntax();
  const Token& n = advance();
  Seq<Expr*> bases;
  Seq<Keyword*> keywords;
  if (kind() == Tok::LPar) {
    Name* fake = node<Name>({n.line, n.col}, {n.end_line, n.end_col});
    Expr* c = call(fake, {n.line, n.col}, true);
    if (!c) return nullptr;
    bases = c->as<Call>().args;
    keywords = c->as<Call>().keywords;
  }
  if (!accept(Tok::Colon)) return expected_colon();
  bool ok;
  Seq<Stmt*> body = block("class definition", line, ok);
  if (!ok) return nullptr;
  ClassDef* c = node<ClassDef>(s, block_end());
  c->name = n.text, c->bases = bases, c->keywords = keywords, c->body = body, c->decorator_list = seq(decorators);
  return c;
}

// Parameters of a def (close = ')', with annotations) or a lambda (close = ':').
Arguments* Parser::parameters(Tok close, bool annotations) {
  Arguments* a = arena_.make<Arguments>();
  std::vector<Arg*> posonly, args, kwonly;
  std::vector<Expr*> defaults, kw_defaults;
  bool seen_slash = false, seen_star = false, seen_default = false;
  Arg* vararg = nullptr;
  Arg* kwarg = nullptr;
  auto param = [&]() -> Arg* {
    if (kind() != Tok::Name) return invalid_syntax();
    const Token& n = advance();
    Arg* arg = located<Arg>({n.line, n.col}, {n.end_line, n.end_col});
    arg->arg = n.text;
    if (annotations && accept(Tok::Colon)) {
      Expr* ann = kind() == Tok::Star ? star_expression() : expression();
      if (!ann) return nullptr;
      arg->annotation = ann;
      arg->end_lineno = prev_end().line, arg->end_col_offset = prev_end().col;
    }
    return arg;
  };
  while (kind() != close) {
    if (kind() == Tok::LPar && close == Tok::RPar) {
      // `def f((a, b)):` — Python 2 tuple parameters.
      const Token& open = tok();
      Mark m = mark();
      advance();
      while (kind() == Tok::Name && (kind(1) == Tok::Comma || kind(1) == Tok::RPar)) {
        advance();
        if (accept(Tok::RPar)) {
          const Token& shut = toks_[pos_ - 1];
          return error("Function parameters cannot be parenthesized", {open.line, open.col}, {shut.end_line, shut.end_col});
        }
        advance();
        if (accept(Tok::RPar)) {
          const Token& shut = toks_[pos_ - 1];
          return error("Function parameters cannot be parenthesized", {open.line, open.col}, {shut.end_line, shut.end_col});
        }
      }
      reset(m);
      return invalid_syntax();
    }
    if (kind() == Tok::Slash) {
      const Token& sl = tok();
      if (seen_slash) return error_at(sl, "/ may appear only once");
      if (seen_star) return error_at(sl, "/ must be ahead of *");
      if (args.empty()) return error_at(sl, "at least one argument must precede /");
      advance();
      seen_slash = true;
      posonly.swap(args);
    } else if (kind() == Tok::Star) {
      const Token& st = tok();
      if (seen_star) return error_at(st, "* argument may appear only once");
      advance();
      seen_star = true;
      if (kind() == Tok::Name) {
        if (!(vararg = param())) return nullptr;
      } else if (kind() == close || (kind() == Tok::Comma && (kind(1) == close || kind(1) == Tok::DoubleStar))) {
        return error_at(st, "named arguments must follow bare *");
      }
    } else if (kind() == Tok::DoubleStar) {
      advance();
      if (!(kwarg = param())) return nullptr;
      if (kind() == Tok::Comma && kind(1) != close) {
        advance();
        return error_at(tok(), "arguments cannot follow var-keyword argument");
      }
    } else if (kind() == Tok::Name) {
      Arg* arg = param();
      if (!arg) return nullptr;
      Expr* def = nullptr;
      if (accept(Tok::Equal) && !(def = expression())) return nullptr;
      if (seen_star) {
        kwonly.push_back(arg);
        kw_defaults.push_back(def);
      } else {
        if (def) {
          defaults.push_back(def);
          seen_default = true;
        } else if (seen_default) {
          return error_range(*arg, *arg, "non-default argument follows default argument");
        }
        args.push_back(arg);
      }
    } else {
      return invalid_syntax();
    }
    if (!accept(Tok::Comma)) break;
  }
  if (kind() != close) return invalid_syntax();
  a->posonlyargs = seq(posonly), a->args = seq(args), a->vararg = vararg, a->kwonlyargs = seq(kwonly);
  a->kw_defaults = seq(kw_defaults), a->kwarg = kwarg, a->defaults = seq(defaults);
  return a;
}

}  // namespace detail
}  // namespace py

namespace py {
namespace detail {

using namespace ast;

// ---------------------------------------------------------------------------------------
// The match statement. `match` is a soft keyword: the statement is only a match statement
// when `match <subject>:` NEWLINE follows; otherwise nullptr with no error, and the caller
// parses an ordinary statement.

Stmt* Parser::match_stmt() {
  Mark m = mark();
  const Token& kw = advance();
  Pos s{kw.line, kw.col};
  if (!starts_expression(kind())) {
    reset(m);
    return nullptr;
  }
  Tok first = kind();
  Pos ss = start();
  Expr* subject = star_named_expression();
  if (subject && kind() == Tok::Comma) {
    std::vector<Expr*> elts{subject};
    while (accept(Tok::Comma)) {
      if (kind() == Tok::Colon) break;
      Expr* x = star_named_expression();
      if (!x) { subject = nullptr; break; }
      elts.push_back(x);
    }
    if (subject) {
      Tuple* t = node<Tuple>(ss, prev_end());
      t->elts = seq(elts);
      subject = t;
    }
  }
  if (!subject || kind() != Tok::Colon) {
    bool newline = subject && kind() == Tok::Newline;
    if (!recover(m)) return nullptr;
    // `match x` NEWLINE cannot be an expression statement; `match(x)` or `match.x` can.
    if (newline && (first == Tok::Name || first == Tok::Number || first == Tok::String)) {
      while (kind() != Tok::Newline) advance();
      return error_at(tok(), "expected ':'");
    }
    return nullptr;
  }
  advance();
  if (!accept(Tok::Newline)) return invalid_syntax();
  if (kind() != Tok::Indent) return indentation_expected("'match' statement", kw.line);
  advance();
  std::vector<MatchCase*> cases;
  while (at_soft_keyword("case")) {
    const Token& ck = advance();
    MatchCase* c = arena_.make<MatchCase>();
    if (!(c->pattern = patterns())) return nullptr;
    if (accept(Tok::KwIf) && !(c->guard = named_expression())) return nullptr;
    if (!accept(Tok::Colon)) return expected_colon();
    bool ok;
    c->body = block("'case' statement", ck.line, ok);
    if (!ok) return nullptr;
    cases.push_back(c);
  }
  if (cases.empty() || !accept(Tok::Dedent)) return invalid_syntax();
  Match* st = node<Match>(s, block_end());
  st->subject = subject;
  st->cases = seq(cases);
  return st;
}

Pattern* Parser::patterns() {
  Pos s = start();
  auto item = [&]() -> Pattern* {
    if (kind() != Tok::Star) return as_pattern();
    Pos ps = start();
    advance();
    if (kind() != Tok::Name) return invalid_syntax();
    const Token& n = advance();
    MatchStar* st = node<MatchStar>(ps, prev_end());
    if (n.text != "_") st->name = n.text;
    return st;
  };
  Pattern* first = item();
  if (!first) return nullptr;
  if (kind() != Tok::Comma) {
    if (first->is<MatchStar>()) return invalid_syntax();
    return first;
  }
  std::vector<Pattern*> items{first};
  while (accept(Tok::Comma)) {
    if (kind() == Tok::Colon || kind() == Tok::KwIf) break;
    Pattern* p = item();
    if (!p) return nullptr;
    items.push_back(p);
  }
  MatchSequence* seqp = node<MatchSequence>(s, prev_end());
  seqp->patterns = seq(items);
  return seqp;
}

Pattern* Parser::as_pattern() {
  Pos s = start();
  Pattern* p = or_pattern();
  if (!p || kind() != Tok::KwAs) return p;
  advance();
  if (kind() != Tok::Name) return invalid_syntax();
  const Token& n = advance();
  if (n.text == "_") return error_at(n, "cannot use '_' as a target");
  MatchAs* a = node<MatchAs>(s, prev_end());
  a->pattern = p;
  a->name = n.text;
  return a;
}

Pattern* Parser::or_pattern() {
  Pos s = start();
  Pattern* first = closed_pattern();
  if (!first || kind() != Tok::VBar) return first;
  std::vector<Pattern*> alts{first};
  while (accept(Tok::VBar)) {
    Pattern* p = closed_pattern();
    if (!p) return nullptr;
    alts.push_back(p);
  }
  MatchOr* o = node<MatchOr>(s, prev_end());
  o->patterns = seq(alts);
  return o;
}

// A literal in a pattern: a string, or a signed number, optionally `real ± imag j`.
Expr* Parser::pattern_value(bool allow_complex) {
  if (kind() == Tok::String) {
    Expr* e = strings();
    if (e && e->is<JoinedStr>()) return error_range(*e, *e, "patterns may only match literals and attribute lookups");
    return e;
  }
  Pos s = start();
  bool neg = accept(Tok::Minus);
  if (kind() != Tok::Number) return invalid_syntax();
  Expr* e = number(advance());
  if (!e) return nullptr;
  if (neg) {
    UnaryOp* u = node<UnaryOp>(s, prev_end());
    u->op = UnaryOperator::USub;
    u->operand = e;
    e = u;
  }
  if (allow_complex && (kind() == Tok::Plus || kind() == Tok::Minus) && kind(1) == Tok::Number) {
    BinOperator op = advance().kind == Tok::Plus ? BinOperator::Add : BinOperator::Sub;
    Expr* imag = number(advance());
    if (!imag) return nullptr;
    if (!imag->is<Constant>() || imag->as<Constant>().value_kind != ConstKind::Complex)
      return error_range(*imag, *imag, "imaginary number required in complex literal");
    BinOp* b = node<BinOp>(s, prev_end());
    b->left = e, b->op = op, b->right = imag;
    e = b;
  }
  return e;
}

Expr* Parser::name_or_attr() {
  Pos s = start();
  const Token& n = advance();
  Name* nm = node<Name>(s, {n.end_line, n.end_col});
  nm->id = n.text;
  Expr* e = nm;
  while (kind() == Tok::Dot && kind(1) == Tok::Name) {
    advance();
    const Token& a = advance();
    Attribute* at = node<Attribute>(s, {a.end_line, a.end_col});
    at->value = e;
    at->attr = a.text;
    e = at;
  }
  return e;
}

Pattern* Parser::sequence_pattern_items(Tok close, Pos s) {
  std::vector<Pattern*> items;
  while (kind() != close) {
    Pattern* p;
    if (kind() == Tok::Star) {
      Pos ps = start();
      advance();
      if (kind() != Tok::Name) return invalid_syntax();
      const Token& n = advance();
      MatchStar* st = node<MatchStar>(ps, prev_end());
      if (n.text != "_") st->name = n.text;
      p = st;
    } else if (!(p = as_pattern())) {
      return nullptr;
    }
    items.push_back(p);
    if (!accept(Tok::Comma)) break;
  }
  if (!expect(close)) return nullptr;
  MatchSequence* sp = node<MatchSequence>(s, prev_end());
  sp->patterns = seq(items);
  return sp;
}

Pattern* Parser::closed_pattern() {
  DepthGuard guard(*this);
  if (!guard.ok) return nullptr;
  const Token& t = tok();
  Pos s{t.line, t.col};
  switch (t.kind) {
    case Tok::Number: case Tok::Minus: case Tok::String: {
      Expr* v = pattern_value(true);
      if (!v) return nullptr;
      MatchValue* mv = node<MatchValue>({v->lineno, v->col_offset}, {v->end_lineno, v->end_col_offset});
      mv->value = v;
      return mv;
    }
    case Tok::KwNone: case Tok::KwTrue: case Tok::KwFalse: {
      advance();
      MatchSingleton* ms = node<MatchSingleton>(s, prev_end());
      ms->value = t.kind == Tok::KwNone ? ConstKind::None : t.kind == Tok::KwTrue ? ConstKind::True : ConstKind::False;
      return ms;
    }
    case Tok::LPar: {
      advance();
      if (accept(Tok::RPar)) return node<MatchSequence>(s, prev_end());
      Pattern* first;
      if (kind() == Tok::Star) return sequence_pattern_items(Tok::RPar, s);
      if (!(first = as_pattern())) return nullptr;
      if (accept(Tok::RPar)) return first;  // a group: the parentheses are not part of it
      if (!accept(Tok::Comma)) return invalid_syntax();
      Pattern* rest = sequence_pattern_items(Tok::RPar, s);
      if (!rest) return nullptr;
      MatchSequence& sp = rest->as<MatchSequence>();
      std::vector<Pattern*> items{first};
      items.insert(items.end(), sp.patterns.begin(), sp.patterns.end());
      sp.patterns = seq(items);
      return rest;
    }
    case Tok::LSqb: advance(); return sequence_pattern_items(Tok::RSqb, s);
    case Tok::LBrace: {
      advance();
      std::vector<Expr*> keys;
      std::vector<Pattern*> pats;
      Identifier rest;
      while (kind() != Tok::RBrace) {
        if (accept(Tok::DoubleStar)) {
          if (kind() != Tok::Name) return invalid_syntax();
          rest = advance().text;
          accept(Tok::Comma);
          break;
        }
        Expr* key;
        if (kind() == Tok::KwNone || kind() == Tok::KwTrue || kind() == Tok::KwFalse) key = atom();
        else if (kind() == Tok::Name) {
          key = name_or_attr();
          if (key && key->is<Name>()) return invalid_syntax();
        } else key = pattern_value(true);
        if (!key) return nullptr;
        if (!expect(Tok::Colon)) return nullptr;
        Pattern* p = as_pattern();
        if (!p) return nullptr;
        keys.push_back(key);
        pats.push_back(p);
        if (!accept(Tok::Comma)) break;
      }
      if (!expect(Tok::RBrace)) return nullptr;
      MatchMapping* mm = node<MatchMapping>(s, prev_end());
      mm->keys = seq(keys), mm->patterns = seq(pats), mm->rest = rest;
      return mm;
    }
    case Tok::Name: {
      if (t.text == "_" && kind(1) != Tok::Dot && kind(1) != Tok::LPar) {
        advance();
        return node<MatchAs>(s, prev_end());
      }
      Expr* e = name_or_attr();
      if (kind() == Tok::LPar) {
        advance();
        std::vector<Pattern*> pats, kwd_pats;
        std::vector<Identifier> kwd_attrs;
        while (kind() != Tok::RPar) {
          if (kind() == Tok::Name && kind(1) == Tok::Equal) {
            kwd_attrs.push_back(advance().text);
            advance();
            Pattern* p = as_pattern();
            if (!p) return nullptr;
            kwd_pats.push_back(p);
          } else {
            Pattern* p = as_pattern();
            if (!p) return nullptr;
            if (!kwd_attrs.empty()) return error_range(*p, *p, "positional patterns follow keyword patterns");
            pats.push_back(p);
          }
          if (!accept(Tok::Comma)) break;
        }
        if (!expect(Tok::RPar)) return nullptr;
        MatchClass* mc = node<MatchClass>(s, prev_end());
        mc->cls = e, mc->patterns = seq(pats), mc->kwd_attrs = seq(kwd_attrs), mc->kwd_patterns = seq(kwd_pats);
        return mc;
      }
      if (e->is<Attribute>()) {
        MatchValue* mv = node<MatchValue>(s, prev_end());
        mv->value = e;
        return mv;
      }
      MatchAs* a = node<MatchAs>(s, prev_end());
      a->name = t.text;
      return a;
    }
    default: return invalid_syntax();
  }
}

}  // namespace detail
}  // namespace py

namespace py {

namespace {

// Length of the valid UTF-8 prefix of `s`.
size_t valid_utf8_prefix(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || (len == 2 && c < 0xC2) || (len == 4 && c > 0xF4) || i + len > n) return i;
    for (int k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F)) return i;
    i += len;
  }
  return n;
}

std::string_view line_text(std::string_view src, int line) {
  size_t begin = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = src.find('\n', begin);
    if (nl == std::string_view::npos) return {};
    begin = nl + 1;
  }
  size_t end = src.find('\n', begin);
  return src.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin + 1);
}

SyntaxError to_syntax_error(const Diag& d, std::string_view filename, std::string_view src, SourceKind kind) {
  SyntaxError e;
  e.kind = d.kind;
  e.msg = d.msg;
  e.filename = std::string(filename);
  e.lineno = d.line;
  e.end_lineno = d.end_line;
  std::string_view text = line_text(src, d.line);
  e.text = d.text_override.empty() ? std::string(text) : d.text_override;
  if (!e.text.empty() && e.text.back() != '\n') e.text += '\n';
  // Parser errors: CPython 3.11 running a file reports UTF-8 byte offsets (its conversion
  // to characters only happens for string input); the tokenizer's own errors count
  // characters and arrive here as raw offsets.
  // For strings they are characters, both counted in the first line of the range.
  auto offset = [&](int col) {
    if (d.offset_is_raw) return col;
    if (kind == SourceKind::File) return col + 1;
    return utf8_chars(text, std::min(static_cast<size_t>(col), text.size())) + 1;
  };
  e.offset = offset(d.col);
  e.end_offset = d.end_col == Diag::kEndUnknown ? -1 : d.end_col == Diag::kNoEnd ? 0 : offset(d.end_col);
  return e;
}

}  // namespace

ParseResult parse(std::string_view source, std::string_view filename, ParseMode mode, SourceKind kind) {
  ParseResult r;
  r.arena = std::make_unique<ast::Arena>();
  if (source.size() >= 3 && std::memcmp(source.data(), "\xEF\xBB\xBF", 3) == 0) source.remove_prefix(3);

  size_t valid = valid_utf8_prefix(source);
  if (valid < source.size()) {
    int line = 1;
    for (size_t i = 0; i < valid; ++i) line += source[i] == '\n';
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(source[valid]));
    r.error.msg = std::string("Non-UTF-8 code starting with '") + buf + "' in file " + std::string(filename) +
                  " on line " + std::to_string(line) + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
    return r;
  }

  // The source is copied once into the arena with '\r\n' and '\r' turned into '\n'; tokens
  // and identifiers then point into it for the life of the AST.
  char* buf = static_cast<char*>(r.arena->allocate(source.size() + 1, 1));
  size_t n = 0;
  for (size_t i = 0; i < source.size(); ++i) {
    char c = source[i];
    if (c == '\r') {
      if (i + 1 < source.size() && source[i + 1] == '\n') continue;
      c = '\n';
    }
    buf[n++] = c;
  }
  std::string_view src(buf, n);
  if (const void* nul = std::memchr(buf, '\0', n)) {
    size_t at = static_cast<const char*>(nul) - buf;
    SyntaxError& e = r.error;
    e.msg = "source code cannot contain null bytes";
    e.filename = std::string(filename);
    e.lineno = e.end_lineno = 1;
    for (size_t i = 0; i < at; ++i) e.lineno += buf[i] == '\n';
    e.end_lineno = e.lineno;
    size_t begin = at;
    while (begin > 0 && buf[begin - 1] != '\n') --begin;
    e.text = std::string(buf + begin, at - begin) + "\n";
    return r;
  }

  detail::Parser p(src, *r.arena, Lexer(src), kind);
  ast::Mod* mod = mode == ParseMode::File ? p.file() : mode == ParseMode::Eval ? p.eval() : p.single();
  if (!mod) {
    r.error = to_syntax_error(p.diag(), filename, src, kind);
    return r;
  }
  r.mod = mod;
  return r;
}

}  // namespace py
