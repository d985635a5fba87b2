// symtable.hpp — scopes of a module: which names are local, global, free or cells.
//
// Built in two passes like CPython's symtable.c: record every binding and use per scope,
// then resolve each name against the enclosing function scopes (class scopes do not
// enclose). Comprehensions and lambdas are function scopes; a walrus target inside a
// comprehension binds in the nearest enclosing non-comprehension scope.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "py/ast.hpp"

namespace py {

enum SymFlag : int {
  kSymLocal = 1, kSymParam = 2, kSymGlobal = 4, kSymNonlocal = 8, kSymUse = 16,
  kSymAnnot = 32, kSymCompIter = 64,
};
enum class SymScope { Local, GlobalExplicit, GlobalImplicit, Free, Cell };

struct Scope {
  enum Kind { Module, Function, Class, Lambda, Comprehension } kind;
  std::string name;
  const void* node = nullptr;
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;
  std::unordered_map<std::string_view, int> flags;
  std::vector<std::string_view> order;   // names in order of first appearance
  std::vector<std::string_view> params;  // parameters in co_varnames order
  std::unordered_map<std::string_view, SymScope> resolved;
  std::vector<std::string_view> class_free;  // class-local names also free for methods
  bool generator = false, coroutine = false, needs_class_cell = false;
  bool has_varargs = false, has_varkw = false, child_uses_class = false;
  bool is_function() const { return kind == Function || kind == Lambda || kind == Comprehension; }
  SymScope scope_of(std::string_view n) const {
    auto it = resolved.find(n);
    return it == resolved.end() ? SymScope::GlobalImplicit : it->second;
  }
  void add(std::string_view n, int f);
};

class SymbolTable {
 public:
  // Returns false with `error` (message, where) for scope errors such as
  // "name 'x' is used prior to global declaration" or "no binding for nonlocal 'x' found".
  bool build(const ast::Mod* mod);
  Scope* lookup(const void* node) const {
    auto it = by_node_.find(node);
    return it == by_node_.end() ? nullptr : it->second;
  }
  Scope* top() const { return top_.get(); }
  std::string error;
  ast::Located error_loc;

 private:
  friend struct SymVisitor;
  std::unique_ptr<Scope> top_;
  std::unordered_map<const void*, Scope*> by_node_;
};

}  // namespace py
