// Lexer tests: token kinds, positions, indentation and tokenizer errors.

#include <gtest/gtest.h>

#include <string>

#include "grammar/tokenizer.h"

namespace {

using gilt::grammar::LexOptions;
using gilt::grammar::LexResult;
using gilt::grammar::token_name;
using gilt::grammar::tokenize;

LexResult lex(const std::string& src) { return tokenize(src, LexOptions{}); }

// "NAME:x NEWLINE ..." — kinds, with the text of names, numbers, strings and operators.
std::string kinds(const std::string& src) {
  LexResult r = lex(src);
  std::string out;
  for (const auto& t : r.tokens) {
    if (!out.empty()) out += ' ';
    std::string name = token_name(t.type);
    out += name;
    if (name != "NEWLINE" && name != "INDENT" && name != "DEDENT" && name != "ENDMARKER" && t.end > t.begin)
      out += ":" + src.substr(t.begin, t.end - t.begin);
  }
  if (r.error) out += " !" + r.error->type + ": " + r.error->message;
  return out;
}

std::string error_of(const std::string& src) {
  LexResult r = lex(src);
  if (!r.error) return "<none>";
  const auto& e = *r.error;
  return e.type + "|" + e.message + "|" + std::to_string(e.line) + "|" + std::to_string(e.col);
}

TEST(GrammarLexer, SimpleStatement) {
  EXPECT_EQ(kinds("x = 1\n"), "NAME:x EQUAL:= NUMBER:1 NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("x = 1"), "NAME:x EQUAL:= NUMBER:1 NEWLINE ENDMARKER");  // implicit final newline
}

TEST(GrammarLexer, Positions) {
  LexResult r = lex("a = (b,\n     c)\n");
  ASSERT_FALSE(r.error);
  const auto& c = r.tokens[5];
  EXPECT_STREQ(token_name(c.type), "NAME");
  EXPECT_EQ(c.line, 2);
  EXPECT_EQ(c.col, 5);
  EXPECT_EQ(c.end_col, 6);
  const auto& nl = r.tokens[7];
  EXPECT_STREQ(token_name(nl.type), "NEWLINE");
  EXPECT_EQ(nl.line, 2);
  EXPECT_EQ(nl.col, 7);
  EXPECT_EQ(nl.end_col, 7);  // zero width, as CPython reports it
  // Columns are UTF-8 byte offsets.
  r = lex("é = 'ü' + x\n");
  EXPECT_EQ(r.tokens[0].end_col, 2);
  EXPECT_EQ(r.tokens[2].col, 5);
  EXPECT_EQ(r.tokens[2].end_col, 9);
}

TEST(GrammarLexer, Indentation) {
  EXPECT_EQ(kinds("if x:\n    y\nz\n"),
            "IF:if NAME:x COLON:: NEWLINE INDENT NAME:y NEWLINE DEDENT NAME:z NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("if x:\n  if y:\n    z\n"),
            "IF:if NAME:x COLON:: NEWLINE INDENT IF:if NAME:y COLON:: NEWLINE INDENT NAME:z NEWLINE DEDENT DEDENT "
            "ENDMARKER");
  // Blank and comment-only lines produce nothing, whatever their indentation.
  EXPECT_EQ(kinds("if x:\n\n      # c\n  y\n   \n"),
            "IF:if NAME:x COLON:: NEWLINE INDENT NAME:y NEWLINE DEDENT ENDMARKER");
  // A tab goes to the next multiple of 8, consistently used.
  EXPECT_EQ(kinds("if x:\n\ty\n\tz\n"),
            "IF:if NAME:x COLON:: NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT ENDMARKER");
  EXPECT_EQ(error_of("if x:\n\ty\n        z\n"), "TabError|inconsistent use of tabs and spaces in indentation|3|1");
  EXPECT_EQ(error_of("if x:\n    y\n  z\n"),
            "IndentationError|unindent does not match any outer indentation level|3|4");
  std::string deep;
  for (int i = 0; i < 101; ++i) deep += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
  EXPECT_EQ(error_of(deep).substr(0, 46), "IndentationError|too many levels of indentatio");
}

TEST(GrammarLexer, ImplicitAndExplicitJoining) {
  EXPECT_EQ(kinds("f(a,\n  b)\n"), "NAME:f LPAR:( NAME:a COMMA:, NAME:b RPAR:) NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("x = 1 + \\\n  2\n"), "NAME:x EQUAL:= NUMBER:1 PLUS:+ NUMBER:2 NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("x # comment\n"), "NAME:x NEWLINE ENDMARKER");
  EXPECT_EQ(error_of("x = 1 \\ y\n"), "SyntaxError|unexpected character after line continuation character|1|8");
  EXPECT_EQ(error_of("x = \\"), "SyntaxError|unexpected EOF while parsing|1|6");
  EXPECT_TRUE(lex("x = (\n").eof_incomplete);
  EXPECT_TRUE(lex("x = \\\n").eof_incomplete);
}

TEST(GrammarLexer, Operators) {
  EXPECT_EQ(kinds("a **= b // c -> d := e ... f != g <= h >> i"),
            "NAME:a AUGASSIGN:**= NAME:b DOUBLESLASH:// NAME:c RARROW:-> NAME:d COLONEQUAL::= NAME:e ELLIPSIS:... "
            "NAME:f CMPOP:!= NAME:g CMPOP:<= NAME:h RIGHTSHIFT:>> NAME:i NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("a.b"), "NAME:a DOT:. NAME:b NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("$"), "ERRORTOKEN:$ NEWLINE ENDMARKER");
}

TEST(GrammarLexer, KeywordsAndNames) {
  EXPECT_EQ(kinds("async await lambda nonlocal iffy if_ élan"),
            "ASYNC:async AWAIT:await LAMBDA:lambda NONLOCAL:nonlocal NAME:iffy NAME:if_ NAME:élan NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("ifé"), "NAME:ifé NEWLINE ENDMARKER");
  EXPECT_EQ(error_of("x = €"), "SyntaxError|invalid character '€' (U+20AC)|1|5");
  EXPECT_EQ(error_of("x = \xc2\xa0"), "SyntaxError|invalid non-printable character U+00A0|1|5");
}

TEST(GrammarLexer, Numbers) {
  EXPECT_EQ(kinds("1 1_000 0x_ff 0o17 0b1 1.5 .5 5. 1e10 1E-5 1j 1.5J 00 1if"),
            "NUMBER:1 NUMBER:1_000 NUMBER:0x_ff NUMBER:0o17 NUMBER:0b1 NUMBER:1.5 NUMBER:.5 NUMBER:5. NUMBER:1e10 "
            "NUMBER:1E-5 NUMBER:1j NUMBER:1.5J NUMBER:00 NUMBER:1 IF:if NEWLINE ENDMARKER");
  EXPECT_EQ(error_of("1a"), "SyntaxError|invalid decimal literal|1|1");
  EXPECT_EQ(error_of("x = 1__0"), "SyntaxError|invalid decimal literal|1|6");
  EXPECT_EQ(error_of("x = 0b12"), "SyntaxError|invalid digit '2' in binary literal|1|8");
  EXPECT_EQ(error_of("x = 0o8"), "SyntaxError|invalid digit '8' in octal literal|1|7");
  EXPECT_EQ(error_of("x = 0x"), "SyntaxError|invalid hexadecimal literal|1|6");
  EXPECT_EQ(error_of("012"),
            "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
            "integers|1|1");
}

TEST(GrammarLexer, Strings) {
  EXPECT_EQ(kinds("'a' \"b\" '''c\nd''' r'\\'' b'x' Rb'y' f'{x}' rf\"z\" u'w'"),
            "STRING:'a' STRING:\"b\" STRING:'''c\nd''' STRING:r'\\'' STRING:b'x' STRING:Rb'y' STRING:f'{x}' "
            "STRING:rf\"z\" STRING:u'w' NEWLINE ENDMARKER");
  LexResult r = lex("x = '''a\nb''' + 1\n");
  EXPECT_EQ(r.tokens[2].line, 1);
  EXPECT_EQ(r.tokens[2].end_line, 2);
  EXPECT_EQ(r.tokens[2].end_col, 4);
  EXPECT_EQ(r.tokens[3].line, 2);
  EXPECT_EQ(kinds("'a\\\nb'"), "STRING:'a\\\nb' NEWLINE ENDMARKER");
  EXPECT_EQ(error_of("x = 'abc"), "SyntaxError|unterminated string literal (detected at line 1)|1|5");
  EXPECT_EQ(error_of("x = 'abc\ny"), "SyntaxError|unterminated string literal (detected at line 1)|1|5");
  EXPECT_EQ(error_of("x = '''abc\n\n"), "SyntaxError|unterminated triple-quoted string literal (detected at line 2)|1|5");
  EXPECT_TRUE(lex("x = '''abc\n").eof_incomplete);
}

TEST(GrammarLexer, Brackets) {
  EXPECT_EQ(error_of("x = )"), "SyntaxError|unmatched ')'|1|5");
  EXPECT_EQ(error_of("(]"), "SyntaxError|closing parenthesis ']' does not match opening parenthesis '('|1|2");
  EXPECT_EQ(error_of("(\n]"),
            "SyntaxError|closing parenthesis ']' does not match opening parenthesis '(' on line 1|2|1");
  EXPECT_EQ(error_of("x = [1,\n2"), "SyntaxError|'[' was never closed|1|5");
  EXPECT_EQ(error_of(std::string(201, '(')), "SyntaxError|too many nested parentheses|1|201");
}

TEST(GrammarLexer, FStringExpressionMode) {
  LexOptions o;
  o.first_line = 3;
  o.first_col = 10;
  o.fstring_expr = true;
  std::string src = "a +\n b";
  LexResult r = tokenize(src, o);
  ASSERT_FALSE(r.error);
  ASSERT_EQ(r.tokens.size(), 4u);  // NAME PLUS NAME end: no NEWLINE/INDENT inside a field
  EXPECT_EQ(r.tokens[0].line, 3);
  EXPECT_EQ(r.tokens[0].col, 10);
  EXPECT_EQ(r.tokens[2].line, 4);
  EXPECT_EQ(r.tokens[2].col, 1);
}

}  // namespace
