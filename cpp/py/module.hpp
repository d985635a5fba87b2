// module.hpp — how native modules are registered and how Python-source modules are embedded.
//
// A native module is a function that builds the module object:
//
//     static Ref init_mymod(Interpreter& I) {
//       Ref m = new_module("mymod");
//       static const MethodDef fns[] = {{"f", my_f}, {nullptr, nullptr}};
//       module_add_functions(m.get(), fns);
//       module_add(m.get(), "CONST", new_int(42).get());
//       return m;
//     }
//
// registered once per interpreter with `register_native_module(I, "mymod", init_mymod)`
// (see register_builtin_modules in modules/registry.cpp, which lists every module built
// into the binary). `import mymod` calls the initializer the first time and caches the
// module in sys.modules. A module written in Python is registered with its source text via
// `register_source_module(I, "name", source)`; import compiles and runs it like a file.
#pragma once
#include "py/builtin_types.hpp"

namespace py {

using ModuleInit = Ref (*)(Interpreter&);
void register_native_module(Interpreter& I, const char* name, ModuleInit init);
void register_source_module(Interpreter& I, const char* name, std::string_view source);
void module_add_functions(Value module, const MethodDef* defs);
int module_add(Value module, const char* name, Value v);
Dict* module_dict(Value module);
void register_builtin_modules(Interpreter& I);  // modules/registry.cpp

}  // namespace py
