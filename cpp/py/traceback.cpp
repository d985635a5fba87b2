// traceback.cpp — formatting an uncaught exception the way CPython 3.11 prints it
// (pythonrun.c's print_exception_recursive and traceback.c's tb_displayline): the chain of
// causes and contexts, the frames with their source lines and the carets under the failing
// expression, and the boxes around the sub-exceptions of exception groups.
#include <algorithm>

#include "py/ast.hpp"
#include "py/builtin_types.hpp"
#include "py/code.hpp"
#include "py/errors.hpp"
#include "py/exception_group.hpp"
#include "py/parser.hpp"

namespace py {

namespace {

constexpr int kRecursiveCutoff = 3;   // identical frames shown before "[Previous line repeated...]"
constexpr int kMaxGroupWidth = 15;    // sub-exceptions shown per group
constexpr int kMaxGroupDepth = 10;    // nested groups shown

const std::string* raw_source_line(const std::string& filename, int line) {
  Interpreter& I = interp();
  auto it = I.source_lines.find(filename);
  if (it == I.source_lines.end() || line < 1 || size_t(line) > it->second.size()) return nullptr;
  return &it->second[size_t(line - 1)];
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }
bool is_ws(char c) { return is_space(c) || c == '\n' || c == '\r'; }

// Characters (code points) in the first `bytes` bytes of s.
long chars_in(std::string_view s, long bytes) {
  long n = 0;
  for (long i = 0; i < bytes && i < long(s.size()); ++i) n += (static_cast<unsigned char>(s[size_t(i)]) & 0xC0) != 0x80;
  return n;
}

// For a binary operation or a subscript alone on the segment, the span of its operator
// (`~~^~~`) or of its index (`~~^^^`): [left, right) in characters of the segment.
bool caret_anchors(std::string_view segment, long* left, long* right) {
  ParseResult pr = parse(segment, "<string>", ParseMode::File);
  if (!pr.ok() || pr.mod->body.size() != 1 || !pr.mod->body[0]->is<ast::ExprStmt>()) return false;
  const ast::Expr* e = pr.mod->body[0]->as<ast::ExprStmt>().value;
  if (e->is<ast::BinOp>()) {
    const auto& b = e->as<ast::BinOp>();
    long l = -1, r = -1;
    for (long i = b.left->end_col_offset; i < b.right->col_offset; ++i) {
      char c = segment[size_t(i)];
      if (is_space(c) || c == '\n' || c == '\\') continue;
      l = i, r = i + 1;
      if (i + 1 < b.right->col_offset && !is_space(segment[size_t(i + 1)])) ++r;  // `//`, `**`, ...
      if (i + 1 < b.right->col_offset && c == ')') continue;  // the left operand's closing parenthesis
      break;
    }
    if (l < 0) return false;
    *left = chars_in(segment, l), *right = chars_in(segment, r);
    return true;
  }
  if (e->is<ast::Subscript>()) {
    const auto& s = e->as<ast::Subscript>();
    *left = chars_in(segment, s.value->end_col_offset);
    *right = chars_in(segment, s.slice->end_col_offset + 1);
    return true;
  }
  return false;
}

// One frame: `  File "f.py", line N, in name`, the source line, and the carets when the
// failing range is narrower than the line (or splits into operator/operands).
std::string frame_text(const Traceback* t) {
  std::string file(sv(t->code->filename));
  std::string out = "  File \"" + file + "\", line " + std::to_string(t->line) + ", in " +
                    std::string(sv(t->code->name)) + "\n";
  const std::string* raw = raw_source_line(file, t->line);
  if (!raw) return out;
  std::string_view line(*raw);
  while (!line.empty() && is_ws(line.back())) line.remove_suffix(1);
  size_t lead = 0;
  while (lead < line.size() && is_space(line[lead])) ++lead;
  if (lead == line.size()) return out;
  std::string_view stripped = line.substr(lead);
  out += "    " + std::string(stripped) + "\n";
  if (t->lasti < 0 || size_t(t->lasti) >= t->code->positions.size()) return out;
  const Position& p = t->code->positions[size_t(t->lasti)];
  int start_line = t->code->line_at(size_t(t->lasti));
  if (start_line != t->line || p.end_line < start_line || p.col < 0 || p.end_col < 0) return out;
  long lead_chars = chars_in(line, long(lead));
  long start = chars_in(line, p.col), end;
  long left = -1, right = -1;
  bool anchors = false;
  if (p.end_line == start_line) {
    end = chars_in(line, p.end_col);
    if (p.end_col > p.col && size_t(p.end_col) <= line.size()) {
      std::string_view seg = line.substr(size_t(p.col), size_t(p.end_col - p.col));
      if (caret_anchors(seg, &left, &right)) {
        anchors = true;
        left += start, right += start;
      }
    }
  } else {
    end = chars_in(line, long(line.size()));  // to the end of the line
  }
  if (end - start == chars_in(stripped, long(stripped.size())) && !anchors) return out;
  if (end <= start || start < lead_chars) return out;
  out += "    " + std::string(size_t(start - lead_chars), ' ');
  for (long i = start; i < end; ++i) out += anchors ? (i >= left && i < right ? '^' : '~') : '^';
  out += "\n";
  return out;
}

std::string traceback_text(Value tb) {
  std::string out;
  const Traceback* last = nullptr;
  int count = 0;
  auto flush = [&] {
    if (count > kRecursiveCutoff) {
      int n = count - kRecursiveCutoff;
      out += "  [Previous line repeated " + std::to_string(n) + " more time" + (n > 1 ? "s" : "") + "]\n";
    }
  };
  for (; tb; tb = static_cast<Traceback*>(tb.ptr())->next) {
    const Traceback* t = static_cast<Traceback*>(tb.ptr());
    if (!last || t->line != last->line || t->code->filename != last->code->filename ||
        !str_equal(as_str(t->code->name), as_str(last->code->name))) {
      flush();
      last = t;
      count = 0;
    }
    if (++count <= kRecursiveCutoff) out += frame_text(t);
  }
  flush();
  return out;
}

// CPython 3.11's suggestions.c: Levenshtein distance where a case change costs 1 and any
// other edit 2, after trimming the common prefix and suffix.
constexpr size_t kMoveCost = 2, kCaseCost = 1, kMaxStringSize = 40, kMaxCandidates = 750;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a += 'a' - 'A';
  if ('A' <= b && b <= 'Z') b += 'a' - 'A';
  return a == b ? kCaseCost : kMoveCost;
}

size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) a.remove_prefix(1), b.remove_prefix(1);
  while (!a.empty() && !b.empty() && a.back() == b.back()) a.remove_suffix(1), b.remove_suffix(1);
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t row[kMaxStringSize];
  for (size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    size_t distance = result = bi * kMoveCost, minimum = SIZE_MAX;
    for (size_t ai = 0; ai < a.size(); ++ai) {
      size_t substitute = distance + substitution_cost(b[bi], a[ai]);
      distance = row[ai];
      result = std::min(std::min(result, distance) + kMoveCost, substitute);
      row[ai] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// "Did you mean" for an AttributeError: the closest name in dir(obj).
std::string attribute_suggestion(Value exc) {
  Interpreter& I = interp();
  Dict** dp = instance_dict_ptr(exc);
  Value name = *dp ? dict_get_cstr(*dp, "name") : kNull;
  Value obj = *dp ? dict_get_cstr(*dp, "obj") : kNull;
  Value dir = dict_get_cstr(I.builtins, "dir");
  if (!name || !obj || !dir || !isinstance(name, I.str_type)) return "";
  Ref names = call1(dir, obj);
  if (!names || type_of(names.get()) != I.list_type) {
    clear_error();
    return "";
  }
  std::vector<std::string_view> cands;
  for (Value v : as_list(names.get())->items)
    if (isinstance(v, I.str_type)) cands.push_back(sv(v));
  return suggest_name(sv(name), cands);
}

std::string exception_only(Value exc) {
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
    out = name + ": " + std::string(sv(s.get()));
    std::string hint;
    if (is_subtype(t, I.NameError) && as_exc(exc)->extra && isinstance(as_exc(exc)->extra, I.str_type))
      hint = std::string(sv(as_exc(exc)->extra));
    else if (is_subtype(t, I.AttributeError))
      hint = attribute_suggestion(exc);
    if (!hint.empty()) out += ". Did you mean: '" + hint + "'?";
    out += "\n";
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

struct Printer {
  std::string out;
  std::vector<Value> seen;
  int depth = 0;  // exception-group nesting
  bool need_close = false;

  std::string indent() const { return std::string(size_t(2 * depth), ' '); }
  // Writes each line of `text` behind the group margin.
  void emit(std::string_view text, char margin = '|') {
    while (!text.empty()) {
      size_t nl = text.find('\n');
      size_t n = nl == std::string_view::npos ? text.size() : nl + 1;
      out += indent();
      if (depth) (out += margin) += ' ';
      out += text.substr(0, n);
      text.remove_prefix(n);
    }
  }
  bool was_seen(Value v) const { return std::find(seen.begin(), seen.end(), v) != seen.end(); }

  void recursive(Value exc) {
    seen.push_back(exc);
    BaseExc* e = as_exc(exc);
    if (e->cause) {
      if (!was_seen(e->cause)) {
        recursive(e->cause);
        emit("\nThe above exception was the direct cause of the following exception:\n\n");
      }
    } else if (e->context && !e->suppress_context && !was_seen(e->context)) {
      recursive(e->context);
      emit("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    if (is_exception_group(exc)) group(exc);
    else single(exc);
  }

  void single(Value exc) {
    if (Value tb = as_exc(exc)->traceback) {
      emit("Traceback (most recent call last):\n");
      emit(traceback_text(tb));
    }
    emit(exception_only(exc));
  }

  void group(Value exc) {
    if (depth > kMaxGroupDepth) {
      emit("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
      return;
    }
    bool toplevel = depth == 0;
    if (toplevel) ++depth;
    if (Value tb = as_exc(exc)->traceback) {
      emit("Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
      emit(traceback_text(tb));
    }
    emit(exception_only(exc));
    Tuple* excs = as_tuple(exception_group_excs(exc));
    long n = long(excs->n) <= kMaxGroupWidth ? long(excs->n) : kMaxGroupWidth + 1;
    need_close = false;
    for (long i = 0; i < n; ++i) {
      bool last = i == n - 1;
      if (last) need_close = true;  // a nested group may close the box instead
      bool truncated = i >= kMaxGroupWidth;
      out += indent() + (i == 0 ? "+-" : "  ") + "+---------------- " +
             (truncated ? std::string("...") : std::to_string(i + 1)) + " ----------------\n";
      ++depth;
      if (!truncated) {
        recursive(excs->items[i]);
      } else {
        long more = long(excs->n) - kMaxGroupWidth;
        emit("and " + std::to_string(more) + " more exception" + (more > 1 ? "s" : "") + "\n");
      }
      if (last && need_close) {
        out += indent() + "+------------------------------------\n";
        need_close = false;
      }
      --depth;
    }
    if (toplevel) --depth;
  }
};

}  // namespace

std::string suggest_name(std::string_view name, const std::vector<std::string_view>& candidates) {
  if (candidates.size() >= kMaxCandidates) return "";
  std::string_view best;
  size_t best_distance = SIZE_MAX;
  for (std::string_view c : candidates) {
    if (c == name) continue;
    size_t max_distance = (name.size() + c.size() + 3) * kMoveCost / 6;
    max_distance = std::min(max_distance, best_distance - 1);
    size_t d = levenshtein(name, c, max_distance);
    if (d > max_distance) continue;
    if (best.empty() || d < best_distance) best = c, best_distance = d;
  }
  return std::string(best);
}

std::string format_exception(Value exc) {
  Printer p;
  p.recursive(exc);
  return p.out;
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
