// Parser tests against trees and errors recorded from CPython 3.11 by scripts/record-ast.py
// (tests/cpp/py/data/front/), plus robustness and speed checks.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "py/ast_dump.hpp"
#include "py/parser.hpp"

namespace {

std::string read_file(const std::string& rel) {
  std::ifstream f(std::string(AIOPLAY_SOURCE_DIR) + "/tests/cpp/py/data/front/" + rel, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

struct Case {
  std::string name;
  std::string body;
};

// Splits a cases/expected file at its "### name" lines (CR of CRLF headers dropped).
std::vector<Case> split_cases(const std::string& text, bool keep_trailing_newline) {
  std::vector<Case> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) eol = text.size();
    std::string line = text.substr(pos, eol - pos);
    size_t next = eol < text.size() ? eol + 1 : eol;
    if (line.rfind("### ", 0) == 0) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      out.push_back({line.substr(4), ""});
    } else if (!out.empty()) {
      out.back().body += text.substr(pos, next - pos);
    }
    pos = next;
  }
  if (!keep_trailing_newline)
    for (Case& c : out)
      while (!c.body.empty() && c.body.back() == '\n') c.body.pop_back();
  return out;
}

TEST(Parser, RecordedAsts) {
  std::vector<Case> sources = split_cases(read_file("ast_cases.txt"), true);
  std::vector<Case> expected = split_cases(read_file("ast_cases.expected"), false);
  ASSERT_GT(sources.size(), 50u);
  ASSERT_EQ(sources.size(), expected.size()) << "re-run scripts/record-ast.py";
  for (size_t i = 0; i < sources.size(); ++i) {
    const Case& c = sources[i];
    SCOPED_TRACE(c.name);
    ASSERT_EQ(c.name, expected[i].name);
    bool eval = c.name.size() > 6 && c.name.compare(c.name.size() - 6, 6, "[eval]") == 0;
    py::ParseResult r = py::parse(c.body, "<test>", eval ? py::ParseMode::Eval : py::ParseMode::File);
    ASSERT_TRUE(r.ok()) << r.error.msg << " at line " << r.error.lineno << " offset " << r.error.offset;
    const std::string& want = expected[i].body;
    size_t nl = want.find('\n');
    ASSERT_NE(nl, std::string::npos);
    EXPECT_EQ(py::ast::dump(r.mod), want.substr(0, nl));
    EXPECT_EQ(py::ast::dump(r.mod, true), want.substr(nl + 1));
  }
}

TEST(Parser, RecordedSyntaxErrors) {
  std::vector<Case> sources = split_cases(read_file("error_cases.txt"), true);
  std::vector<Case> expected = split_cases(read_file("error_cases.expected"), false);
  ASSERT_GT(sources.size(), 50u);
  ASSERT_EQ(sources.size(), expected.size()) << "re-run scripts/record-ast.py";
  for (size_t i = 0; i < sources.size(); ++i) {
    const Case& c = sources[i];
    SCOPED_TRACE(c.name);
    ASSERT_EQ(c.name, expected[i].name);
    // Expected: the fields for a file, the fields for a string ("-": not applicable), the
    // lines python3 printed.
    const std::string& want = expected[i].body;
    size_t nl1 = want.find('\n'), nl2 = want.find('\n', nl1 + 1);
    ASSERT_NE(nl2, std::string::npos);
    auto fields = [](const py::SyntaxError& e) {
      char buf[1024];
      std::snprintf(buf, sizeof buf, "%s|%s|%d|%d|%d|%d", e.type_name(), e.msg.c_str(), e.lineno, e.offset,
                    e.end_lineno, e.end_offset);
      return std::string(buf);
    };
    py::ParseResult r = py::parse(c.body, "x.py");
    EXPECT_FALSE(r.ok());
    if (r.ok()) continue;
    EXPECT_EQ(fields(r.error), want.substr(0, nl1));
    EXPECT_EQ(py::format_syntax_error(r.error), want.substr(nl2 + 1) + "\n");
    std::string as_string = want.substr(nl1 + 1, nl2 - nl1 - 1);
    if (as_string != "-") {
      py::ParseResult s = py::parse(c.body, "x.py", py::ParseMode::File, py::SourceKind::String);
      EXPECT_FALSE(s.ok());
      if (!s.ok()) {
        EXPECT_EQ(fields(s.error), as_string) << "(source given as a string)";
      }
    }
  }
}

TEST(Parser, DeepNestingIsAnErrorNotACrash) {
  auto check = [](const std::string& src) {
    py::ParseResult r = py::parse(src, "deep.py");
    if (!r.ok()) {
      EXPECT_TRUE(r.error.kind == py::SyntaxError::Recursion || r.error.kind == py::SyntaxError::Syntax) << r.error.msg;
    }
  };
  check(std::string(100000, '-') + "1\n");
  std::string nots;
  for (int i = 0; i < 20000; ++i) nots += "not ";
  check(nots + "x\n");
  std::string attrs = "a";
  for (int i = 0; i < 50000; ++i) attrs += ".b";
  check(attrs + "\n");
  std::string adds = "1";
  for (int i = 0; i < 50000; ++i) adds += "+1";
  check(adds + "\n");
  check(std::string(199, '(') + "1" + std::string(199, ')') + "\n");
  check(std::string(199, '[') + std::string(199, ']') + "\n");
  std::string lambdas;
  for (int i = 0; i < 5000; ++i) lambdas += "lambda: ";
  check(lambdas + "1\n");
  std::string ifs;
  for (int i = 0; i < 98; ++i) ifs += std::string(i, ' ') + "if x:\n";
  check(ifs + std::string(98, ' ') + "pass\n");
  // Too deep for CPython's tokenizer too:
  py::ParseResult r = py::parse(std::string(300, '(') + "\n", "deep.py");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error.msg, "too many nested parentheses");
}

TEST(Parser, ModesAndSourceForms) {
  py::ParseResult bom = py::parse("\xEF\xBB\xBFx = 1\n", "b.py");
  ASSERT_TRUE(bom.ok());
  EXPECT_EQ(py::ast::dump(bom.mod, true),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
            "end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), "
            "lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])");
  py::ParseResult cr = py::parse("x = 1\ry = 2\r", "cr.py");
  ASSERT_TRUE(cr.ok());
  EXPECT_EQ(cr.mod->body.size(), 2u);
  py::ParseResult single = py::parse("x = 1\n", "<stdin>", py::ParseMode::Single);
  ASSERT_TRUE(single.ok());
  EXPECT_EQ(py::ast::dump(single.mod), "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
  py::ParseResult bad = py::parse("x = '\xff'\n", "/p/bad.py");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(py::format_syntax_error(bad.error),
            "SyntaxError: Non-UTF-8 code starting with '\\xff' in file /p/bad.py on line 1, but no encoding declared; "
            "see https://peps.python.org/pep-0263/ for details\n");
}

// A 10k-line file of typical code must parse well under 50 ms in an optimised build.
TEST(Parser, Speed) {
  std::string block =
      "async def worker_{i}(name, queue, *, delay=0.5):\n"
      "    \"\"\"Docstring for worker {i}.\"\"\"\n"
      "    total = 0\n"
      "    for n in range(10):\n"
      "        if n % 2 == 0 and not name.startswith('x'):\n"
      "            total += n * 2 ** 3 - (n // 3)\n"
      "        else:\n"
      "            total -= len([x for x in queue if x])\n"
      "    await asyncio.sleep(delay)\n"
      "    print(f'{name}: {total:>10} done', end='\\n')\n";
  std::string src;
  for (int i = 0; src.size() < 10000 * 40; ++i) {
    std::string b = block;
    for (size_t at; (at = b.find("{i}")) != std::string::npos;) b.replace(at, 3, std::to_string(i));
    src += b;
  }
  int lines = 0;
  for (char c : src) lines += c == '\n';
  // CPU time, not wall time: the machines running the tests are often oversubscribed.
  double ms = 1e9;
  size_t arena = 0;
  for (int round = 0; round < 3; ++round) {
    std::clock_t c0 = std::clock();
    py::ParseResult r = py::parse(src, "big.py");
    ms = std::min(ms, 1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
    ASSERT_TRUE(r.ok()) << r.error.msg;
    arena = r.arena->bytes_reserved();
  }
  std::printf("parsed %d lines (%zu bytes) in %.2f ms CPU, arena %zu KiB\n", lines, src.size(), ms, arena / 1024);
  // Reported, not asserted: speed is measured in bench/, never gated in unit tests (an
  // ASan or loaded build would fail a fixed bound).
}

}  // namespace
