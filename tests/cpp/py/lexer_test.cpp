// Lexer unit tests: token kinds, texts and positions as CPython's tokenize module reports
// them (NEWLINE is zero-width in the parser's view; NL and COMMENT only with trivia on).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "py/lexer.hpp"

namespace {

using py::Tok;

std::vector<py::Token> lex(std::string_view src, bool trivia = false) {
  py::Lexer lexer(src, trivia);
  std::vector<py::Token> out;
  for (;;) {
    out.push_back(lexer.next());
    if (out.back().kind == Tok::EndMarker || out.back().kind == Tok::Error) return out;
  }
}

// "KIND:text" for each token, kinds as tok_name() spells them.
std::string show(std::string_view src, bool trivia = false) {
  std::string s;
  for (const py::Token& t : lex(src, trivia)) {
    if (!s.empty()) s += ' ';
    s += py::tok_name(t.kind);
    if (t.kind == Tok::Name || t.kind == Tok::Number || t.kind == Tok::String || t.kind == Tok::Comment) {
      s += ':';
      s += t.text;
    }
  }
  return s;
}

std::string error_of(std::string_view src) {
  py::Lexer lexer(src);
  for (;;) {
    py::Token t = lexer.next();
    if (t.kind == Tok::EndMarker) return "";
    if (t.kind == Tok::Error) return lexer.diag().msg;
  }
}

TEST(Lexer, IndentDedent) {
  EXPECT_EQ(show("if x:\n    y\n    if z:\n        w\nv\n"),
            "if NAME:x : NEWLINE INDENT NAME:y NEWLINE if NAME:z : NEWLINE INDENT NAME:w NEWLINE DEDENT DEDENT NAME:v "
            "NEWLINE ENDMARKER");
  EXPECT_EQ(show("def f():\n    pass"), "def NAME:f ( ) : NEWLINE INDENT pass NEWLINE DEDENT ENDMARKER");
}

TEST(Lexer, TabsFollowCPython) {
  // A tab advances to the next multiple of 8: "\t" and 8 spaces are the same level only
  // when the tab-as-1 count agrees too; otherwise TabError.
  EXPECT_EQ(show("if x:\n\ty\n\tz\n"), "if NAME:x : NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT ENDMARKER");
  EXPECT_EQ(error_of("if x:\n\ty\n        z\n"), "inconsistent use of tabs and spaces in indentation");
  EXPECT_EQ(error_of("if x:\n    a\n  b\n"), "unindent does not match any outer indentation level");
}

TEST(Lexer, NewlineVersusNl) {
  EXPECT_EQ(show("x = (1,\n  2)\n\n# c\ny\n", true),
            "NAME:x = ( NUMBER:1 , NL NUMBER:2 ) NEWLINE NL COMMENT:# c NL NAME:y NEWLINE ENDMARKER");
  EXPECT_EQ(show("x = (1,\n  2)\n\n# c\ny\n"), "NAME:x = ( NUMBER:1 , NUMBER:2 ) NEWLINE NAME:y NEWLINE ENDMARKER");
  EXPECT_EQ(show("x = 1 + \\\n    2\n"), "NAME:x = NUMBER:1 + NUMBER:2 NEWLINE ENDMARKER");
  EXPECT_EQ(show("x  # trailing\n", true), "NAME:x COMMENT:# trailing NEWLINE ENDMARKER");
}

TEST(Lexer, Positions) {
  std::vector<py::Token> t = lex("ab = '''x\ny'''\n");
  ASSERT_GE(t.size(), 4u);
  EXPECT_EQ(t[0].line, 1);
  EXPECT_EQ(t[0].col, 0);
  EXPECT_EQ(t[0].end_col, 2);
  EXPECT_EQ(t[2].kind, Tok::String);
  EXPECT_EQ(t[2].line, 1);
  EXPECT_EQ(t[2].col, 5);
  EXPECT_EQ(t[2].end_line, 2);
  EXPECT_EQ(t[2].end_col, 4);
  EXPECT_EQ(t[3].kind, Tok::Newline);
  EXPECT_EQ(t[3].line, 2);
  EXPECT_EQ(t[3].col, 4);
  EXPECT_EQ(t[3].end_col, 4);  // zero-width, as the parser sees it
  std::vector<py::Token> u = lex("中文 = 1\n");
  EXPECT_EQ(u[0].kind, Tok::Name);
  EXPECT_EQ(u[0].end_col, 6);  // columns are UTF-8 bytes
  EXPECT_EQ(u[1].col, 7);
}

TEST(Lexer, StringPrefixes) {
  EXPECT_EQ(show("r'a' b'b' rb'c' BR'd' Rb'e' f'f' rf'g' FR'h' u'i' U'j' '''k''' \"l\"\n"),
            "STRING:r'a' STRING:b'b' STRING:rb'c' STRING:BR'd' STRING:Rb'e' STRING:f'f' STRING:rf'g' STRING:FR'h' "
            "STRING:u'i' STRING:U'j' STRING:'''k''' STRING:\"l\" NEWLINE ENDMARKER");
  // Not prefixes: names followed by strings.
  EXPECT_EQ(show("ur'x'\n"), "NAME:ur STRING:'x' NEWLINE ENDMARKER");
  EXPECT_EQ(show("f\"{'nested'}\" 'a\\'b'\n"), "STRING:f\"{'nested'}\" STRING:'a\\'b' NEWLINE ENDMARKER");
  EXPECT_EQ(error_of("x = 'abc\n"), "unterminated string literal (detected at line 1)");
  EXPECT_EQ(error_of("x = '''abc\n\n"), "unterminated triple-quoted string literal (detected at line 2)");
}

TEST(Lexer, Numbers) {
  EXPECT_EQ(show("0 1_000 0x_fF 0o17 0b1_0 3.14 1. .5 1e10 1E-5 2j 1.5J 0_0 00\n"),
            "NUMBER:0 NUMBER:1_000 NUMBER:0x_fF NUMBER:0o17 NUMBER:0b1_0 NUMBER:3.14 NUMBER:1. NUMBER:.5 "
            "NUMBER:1e10 NUMBER:1E-5 NUMBER:2j NUMBER:1.5J NUMBER:0_0 NUMBER:00 NEWLINE ENDMARKER");
  EXPECT_EQ(show("1if x else 2\n"), "NUMBER:1 if NAME:x else NUMBER:2 NEWLINE ENDMARKER");
  EXPECT_EQ(show("1 .real\n"), "NUMBER:1 . NAME:real NEWLINE ENDMARKER");
  EXPECT_EQ(error_of("1abc\n"), "invalid decimal literal");
  EXPECT_EQ(error_of("1__0\n"), "invalid decimal literal");
  EXPECT_EQ(error_of("0x\n"), "invalid hexadecimal literal");
  EXPECT_EQ(error_of("0o8\n"), "invalid digit '8' in octal literal");
  EXPECT_EQ(error_of("0b12\n"), "invalid digit '2' in binary literal");
  EXPECT_EQ(error_of("012\n"),
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
}

TEST(Lexer, OperatorsAndKeywords) {
  EXPECT_EQ(show(":= -> ** // @ ... != <= >= == << >> += -= *= /= //= %= **= @= |= &= ^= <<= >>= ~ < > . ,\n"),
            ":= -> ** // @ ... != <= >= == << >> += -= *= /= //= %= **= @= |= &= ^= <<= >>= ~ < > . , NEWLINE "
            "ENDMARKER");
  EXPECT_EQ(show("match case _ type await async lambda\n"),
            "NAME:match NAME:case NAME:_ NAME:type await async lambda NEWLINE ENDMARKER");
  EXPECT_EQ(show("a $ b\n"), "NAME:a ERRORTOKEN NAME:b NEWLINE ENDMARKER");
}

TEST(Lexer, Brackets) {
  EXPECT_EQ(error_of("x = (1]\n"), "closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(error_of("x = (1,\n2]\n"), "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
  EXPECT_EQ(error_of("x)\n"), "unmatched ')'");
  EXPECT_EQ(error_of("f(\n"), "'(' was never closed");
  EXPECT_EQ(error_of(std::string(201, '[')), "too many nested parentheses");
}

TEST(Lexer, UnicodeIdentifiers) {
  EXPECT_EQ(show("变量 = café\n"), "NAME:变量 = NAME:café NEWLINE ENDMARKER");
  EXPECT_EQ(error_of("print（1）\n"), "invalid character '（' (U+FF08)");
  EXPECT_EQ(error_of("x = 1 \\ 2\n"), "unexpected character after line continuation character");
}

}  // namespace
