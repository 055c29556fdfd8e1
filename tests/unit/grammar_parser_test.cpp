// Parser tests: the tree (ast.dump with positions) or the SyntaxError for
// each snippet in tests/unit/grammar_cases/*.txt must match what CPython 3.11
// produced for it (see regen_grammar_expected.py), plus hand-written checks
// for things the data files cannot express.

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "grammar/ast_dump.h"
#include "grammar/parse.h"

#ifndef GRAMMAR_CASES_DIR
#define GRAMMAR_CASES_DIR GILT_SOURCE_DIR "/tests/unit/grammar_cases"
#endif

namespace {

using gilt::ParseMode;

struct Case {
  ParseMode mode;
  std::string source;
  bool expect_error;
  std::string expected;
  int line;  // of the case in its file
};

std::vector<Case> load(const std::string& name) {
  std::ifstream in(std::string(GRAMMAR_CASES_DIR) + "/" + name, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << name;
  std::vector<Case> cases;
  std::string line;
  int lineno = 0;
  Case* cur = nullptr;
  bool nonl = false;
  std::vector<std::string> src;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.rfind("=== ", 0) == 0) {
      cases.push_back(Case{line.find("eval") != std::string::npos ? ParseMode::Eval : ParseMode::File, "", false, "",
                           lineno});
      cur = &cases.back();
      nonl = line.find("nonl") != std::string::npos;
      src.clear();
    } else if (cur && line.rfind("--- ", 0) == 0) {
      cur->expect_error = line == "--- error";
      for (size_t i = 0; i < src.size(); ++i) {
        if (i) cur->source += '\n';
        cur->source += src[i];
      }
      if (!nonl) cur->source += '\n';
      std::getline(in, cur->expected);
      ++lineno;
      cur = nullptr;
    } else if (cur) {
      src.push_back(line);
    }
  }
  return cases;
}

std::string describe(const gilt::ParseResult& r, ParseMode mode) {
  if (r.error) {
    const gilt::SyntaxErrorInfo& e = *r.error;
    return e.type + "|" + e.message + "|" + std::to_string(e.line) + "|" + std::to_string(e.col) + "|" +
           std::to_string(e.end_line) + "|" + std::to_string(e.end_col);
  }
  if (!r.module) return "<no module>";
  if (mode == ParseMode::Eval) {
    const auto* s = static_cast<const gilt::ast::ExprStmt*>(r.module->body.at(0).get());
    return "Expression(body=" + gilt::ast::dump(*s->value, true) + ")";
  }
  return gilt::ast::dump_with_positions(*r.module);
}

// Where CPython's PEG parser has a specialized message that this LALR parser
// does not reproduce (documented in parser.y); these may differ.
const std::set<std::string> kKnownDeviations = {
    "class A(x for x in y): pass",  // CPython points at `for`
    "x = {1: 2, 3}",                // "':' expected after dictionary key"
    "x = {**a, b}",
    "print 'x'",                    // "Missing parentheses in call to 'print'..."
    "@x\n",                         // CPython reports offset 0 at the end of input
    "",                             // eval of nothing: CPython says line 0
    "1 +",                          // eval: CPython says offset 0
};

void run_file(const std::string& name) {
  std::vector<Case> cases = load(name);
  ASSERT_FALSE(cases.empty());
  int failures = 0;
  for (const Case& c : cases) {
    gilt::ParseResult r = gilt::parse(c.source, "f.py", c.mode);
    std::string got = describe(r, c.mode);
    if (got != c.expected && kKnownDeviations.count(c.source)) {
      std::printf("known deviation at %s:%d\n", name.c_str(), c.line);
    } else if (got != c.expected) {
      ++failures;
      ADD_FAILURE() << name << ":" << c.line << " source:\n" << c.source << "\nexpected: " << c.expected
                    << "\n     got: " << got;
    }
  }
  std::printf("%s: %d/%zu cases match CPython\n", name.c_str(), static_cast<int>(cases.size()) - failures,
              cases.size());
}

TEST(GrammarParser, ValidSyntaxMatchesCPython) { run_file("valid.txt"); }
TEST(GrammarParser, ErrorsMatchCPython) { run_file("errors.txt"); }
TEST(GrammarParser, EvalModeMatchesCPython) { run_file("eval.txt"); }

TEST(GrammarParser, DumpWithoutPositions) {
  auto r = gilt::parse("x = f(1, k=2)\n", "f.py");
  ASSERT_TRUE(r.module);
  EXPECT_EQ(gilt::ast::dump(*r.module),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), "
            "args=[Constant(value=1)], keywords=[keyword(arg='k', value=Constant(value=2))]))], type_ignores=[])");
}

TEST(GrammarParser, ErrorCarriesLineTextAndFilename) {
  auto r = gilt::parse("x = 1\ny = (1 +\n", "prog.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->filename, "prog.py");
  EXPECT_EQ(r.error->message, "'(' was never closed");
  EXPECT_EQ(r.error->line, 2);
  EXPECT_EQ(r.error->text, "y = (1 +");
}

TEST(GrammarParser, OffsetsAreCharactersNotBytes) {
  auto r = gilt::parse("é = 1 +\n", "f.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->message, "invalid syntax");
  EXPECT_EQ(r.error->col, 8);  // bytes would say 9
}

TEST(GrammarParser, NullBytesAndBadUtf8) {
  auto r = gilt::parse(std::string("x = 1\0\n", 7), "f.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->message, "source code cannot contain null bytes");
  r = gilt::parse("x = 1\n\xff = 2\n", "f.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->message,
            "Non-UTF-8 code starting with '\\xff' in file f.py on line 2, but no encoding declared; see "
            "https://peps.python.org/pep-0263/ for details");
}

TEST(GrammarParser, CrLfAndBom) {
  auto a = gilt::parse("\xEF\xBB\xBFif x:\r\n    y\r\nz\r", "f.py");
  auto b = gilt::parse("if x:\n    y\nz\n", "f.py");
  ASSERT_TRUE(a.module && b.module);
  EXPECT_EQ(gilt::ast::dump_with_positions(*a.module), gilt::ast::dump_with_positions(*b.module));
}

TEST(GrammarParser, DeepNestingIsACleanError) {
  for (const std::string& src : {std::string(10000, '(') + std::string(10000, ')'), std::string(10000, '[') + "]",
                                 std::string(10000, '-') + "x", "x = " + std::string(100000, '~') + "1"}) {
    auto r = gilt::parse(src, "f.py");
    ASSERT_TRUE(r.error) << src.substr(0, 20);
  }
  std::string chain = "a";
  for (int i = 0; i < 100000; ++i) chain += "+a";
  auto r = gilt::parse(chain, "f.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->message, "too complex");
  std::string lambdas;
  for (int i = 0; i < 20000; ++i) lambdas += "lambda: ";
  r = gilt::parse(lambdas + "0", "f.py");
  ASSERT_TRUE(r.error);
  // Moderate nesting still works.
  r = gilt::parse(std::string(150, '(') + "1" + std::string(150, ')'), "f.py");
  EXPECT_TRUE(r.module);
  std::string attrs = "a";
  for (int i = 0; i < 1000; ++i) attrs += ".b";
  EXPECT_TRUE(gilt::parse(attrs, "f.py").module);
}

TEST(GrammarParser, Interactive) {
  auto inc = [](const char* s) { return gilt::parse(s, "<stdin>", ParseMode::Interactive).incomplete; };
  EXPECT_FALSE(inc("x = 1\n"));
  EXPECT_TRUE(inc("if x:\n"));
  EXPECT_TRUE(inc("if x:\n    y\n"));
  EXPECT_FALSE(inc("if x:\n    y\n\n"));
  EXPECT_TRUE(inc("if x: pass\n"));
  EXPECT_TRUE(inc("x = (1,\n"));
  EXPECT_TRUE(inc("x = '''abc\n"));
  EXPECT_TRUE(inc("x = 1 + \\\n"));
  EXPECT_TRUE(inc("def f():\n"));
  EXPECT_TRUE(inc("@d\n"));
  EXPECT_TRUE(inc("class A:\n    def f(self):\n        pass\n"));
  EXPECT_FALSE(inc("class A:\n    def f(self):\n        pass\n\n"));
  auto r = gilt::parse("1 +\n", "<stdin>", ParseMode::Interactive);
  EXPECT_FALSE(r.incomplete);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->message, "invalid syntax");
  r = gilt::parse("x = 1\ny = 2\n", "<stdin>", ParseMode::Interactive);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->message, "multiple statements found while compiling a single statement");
  r = gilt::parse("x = 1; y = 2\n", "<stdin>", ParseMode::Interactive);
  ASSERT_TRUE(r.module);
  EXPECT_EQ(r.module->body.size(), 2u);
  r = gilt::parse("\n", "<stdin>", ParseMode::Interactive);
  ASSERT_TRUE(r.module);
  EXPECT_TRUE(r.module->body.empty());
}

TEST(GrammarParser, ContextsAreSet) {
  auto r = gilt::parse("del a, b.c, d[0]\nfor [x, *y] in z: pass\n", "f.py");
  ASSERT_TRUE(r.module);
  std::string d = gilt::ast::dump(*r.module);
  EXPECT_NE(d.find("Name(id='a', ctx=Del())"), std::string::npos);
  EXPECT_NE(d.find("Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del())"), std::string::npos);
  EXPECT_NE(d.find("Starred(value=Name(id='y', ctx=Store()), ctx=Store())"), std::string::npos);
  EXPECT_NE(d.find("List(elts=[Name(id='x', ctx=Store())"), std::string::npos);
}

TEST(GrammarParser, ConstantValues) {
  auto r = gilt::parse("0x1F; 1_0; 1.5e3; 2j; b'\\x01'; 'é'\n", "f.py");
  ASSERT_TRUE(r.module);
  auto value = [&](size_t i) {
    return static_cast<const gilt::ast::Constant*>(
        static_cast<const gilt::ast::ExprStmt*>(r.module->body[i].get())->value.get());
  };
  EXPECT_EQ(value(0)->int_text, "0x1f");
  EXPECT_EQ(value(1)->int_text, "10");
  EXPECT_EQ(value(2)->number, 1500.0);
  EXPECT_EQ(value(3)->type, gilt::ast::Constant::Type::Imaginary);
  EXPECT_EQ(value(3)->number, 2.0);
  EXPECT_EQ(value(4)->str, std::string("\x01"));
  EXPECT_EQ(value(5)->str, "é");
}

TEST(GrammarParser, ThreadsCanParseAtOnce) {
  std::string src;
  for (int i = 0; i < 200; ++i) src += "def f" + std::to_string(i) + "(a, *b, c=1):\n    return f'{a!r:>{c}}' + x[1:2]\n";
  std::string expected = gilt::ast::dump_with_positions(*gilt::parse(src, "f.py").module);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        auto r = gilt::parse(src, "f.py");
        ok[static_cast<size_t>(t)] += r.module && gilt::ast::dump_with_positions(*r.module) == expected;
      }
    });
  for (auto& th : threads) th.join();
  for (int n : ok) EXPECT_EQ(n, 20);
}

// A large file parses completely (its speed is measured by the benchmarks).
TEST(GrammarParser, HundredThousandLines) {
  std::string src;
  for (int i = 0; i < 25000; ++i) {
    src += "def f" + std::to_string(i) + "(a, b=2):\n";
    src += "    x = [a * b + 1 for a in range(10) if a % 2]\n";
    src += "    return {'k': x, 'v': (a, b)}.get('k')\n";
    src += "\n";
  }
  auto r = gilt::parse(src, "big.py");
  ASSERT_TRUE(r.module);
  EXPECT_EQ(r.module->body.size(), 25000u);
}

}  // namespace
