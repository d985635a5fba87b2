#pragma once
// The Python 3.11 abstract syntax tree, as plain arena-allocated C++ data.
//
// It mirrors CPython's `ast` module node for node and field for field (Python/Python.asdl):
// a node category (Expr, Stmt, Pattern) is a small base struct holding the `kind` tag and
// the location; each node is a struct deriving from its category with the ASDL fields
// under the same names. Where a C++ name would clash, the struct is renamed and the
// ASDL name kept in `name(kind)`: the statement `Expr` is `ExprStmt`, and the operator
// enumerations are BoolOperator / BinOperator / UnaryOperator / CmpOp / Ctx.
//
// Walking it:
//     switch (e->kind) {
//     case ExprKind::BinOp: { auto& b = e->as<BinOp>(); walk(b.left); walk(b.right); break; }
//     ...
//     }
// `as<T>()` is a checked static downcast (asserts the kind). Sequences are `Seq<T>`
// (pointer + size, iterable). Optional children are nullptr; optional identifiers are
// empty string_views (a Python identifier is never empty). Dict keys hold nullptr for a
// `**mapping` entry, as in CPython; `kw_defaults` holds nullptr for a keyword-only
// argument without default.
//
// Locations follow CPython: lineno/end_lineno are 1-based, col_offset/end_col_offset are
// 0-based offsets in UTF-8 bytes of the line; end positions are exclusive.
//
// Memory: every node, sequence and string of one parse lives in one Arena, freed at once
// when the Arena dies. Nodes are trivially destructible (enforced by Arena::make).
// Strings are UTF-8; a lone surrogate from an escape such as "\ud800" is encoded as its
// 3-byte (WTF-8) sequence, which is how it round-trips to Python's str.
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace py::ast {

using Identifier = std::string_view;

// A sequence of nodes (or enums, or identifiers) allocated in the Arena.
template <class T>
struct Seq {
  T* items = nullptr;
  uint32_t count = 0;
  uint32_t size() const { return count; }
  bool empty() const { return count == 0; }
  T* begin() const { return items; }
  T* end() const { return items + count; }
  T& operator[](size_t i) const { assert(i < count); return items[i]; }
};

// Bump allocator for one parse. Blocks grow geometrically; nothing is freed before the end.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(size_t size, size_t align) {
    uintptr_t p = (reinterpret_cast<uintptr_t>(cur_) + align - 1) & ~(uintptr_t)(align - 1);
    if (cur_ == nullptr || p + size > reinterpret_cast<uintptr_t>(end_)) return grow(size, align);
    cur_ = reinterpret_cast<char*>(p + size);
    return reinterpret_cast<void*>(p);
  }
  // A zero-initialised T (all pointers null, all Seq empty).
  template <class T>
  T* make() {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T();
  }
  template <class T>
  Seq<T> seq(const T* items, size_t n) {
    Seq<T> s;
    if (n == 0) return s;
    s.items = static_cast<T*>(allocate(sizeof(T) * n, alignof(T)));
    std::memcpy(static_cast<void*>(s.items), items, sizeof(T) * n);
    s.count = static_cast<uint32_t>(n);
    return s;
  }
  template <class T>
  Seq<T> seq(const std::vector<T>& v) { return seq(v.data(), v.size()); }
  std::string_view str(std::string_view s) {
    if (s.empty()) return std::string_view("", 0);
    char* p = static_cast<char*>(allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }
  size_t bytes_reserved() const { return reserved_; }

 private:
  void* grow(size_t size, size_t align) {
    size_t want = size + align;
    size_t block = next_block_ < want ? want : next_block_;
    if (next_block_ < (size_t(1) << 22)) next_block_ *= 2;
    blocks_.emplace_back(new char[block]);
    reserved_ += block;
    cur_ = blocks_.back().get();
    end_ = cur_ + block;
    return allocate(size, align);
  }
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* cur_ = nullptr;
  char* end_ = nullptr;
  size_t next_block_ = 16384;
  size_t reserved_ = 0;
};

struct Located {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

enum class Ctx : uint8_t { Load, Store, Del };
enum class BoolOperator : uint8_t { And, Or };
enum class BinOperator : uint8_t { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class UnaryOperator : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// ---------------------------------------------------------------------------------------
// Expressions

enum class ExprKind : uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
  GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
  Attribute, Subscript, Starred, Name, List, Tuple, Slice,
};

struct Expr : Located {
  ExprKind kind;
  template <class T> T& as() { assert(kind == T::K); return static_cast<T&>(*this); }
  template <class T> const T& as() const { assert(kind == T::K); return static_cast<const T&>(*this); }
  template <class T> bool is() const { return kind == T::K; }
};

struct Arg;
struct Keyword;
struct Comprehension;

struct Arguments {
  Seq<Arg*> posonlyargs, args;
  Arg* vararg = nullptr;
  Seq<Arg*> kwonlyargs;
  Seq<Expr*> kw_defaults;  // one per kwonlyarg; nullptr = no default
  Arg* kwarg = nullptr;
  Seq<Expr*> defaults;     // for the last len(defaults) of posonlyargs + args
};
struct Arg : Located { Identifier arg; Expr* annotation = nullptr; };
struct Keyword : Located { Identifier arg; /* empty for **value */ Expr* value = nullptr; };
struct Comprehension { Expr* target = nullptr; Expr* iter = nullptr; Seq<Expr*> ifs; bool is_async = false; };

struct BoolOp : Expr { static constexpr ExprKind K = ExprKind::BoolOp; BoolOperator op; Seq<Expr*> values; };
struct NamedExpr : Expr { static constexpr ExprKind K = ExprKind::NamedExpr; Expr* target; Expr* value; };
struct BinOp : Expr { static constexpr ExprKind K = ExprKind::BinOp; Expr* left; BinOperator op; Expr* right; };
struct UnaryOp : Expr { static constexpr ExprKind K = ExprKind::UnaryOp; UnaryOperator op; Expr* operand; };
struct Lambda : Expr { static constexpr ExprKind K = ExprKind::Lambda; Arguments* args; Expr* body; };
struct IfExp : Expr { static constexpr ExprKind K = ExprKind::IfExp; Expr* test; Expr* body; Expr* orelse; };
struct Dict : Expr { static constexpr ExprKind K = ExprKind::Dict; Seq<Expr*> keys; Seq<Expr*> values; };
struct Set : Expr { static constexpr ExprKind K = ExprKind::Set; Seq<Expr*> elts; };
struct ListComp : Expr { static constexpr ExprKind K = ExprKind::ListComp; Expr* elt; Seq<Comprehension*> generators; };
struct SetComp : Expr { static constexpr ExprKind K = ExprKind::SetComp; Expr* elt; Seq<Comprehension*> generators; };
struct DictComp : Expr { static constexpr ExprKind K = ExprKind::DictComp; Expr* key; Expr* value; Seq<Comprehension*> generators; };
struct GeneratorExp : Expr { static constexpr ExprKind K = ExprKind::GeneratorExp; Expr* elt; Seq<Comprehension*> generators; };
struct Await : Expr { static constexpr ExprKind K = ExprKind::Await; Expr* value; };
struct Yield : Expr { static constexpr ExprKind K = ExprKind::Yield; Expr* value; /* may be null */ };
struct YieldFrom : Expr { static constexpr ExprKind K = ExprKind::YieldFrom; Expr* value; };
struct Compare : Expr { static constexpr ExprKind K = ExprKind::Compare; Expr* left; Seq<CmpOp> ops; Seq<Expr*> comparators; };
struct Call : Expr { static constexpr ExprKind K = ExprKind::Call; Expr* func; Seq<Expr*> args; Seq<Keyword*> keywords; };
// conversion: -1 (none), 's', 'r' or 'a'. format_spec is a JoinedStr or null.
struct FormattedValue : Expr { static constexpr ExprKind K = ExprKind::FormattedValue; Expr* value; int conversion; Expr* format_spec; };
// values: Constant (str) and FormattedValue nodes.
struct JoinedStr : Expr { static constexpr ExprKind K = ExprKind::JoinedStr; Seq<Expr*> values; };

// The value of a Constant. Int holds an int64; BigInt an int too large for it, as its
// decimal digits (no sign: a literal is never negative). Complex is a pure imaginary
// literal (`2j`), its imaginary part in `f`. Str and Bytes hold their decoded bytes in `s`.
enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Complex, Str, Bytes };
struct Constant : Expr {
  static constexpr ExprKind K = ExprKind::Constant;
  ConstKind value_kind;
  bool u_kind;       // CPython's `kind` field: 'u' for a u"..." string, else None
  int64_t i;         // Int
  double f;          // Float, Complex (imaginary part)
  std::string_view s;  // Str (UTF-8), Bytes, BigInt (decimal digits)
};
struct Attribute : Expr { static constexpr ExprKind K = ExprKind::Attribute; Expr* value; Identifier attr; Ctx ctx; };
struct Subscript : Expr { static constexpr ExprKind K = ExprKind::Subscript; Expr* value; Expr* slice; Ctx ctx; };
struct Starred : Expr { static constexpr ExprKind K = ExprKind::Starred; Expr* value; Ctx ctx; };
struct Name : Expr { static constexpr ExprKind K = ExprKind::Name; Identifier id; Ctx ctx; };
struct List : Expr { static constexpr ExprKind K = ExprKind::List; Seq<Expr*> elts; Ctx ctx; };
struct Tuple : Expr { static constexpr ExprKind K = ExprKind::Tuple; Seq<Expr*> elts; Ctx ctx; };
struct Slice : Expr { static constexpr ExprKind K = ExprKind::Slice; Expr* lower; Expr* upper; Expr* step; };

// ---------------------------------------------------------------------------------------
// Patterns (match statement)

enum class PatternKind : uint8_t { MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr };

struct Pattern : Located {
  PatternKind kind;
  template <class T> T& as() { assert(kind == T::K); return static_cast<T&>(*this); }
  template <class T> const T& as() const { assert(kind == T::K); return static_cast<const T&>(*this); }
  template <class T> bool is() const { return kind == T::K; }
};
struct MatchValue : Pattern { static constexpr PatternKind K = PatternKind::MatchValue; Expr* value; };
// value: ConstKind::None, True or False.
struct MatchSingleton : Pattern { static constexpr PatternKind K = PatternKind::MatchSingleton; ConstKind value; };
struct MatchSequence : Pattern { static constexpr PatternKind K = PatternKind::MatchSequence; Seq<Pattern*> patterns; };
struct MatchMapping : Pattern { static constexpr PatternKind K = PatternKind::MatchMapping; Seq<Expr*> keys; Seq<Pattern*> patterns; Identifier rest; };
struct MatchClass : Pattern { static constexpr PatternKind K = PatternKind::MatchClass; Expr* cls; Seq<Pattern*> patterns; Seq<Identifier> kwd_attrs; Seq<Pattern*> kwd_patterns; };
struct MatchStar : Pattern { static constexpr PatternKind K = PatternKind::MatchStar; Identifier name; /* empty for *_ */ };
// `case x`, `case _` (pattern and name both empty), `case p as x`.
struct MatchAs : Pattern { static constexpr PatternKind K = PatternKind::MatchAs; Pattern* pattern; Identifier name; };
struct MatchOr : Pattern { static constexpr PatternKind K = PatternKind::MatchOr; Seq<Pattern*> patterns; };

// ---------------------------------------------------------------------------------------
// Statements

enum class StmtKind : uint8_t {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
  AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert, Import, ImportFrom,
  Global, Nonlocal, Expr, Pass, Break, Continue,
};

struct Stmt : Located {
  StmtKind kind;
  template <class T> T& as() { assert(kind == T::K); return static_cast<T&>(*this); }
  template <class T> const T& as() const { assert(kind == T::K); return static_cast<const T&>(*this); }
  template <class T> bool is() const { return kind == T::K; }
};

struct Alias : Located { Identifier name; /* dotted, or "*" */ Identifier asname; };
struct WithItem { Expr* context_expr = nullptr; Expr* optional_vars = nullptr; };
struct ExceptHandler : Located { Expr* type = nullptr; Identifier name; Seq<Stmt*> body; };
struct MatchCase { Pattern* pattern = nullptr; Expr* guard = nullptr; Seq<Stmt*> body; };

// FunctionDef and AsyncFunctionDef share one layout (kind tells them apart); so do
// For/AsyncFor, With/AsyncWith and Try/TryStar.
struct FunctionDef : Stmt { static constexpr StmtKind K = StmtKind::FunctionDef; Identifier name; Arguments* args; Seq<Stmt*> body; Seq<Expr*> decorator_list; Expr* returns; };
struct ClassDef : Stmt { static constexpr StmtKind K = StmtKind::ClassDef; Identifier name; Seq<Expr*> bases; Seq<Keyword*> keywords; Seq<Stmt*> body; Seq<Expr*> decorator_list; };
struct Return : Stmt { static constexpr StmtKind K = StmtKind::Return; Expr* value; };
struct Delete : Stmt { static constexpr StmtKind K = StmtKind::Delete; Seq<Expr*> targets; };
struct Assign : Stmt { static constexpr StmtKind K = StmtKind::Assign; Seq<Expr*> targets; Expr* value; };
struct AugAssign : Stmt { static constexpr StmtKind K = StmtKind::AugAssign; Expr* target; BinOperator op; Expr* value; };
// simple: 1 when the target is a plain (unparenthesised) Name.
struct AnnAssign : Stmt { static constexpr StmtKind K = StmtKind::AnnAssign; Expr* target; Expr* annotation; Expr* value; int simple; };
struct For : Stmt { static constexpr StmtKind K = StmtKind::For; Expr* target; Expr* iter; Seq<Stmt*> body; Seq<Stmt*> orelse; };
struct While : Stmt { static constexpr StmtKind K = StmtKind::While; Expr* test; Seq<Stmt*> body; Seq<Stmt*> orelse; };
struct If : Stmt { static constexpr StmtKind K = StmtKind::If; Expr* test; Seq<Stmt*> body; Seq<Stmt*> orelse; };
struct With : Stmt { static constexpr StmtKind K = StmtKind::With; Seq<WithItem*> items; Seq<Stmt*> body; };
struct Match : Stmt { static constexpr StmtKind K = StmtKind::Match; Expr* subject; Seq<MatchCase*> cases; };
struct Raise : Stmt { static constexpr StmtKind K = StmtKind::Raise; Expr* exc; Expr* cause; };
struct Try : Stmt { static constexpr StmtKind K = StmtKind::Try; Seq<Stmt*> body; Seq<ExceptHandler*> handlers; Seq<Stmt*> orelse; Seq<Stmt*> finalbody; };
struct Assert : Stmt { static constexpr StmtKind K = StmtKind::Assert; Expr* test; Expr* msg; };
struct Import : Stmt { static constexpr StmtKind K = StmtKind::Import; Seq<Alias*> names; };
// module is empty for `from . import x`; level counts the leading dots.
struct ImportFrom : Stmt { static constexpr StmtKind K = StmtKind::ImportFrom; Identifier module; Seq<Alias*> names; int level; };
struct Global : Stmt { static constexpr StmtKind K = StmtKind::Global; Seq<Identifier> names; };
struct Nonlocal : Stmt { static constexpr StmtKind K = StmtKind::Nonlocal; Seq<Identifier> names; };
struct ExprStmt : Stmt { static constexpr StmtKind K = StmtKind::Expr; Expr* value; };
struct Pass : Stmt { static constexpr StmtKind K = StmtKind::Pass; };
struct Break : Stmt { static constexpr StmtKind K = StmtKind::Break; };
struct Continue : Stmt { static constexpr StmtKind K = StmtKind::Continue; };

// The shared layouts: as<FunctionDef>() etc. accept both kinds.
template <> inline FunctionDef& Stmt::as<FunctionDef>() { assert(kind == StmtKind::FunctionDef || kind == StmtKind::AsyncFunctionDef); return static_cast<FunctionDef&>(*this); }
template <> inline const FunctionDef& Stmt::as<FunctionDef>() const { assert(kind == StmtKind::FunctionDef || kind == StmtKind::AsyncFunctionDef); return static_cast<const FunctionDef&>(*this); }
template <> inline For& Stmt::as<For>() { assert(kind == StmtKind::For || kind == StmtKind::AsyncFor); return static_cast<For&>(*this); }
template <> inline const For& Stmt::as<For>() const { assert(kind == StmtKind::For || kind == StmtKind::AsyncFor); return static_cast<const For&>(*this); }
template <> inline With& Stmt::as<With>() { assert(kind == StmtKind::With || kind == StmtKind::AsyncWith); return static_cast<With&>(*this); }
template <> inline const With& Stmt::as<With>() const { assert(kind == StmtKind::With || kind == StmtKind::AsyncWith); return static_cast<const With&>(*this); }
template <> inline Try& Stmt::as<Try>() { assert(kind == StmtKind::Try || kind == StmtKind::TryStar); return static_cast<Try&>(*this); }
template <> inline const Try& Stmt::as<Try>() const { assert(kind == StmtKind::Try || kind == StmtKind::TryStar); return static_cast<const Try&>(*this); }

// ---------------------------------------------------------------------------------------
// Modules: Module (a file), Interactive (one REPL entry), Expression (eval).

enum class ModKind : uint8_t { Module, Interactive, Expression };
struct Mod {
  ModKind kind = ModKind::Module;
  Seq<Stmt*> body;      // Module, Interactive
  Expr* expr = nullptr; // Expression
};

// CPython's class names, for dumps and messages.
const char* name(ExprKind);
const char* name(StmtKind);
const char* name(PatternKind);
const char* name(Ctx);
const char* name(BoolOperator);
const char* name(BinOperator);
const char* name(UnaryOperator);
const char* name(CmpOp);

}  // namespace py::ast
