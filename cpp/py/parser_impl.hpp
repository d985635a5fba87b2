#pragma once
// Internals of the recursive-descent parser, shared by parser.cpp (statements and
// expressions) and parser_strings.cpp (string, bytes, f-string and number literals).
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "py/ast.hpp"
#include "py/lexer.hpp"
#include "py/parser.hpp"

namespace py::detail {

struct Pos { int line = 0, col = 0; };

// The tokens read so far, in fixed blocks so that references stay valid as it grows
// (the parser holds `const Token&` across further reads) and indexing stays cheap. The
// first tokens live inline: an f-string field's parser needs only a handful.
class TokenBuffer {
 public:
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  Token& operator[](size_t i) {
    if (i < kInline) return inline_[i];
    i -= kInline;
    return blocks_[i >> kShift][i & (kBlock - 1)];
  }
  const Token& operator[](size_t i) const { return const_cast<TokenBuffer&>(*this)[i]; }
  Token& back() { return (*this)[size_ - 1]; }
  void push_back(const Token& t) {
    size_t i = size_ - kInline;
    if (size_ >= kInline && (i & (kBlock - 1)) == 0 && (i >> kShift) == blocks_.size()) blocks_.emplace_back(new Token[kBlock]);
    (*this)[size_++] = t;
  }

 private:
  static constexpr size_t kInline = 16, kShift = 10, kBlock = size_t(1) << kShift;
  Token inline_[kInline];
  std::vector<std::unique_ptr<Token[]>> blocks_;
  size_t size_ = 0;
};

class Parser {
 public:
  // `src` lives in `arena`, so token texts and identifiers can point into it.
  Parser(std::string_view src, ast::Arena& arena, Lexer lexer, SourceKind kind = SourceKind::File);

  ast::Mod* file();
  ast::Mod* eval();
  ast::Mod* single();
  // The expression of an f-string replacement field (yield_expr | star_expressions).
  ast::Expr* fstring_expression();

  bool failed() const { return failed_; }
  const Diag& diag() const { return diag_; }

 private:
  friend struct StringParser;
  // --- tokens
  const Token& peek(size_t k = 0);
  const Token& tok() { return peek(0); }
  Tok kind(size_t k = 0) { return peek(k).kind; }
  const Token& advance();
  bool accept(Tok k);
  bool expect(Tok k);
  bool at_soft_keyword(std::string_view kw, size_t k = 0) { return kind(k) == Tok::Name && peek(k).text == kw; }
  Pos start() { const Token& t = tok(); return {t.line, t.col}; }
  Pos prev_end() const { const Token& t = toks_[pos_ - 1]; return {t.end_line, t.end_col}; }

  // --- errors: the first one wins; parse functions return nullptr after it
  std::nullptr_t error(std::string msg, Pos from, Pos to, SyntaxError::Kind kind = SyntaxError::Syntax);
  std::nullptr_t error_at(const Token& t, std::string msg);
  std::nullptr_t error_range(const ast::Located& a, const ast::Located& b, std::string msg);
  std::nullptr_t invalid_syntax();  // at the current token, CPython's generic error
  std::nullptr_t expected_colon();
  std::nullptr_t too_deep();
  bool assignment_hint(ast::Expr* test);
  std::nullptr_t indentation_expected(const char* what, int line);
  void finish_error();
  bool opened_at_error(const Diag& d);

  template <class T>
  T* node(Pos s, Pos e) {
    T* n = arena_.make<T>();
    n->kind = T::K;
    n->lineno = s.line, n->col_offset = s.col, n->end_lineno = e.line, n->end_col_offset = e.col;
    return n;
  }
  template <class T>
  T* located(Pos s, Pos e) {
    T* n = arena_.make<T>();
    n->lineno = s.line, n->col_offset = s.col, n->end_lineno = e.line, n->end_col_offset = e.col;
    return n;
  }
  template <class T> ast::Seq<T> seq(const std::vector<T>& v) { return arena_.seq(v); }

  // --- statements
  bool statements_until(Tok end, std::vector<ast::Stmt*>& out);
  bool statement(std::vector<ast::Stmt*>& out);
  bool simple_stmts(std::vector<ast::Stmt*>& out);
  ast::Stmt* simple_stmt();
  ast::Stmt* compound_stmt();
  ast::Seq<ast::Stmt*> block(const char* what, int line, bool& ok);
  Pos block_end();
  ast::Stmt* expression_stmt();
  ast::Stmt* import_stmt();
  ast::Stmt* from_import_stmt();
  ast::Stmt* if_stmt(bool elif);
  ast::Stmt* while_stmt();
  ast::Stmt* for_stmt(Pos s, bool is_async);
  ast::Stmt* with_stmt(Pos s, bool is_async);
  ast::Stmt* try_stmt();
  ast::Stmt* function_def(Pos s, std::vector<ast::Expr*> decorators, bool is_async);
  ast::Stmt* class_def(Pos s, std::vector<ast::Expr*> decorators);
  ast::Stmt* decorated();
  ast::Stmt* match_stmt();
  bool else_block(ast::Seq<ast::Stmt*>& out);
  ast::Arguments* parameters(Tok close, bool annotations);

  // --- patterns
  ast::Pattern* patterns();
  ast::Pattern* as_pattern();
  ast::Pattern* or_pattern();
  ast::Pattern* closed_pattern();
  ast::Pattern* sequence_pattern_items(Tok close, Pos s);
  ast::Expr* pattern_value(bool allow_complex);
  ast::Expr* name_or_attr();

  // --- expressions
  ast::Expr* star_expressions();
  ast::Expr* star_expression();
  ast::Expr* star_named_expression();
  ast::Expr* named_expression();
  ast::Expr* expression();
  ast::Expr* yield_expr();
  ast::Expr* lambdef();
  ast::Expr* disjunction();
  ast::Expr* conjunction();
  ast::Expr* inversion();
  ast::Expr* comparison();
  ast::Expr* bitwise(int min_prec);
  ast::Expr* factor();
  ast::Expr* power();
  ast::Expr* primary();
  ast::Expr* atom();
  ast::Expr* paren_atom();
  ast::Expr* list_atom();
  ast::Expr* brace_atom();
  std::nullptr_t starred_dict_value();
  ast::Expr* slices();
  ast::Expr* slice();
  ast::Expr* call(ast::Expr* func, Pos s, bool class_bases = false);
  ast::Expr* star_targets();
  ast::Expr* star_target();
  bool comprehension_clauses(std::vector<ast::Comprehension*>& out);
  bool elements_then(Tok close, std::vector<ast::Expr*>& elts, ast::Expr* first);
  bool check_forgot_comma(ast::Expr* last);
  ast::Expr* strings();
  ast::Expr* number(const Token& t);

  // Assignment targets: sets ctx, or reports CPython's "cannot assign to ..." error.
  bool set_context(ast::Expr* e, ast::Ctx ctx);
  ast::Expr* invalid_target(ast::Expr* e, ast::Ctx ctx);
  static const char* expr_name(const ast::Expr* e);
  bool starts_expression(Tok k);

  struct Mark { size_t pos; };
  Mark mark() const { return {pos_}; }
  void reset(Mark m) { pos_ = m.pos; }
  // Undoes a speculative parse that failed with a parser (not tokenizer) error.
  bool recover(Mark m);

  struct DepthGuard {
    Parser& p;
    bool ok;
    explicit DepthGuard(Parser& parser);
    ~DepthGuard() { --p.depth_; }
  };

  std::string_view src_;
  ast::Arena& arena_;
  Lexer lexer_;
  TokenBuffer toks_;
  size_t pos_ = 0;
  bool failed_ = false;
  bool lexer_failed_ = false;
  bool final_ = false;  // an error the rest of the file cannot override
  SourceKind source_kind_;
  bool fstring_ = false;  // parsing an f-string field: its end stands for CPython's closing ')'
  size_t error_pos_ = 0;  // token index of a generic "invalid syntax"
  Diag diag_;
  int depth_ = 0;

 public:
  static constexpr int kMaxDepth = 1000;
};

}  // namespace py::detail
