#include "py/ast.hpp"

namespace py::ast {

const char* name(ExprKind k) {
  static const char* const names[] = {
      "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp",
      "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call",
      "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name",
      "List", "Tuple", "Slice"};
  return names[static_cast<int>(k)];
}

const char* name(StmtKind k) {
  static const char* const names[] = {
      "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign",
      "AnnAssign", "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Match", "Raise", "Try",
      "TryStar", "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break",
      "Continue"};
  return names[static_cast<int>(k)];
}

const char* name(PatternKind k) {
  static const char* const names[] = {"MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping",
                                      "MatchClass", "MatchStar",      "MatchAs",       "MatchOr"};
  return names[static_cast<int>(k)];
}

const char* name(Ctx c) {
  static const char* const names[] = {"Load", "Store", "Del"};
  return names[static_cast<int>(c)];
}

const char* name(BoolOperator o) { return o == BoolOperator::And ? "And" : "Or"; }

const char* name(BinOperator o) {
  static const char* const names[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",     "Pow",
                                      "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"};
  return names[static_cast<int>(o)];
}

const char* name(UnaryOperator o) {
  static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(o)];
}

const char* name(CmpOp o) {
  static const char* const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return names[static_cast<int>(o)];
}

}  // namespace py::ast
