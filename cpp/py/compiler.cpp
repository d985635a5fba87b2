// compiler.cpp — code generation from the AST (after symtable.cpp resolved the scopes).
//
// Control flow follows CPython 3.11: `finally` bodies are duplicated on the normal path,
// `return`/`break`/`continue` unwind the enclosing blocks at compile time (fblocks), and
// exception handlers are block-stack entries (SETUP_FINALLY / SETUP_CLEANUP) whose
// handler receives the exception on the value stack.
#include "py/compiler.hpp"

#include <algorithm>
#include <unordered_map>

#include "py/builtin_types.hpp"
#include "py/errors.hpp"
#include "py/parser.hpp"
#include "py/symtable.hpp"

namespace py {

namespace A = ast;

namespace {

enum FBKind { FB_WHILE, FB_FOR, FB_ASYNC_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
              FB_HANDLER, FB_STAR_HANDLER, FB_WITH, FB_ASYNC_WITH };
struct FBlock {
  FBKind kind;
  int start = -1, exit = -1;
  const A::Seq<A::Stmt*>* finalbody = nullptr;
  std::string_view name;
};
FBlock make_fb(FBKind kind, int start = -1, int exit = -1) {
  FBlock b;
  b.kind = kind;
  b.start = start;
  b.exit = exit;
  return b;
}

struct Unit {
  Scope* scope;
  std::vector<uint32_t> code;
  std::vector<int> lines;
  std::vector<Value> consts;  // owned
  std::vector<Str*> names;
  std::unordered_map<Str*, int> name_index;
  std::vector<std::string_view> varnames, cellvars, freevars;
  std::unordered_map<std::string_view, int> var_index, deref_index;
  std::vector<int> label_pos;
  std::vector<FBlock> fblocks;
  std::string qualname;
  std::string name;
  std::string private_name;  // enclosing class, for __name mangling
  int line = 1, firstline = 1;
  int end_line = 0, col = -1, end_col = -1;  // the rest of the current source range
  std::vector<Position> positions;
  int argcount = 0, posonly = 0, kwonly = 0;
  uint32_t flags = 0;
  Value doc;
  ~Unit() { for (Value v : consts) decref(v); decref(doc); }
};

bool is_jump(int op) {
  switch (op) {
    case JUMP: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case JUMP_IF_FALSE_OR_POP:
    case JUMP_IF_TRUE_OR_POP: case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: case FOR_ITER:
    case SEND: case SETUP_FINALLY: case SETUP_CLEANUP:
      return true;
    default:
      return false;
  }
}

// Stack effect of an instruction; `jump` selects the effect when the jump is taken.
int stack_effect(int op, uint32_t arg, bool jump) {
  switch (op) {
    case NOP: case SWAP: case UNARY_NEGATIVE: case UNARY_POSITIVE: case UNARY_INVERT:
    case UNARY_NOT: case DELETE_FAST: case DELETE_DEREF: case DELETE_GLOBAL: case DELETE_NAME:
    case LOAD_ATTR: case JUMP: case GET_ITER: case YIELD_VALUE: case GET_YIELD_FROM_ITER:
    case GET_AWAITABLE: case GET_AITER: case POP_BLOCK: case CHECK_EXC_MATCH: case LIST_TO_TUPLE:
    case SETUP_ANNOTATIONS: case CHECK_EG_MATCH:
      return 0;
    case SETUP_FINALLY: return jump ? 1 : 0;
    case SETUP_CLEANUP: return jump ? 0 : 0;
    case POP_TOP: case STORE_FAST: case STORE_DEREF: case STORE_GLOBAL: case STORE_NAME:
    case DELETE_ATTR: case BINARY_OP: case COMPARE_OP: case IS_OP: case CONTAINS_OP:
    case BINARY_SUBSCR: case LIST_APPEND: case SET_ADD: case LIST_EXTEND: case SET_UPDATE:
    case DICT_UPDATE: case DICT_MERGE: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
    case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: case RETURN_VALUE: case POP_EXCEPT:
    case RERAISE: case IMPORT_NAME: case IMPORT_STAR: case PRINT_EXPR: case PREP_RERAISE_STAR:
      return -1;
    case COPY: case LOAD_CONST: case LOAD_FAST: case LOAD_FAST_CHECK: case LOAD_FAST_LOAD_CONST: case LOAD_DEREF:
    case LOAD_CLOSURE: case LOAD_CLASSDEREF: case LOAD_GLOBAL: case LOAD_NAME: case LOAD_METHOD:
    case GET_ANEXT: case PUSH_EXC_INFO: case LOAD_BUILD_CLASS: case IMPORT_FROM: case BEFORE_WITH:
    case BEFORE_ASYNC_WITH: case WITH_EXCEPT_START: case LOAD_ASSERTION_ERROR: case LOAD_LOCALS:
    case GET_LEN: case MATCH_MAPPING: case MATCH_SEQUENCE: case MATCH_KEYS:
      return 1;
    case STORE_ATTR: case MAP_ADD: case DELETE_SUBSCR: case END_ASYNC_FOR: return -2;
    case STORE_SUBSCR: return -3;
    case CALL: return -int(arg);
    case CALL_METHOD: return -int(arg) - 1;
    case CALL_KW: return -int(arg) - 1;
    case CALL_EX: return (arg & 1) ? -2 : -1;
    case BUILD_SLICE: return 1 - int(arg);
    case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING: return 1 - int(arg);
    case BUILD_MAP: return 1 - 2 * int(arg);
    case UNPACK_SEQUENCE: return int(arg) - 1;
    case UNPACK_EX: return int(arg & 0xff) + int(arg >> 8);
    case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case FOR_ITER: return jump ? -1 : 1;
    case SEND: return jump ? -1 : 0;
    case RAISE_VARARGS: return -int(arg);
    case MAKE_FUNCTION: return -__builtin_popcount(arg);
    case FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case MATCH_CLASS: return -2;
    case COPY_DICT_WITHOUT_KEYS: return -1;
    case EXIT_INIT_CHECK: return -1;
  }
  return 0;
}

bool no_fallthrough(int op) {
  return op == JUMP || op == RETURN_VALUE || op == RERAISE || op == RAISE_VARARGS;
}

struct Compiler {
  SymbolTable st;
  std::string filename;
  SyntaxError* err;
  std::string_view source;
  std::vector<std::unique_ptr<Unit>> units;
  Unit* u = nullptr;
  bool failed = false;
  int interactive = 0;
  const A::Located* unwind_loc = nullptr;  // the return/break/continue being compiled
  const A::Pattern* last_pattern = nullptr;  // where CPython reports an or-pattern's errors

  // ---- errors ----
  void error(const std::string& msg, int line, int col = 0) {
    if (failed) return;
    failed = true;
    err->kind = SyntaxError::Syntax;
    err->msg = msg;
    err->filename = filename;
    err->lineno = line;
    err->offset = col + 1;
    err->text = line_text(line);
  }
  // An error over a node's source range, with CPython's character offsets.
  void error_at(const A::Located& n, const std::string& msg) {
    if (failed) return;
    error(msg, n.lineno, 0);
    err->offset = char_offset(err->text, n.col_offset) + 1;
    err->end_lineno = n.end_lineno;
    err->end_offset = char_offset(n.end_lineno == n.lineno ? err->text : line_text(n.end_lineno), n.end_col_offset) + 1;
  }
  static int char_offset(const std::string& line, int byte_col) {
    int n = 0;
    for (int i = 0; i < byte_col && i < int(line.size()); ++i) n += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
    return n;
  }
  std::string line_text(int line) {
    size_t pos = 0;
    for (int l = 1; l < line && pos != std::string_view::npos; ++l) {
      pos = source.find('\n', pos);
      if (pos != std::string_view::npos) ++pos;
    }
    if (pos == std::string_view::npos || pos > source.size()) return "";
    size_t end = source.find('\n', pos);
    return std::string(source.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos + 1));
  }

  // ---- emission ----
  void emit(int op, uint32_t arg = 0) {
    u->code.push_back(make_instr(op, arg));
    u->lines.push_back(u->line);
    u->positions.push_back({u->end_line, u->col, u->end_col});
  }
  // The source range the next instructions report (CPython's co_positions).
  void set_loc(const A::Located& n) {
    u->line = n.lineno;
    u->end_line = n.end_lineno;
    u->col = n.col_offset;
    u->end_col = n.end_col_offset;
  }
  // An attribute spanning lines reports the line of its name (update_start_location_to_match_attr).
  void match_attr_start(const A::Expr* attr) {
    if (u->line == attr->end_lineno) return;
    u->line = attr->end_lineno;
    int len = int(attr->as<A::Attribute>().attr.size());
    if (len <= attr->end_col_offset) {
      u->col = attr->end_col_offset - len;
    } else {
      u->col = u->end_col = -1;
    }
    u->end_line = std::max(u->line, u->end_line);
    if (u->line == u->end_line) u->end_col = std::max(u->col, u->end_col);
  }
  int new_label() {
    u->label_pos.push_back(-1);
    return int(u->label_pos.size()) - 1;
  }
  void bind(int label) { u->label_pos[label] = int(u->code.size()); }

  int add_const(Value v) {  // steals v
    for (size_t i = 0; i < u->consts.size(); ++i) {
      Value c = u->consts[i];
      if (c == v && (v.is_small_int() || v.is_immediate() ||
                     (v.is_ptr() && type_of(v) == interp().str_type))) {
        decref(v);
        return int(i);
      }
    }
    u->consts.push_back(v);
    return int(u->consts.size()) - 1;
  }
  void load_const(Value v) { emit(LOAD_CONST, add_const(v)); }
  int name_idx(std::string_view n) {
    Str* s = interp().intern(n);
    auto it = u->name_index.find(s);
    if (it != u->name_index.end()) return it->second;
    u->names.push_back(s);
    u->name_index[s] = int(u->names.size()) - 1;
    return int(u->names.size()) - 1;
  }
  // Private names: __x inside class C becomes _C__x (CPython's _Py_Mangle).
  std::string mangle(std::string_view n) {
    const std::string& cls = u->private_name;
    if (cls.empty() || n.size() < 3 || n[0] != '_' || n[1] != '_') return std::string(n);
    if (n.substr(n.size() - 2) == "__" || n.find('.') != std::string_view::npos) return std::string(n);
    size_t k = cls.find_first_not_of('_');
    if (k == std::string::npos) return std::string(n);
    return "_" + cls.substr(k) + std::string(n);
  }
  int attr_idx(std::string_view n) { return name_idx(mangle(n)); }
  int var_idx(std::string_view n) {
    auto it = u->var_index.find(n);
    if (it != u->var_index.end()) return it->second;
    u->varnames.push_back(n);
    return u->var_index[n] = int(u->varnames.size()) - 1;
  }

  // ---- units ----
  void enter(Scope* s, std::string name, int line) {
    auto nu = std::make_unique<Unit>();
    nu->scope = s;
    nu->name = name;
    nu->line = nu->firstline = line;
    std::string qual = name;
    if (u && u->scope->kind != Scope::Module) {
      if (u->scope->kind == Scope::Class) qual = u->qualname + "." + name;
      else qual = u->qualname + ".<locals>." + name;
    }
    nu->qualname = qual;
    nu->private_name = s->kind == Scope::Class ? name : (u ? u->private_name : std::string());
    if (s->is_function()) {
      for (std::string_view p : s->params) {
        nu->var_index[p] = int(nu->varnames.size());
        nu->varnames.push_back(p);
      }
      for (std::string_view n : s->order) {
        SymScope r = s->scope_of(n);
        if (r == SymScope::Local && !nu->var_index.count(n)) {
          nu->var_index[n] = int(nu->varnames.size());
          nu->varnames.push_back(n);
        }
      }
    }
    for (std::string_view n : s->order)
      if (s->scope_of(n) == SymScope::Cell) nu->cellvars.push_back(n);
    if (s->kind == Scope::Class && s->needs_class_cell) nu->cellvars.push_back("__class__");
    for (std::string_view n : s->order)
      if (s->scope_of(n) == SymScope::Free) nu->freevars.push_back(n);
    for (std::string_view n : s->class_free) nu->freevars.push_back(n);
    int i = 0;
    for (std::string_view n : nu->cellvars) nu->deref_index[n] = i++;
    for (std::string_view n : nu->freevars) nu->deref_index[n] = i++;
    units.push_back(std::move(nu));
    u = units.back().get();
  }

  Code* leave() {
    Interpreter& I = interp();
    // Resolve labels.
    for (uint32_t& w : u->code) {
      int op = instr_op(w);
      if (is_jump(op)) w = make_instr(op, uint32_t(u->label_pos[instr_arg(w)]));
    }
    // A jump to a return returns where it is (CPython does the same): `x if c else y` as a
    // return value saves a dispatch and the jump's periodic check.
    for (uint32_t& w : u->code)
      if (instr_op(w) == JUMP && instr_arg(w) < u->code.size() && u->code[instr_arg(w)] == make_instr(RETURN_VALUE, 0))
        w = make_instr(RETURN_VALUE, 0);
    Code* c = new_code();
    c->code = std::move(u->code);
    c->lines = std::move(u->lines);
    c->positions = std::move(u->positions);
    c->stacksize = compute_stacksize(c->code);
    // LOAD_FAST then LOAD_CONST (`n < 2`, `n - 1`) in one dispatch (CPython 3.11's
    // LOAD_FAST__LOAD_CONST). The LOAD_CONST stays where it is, for jumps to it.
    for (size_t i = 0; i + 1 < c->code.size(); ++i)
      if (instr_op(c->code[i]) == LOAD_FAST && instr_op(c->code[i + 1]) == LOAD_CONST)
        c->code[i] = make_instr(LOAD_FAST_LOAD_CONST, instr_arg(c->code[i]));
    bool cache = false;
    for (uint32_t w : c->code) {
      int op = instr_op(w);
      if (op == LOAD_GLOBAL || op == LOAD_ATTR || op == LOAD_METHOD || op == STORE_ATTR || op == LOAD_NAME ||
          op == STORE_NAME)
        cache = true;
    }
    if (cache) c->caches.resize(c->code.size());
    Ref consts = new_tuple(u->consts.size());
    for (size_t i = 0; i < u->consts.size(); ++i) as_tuple(consts.get())->items[i] = u->consts[i];
    u->consts.clear();
    c->consts = consts.release();
    Ref names = new_tuple(u->names.size());
    for (size_t i = 0; i < u->names.size(); ++i)
      as_tuple(names.get())->items[i] = newref(Value::from_ptr(u->names[i]));
    c->names = names.release();
    for (std::string_view n : u->varnames) c->varnames.push_back(I.intern(n)), incref(Value::from_ptr(c->varnames.back()));
    for (std::string_view n : u->cellvars) {
      c->cellvars.push_back(I.intern(n));
      incref(Value::from_ptr(c->cellvars.back()));
      auto it = u->var_index.find(n);
      c->cell2arg.push_back(it != u->var_index.end() && it->second < int(u->scope->params.size()) ? it->second : -1);
    }
    for (std::string_view n : u->freevars) c->freevars.push_back(I.intern(n)), incref(Value::from_ptr(c->freevars.back()));
    c->argcount = u->argcount;
    c->posonlyargcount = u->posonly;
    c->kwonlyargcount = u->kwonly;
    c->nlocals = int(u->varnames.size());
    c->flags = u->flags;
    c->firstlineno = u->firstline;
    finish_code(c);
    c->name = new_str(u->name).release();
    c->qualname = new_str(u->qualname).release();
    c->filename = new_str(filename).release();
    c->doc = u->doc;
    u->doc = kNull;
    units.pop_back();
    u = units.empty() ? nullptr : units.back().get();
    return c;
  }

  int compute_stacksize(const std::vector<uint32_t>& code) {
    std::vector<int> depth(code.size() + 1, -1);
    std::vector<int> work;
    int maxd = 0;
    auto push = [&](int pc, int d) {
      if (pc < 0 || pc >= int(code.size())) return;
      if (depth[pc] >= d) return;
      depth[pc] = d;
      work.push_back(pc);
    };
    push(0, 0);
    while (!work.empty()) {
      int pc = work.back();
      work.pop_back();
      int d = depth[pc];
      for (; pc < int(code.size());) {
        int op = instr_op(code[pc]);
        uint32_t arg = instr_arg(code[pc]);
        if (is_jump(op)) {
          int jd = d + stack_effect(op, arg, true);
          if (op == SETUP_CLEANUP) jd = d;  // handler: level (d-1) + the exception
          maxd = std::max(maxd, jd);
          push(int(arg), jd);
        }
        if (no_fallthrough(op)) break;
        d += stack_effect(op, arg, false);
        maxd = std::max(maxd, d);
        ++pc;
        if (pc < int(code.size()) && depth[pc] >= d) break;
        if (pc < int(code.size())) depth[pc] = d;
      }
    }
    return maxd + 2;
  }

  // ---- names ----
  void nameop(std::string_view name, A::Ctx ctx) {
    Scope* s = u->scope;
    SymScope r = s->scope_of(name);
    bool class_free = false;
    if (s->kind == Scope::Class)
      for (std::string_view n : s->class_free) if (n == name) class_free = true;
    if ((r == SymScope::Free || r == SymScope::Cell) && !class_free) {
      int idx = u->deref_index.at(name);
      if (ctx == A::Ctx::Load) emit(s->kind == Scope::Class ? LOAD_CLASSDEREF : LOAD_DEREF, idx);
      else emit(ctx == A::Ctx::Store ? STORE_DEREF : DELETE_DEREF, idx);
      return;
    }
    if (r == SymScope::Local && s->is_function()) {
      int idx = var_idx(name);
      emit(ctx == A::Ctx::Load ? LOAD_FAST : ctx == A::Ctx::Store ? STORE_FAST : DELETE_FAST, idx);
      return;
    }
    if (r == SymScope::GlobalExplicit || (r == SymScope::GlobalImplicit && s->is_function())) {
      int idx = name_idx(mangle(name));
      emit(ctx == A::Ctx::Load ? LOAD_GLOBAL : ctx == A::Ctx::Store ? STORE_GLOBAL : DELETE_GLOBAL, idx);
      return;
    }
    int idx = name_idx(mangle(name));
    emit(ctx == A::Ctx::Load ? LOAD_NAME : ctx == A::Ctx::Store ? STORE_NAME : DELETE_NAME, idx);
  }

  // ---- constants ----
  Value const_value(const A::Constant& c) {
    switch (c.value_kind) {
      case A::ConstKind::None: return kNone;
      case A::ConstKind::True: return kTrue;
      case A::ConstKind::False: return kFalse;
      case A::ConstKind::Ellipsis: return kEllipsis;
      case A::ConstKind::Int: return new_int(c.i).release();
      case A::ConstKind::BigInt: {
        num::BigInt b;
        num::BigInt::parse(c.s, 10, b);
        return new_int(b).release();
      }
      case A::ConstKind::Float: return new_float(c.f).release();
      case A::ConstKind::Complex: return new_complex(0.0, c.f).release();
      case A::ConstKind::Str: {
        Str* s = interp().intern(c.s);
        incref(Value::from_ptr(s));
        return Value::from_ptr(s);
      }
      case A::ConstKind::Bytes: return new_bytes(c.s).release();
    }
    return kNone;
  }

  // ---- expressions ----
  // Sets the source range for the instructions of one node, restored afterwards.
  struct LocSaver {
    Unit* u;
    int line, end_line, col, end_col;
    LocSaver(Unit* u, const A::Located& n)
        : u(u), line(u->line), end_line(u->end_line), col(u->col), end_col(u->end_col) {
      if (n.lineno > 0) {
        u->line = n.lineno, u->end_line = n.end_lineno;
        u->col = n.col_offset, u->end_col = n.end_col_offset;
      }
    }
    ~LocSaver() { u->line = line, u->end_line = end_line, u->col = col, u->end_col = end_col; }
  };

  static int binop_code(A::BinOperator op) {
    switch (op) {
      case A::BinOperator::Add: return kAdd;
      case A::BinOperator::Sub: return kSub;
      case A::BinOperator::Mult: return kMul;
      case A::BinOperator::MatMult: return kMatMul;
      case A::BinOperator::Div: return kTrueDiv;
      case A::BinOperator::Mod: return kMod;
      case A::BinOperator::Pow: return kPow;
      case A::BinOperator::LShift: return kLshift;
      case A::BinOperator::RShift: return kRshift;
      case A::BinOperator::BitOr: return kOr;
      case A::BinOperator::BitXor: return kXor;
      case A::BinOperator::BitAnd: return kAnd;
      case A::BinOperator::FloorDiv: return kFloorDiv;
    }
    return kAdd;
  }

  void compare_op(A::CmpOp op) {
    switch (op) {
      case A::CmpOp::Eq: emit(COMPARE_OP, kEq); break;
      case A::CmpOp::NotEq: emit(COMPARE_OP, kNe); break;
      case A::CmpOp::Lt: emit(COMPARE_OP, kLt); break;
      case A::CmpOp::LtE: emit(COMPARE_OP, kLe); break;
      case A::CmpOp::Gt: emit(COMPARE_OP, kGt); break;
      case A::CmpOp::GtE: emit(COMPARE_OP, kGe); break;
      case A::CmpOp::Is: emit(IS_OP, 0); break;
      case A::CmpOp::IsNot: emit(IS_OP, 1); break;
      case A::CmpOp::In: emit(CONTAINS_OP, 0); break;
      case A::CmpOp::NotIn: emit(CONTAINS_OP, 1); break;
    }
  }

  bool has_starred(const A::Seq<A::Expr*>& es) {
    for (A::Expr* e : es) if (e->is<A::Starred>()) return true;
    return false;
  }

  // Pushes a list built from elements with *unpacking.
  void starred_list(const A::Seq<A::Expr*>& elts) {
    emit(BUILD_LIST, 0);
    for (A::Expr* e : elts) {
      if (e->is<A::Starred>()) {
        expr(e->as<A::Starred>().value);
        emit(LIST_EXTEND, 1);
      } else {
        expr(e);
        emit(LIST_APPEND, 1);
      }
    }
  }

  void yield_from_loop(bool await) {
    (void)await;
    int loop = new_label(), exit = new_label();
    load_const(kNone);
    bind(loop);
    emit(SEND, exit);
    emit(YIELD_VALUE, 0);
    emit(JUMP, loop);
    bind(exit);
  }

  void call_args(const A::Seq<A::Expr*>& args, const A::Seq<A::Keyword*>& kws, int extra) {
    bool dyn = has_starred(args);
    for (A::Keyword* k : kws) if (k->arg.empty()) dyn = true;
    if (dyn) {
      if (extra) {
        // `self` of a method call was pushed already: fold it into the argument list.
        error("internal: method call with unpacking", 0);
      }
      if (args.size() == 1 && args[0]->is<A::Starred>()) {
        // f(*xs): CALL_EX makes the tuple, naming f if xs is not iterable (as CPython does).
        expr(args[0]->as<A::Starred>().value);
      } else {
        starred_list(args);
        emit(LIST_TO_TUPLE);
      }
      if (!kws.empty()) {
        // Keywords before the first ** go straight into the map; a later run of them is
        // merged like a ** mapping so that a repeated name is an error, not an overwrite.
        emit(BUILD_MAP, 0);
        bool merged = false;
        for (size_t i = 0; i < kws.size();) {
          if (kws[i]->arg.empty()) {
            expr(kws[i++]->value);
            emit(DICT_MERGE, 1);
            merged = true;
            continue;
          }
          if (merged) emit(BUILD_MAP, 0);
          for (; i < kws.size() && !kws[i]->arg.empty(); ++i) {
            load_const(newref(Value::from_ptr(interp().intern(kws[i]->arg))));
            expr(kws[i]->value);
            emit(MAP_ADD, 1);
          }
          if (merged) emit(DICT_MERGE, 1);
        }
        emit(CALL_EX, 1);
      } else {
        emit(CALL_EX, 0);
      }
      return;
    }
    for (A::Expr* a : args) expr(a);
    if (kws.empty()) {
      emit(CALL, args.size() + extra);
      return;
    }
    Ref names = new_tuple(kws.size());
    for (uint32_t i = 0; i < kws.size(); ++i) {
      expr(kws[i]->value);
      Str* s = interp().intern(kws[i]->arg);
      as_tuple(names.get())->items[i] = newref(Value::from_ptr(s));
    }
    load_const(names.release());
    emit(CALL_KW, args.size() + kws.size() + extra);
  }

  void expr(A::Expr* e) {
    LocSaver ls(u, *e);
    switch (e->kind) {
      case A::ExprKind::Constant: load_const(const_value(e->as<A::Constant>())); break;
      case A::ExprKind::Name: nameop(e->as<A::Name>().id, A::Ctx::Load); break;
      case A::ExprKind::Attribute:
        expr(e->as<A::Attribute>().value);
        match_attr_start(e);
        emit(LOAD_ATTR, attr_idx(e->as<A::Attribute>().attr));
        break;
      case A::ExprKind::Subscript:
        expr(e->as<A::Subscript>().value);
        slice_or_expr(e->as<A::Subscript>().slice);
        emit(BINARY_SUBSCR);
        break;
      case A::ExprKind::Slice: slice_or_expr(e); break;
      case A::ExprKind::Call: {
        auto& c = e->as<A::Call>();
        bool dyn = has_starred(c.args);
        for (A::Keyword* k : c.keywords) if (k->arg.empty()) dyn = true;
        if (c.func->is<A::Attribute>() && !dyn && c.keywords.empty()) {
          expr(c.func->as<A::Attribute>().value);
          {
            LocSaver meth(u, *c.func);
            match_attr_start(c.func);
            emit(LOAD_METHOD, attr_idx(c.func->as<A::Attribute>().attr));
          }
          for (A::Expr* a : c.args) expr(a);
          match_attr_start(c.func);
          emit(CALL_METHOD, c.args.size());
        } else {
          expr(c.func);
          call_args(c.args, c.keywords, 0);
        }
        break;
      }
      case A::ExprKind::BinOp: {
        auto& b = e->as<A::BinOp>();
        expr(b.left);
        expr(b.right);
        emit(BINARY_OP, binop_code(b.op));
        break;
      }
      case A::ExprKind::UnaryOp: {
        auto& un = e->as<A::UnaryOp>();
        if (un.op == A::UnaryOperator::USub && un.operand->is<A::Constant>()) {
          auto& c = un.operand->as<A::Constant>();
          if (c.value_kind == A::ConstKind::Int) { load_const(new_int(-c.i).release()); break; }
          if (c.value_kind == A::ConstKind::Float) { load_const(new_float(-c.f).release()); break; }
        }
        expr(un.operand);
        switch (un.op) {
          case A::UnaryOperator::Invert: emit(UNARY_INVERT); break;
          case A::UnaryOperator::Not: emit(UNARY_NOT); break;
          case A::UnaryOperator::UAdd: emit(UNARY_POSITIVE); break;
          case A::UnaryOperator::USub: emit(UNARY_NEGATIVE); break;
        }
        break;
      }
      case A::ExprKind::BoolOp: {
        auto& b = e->as<A::BoolOp>();
        int end = new_label();
        for (uint32_t i = 0; i < b.values.size(); ++i) {
          expr(b.values[i]);
          if (i + 1 < b.values.size())
            emit(b.op == A::BoolOperator::And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP, end);
        }
        bind(end);
        break;
      }
      case A::ExprKind::Compare: {
        auto& c = e->as<A::Compare>();
        expr(c.left);
        if (c.ops.size() == 1) {
          expr(c.comparators[0]);
          compare_op(c.ops[0]);
          break;
        }
        int cleanup = new_label(), end = new_label();
        for (uint32_t i = 0; i + 1 < c.ops.size(); ++i) {
          expr(c.comparators[i]);
          emit(SWAP, 2);
          emit(COPY, 2);
          compare_op(c.ops[i]);
          emit(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c.comparators[c.ops.size() - 1]);
        compare_op(c.ops[c.ops.size() - 1]);
        emit(JUMP, end);
        bind(cleanup);
        emit(SWAP, 2);
        emit(POP_TOP);
        bind(end);
        break;
      }
      case A::ExprKind::IfExp: {
        auto& x = e->as<A::IfExp>();
        int els = new_label(), end = new_label();
        expr(x.test);
        emit(POP_JUMP_IF_FALSE, els);
        expr(x.body);
        emit(JUMP, end);
        bind(els);
        expr(x.orelse);
        bind(end);
        break;
      }
      case A::ExprKind::NamedExpr:
        expr(e->as<A::NamedExpr>().value);
        emit(COPY, 1);
        nameop(e->as<A::NamedExpr>().target->as<A::Name>().id, A::Ctx::Store);
        break;
      case A::ExprKind::Lambda: {
        auto& l = e->as<A::Lambda>();
        Scope* s = st.lookup(e);
        uint32_t fl = defaults(l.args);
        enter(s, "<lambda>", e->lineno);
        set_args(l.args);
        u->flags |= kCoOptimized | kCoNewLocals;
        expr(l.body);
        emit(RETURN_VALUE);
        Code* code = leave();
        make_function(code, fl);
        break;
      }
      case A::ExprKind::Tuple: {
        auto& t = e->as<A::Tuple>();
        if (t.ctx != A::Ctx::Load) { store(e); break; }
        if (has_starred(t.elts)) {
          starred_list(t.elts);
          emit(LIST_TO_TUPLE);
          break;
        }
        bool all_const = !t.elts.empty();
        for (A::Expr* x : t.elts) {
          if (!x->is<A::Constant>() || x->as<A::Constant>().value_kind == A::ConstKind::Complex) all_const = false;
        }
        if (all_const) {
          Ref tup = new_tuple(t.elts.size());
          for (uint32_t i = 0; i < t.elts.size(); ++i)
            as_tuple(tup.get())->items[i] = const_value(t.elts[i]->as<A::Constant>());
          load_const(tup.release());
          break;
        }
        for (A::Expr* x : t.elts) expr(x);
        emit(BUILD_TUPLE, t.elts.size());
        break;
      }
      case A::ExprKind::List: {
        auto& l = e->as<A::List>();
        if (l.ctx != A::Ctx::Load) { store(e); break; }
        if (has_starred(l.elts)) { starred_list(l.elts); break; }
        for (A::Expr* x : l.elts) expr(x);
        emit(BUILD_LIST, l.elts.size());
        break;
      }
      case A::ExprKind::Set: {
        auto& l = e->as<A::Set>();
        if (has_starred(l.elts)) {
          emit(BUILD_SET, 0);
          for (A::Expr* x : l.elts) {
            if (x->is<A::Starred>()) { expr(x->as<A::Starred>().value); emit(SET_UPDATE, 1); }
            else { expr(x); emit(SET_ADD, 1); }
          }
          break;
        }
        for (A::Expr* x : l.elts) expr(x);
        emit(BUILD_SET, l.elts.size());
        break;
      }
      case A::ExprKind::Dict: {
        auto& d = e->as<A::Dict>();
        bool dyn = false;
        for (A::Expr* k : d.keys) if (!k) dyn = true;
        if (!dyn && d.keys.size() < 256) {
          for (uint32_t i = 0; i < d.keys.size(); ++i) { expr(d.keys[i]); expr(d.values[i]); }
          emit(BUILD_MAP, d.keys.size());
          break;
        }
        emit(BUILD_MAP, 0);
        for (uint32_t i = 0; i < d.keys.size(); ++i) {
          if (!d.keys[i]) { expr(d.values[i]); emit(DICT_UPDATE, 1); }
          else { expr(d.keys[i]); expr(d.values[i]); emit(MAP_ADD, 1); }
        }
        break;
      }
      case A::ExprKind::ListComp:
        comprehension(e, e->as<A::ListComp>().generators, e->as<A::ListComp>().elt, nullptr, 1);
        break;
      case A::ExprKind::SetComp:
        comprehension(e, e->as<A::SetComp>().generators, e->as<A::SetComp>().elt, nullptr, 2);
        break;
      case A::ExprKind::DictComp:
        comprehension(e, e->as<A::DictComp>().generators, e->as<A::DictComp>().key, e->as<A::DictComp>().value, 3);
        break;
      case A::ExprKind::GeneratorExp:
        comprehension(e, e->as<A::GeneratorExp>().generators, e->as<A::GeneratorExp>().elt, nullptr, 0);
        break;
      case A::ExprKind::Await:
        if (!u->scope->coroutine && !(u->flags & kCoCoroutine)) {
          if (u->scope->kind != Scope::Comprehension) {
            error_at(*e, u->scope->is_function() ? "'await' outside async function" : "'await' outside function");
            break;
          }
        }
        expr(e->as<A::Await>().value);
        emit(GET_AWAITABLE);
        yield_from_loop(true);
        break;
      case A::ExprKind::Yield:
        if (!u->scope->is_function()) { error_at(*e, "'yield' outside function"); break; }
        if (e->as<A::Yield>().value) expr(e->as<A::Yield>().value);
        else load_const(kNone);
        emit(YIELD_VALUE, (u->flags & kCoAsyncGenerator) ? 1 : 0);
        break;
      case A::ExprKind::YieldFrom:
        if (!u->scope->is_function()) { error_at(*e, "'yield' outside function"); break; }
        if (u->scope->coroutine) { error_at(*e, "'yield from' inside async function"); break; }
        expr(e->as<A::YieldFrom>().value);
        emit(GET_YIELD_FROM_ITER);
        yield_from_loop(false);
        break;
      case A::ExprKind::JoinedStr: {
        auto& j = e->as<A::JoinedStr>();
        if (j.values.empty()) { load_const(newref(interp().empty_str)); break; }
        for (A::Expr* v : j.values) expr(v);
        if (j.values.size() > 1) emit(BUILD_STRING, j.values.size());
        else if (j.values[0]->is<A::Constant>()) {}
        break;
      }
      case A::ExprKind::FormattedValue: {
        auto& f = e->as<A::FormattedValue>();
        expr(f.value);
        uint32_t flags = f.conversion == 's' ? 1 : f.conversion == 'r' ? 2 : f.conversion == 'a' ? 3 : 0;
        if (f.format_spec) { expr(f.format_spec); flags |= 4; }
        emit(FORMAT_VALUE, flags);
        break;
      }
      case A::ExprKind::Starred:
        error_at(*e, "can't use starred expression here");
        break;
    }
  }

  void slice_or_expr(A::Expr* e) {
    if (!e->is<A::Slice>()) { expr(e); return; }
    auto& s = e->as<A::Slice>();
    if (s.lower) expr(s.lower); else load_const(kNone);
    if (s.upper) expr(s.upper); else load_const(kNone);
    if (s.step) { expr(s.step); emit(BUILD_SLICE, 3); }
    else emit(BUILD_SLICE, 2);
  }

  // ---- comprehensions ----
  void comprehension(A::Expr* e, const A::Seq<A::Comprehension*>& gens, A::Expr* elt, A::Expr* val, int kind) {
    Scope* s = st.lookup(e);
    static const char* const names[] = {"<genexpr>", "<listcomp>", "<setcomp>", "<dictcomp>"};
    bool outer_async = gens[0]->is_async;
    if (s->coroutine && kind != 0 && !(u->scope->kind == Scope::Function && u->scope->coroutine) &&
        u->scope->kind != Scope::Comprehension) {
      error_at(*e, "asynchronous comprehension outside of an asynchronous function");
      return;
    }
    enter(s, names[kind], e->lineno);
    u->argcount = 1;
    u->flags |= kCoOptimized | kCoNewLocals;
    bool is_async = s->coroutine;
    if (kind == 0) u->flags |= is_async ? kCoAsyncGenerator : kCoGenerator;
    else if (is_async) u->flags |= kCoCoroutine;
    if (kind == 1) emit(BUILD_LIST, 0);
    if (kind == 2) emit(BUILD_SET, 0);
    if (kind == 3) emit(BUILD_MAP, 0);
    comp_gen(gens, 0, elt, val, kind);
    if (kind == 0) load_const(kNone);
    emit(RETURN_VALUE);
    Code* code = leave();
    make_function(code, 0);
    expr(gens[0]->iter);
    emit(outer_async ? GET_AITER : GET_ITER);
    emit(CALL, 1);
    if (is_async && kind != 0) {
      emit(GET_AWAITABLE);
      yield_from_loop(true);
    }
  }

  void comp_gen(const A::Seq<A::Comprehension*>& gens, uint32_t i, A::Expr* elt, A::Expr* val, int kind) {
    A::Comprehension* g = gens[i];
    if (i == 0) emit(LOAD_FAST, var_idx(".0"));
    else { expr(g->iter); emit(g->is_async ? GET_AITER : GET_ITER); }
    int start = new_label(), end = new_label(), handler = new_label();
    bind(start);
    if (g->is_async) {
      emit(SETUP_FINALLY, handler);
      emit(GET_ANEXT);
      yield_from_loop(true);
      emit(POP_BLOCK);
    } else {
      emit(FOR_ITER, end);
    }
    store(g->target);
    for (A::Expr* c : g->ifs) {
      expr(c);
      emit(POP_JUMP_IF_FALSE, start);
    }
    if (i + 1 < gens.size()) {
      comp_gen(gens, i + 1, elt, val, kind);
    } else {
      uint32_t depth = gens.size() + 1;
      switch (kind) {
        case 0:
          expr(elt);
          emit(YIELD_VALUE, (u->flags & kCoAsyncGenerator) ? 1 : 0);
          emit(POP_TOP);
          break;
        case 1: expr(elt); emit(LIST_APPEND, depth); break;
        case 2: expr(elt); emit(SET_ADD, depth); break;
        case 3: expr(elt); expr(val); emit(MAP_ADD, depth); break;
      }
    }
    emit(JUMP, start);
    if (g->is_async) {
      bind(handler);
      emit(END_ASYNC_FOR);
      bind(end);
    } else {
      bind(end);
      bind(handler);
    }
  }

  // ---- functions and classes ----
  uint32_t defaults(A::Arguments* a) {
    uint32_t fl = 0;
    if (!a->defaults.empty()) {
      for (A::Expr* d : a->defaults) expr(d);
      emit(BUILD_TUPLE, a->defaults.size());
      fl |= kFnDefaults;
    }
    int nkw = 0;
    for (uint32_t i = 0; i < a->kwonlyargs.size(); ++i) {
      if (a->kw_defaults[i]) {
        load_const(newref(Value::from_ptr(interp().intern(a->kwonlyargs[i]->arg))));
        expr(a->kw_defaults[i]);
        ++nkw;
      }
    }
    if (nkw) {
      emit(BUILD_MAP, nkw);
      fl |= kFnKwDefaults;
    }
    return fl;
  }

  void set_args(A::Arguments* a) {
    u->argcount = a->posonlyargs.size() + a->args.size();
    u->posonly = a->posonlyargs.size();
    u->kwonly = a->kwonlyargs.size();
    if (a->vararg) u->flags |= kCoVarargs;
    if (a->kwarg) u->flags |= kCoVarkeywords;
  }

  bool annotations(A::Arguments* a, A::Expr* returns) {
    int n = 0;
    auto ann = [&](A::Arg* x) {
      if (x && x->annotation) {
        load_const(newref(Value::from_ptr(interp().intern(x->arg))));
        expr(x->annotation);
        ++n;
      }
    };
    for (A::Arg* x : a->posonlyargs) ann(x);
    for (A::Arg* x : a->args) ann(x);
    ann(a->vararg);
    for (A::Arg* x : a->kwonlyargs) ann(x);
    ann(a->kwarg);
    if (returns) {
      load_const(newref(Value::from_ptr(interp().intern("return"))));
      expr(returns);
      ++n;
    }
    if (n) emit(BUILD_MAP, n);
    return n > 0;
  }

  void make_function(Code* code, uint32_t flags) {
    if (!code->freevars.empty()) {
      for (Str* n : code->freevars) {
        std::string_view name = n->view();
        auto it = u->deref_index.find(name);
        if (it == u->deref_index.end()) {
          error("internal compiler error: no cell for '" + std::string(name) + "'", u->line);
          return;
        }
        emit(LOAD_CLOSURE, it->second);
      }
      emit(BUILD_TUPLE, code->freevars.size());
      flags |= kFnClosure;
    }
    load_const(Value::from_ptr(code));
    emit(MAKE_FUNCTION, flags);
  }

  static bool is_docstring(const A::Seq<A::Stmt*>& body) {
    if (body.empty() || !body[0]->is<A::ExprStmt>()) return false;
    A::Expr* v = body[0]->as<A::ExprStmt>().value;
    return v->is<A::Constant>() && v->as<A::Constant>().value_kind == A::ConstKind::Str;
  }

  void function_def(A::Stmt* s) {
    auto& f = s->as<A::FunctionDef>();
    for (A::Expr* d : f.decorator_list) expr(d);
    uint32_t fl = defaults(f.args);
    if (annotations(f.args, f.returns)) fl |= kFnAnnotations;
    Scope* sc = st.lookup(s);
    int first = f.decorator_list.empty() ? s->lineno : f.decorator_list[0]->lineno;
    enter(sc, std::string(f.name), first);
    u->firstline = s->lineno;
    set_args(f.args);
    u->flags |= kCoOptimized | kCoNewLocals;
    bool async = s->kind == A::StmtKind::AsyncFunctionDef;
    if (async && sc->generator) u->flags |= kCoAsyncGenerator;
    else if (async) u->flags |= kCoCoroutine;
    else if (sc->generator) u->flags |= kCoGenerator;
    uint32_t start = 0;
    if (is_docstring(f.body)) {
      u->doc = const_value(f.body[0]->as<A::ExprStmt>().value->as<A::Constant>());
      start = 1;
    }
    for (uint32_t i = start; i < f.body.size(); ++i) stmt(f.body[i]);
    load_const(kNone);
    emit(RETURN_VALUE);
    Code* code = leave();
    set_loc(*s);
    make_function(code, fl);
    apply_decorators(f.decorator_list);
    set_loc(*s);
    nameop(f.name, A::Ctx::Store);
  }

  // Innermost first, each call reporting its decorator's range.
  void apply_decorators(const A::Seq<A::Expr*>& decos) {
    for (uint32_t i = decos.size(); i-- > 0;) {
      set_loc(*decos[i]);
      emit(CALL, 1);
    }
  }

  void class_def(A::Stmt* s) {
    auto& c = s->as<A::ClassDef>();
    for (A::Expr* d : c.decorator_list) expr(d);
    Scope* sc = st.lookup(s);
    enter(sc, std::string(c.name), s->lineno);
    Interpreter& I = interp();
    (void)I;
    nameop("__name__", A::Ctx::Load);
    set_loc(*s);
    emit(STORE_NAME, name_idx("__module__"));
    load_const(new_str(u->qualname).release());
    emit(STORE_NAME, name_idx("__qualname__"));
    uint32_t start = 0;
    if (is_docstring(c.body)) {
      load_const(const_value(c.body[0]->as<A::ExprStmt>().value->as<A::Constant>()));
      emit(STORE_NAME, name_idx("__doc__"));
      start = 1;
    }
    if (has_annotations(c.body)) emit(SETUP_ANNOTATIONS);
    for (uint32_t i = start; i < c.body.size(); ++i) stmt(c.body[i]);
    if (sc->needs_class_cell) {
      emit(LOAD_CLOSURE, u->deref_index.at("__class__"));
      emit(COPY, 1);
      emit(STORE_NAME, name_idx("__classcell__"));
    } else {
      load_const(kNone);
    }
    emit(RETURN_VALUE);
    Code* code = leave();
    set_loc(*s);
    emit(LOAD_BUILD_CLASS);
    make_function(code, 0);
    load_const(new_str(c.name).release());
    A::Seq<A::Keyword*> kws = c.keywords;
    call_args(c.bases, kws, 2);
    apply_decorators(c.decorator_list);
    set_loc(*s);
    nameop(c.name, A::Ctx::Store);
  }

  static bool has_annotations(const A::Seq<A::Stmt*>& body) {
    for (A::Stmt* s : body) if (s->is<A::AnnAssign>()) return true;
    return false;
  }

  // ---- stores ----
  void store(A::Expr* e) {
    LocSaver ls(u, *e);
    switch (e->kind) {
      case A::ExprKind::Name: nameop(e->as<A::Name>().id, A::Ctx::Store); break;
      case A::ExprKind::Attribute:
        expr(e->as<A::Attribute>().value);
        emit(STORE_ATTR, attr_idx(e->as<A::Attribute>().attr));
        break;
      case A::ExprKind::Subscript:
        expr(e->as<A::Subscript>().value);
        slice_or_expr(e->as<A::Subscript>().slice);
        emit(STORE_SUBSCR);
        break;
      case A::ExprKind::Tuple:
      case A::ExprKind::List: {
        const A::Seq<A::Expr*>& elts = e->is<A::Tuple>() ? e->as<A::Tuple>().elts : e->as<A::List>().elts;
        int star = -1;
        for (uint32_t i = 0; i < elts.size(); ++i) {
          if (elts[i]->is<A::Starred>()) {
            if (star >= 0) { error_at(*e, "multiple starred expressions in assignment"); return; }
            star = int(i);
          }
        }
        if (star < 0) emit(UNPACK_SEQUENCE, elts.size());
        else emit(UNPACK_EX, uint32_t(star) | (uint32_t(elts.size() - star - 1) << 8));
        for (A::Expr* x : elts) store(x->is<A::Starred>() ? x->as<A::Starred>().value : x);
        break;
      }
      case A::ExprKind::Starred:
        error_at(*e, "starred assignment target must be in a list or tuple");
        break;
      default:
        error_at(*e, "cannot assign to expression");
    }
  }

  void del(A::Expr* e) {
    LocSaver ls(u, *e);
    switch (e->kind) {
      case A::ExprKind::Name: nameop(e->as<A::Name>().id, A::Ctx::Del); break;
      case A::ExprKind::Attribute:
        expr(e->as<A::Attribute>().value);
        emit(DELETE_ATTR, attr_idx(e->as<A::Attribute>().attr));
        break;
      case A::ExprKind::Subscript:
        expr(e->as<A::Subscript>().value);
        slice_or_expr(e->as<A::Subscript>().slice);
        emit(DELETE_SUBSCR);
        break;
      case A::ExprKind::Tuple: for (A::Expr* x : e->as<A::Tuple>().elts) del(x); break;
      case A::ExprKind::List: for (A::Expr* x : e->as<A::List>().elts) del(x); break;
      default: error_at(*e, "cannot delete expression");
    }
  }

  // ---- unwinding ----
  void call_exit_none(bool async) {
    load_const(kNone);
    load_const(kNone);
    load_const(kNone);
    emit(CALL, 3);
    if (async) {
      emit(GET_AWAITABLE);
      yield_from_loop(true);
    }
    emit(POP_TOP);
  }

  void unwind(FBlock& b, bool preserve_tos) {
    switch (b.kind) {
      case FB_WHILE: break;
      case FB_FOR:
      case FB_ASYNC_FOR:
        if (preserve_tos) emit(SWAP, 2);
        emit(POP_TOP);
        break;
      case FB_TRY_EXCEPT: emit(POP_BLOCK); break;
      case FB_FINALLY_TRY: {
        emit(POP_BLOCK);
        FBlock saved = b;
        u->fblocks.pop_back();  // the finally body runs outside its own protection
        stmts(*saved.finalbody);
        u->fblocks.push_back(saved);
        break;
      }
      case FB_FINALLY_END:
        if (preserve_tos) emit(SWAP, 2);
        emit(POP_TOP);
        emit(POP_BLOCK);
        if (preserve_tos) emit(SWAP, 2);
        emit(POP_EXCEPT);
        break;
      case FB_STAR_HANDLER:
        error_at(*unwind_loc, "'break', 'continue' and 'return' cannot appear in an except* block");
        break;
      case FB_HANDLER:
        emit(POP_BLOCK);
        if (preserve_tos) emit(SWAP, 2);
        emit(POP_EXCEPT);
        if (!b.name.empty()) {
          load_const(kNone);
          nameop(b.name, A::Ctx::Store);
          nameop(b.name, A::Ctx::Del);
        }
        break;
      case FB_WITH:
      case FB_ASYNC_WITH:
        emit(POP_BLOCK);
        if (preserve_tos) emit(SWAP, 2);
        call_exit_none(b.kind == FB_ASYNC_WITH);
        break;
    }
  }

  // Unwinds every block (return), or up to the innermost loop (break/continue).
  FBlock* unwind_to_loop(bool preserve_tos, bool to_loop) {
    std::vector<FBlock> saved;
    FBlock* loop = nullptr;
    while (!u->fblocks.empty()) {
      FBlock& top = u->fblocks.back();
      if (to_loop && (top.kind == FB_WHILE || top.kind == FB_FOR || top.kind == FB_ASYNC_FOR)) {
        loop = &top;
        break;
      }
      unwind(top, preserve_tos);
      saved.push_back(u->fblocks.back());
      u->fblocks.pop_back();
    }
    // Restore the compile-time block stack (the code after this jump is still inside them).
    for (auto it = saved.rbegin(); it != saved.rend(); ++it) u->fblocks.push_back(*it);
    if (loop) {
      for (size_t i = u->fblocks.size(); i-- > 0;)
        if (&u->fblocks[i] != loop && (u->fblocks[i].kind == FB_WHILE || u->fblocks[i].kind == FB_FOR ||
                                       u->fblocks[i].kind == FB_ASYNC_FOR)) {
          continue;
        } else if (&u->fblocks[i] == loop) {
          return &u->fblocks[i];
        }
    }
    return loop;
  }

  // ---- statements ----
  void stmts(const A::Seq<A::Stmt*>& ss) {
    for (A::Stmt* s : ss) {
      stmt(s);
      if (failed) return;
    }
  }

  void stmt(A::Stmt* s) {
    set_loc(*s);
    switch (s->kind) {
      case A::StmtKind::FunctionDef:
      case A::StmtKind::AsyncFunctionDef: function_def(s); break;
      case A::StmtKind::ClassDef: class_def(s); break;
      case A::StmtKind::Return: {
        if (!u->scope->is_function()) { error_at(*s, "'return' outside function"); break; }
        A::Expr* v = s->as<A::Return>().value;
        if (v && (u->flags & kCoAsyncGenerator)) {
          error_at(*s, "'return' with value in async generator");
          break;
        }
        if (v) expr(v);
        else load_const(kNone);
        set_loc(*s);
        unwind_loc = v ? static_cast<A::Located*>(v) : s;
        unwind_to_loop(true, false);
        emit(RETURN_VALUE);
        break;
      }
      case A::StmtKind::Delete: for (A::Expr* t : s->as<A::Delete>().targets) del(t); break;
      case A::StmtKind::Assign: {
        auto& a = s->as<A::Assign>();
        expr(a.value);
        for (uint32_t i = 0; i < a.targets.size(); ++i) {
          if (i + 1 < a.targets.size()) emit(COPY, 1);
          store(a.targets[i]);
        }
        break;
      }
      case A::StmtKind::AugAssign: {
        auto& a = s->as<A::AugAssign>();
        int op = binop_code(a.op) + kInplace;
        A::Expr* t = a.target;
        if (t->is<A::Name>()) {
          nameop(t->as<A::Name>().id, A::Ctx::Load);
          expr(a.value);
          set_loc(*s);
          emit(BINARY_OP, op);
          nameop(t->as<A::Name>().id, A::Ctx::Store);
        } else if (t->is<A::Attribute>()) {
          expr(t->as<A::Attribute>().value);
          emit(COPY, 1);
          emit(LOAD_ATTR, attr_idx(t->as<A::Attribute>().attr));
          expr(a.value);
          set_loc(*s);
          emit(BINARY_OP, op);
          emit(SWAP, 2);
          emit(STORE_ATTR, attr_idx(t->as<A::Attribute>().attr));
        } else if (t->is<A::Subscript>()) {
          expr(t->as<A::Subscript>().value);
          slice_or_expr(t->as<A::Subscript>().slice);
          emit(COPY, 2);
          emit(COPY, 2);
          emit(BINARY_SUBSCR);
          expr(a.value);
          set_loc(*s);
          emit(BINARY_OP, op);
          emit(SWAP, 3);
          emit(SWAP, 2);
          emit(STORE_SUBSCR);
        } else {
          error_at(*s, "'" + std::string(A::name(t->kind)) + "' is an illegal expression for augmented assignment");
        }
        break;
      }
      case A::StmtKind::AnnAssign: {
        auto& a = s->as<A::AnnAssign>();
        if (a.value) {
          expr(a.value);
          store(a.target);
        }
        if (a.simple && a.target->is<A::Name>() && !u->scope->is_function()) {
          expr(a.annotation);
          emit(LOAD_NAME, name_idx("__annotations__"));
          load_const(newref(Value::from_ptr(interp().intern(a.target->as<A::Name>().id))));
          emit(STORE_SUBSCR);
        }
        break;
      }
      case A::StmtKind::For: {
        auto& f = s->as<A::For>();
        int start = new_label(), cleanup = new_label(), end = new_label();
        expr(f.iter);
        emit(GET_ITER);
        bind(start);
        set_loc(*s);
        emit(FOR_ITER, cleanup);
        store(f.target);
        u->fblocks.push_back(make_fb(FB_FOR, start, end));
        stmts(f.body);
        u->fblocks.pop_back();
        set_loc(*s);
        emit(JUMP, start);
        bind(cleanup);
        stmts(f.orelse);
        bind(end);
        break;
      }
      case A::StmtKind::AsyncFor: {
        auto& f = s->as<A::For>();
        int start = new_label(), handler = new_label(), end = new_label(), els = new_label();
        expr(f.iter);
        emit(GET_AITER);
        bind(start);
        emit(SETUP_FINALLY, handler);
        emit(GET_ANEXT);
        yield_from_loop(true);
        emit(POP_BLOCK);
        store(f.target);
        u->fblocks.push_back(make_fb(FB_ASYNC_FOR, start, end));
        stmts(f.body);
        u->fblocks.pop_back();
        emit(JUMP, start);
        bind(handler);
        emit(END_ASYNC_FOR);
        bind(els);
        stmts(f.orelse);
        bind(end);
        break;
      }
      case A::StmtKind::While: {
        auto& w = s->as<A::While>();
        int start = new_label(), els = new_label(), end = new_label();
        bind(start);
        bool always = w.test->is<A::Constant>() && w.test->as<A::Constant>().value_kind == A::ConstKind::True;
        if (!always) {
          expr(w.test);
          emit(POP_JUMP_IF_FALSE, els);
        }
        u->fblocks.push_back(make_fb(FB_WHILE, start, end));
        stmts(w.body);
        u->fblocks.pop_back();
        set_loc(*s);
        emit(JUMP, start);
        bind(els);
        stmts(w.orelse);
        bind(end);
        break;
      }
      case A::StmtKind::If: {
        auto& i = s->as<A::If>();
        int els = new_label(), end = new_label();
        expr(i.test);
        emit(POP_JUMP_IF_FALSE, els);
        stmts(i.body);
        if (!i.orelse.empty()) emit(JUMP, end);
        bind(els);
        stmts(i.orelse);
        bind(end);
        break;
      }
      case A::StmtKind::With:
      case A::StmtKind::AsyncWith: with(s, 0); break;
      case A::StmtKind::Match: match(s); break;
      case A::StmtKind::Raise: {
        auto& r = s->as<A::Raise>();
        int n = 0;
        if (r.exc) { expr(r.exc); ++n; }
        if (r.cause) { expr(r.cause); ++n; }
        set_loc(*s);
        emit(RAISE_VARARGS, n);
        break;
      }
      case A::StmtKind::Try:
      case A::StmtKind::TryStar: {
        auto& t = s->as<A::Try>();
        if (!t.finalbody.empty()) try_finally(s);
        else if (s->kind == A::StmtKind::TryStar) try_star_except(s);
        else try_except(s);
        break;
      }
      case A::StmtKind::Assert: {
        auto& a = s->as<A::Assert>();
        int end = new_label();
        expr(a.test);
        emit(POP_JUMP_IF_TRUE, end);
        set_loc(*a.test);  // CPython reports the failed test (its jump leaves that location set)
        emit(LOAD_ASSERTION_ERROR);
        if (a.msg) {
          expr(a.msg);
          emit(CALL, 1);
        }
        emit(RAISE_VARARGS, 1);
        bind(end);
        break;
      }
      case A::StmtKind::Import:
        for (A::Alias* a : s->as<A::Import>().names) {
          load_const(Value::small_int(0));
          load_const(kNone);
          emit(IMPORT_NAME, name_idx(a->name));
          if (!a->asname.empty()) {
            std::string_view rest = a->name;
            size_t dot = rest.find('.');
            while (dot != std::string_view::npos) {
              rest = rest.substr(dot + 1);
              size_t nd = rest.find('.');
              emit(IMPORT_FROM, name_idx(rest.substr(0, nd)));
              emit(SWAP, 2);
              emit(POP_TOP);
              dot = nd;
            }
            nameop(a->asname, A::Ctx::Store);
          } else {
            nameop(a->name.substr(0, a->name.find('.')), A::Ctx::Store);
          }
        }
        break;
      case A::StmtKind::ImportFrom: {
        auto& f = s->as<A::ImportFrom>();
        load_const(Value::small_int(f.level));
        Ref names = new_tuple(f.names.size());
        for (uint32_t i = 0; i < f.names.size(); ++i)
          as_tuple(names.get())->items[i] = newref(Value::from_ptr(interp().intern(f.names[i]->name)));
        load_const(names.release());
        emit(IMPORT_NAME, name_idx(f.module));
        if (f.names.size() == 1 && f.names[0]->name == "*") {
          emit(IMPORT_STAR);
          break;
        }
        for (A::Alias* a : f.names) {
          emit(IMPORT_FROM, name_idx(a->name));
          nameop(a->asname.empty() ? a->name : a->asname, A::Ctx::Store);
        }
        emit(POP_TOP);
        break;
      }
      case A::StmtKind::Global:
      case A::StmtKind::Nonlocal:
      case A::StmtKind::Pass: break;
      case A::StmtKind::Expr: {
        A::Expr* v = s->as<A::ExprStmt>().value;
        if (v->is<A::Constant>()) break;
        expr(v);
        emit(POP_TOP);
        break;
      }
      case A::StmtKind::Break:
      case A::StmtKind::Continue: {
        bool brk = s->kind == A::StmtKind::Break;
        unwind_loc = s;
        FBlock* loop = unwind_to_loop(false, true);
        if (!loop) {
          error_at(*s, brk ? "'break' outside loop" : "'continue' not properly in loop");
          break;
        }
        if (brk) {
          FBlock l = *loop;
          unwind(*loop, false);
          emit(JUMP, l.exit);
        } else {
          emit(JUMP, loop->start);
        }
        break;
      }
    }
  }

  void with(A::Stmt* s, uint32_t item) {
    auto& w = s->as<A::With>();
    bool async = s->kind == A::StmtKind::AsyncWith;
    if (async && !u->scope->coroutine) {
      error_at(*s, "'async with' outside async function");
      return;
    }
    A::WithItem* it = w.items[item];
    int exc = new_label(), cleanup = new_label(), suppress = new_label(), end = new_label();
    expr(it->context_expr);
    set_loc(*s);
    if (async) {
      emit(BEFORE_ASYNC_WITH);
      emit(GET_AWAITABLE);
      yield_from_loop(true);
    } else {
      emit(BEFORE_WITH);
    }
    emit(SETUP_CLEANUP, exc);
    if (it->optional_vars) store(it->optional_vars);
    else emit(POP_TOP);
    u->fblocks.push_back(make_fb(async ? FB_ASYNC_WITH : FB_WITH));
    if (item + 1 < w.items.size()) with(s, item + 1);
    else stmts(w.body);
    u->fblocks.pop_back();
    set_loc(*s);
    emit(POP_BLOCK);
    call_exit_none(async);
    emit(JUMP, end);
    bind(exc);
    emit(PUSH_EXC_INFO);
    emit(SETUP_CLEANUP, cleanup);
    emit(WITH_EXCEPT_START);
    if (async) {
      emit(GET_AWAITABLE);
      yield_from_loop(true);
    }
    emit(POP_JUMP_IF_TRUE, suppress);
    emit(RERAISE);
    bind(suppress);
    emit(POP_TOP);
    emit(POP_BLOCK);
    emit(POP_EXCEPT);
    emit(POP_TOP);
    emit(JUMP, end);
    bind(cleanup);
    emit(SWAP, 2);
    emit(POP_EXCEPT);
    emit(RERAISE);
    bind(end);
  }

  void try_except(A::Stmt* s) {
    auto& t = s->as<A::Try>();
    int handler = new_label(), cleanup = new_label(), end = new_label();
    emit(SETUP_FINALLY, handler);
    u->fblocks.push_back(make_fb(FB_TRY_EXCEPT));
    stmts(t.body);
    u->fblocks.pop_back();
    emit(POP_BLOCK);
    stmts(t.orelse);
    emit(JUMP, end);
    bind(handler);
    emit(PUSH_EXC_INFO);
    emit(SETUP_CLEANUP, cleanup);
    bool bare_last = false;
    for (uint32_t i = 0; i < t.handlers.size(); ++i) {
      A::ExceptHandler* h = t.handlers[i];
      set_loc(*h);
      int next = new_label();
      if (h->type) {
        expr(h->type);
        emit(CHECK_EXC_MATCH);
        emit(POP_JUMP_IF_FALSE, next);
      } else {
        if (i + 1 < t.handlers.size()) { error_at(*h, "default 'except:' must be last"); return; }
        bare_last = true;
      }
      if (!h->name.empty()) nameop(h->name, A::Ctx::Store);
      else emit(POP_TOP);
      FBlock fb = make_fb(FB_HANDLER);
      fb.name = h->name;
      u->fblocks.push_back(fb);
      stmts(h->body);
      u->fblocks.pop_back();
      emit(POP_BLOCK);
      emit(POP_EXCEPT);
      if (!h->name.empty()) {
        load_const(kNone);
        nameop(h->name, A::Ctx::Store);
        nameop(h->name, A::Ctx::Del);
      }
      emit(JUMP, end);
      bind(next);
    }
    if (!bare_last) emit(RERAISE);
    bind(cleanup);
    emit(SWAP, 2);
    emit(POP_EXCEPT);
    emit(RERAISE);
    bind(end);
  }

  // try/except*: each clause takes its part of the exception (CHECK_EG_MATCH); what the
  // clauses raise and the unhandled rest are collected in a list that PREP_RERAISE_STAR
  // turns into the exception to re-raise.
  void try_star_except(A::Stmt* s) {
    auto& t = s->as<A::Try>();
    int handler = new_label(), cleanup = new_label(), reraise = new_label(), end = new_label();
    emit(SETUP_FINALLY, handler);
    u->fblocks.push_back(make_fb(FB_TRY_EXCEPT));
    stmts(t.body);
    u->fblocks.pop_back();
    emit(POP_BLOCK);
    stmts(t.orelse);
    emit(JUMP, end);
    bind(handler);
    emit(PUSH_EXC_INFO);    // [prev, exc]
    emit(SETUP_CLEANUP, cleanup);
    emit(COPY, 1);          // [prev, orig, exc]
    emit(BUILD_LIST, 0);
    emit(SWAP, 2);          // [prev, orig, raised, exc]
    for (A::ExceptHandler* h : t.handlers) {
      set_loc(*h);
      int next = new_label(), no_match = new_label(), body_error = new_label();
      expr(h->type);
      emit(CHECK_EG_MATCH);  // [prev, orig, raised, rest, match]
      emit(COPY, 1);
      emit(POP_JUMP_IF_NONE, no_match);
      if (!h->name.empty()) nameop(h->name, A::Ctx::Store);
      else emit(POP_TOP);
      emit(SETUP_FINALLY, body_error);
      FBlock fb = make_fb(FB_STAR_HANDLER);
      fb.name = h->name;
      u->fblocks.push_back(fb);
      stmts(h->body);
      u->fblocks.pop_back();
      emit(POP_BLOCK);
      unbind_handler_name(h->name);
      emit(JUMP, next);
      bind(body_error);  // [prev, orig, raised, rest, exc]
      unbind_handler_name(h->name);
      emit(LIST_APPEND, 2);
      emit(JUMP, next);
      bind(no_match);
      emit(POP_TOP);
      bind(next);
    }
    emit(LIST_APPEND, 1);  // the rest: [prev, orig, raised]
    emit(PREP_RERAISE_STAR);
    emit(COPY, 1);
    emit(POP_JUMP_IF_NOT_NONE, reraise);
    emit(POP_TOP);
    emit(POP_BLOCK);
    emit(POP_EXCEPT);
    emit(JUMP, end);
    bind(reraise);
    emit(POP_BLOCK);
    emit(SWAP, 2);
    emit(POP_EXCEPT);
    emit(RERAISE);
    bind(cleanup);
    emit(SWAP, 2);
    emit(POP_EXCEPT);
    emit(RERAISE);
    bind(end);
  }
  void unbind_handler_name(A::Identifier name) {
    if (name.empty()) return;
    load_const(kNone);
    nameop(name, A::Ctx::Store);
    nameop(name, A::Ctx::Del);
  }

  void try_finally(A::Stmt* s) {
    auto& t = s->as<A::Try>();
    int fin = new_label(), cleanup = new_label(), end = new_label();
    emit(SETUP_FINALLY, fin);
    FBlock fb = make_fb(FB_FINALLY_TRY);
    fb.finalbody = &t.finalbody;
    u->fblocks.push_back(fb);
    if (t.handlers.empty()) stmts(t.body);
    else if (s->kind == A::StmtKind::TryStar) try_star_except(s);
    else try_except(s);
    u->fblocks.pop_back();
    emit(POP_BLOCK);
    stmts(t.finalbody);
    emit(JUMP, end);
    bind(fin);
    emit(PUSH_EXC_INFO);
    emit(SETUP_CLEANUP, cleanup);
    u->fblocks.push_back(make_fb(FB_FINALLY_END));
    stmts(t.finalbody);
    u->fblocks.pop_back();
    emit(RERAISE);
    bind(cleanup);
    emit(SWAP, 2);
    emit(POP_EXCEPT);
    emit(RERAISE);
    bind(end);
  }

  // ---- match (PEP 634), laid out as CPython 3.11 compiles it ----
  // A pattern consumes the subject on top of the stack. Captured values are not stored at
  // once: they stay on the stack beneath the pattern's working values (`on_top` of them),
  // the newest deepest, and are stored only when the whole pattern matched. A failing
  // check jumps to fail_pop[n], which pops the n values then on the stack.
  struct PatternCtx {
    std::vector<std::string_view> stores;
    std::vector<int> fail_pop;
    int on_top = 0;
    bool allow_irrefutable = false;
  };

  static bool is_wildcard(const A::Pattern* p) {
    return p->is<A::MatchAs>() && !p->as<A::MatchAs>().pattern && p->as<A::MatchAs>().name.empty();
  }
  static bool is_star_wildcard(const A::Pattern* p) { return p->is<A::MatchStar>() && p->as<A::MatchStar>().name.empty(); }

  void rotate(int n) {  // moves TOS down to depth n
    for (int i = n; i > 1; --i) emit(SWAP, i);
  }
  void jump_to_fail_pop(PatternCtx& pc, int op) {
    size_t pops = size_t(pc.on_top) + pc.stores.size();
    while (pc.fail_pop.size() <= pops) pc.fail_pop.push_back(new_label());
    emit(op, pc.fail_pop[pops]);
  }
  void emit_and_reset_fail_pop(PatternCtx& pc) {
    for (size_t n = pc.fail_pop.size(); n-- > 1;) {
      bind(pc.fail_pop[n]);
      emit(POP_TOP);
    }
    if (!pc.fail_pop.empty()) bind(pc.fail_pop[0]);
    pc.fail_pop.clear();
  }
  bool pattern_store_name(A::Identifier name, const A::Pattern* p, PatternCtx& pc) {
    if (name.empty()) {
      emit(POP_TOP);
      return true;
    }
    if (name == "__debug__") { error_at(*p, "cannot assign to __debug__"); return false; }
    for (std::string_view n : pc.stores)
      if (n == name) { error_at(*p, "multiple assignments to name '" + std::string(name) + "' in pattern"); return false; }
    rotate(pc.on_top + int(pc.stores.size()) + 1);
    pc.stores.push_back(name);
    return true;
  }
  bool subpattern(A::Pattern* p, PatternCtx& pc) {
    bool saved = pc.allow_irrefutable;
    pc.allow_irrefutable = true;
    bool ok = pattern(p, pc);
    pc.allow_irrefutable = saved;
    return ok;
  }
  bool check_irrefutable(const A::Pattern* p, A::Identifier name, PatternCtx& pc) {
    if (pc.allow_irrefutable) return true;
    error_at(*p, name.empty() ? std::string("wildcard makes remaining patterns unreachable")
                              : "name capture '" + std::string(name) + "' makes remaining patterns unreachable");
    return false;
  }

  bool pattern(A::Pattern* p, PatternCtx& pc) {
    LocSaver ls(u, *p);
    last_pattern = p;
    switch (p->kind) {
      case A::PatternKind::MatchValue:
        expr(p->as<A::MatchValue>().value);
        emit(COMPARE_OP, kEq);
        jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        return true;
      case A::PatternKind::MatchSingleton: {
        A::ConstKind k = p->as<A::MatchSingleton>().value;
        load_const(k == A::ConstKind::None ? kNone : k == A::ConstKind::True ? kTrue : kFalse);
        emit(IS_OP, 0);
        jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        return true;
      }
      case A::PatternKind::MatchAs: {
        auto& a = p->as<A::MatchAs>();
        if (!a.pattern) return check_irrefutable(p, a.name, pc) && pattern_store_name(a.name, p, pc);
        ++pc.on_top;
        emit(COPY, 1);
        if (!subpattern(a.pattern, pc)) return false;
        --pc.on_top;
        return pattern_store_name(a.name, p, pc);
      }
      case A::PatternKind::MatchStar: return pattern_store_name(p->as<A::MatchStar>().name, p, pc);
      case A::PatternKind::MatchSequence: return sequence_pattern(p, pc);
      case A::PatternKind::MatchMapping: return mapping_pattern(p, pc);
      case A::PatternKind::MatchClass: return class_pattern(p, pc);
      case A::PatternKind::MatchOr: return or_pattern(p, pc);
    }
    return false;
  }

  bool sequence_pattern(A::Pattern* p, PatternCtx& pc) {
    auto& pats = p->as<A::MatchSequence>().patterns;
    int size = int(pats.size()), star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; ++i) {
      if (pats[i]->is<A::MatchStar>()) {
        if (star >= 0) { error_at(*p, "multiple starred names in sequence pattern"); return false; }
        star = i;
        star_wildcard = is_star_wildcard(pats[i]);
      }
      only_wildcard &= is_wildcard(pats[i]) || is_star_wildcard(pats[i]);
    }
    ++pc.on_top;
    emit(MATCH_SEQUENCE);
    jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    if (star < 0) {
      emit(GET_LEN);
      load_const(Value::small_int(size));
      emit(COMPARE_OP, kEq);
      jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      emit(GET_LEN);
      load_const(Value::small_int(size - 1));
      emit(COMPARE_OP, kGe);
      jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    }
    --pc.on_top;
    if (only_wildcard) {
      emit(POP_TOP);
      return true;
    }
    if (star_wildcard) {  // index the items instead of unpacking the whole sequence
      ++pc.on_top;
      for (int i = 0; i < size; ++i) {
        if (is_wildcard(pats[i]) || i == star) continue;
        emit(COPY, 1);
        load_const(new_int(star < 0 || i < star ? i : i - size).release());
        emit(BINARY_SUBSCR);
        if (!subpattern(pats[i], pc)) return false;
      }
      --pc.on_top;
      emit(POP_TOP);
      return true;
    }
    if (star < 0) emit(UNPACK_SEQUENCE, size);
    else emit(UNPACK_EX, uint32_t(star) | (uint32_t(size - star - 1) << 8));
    pc.on_top += size;
    for (int i = 0; i < size; ++i) {
      --pc.on_top;
      if (is_wildcard(pats[i])) { emit(POP_TOP); continue; }
      if (!subpattern(pats[i], pc)) return false;
    }
    return true;
  }

  bool mapping_pattern(A::Pattern* p, PatternCtx& pc) {
    auto& m = p->as<A::MatchMapping>();
    int size = int(m.keys.size());
    ++pc.on_top;
    emit(MATCH_MAPPING);
    jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    if (!size && m.rest.empty()) {
      --pc.on_top;
      emit(POP_TOP);
      return true;
    }
    if (size) {
      emit(GET_LEN);
      load_const(Value::small_int(size));
      emit(COMPARE_OP, kGe);
      jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    }
    // Literal keys must be distinct (value keys are checked when matching).
    std::vector<Value> seen;
    for (int i = 0; i < size; ++i) {
      A::Expr* k = m.keys[i];
      if (k->is<A::Constant>() || k->is<A::UnaryOp>() || k->is<A::BinOp>()) {
        expr(k);
        if (instr_op(u->code.back()) != LOAD_CONST) continue;
        Value kv = u->consts[instr_arg(u->code.back())];
        bool dup = false;
        for (Value sv2 : seen) {
          int eq = equal(sv2, kv);
          if (eq < 0) clear_error();
          dup |= eq > 0;
        }
        if (dup) {
          error_at(*p, "mapping pattern checks duplicate key (" + repr_utf8(kv) + ")");
          return false;
        }
        seen.push_back(kv);
      } else if (k->is<A::Attribute>()) {
        expr(k);
      } else {
        error_at(*k, "mapping pattern keys may only match literals and attribute lookups");
        return false;
      }
    }
    emit(BUILD_TUPLE, size);
    emit(MATCH_KEYS);
    pc.on_top += 2;  // the keys and the values
    emit(COPY, 1);
    jump_to_fail_pop(pc, POP_JUMP_IF_NONE);
    emit(UNPACK_SEQUENCE, size);
    pc.on_top += size - 1;
    for (int i = 0; i < size; ++i) {
      --pc.on_top;
      if (is_wildcard(m.patterns[i])) { emit(POP_TOP); continue; }
      if (!subpattern(m.patterns[i], pc)) return false;
    }
    pc.on_top -= 2;  // [subject, keys]
    if (!m.rest.empty()) {
      emit(COPY_DICT_WITHOUT_KEYS);  // -> [rest]
      return pattern_store_name(m.rest, p, pc);
    }
    emit(POP_TOP);
    emit(POP_TOP);
    return true;
  }

  bool class_pattern(A::Pattern* p, PatternCtx& pc) {
    auto& c = p->as<A::MatchClass>();
    int nargs = int(c.patterns.size()), nattrs = int(c.kwd_attrs.size());
    Ref names = new_tuple(nattrs);
    for (int i = 0; i < nattrs; ++i) {
      A::Identifier n = c.kwd_attrs[i];
      if (n == "__debug__") { error_at(*c.kwd_patterns[i], "cannot assign to __debug__"); return false; }
      for (int j = 0; j < i; ++j)
        if (c.kwd_attrs[j] == n) {
          error_at(*c.kwd_patterns[i], "attribute name repeated in class pattern: " + std::string(n));
          return false;
        }
      as_tuple(names.get())->items[i] = newref(Value::from_ptr(interp().intern(n)));
    }
    expr(c.cls);
    load_const(names.release());
    emit(MATCH_CLASS, nargs);
    ++pc.on_top;  // the attribute tuple (or None)
    emit(COPY, 1);
    jump_to_fail_pop(pc, POP_JUMP_IF_NONE);
    emit(UNPACK_SEQUENCE, nargs + nattrs);
    pc.on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; ++i) {
      --pc.on_top;
      A::Pattern* sub = i < nargs ? c.patterns[i] : c.kwd_patterns[i - nargs];
      if (is_wildcard(sub)) { emit(POP_TOP); continue; }
      if (!subpattern(sub, pc)) return false;
    }
    return true;
  }

  bool or_pattern(A::Pattern* p, PatternCtx& pc) {
    auto& alts = p->as<A::MatchOr>().patterns;
    int end = new_label();
    PatternCtx outer = std::move(pc);
    std::vector<std::string_view> control;
    for (uint32_t i = 0; i < alts.size(); ++i) {
      pc = PatternCtx();
      pc.allow_irrefutable = i + 1 == alts.size() && outer.allow_irrefutable;
      emit(COPY, 1);
      if (!pattern(alts[i], pc)) return false;
      // Captures are on the stack, stores[0] on top: put them in the first alternative's order.
      if (i == 0) {
        control = pc.stores;
      } else {
        bool same = pc.stores.size() == control.size();
        for (std::string_view n : control)
          same &= std::find(pc.stores.begin(), pc.stores.end(), n) != pc.stores.end();
        if (!same) { error_at(*last_pattern, "alternative patterns bind different names"); return false; }
        std::vector<std::string_view> cur = pc.stores;  // cur[0] is on top
        for (size_t k = control.size(); k-- > 0;) {
          size_t j = std::find(cur.begin(), cur.end(), control[k]) - cur.begin();
          for (size_t d = 2; d <= j + 1; ++d) emit(SWAP, uint32_t(d));  // depth j+1 -> top
          cur.erase(cur.begin() + long(j));
          cur.insert(cur.begin(), control[k]);
        }
      }
      emit(JUMP, end);
      emit_and_reset_fail_pop(pc);
    }
    pc = std::move(outer);
    emit(POP_TOP);  // no alternative matched: drop the subject and fail
    jump_to_fail_pop(pc, JUMP);
    bind(end);
    // [outer stores, on_top values, subject, captures]: move the captures beneath it all.
    int nrots = int(control.size()) + 1 + pc.on_top + int(pc.stores.size());
    for (std::string_view n : control) {
      rotate(nrots);
      for (std::string_view o : pc.stores)
        if (o == n) { error_at(*last_pattern, "multiple assignments to name '" + std::string(n) + "' in pattern"); return false; }
      pc.stores.push_back(n);
    }
    emit(POP_TOP);  // the subject
    return true;
  }

  void match(A::Stmt* s) {
    auto& m = s->as<A::Match>();
    int end = new_label();
    expr(m.subject);
    uint32_t ncases = m.cases.size();
    bool has_default = ncases > 1 && is_wildcard(m.cases[ncases - 1]->pattern);
    for (uint32_t i = 0; i < ncases - has_default; ++i) {
      A::MatchCase* c = m.cases[i];
      set_loc(*c->pattern);
      bool last = i == ncases - has_default - 1;
      if (!last) emit(COPY, 1);
      PatternCtx pc;
      pc.allow_irrefutable = c->guard || i == ncases - 1;
      if (!pattern(c->pattern, pc)) return;
      for (std::string_view n : pc.stores) nameop(n, A::Ctx::Store);
      if (c->guard) {
        if (pc.fail_pop.empty()) pc.fail_pop.push_back(new_label());
        expr(c->guard);
        emit(POP_JUMP_IF_FALSE, pc.fail_pop[0]);
      }
      if (!last) emit(POP_TOP);
      stmts(c->body);
      emit(JUMP, end);
      set_loc(*c->pattern);
      emit_and_reset_fail_pop(pc);
    }
    if (has_default) {
      A::MatchCase* c = m.cases[ncases - 1];
      set_loc(*c->pattern);
      if (c->guard) {
        expr(c->guard);
        emit(POP_JUMP_IF_FALSE, end);
      }
      stmts(c->body);
    }
    bind(end);
  }

  Code* module(const A::Mod* mod) {
    enter(st.top(), "<module>", 1);
    u->line = 1;
    if (mod->kind == A::ModKind::Expression) {
      expr(mod->expr);
      emit(RETURN_VALUE);
      return leave();
    }
    uint32_t start = 0;
    if (is_docstring(mod->body)) {
      set_loc(*mod->body[0]);
      load_const(const_value(mod->body[0]->as<A::ExprStmt>().value->as<A::Constant>()));
      emit(STORE_NAME, name_idx("__doc__"));
      start = 1;
    }
    if (has_annotations(mod->body)) emit(SETUP_ANNOTATIONS);
    for (uint32_t i = start; i < mod->body.size() && !failed; ++i) stmt(mod->body[i]);
    load_const(kNone);
    emit(RETURN_VALUE);
    return leave();
  }
};

}  // namespace

Ref compile_module(const ast::Mod* mod, std::string_view filename, std::string_view source, SyntaxError& err) {
  Compiler c;
  c.filename = std::string(filename);
  c.err = &err;
  c.source = source;
  if (!c.st.build(mod)) {
    c.error_at(c.st.error_loc, c.st.error);
    return nullptr;
  }
  Code* code = c.module(mod);
  if (c.failed) {
    decref(Value::from_ptr(code));
    return nullptr;
  }
  return Ref::steal(Value::from_ptr(code));
}

Ref make_syntax_error(const SyntaxError& e) {
  Interpreter& I = interp();
  Type* t = e.kind == SyntaxError::Tab ? I.TabError : e.kind == SyntaxError::Indentation ? I.IndentationError : I.SyntaxError;
  Ref exc = make_exception(t, e.msg);
  if (!exc) return nullptr;
  Dict** dp = instance_dict_ptr(exc.get());
  if (!*dp) *dp = as_dict(new_dict().release());
  dict_set_str(*dp, "filename", new_str(e.filename).get());
  dict_set_str(*dp, "lineno", Value::small_int(e.lineno));
  dict_set_str(*dp, "offset", Value::small_int(e.offset));
  dict_set_str(*dp, "text", new_str(e.text).get());
  dict_set_str(*dp, "msg", new_str(e.msg).get());
  dict_set_str(*dp, "end_lineno", Value::small_int(e.end_lineno));
  dict_set_str(*dp, "end_offset", Value::small_int(e.end_offset));
  dict_set_str(*dp, "_formatted", new_str(format_syntax_error(e)).get());
  return exc;
}

Ref compile_source(std::string_view source, std::string_view filename, bool eval_mode) {
  ParseResult pr = parse(source, filename, eval_mode ? ParseMode::Eval : ParseMode::File);
  if (!pr.ok()) {
    Ref e = make_syntax_error(pr.error);
    if (e) set_error(std::move(e));
    return nullptr;
  }
  SyntaxError err;
  Ref code = compile_module(pr.mod, filename, source, err);
  if (!code) {
    Ref e = make_syntax_error(err);
    if (e) set_error(std::move(e));
    return nullptr;
  }
  return code;
}

}  // namespace py
