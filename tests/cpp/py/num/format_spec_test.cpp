// format() and %-formatting against CPython 3.11 (data/num/format.txt).
#include "py/num/format_spec.hpp"

#include <cstring>

#include "vectors.hpp"

namespace py::num::test {
namespace {

// "%-+#0 10.3e" -> PrintfSpec, the part of % formatting the core parses itself.
PrintfSpec printf_spec(std::string_view s) {
  PrintfSpec p;
  std::size_t i = 1;
  for (; i < s.size() && std::strchr("-+ #0", s[i]); ++i) {
    char c = s[i];
    (c == '-' ? p.left : c == '+' ? p.plus : c == ' ' ? p.space : c == '#' ? p.alt : p.zero) = true;
  }
  auto number = [&](std::int64_t& v) {
    v = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') v = v * 10 + (s[i++] - '0');
  };
  if (i < s.size() && s[i] >= '0' && s[i] <= '9') number(p.width);
  if (i < s.size() && s[i] == '.') ++i, number(p.precision);
  p.type = s[i];
  return p;
}

TEST(FormatSpec, MatchesCPythonVectors) {
  auto cases = read_cases("format.txt");
  ASSERT_GT(cases.size(), 5000u);
  int failures = 0;
  for (const auto& c : cases) {
    const std::string& op = c[0];
    std::string out, got;
    Error err;
    const std::string spec = dec_str(c[2]);
    bool ok = true;
    if (op == "int") ok = format_int(dec_int(c[1]), spec, out, err);
    else if (op == "float") ok = format_float(dec_float(c[1]), spec, out, err);
    else if (op == "str") ok = format_str(dec_str(c[1]), spec, out, err);
    else if (op == "printf_float") printf_float(dec_float(c[1]), printf_spec(spec), out);
    else if (op == "printf_int") ok = printf_int(dec_int(c[1]), printf_spec(spec), out, err);
    else if (op == "printf_str") printf_str(dec_str(c[1]), printf_spec(spec), out);
    else ADD_FAILURE() << "unknown op " << op;
    got = ok ? out : "!" + show(err);
    std::string want = is_error(c[3]) ? "!" + dec_error(c[3]) : dec_str(c[3]);
    if (got != want && ++failures <= 30)
      ADD_FAILURE() << op << " " << c[1] << " spec '" << spec << "'\n got  '" << got << "'\n want '" << want << "'";
  }
  EXPECT_EQ(failures, 0);
}

}  // namespace
}  // namespace py::num::test
