// generic_alias.cpp — list[int] and int | str for the built-in types.
//
// types.GenericAlias and types.UnionType are written in Python (lib/_generic_alias.py);
// here the built-in containers get the __class_getitem__ that builds a GenericAlias, and
// type.__or__ reaches the union constructor.
#include "py/builtin_types.hpp"
#include "py/errors.hpp"

namespace py {

static Ref helper(const char* name) {
  Ref mod_name = new_str("_generic_alias");
  Ref m = import_module(mod_name.get(), kNull, kNone, 0);
  return m ? getattr(m.get(), name) : nullptr;
}

static Ref m_class_getitem(Value cls, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__class_getitem__", nargs, 1, 1)) return nullptr;
  Ref ga = helper("GenericAlias");
  return ga ? call2(ga.get(), cls, args[0]) : nullptr;
}

Ref type_union(Value a, Value b) {
  Ref f = helper("_union_or");
  return f ? call2(f.get(), a, b) : nullptr;
}

void init_generic_alias(Interpreter& I) {
  static const MethodDef defs[] = {{"__class_getitem__", m_class_getitem, MethodDef::kClassMethod},
                                   {nullptr, nullptr}};
  for (Type* t : {I.list_type, I.dict_type, I.tuple_type, I.set_type, I.frozenset_type, I.type_type,
                  I.enumerate_type, I.reversed_type, I.filter_type, I.map_type, I.zip_type})
    add_methods(I, t, defs);
}

}  // namespace py
