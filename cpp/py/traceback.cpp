// traceback.cpp — formatting an uncaught exception the way CPython 3.11 prints it.
#include "py/builtin_types.hpp"
#include "py/code.hpp"
#include "py/errors.hpp"

namespace py {

static std::string source_line(const std::string& filename, int line) {
  Interpreter& I = interp();
  auto it = I.source_lines.find(filename);
  if (it == I.source_lines.end() || line < 1 || size_t(line) > it->second.size()) return "";
  std::string s = it->second[size_t(line - 1)];
  size_t a = s.find_first_not_of(" \t\f");
  size_t b = s.find_last_not_of(" \t\f\r\n");
  if (a == std::string::npos) return "";
  return s.substr(a, b - a + 1);
}

static std::string exception_line(Value exc) {
  Interpreter& I = interp();
  Type* t = type_of(exc);
  std::string name = t->qualname;
  if (t->module && sv(t->module) != "builtins" && sv(t->module) != "__main__")
    name = std::string(sv(t->module)) + "." + name;
  if (is_subtype(t, I.SyntaxError)) {
    Dict** dp = instance_dict_ptr(exc);
    Value f = *dp ? dict_get_cstr(*dp, "_formatted") : kNull;
    if (f) return std::string(sv(f));
  }
  Ref s = str(exc);
  std::string out;
  if (!s) {
    clear_error();
    out = name + ": <exception str() failed>\n";
  } else if (as_str(s.get())->nbytes == 0) {
    out = name + "\n";
  } else {
    out = name + ": " + std::string(sv(s.get())) + "\n";
  }
  Dict** dp = instance_dict_ptr(exc);
  if (dp && *dp) {
    Value notes = dict_get_str(*dp, I.names.__notes__);
    if (notes && type_of(notes) == I.list_type)
      for (Value n : as_list(notes)->items) {
        Ref ns = str(n);
        if (ns) out += std::string(sv(ns.get())) + "\n";
        else clear_error();
      }
  }
  return out;
}

static void format_one(Value exc, std::string& out, std::vector<Value>& seen) {
  seen.push_back(exc);
  BaseExc* e = as_exc(exc);
  if (e->cause) {
    bool dup = false;
    for (Value s : seen) dup |= s == e->cause;
    if (!dup) {
      format_one(e->cause, out, seen);
      out += "\nThe above exception was the direct cause of the following exception:\n\n";
    }
  } else if (e->context && !e->suppress_context) {
    bool dup = false;
    for (Value s : seen) dup |= s == e->context;
    if (!dup) {
      format_one(e->context, out, seen);
      out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
  }
  Value tb = e->traceback;
  if (tb) {
    out += "Traceback (most recent call last):\n";
    // Collapse runs of identical lines like CPython ("[Previous line repeated N more times]").
    std::string last;
    int repeat = 0;
    auto flush = [&] {
      if (repeat > 3) {
        out += "  [Previous line repeated " + std::to_string(repeat - 3) + " more time" + (repeat - 3 > 1 ? "s" : "") + "]\n";
      }
      repeat = 0;
    };
    for (; tb; tb = static_cast<Traceback*>(tb.ptr())->next) {
      Traceback* t = static_cast<Traceback*>(tb.ptr());
      std::string file(sv(t->code->filename));
      std::string entry = "  File \"" + file + "\", line " + std::to_string(t->line) + ", in " +
                          std::string(sv(t->code->name)) + "\n";
      std::string src = source_line(file, t->line);
      if (!src.empty()) entry += "    " + src + "\n";
      if (entry == last) {
        ++repeat;
        if (repeat <= 3) out += entry;
        continue;
      }
      flush();
      out += entry;
      last = entry;
      repeat = 1;
    }
    flush();
  }
  out += exception_line(exc);
}

std::string format_exception(Value exc) {
  std::string out;
  std::vector<Value> seen;
  format_one(exc, out, seen);
  return out;
}

void print_exception(Value exc) {
  Interpreter& I = interp();
  I.flush_out();
  I.write_err(format_exception(exc));
}

void write_unraisable(Value obj) {
  Interpreter& I = interp();
  Ref exc = fetch_error();
  if (!exc) return;
  Ref r = repr(obj);
  std::string where = r ? std::string(sv(r.get())) : "<object repr() failed>";
  if (!r) clear_error();
  // Printed alone, without the exceptions it was raised during (as CPython's hook does).
  BaseExc* e = as_exc(exc.get());
  Value cause = e->cause, context = e->context;
  e->cause = e->context = kNull;
  std::string text = format_exception(exc.get());
  e->cause = cause;
  e->context = context;
  I.flush_out();
  I.write_err("Exception ignored in: " + where + "\n" + text);
}

}  // namespace py
