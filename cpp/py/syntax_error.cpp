#include "py/syntax_error.hpp"

#include <cstring>

namespace py {

const char* SyntaxError::type_name() const {
  switch (kind) {
    case Indentation: return "IndentationError";
    case Tab: return "TabError";
    case Recursion: return "RecursionError";
    default: return "SyntaxError";
  }
}

// Follows print_exception()/print_error_text() of CPython 3.11's pythonrun.c.
std::string format_syntax_error(const SyntaxError& e) {
  std::string out;
  if (e.kind == SyntaxError::Recursion) return std::string(e.type_name()) + ": " + e.msg + "\n";
  if (e.lineno <= 0) {
    if (e.filename.empty()) return std::string(e.type_name()) + ": " + e.msg + "\n";
    return std::string(e.type_name()) + ": " + e.msg + " (" + e.filename + ")\n";
  }
  out += "  File \"" + e.filename + "\", line " + std::to_string(e.lineno) + "\n";
  if (!e.text.empty()) {
    long offset = e.offset, end_offset = e.end_offset;
    long line_size = 0;
    for (unsigned char c : e.text)
      if ((c & 0xC0) != 0x80) ++line_size;
    // A range over several lines is shown to the end of the first one.
    if (e.end_lineno > e.lineno) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    // CPython 3.11 marks an IndentationError (and TabError) with a single caret.
    long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    if (e.kind == SyntaxError::Indentation || e.kind == SyntaxError::Tab) carets = 1;
    const char* text = e.text.c_str();
    --offset;  // 0-based
    while (*text == ' ' || *text == '\t' || *text == '\f') ++text, --offset;
    long len = static_cast<long>(std::strlen(text));
    if (len > 0 && text[len - 1] == '\n') --len;
    if (offset > len) offset = len;
    for (;;) {  // a text of several lines: show the one the offset is in
      const char* nl = std::strchr(text, '\n');
      if (!nl) break;
      long inl = nl - text;
      if (inl >= offset) break;
      inl += 1;
      text += inl;
      len -= inl;
      offset -= inl;
    }
    out += "    ";
    out += text;
    if (text[len] != '\n') out += '\n';
    if (offset >= 0) {
      out += "    ";
      out.append(static_cast<size_t>(offset), ' ');
      out.append(static_cast<size_t>(carets), '^');
      out += '\n';
    }
  }
  out += std::string(e.type_name()) + ": " + e.msg + "\n";
  return out;
}

}  // namespace py
