// Golden disassembly tests for the compiler: each snippet is compiled and its
// disassembly compared with the expected text below. The bytecode shapes are
// the contract with the interpreter (see vm/opcodes.h and vm/compiler.h), so
// a change here is a change to that contract: review the new listing, then
// update the expected text. Compile errors are compared with CPython 3.11's
// messages and positions (checked with python3 when the cases were written).
#include <gtest/gtest.h>

#include <memory>
#include <mutex>
#include <string>

#include "grammar/parse.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "vm/code.h"
#include "vm/compiler.h"

namespace gilt {
namespace {

struct GoldenCase {
  const char* name;
  ParseMode mode;
  const char* source;
  const char* expected;
};

struct ErrorCase {
  const char* source;
  const char* type;
  const char* message;
  int line, col, end_line, end_col;
};

CompileResult compile_source(const std::string& text, ParseMode mode) {
  static std::once_flag once;
  std::call_once(once, [] {
    init_runtime();
    init_code_type();
  });
  auto source = std::make_shared<const std::string>(text);
  ParseResult parsed = parse(*source, "<test>", mode);
  EXPECT_FALSE(parsed.error) << parsed.error->message;
  if (parsed.error) return {};
  return compile(*parsed.module, "<test>", mode, source);
}

// clang-format off
const GoldenCase kGoldenCases[] = {
{"ModuleAssignAndCall", ParseMode::File, "x = 1\nprint(x + 2)\n", R"gold(
  1          0 LOAD_CONST               0 (1)
             1 STORE_GLOBAL             0 (x)

  2          2 LOAD_GLOBAL              1 (print)
             4 PUSH_NULL
             5 LOAD_GLOBAL              0 (x)
             7 LOAD_CONST               1 (2)
             8 BINARY_OP                0 (+)
             9 CALL                     1
            10 POP_TOP
            11 LOAD_CONST               2 (None)
            12 RETURN_VALUE
)gold"},
{"ModuleDocstring", ParseMode::File, "\"\"\"doc\"\"\"\nx = 1\n", R"gold(
  1          0 LOAD_CONST               0 ('doc')
             1 STORE_GLOBAL             0 (__doc__)

  2          2 LOAD_CONST               1 (1)
             3 STORE_GLOBAL             1 (x)
             4 LOAD_CONST               2 (None)
             5 RETURN_VALUE
)gold"},
{"InteractivePrintsExpression", ParseMode::Interactive, "x + 1\n", R"gold(
  1          0 LOAD_GLOBAL              0 (x)
             2 LOAD_CONST               0 (1)
             3 BINARY_OP                0 (+)
             4 PRINT_EXPR
             5 LOAD_CONST               1 (None)
             6 RETURN_VALUE
)gold"},
{"InteractivePrintsInsideBlocks", ParseMode::Interactive, "for i in y:\n    i\n\n", R"gold(
  1          0 LOAD_GLOBAL              0 (y)
             2 GET_ITER
       >>    3 FOR_ITER                 9 (to 9)
             4 STORE_GLOBAL             1 (i)

  2          5 LOAD_GLOBAL              1 (i)
             7 PRINT_EXPR
             8 JUMP_BACKWARD            3 (to 3)
       >>    9 LOAD_CONST               0 (None)
            10 RETURN_VALUE
)gold"},
{"EvalReturnsValue", ParseMode::Eval, "a * b - c\n", R"gold(
  1          0 LOAD_NAME                0 (a)
             1 LOAD_NAME                1 (b)
             2 BINARY_OP                2 (*)
             3 LOAD_NAME                2 (c)
             4 BINARY_OP                1 (-)
             5 RETURN_VALUE
)gold"},
{"UnaryAndBinaryOps", ParseMode::File, "x = -a + ~b * +c ** d // e % f @ g\ny = not a\n", R"gold(
  1          0 LOAD_GLOBAL              0 (a)
             2 UNARY_NEGATIVE
             3 LOAD_GLOBAL              1 (b)
             5 UNARY_INVERT
             6 LOAD_GLOBAL              2 (c)
             8 LOAD_GLOBAL              3 (d)
            10 BINARY_OP                6 (**)
            11 UNARY_POSITIVE
            12 BINARY_OP                2 (*)
            13 LOAD_GLOBAL              4 (e)
            15 BINARY_OP               12 (//)
            16 LOAD_GLOBAL              5 (f)
            18 BINARY_OP                5 (%)
            19 LOAD_GLOBAL              6 (g)
            21 BINARY_OP                3 (@)
            22 BINARY_OP                0 (+)
            23 STORE_GLOBAL             7 (x)

  2         24 LOAD_GLOBAL              0 (a)
            26 UNARY_NOT
            27 STORE_GLOBAL             8 (y)
            28 LOAD_CONST               0 (None)
            29 RETURN_VALUE
)gold"},
{"BoolOpsShortCircuit", ParseMode::File, "x = a and b and c\ny = a or b\n", R"gold(
  1          0 LOAD_GLOBAL              0 (a)
             2 JUMP_IF_FALSE_OR_POP     8 (to 8)
             3 LOAD_GLOBAL              1 (b)
             5 JUMP_IF_FALSE_OR_POP     8 (to 8)
             6 LOAD_GLOBAL              2 (c)
       >>    8 STORE_GLOBAL             3 (x)

  2          9 LOAD_GLOBAL              0 (a)
            11 JUMP_IF_TRUE_OR_POP     14 (to 14)
            12 LOAD_GLOBAL              1 (b)
       >>   14 STORE_GLOBAL             4 (y)
            15 LOAD_CONST               0 (None)
            16 RETURN_VALUE
)gold"},
{"ComparisonChain", ParseMode::File, "x = a < b <= c\ny = a is not b\nz = a not in b\n", R"gold(
  1          0 LOAD_GLOBAL              0 (a)
             2 LOAD_GLOBAL              1 (b)
             4 SWAP                     2
             5 COPY                     2
             6 COMPARE_OP               0 (<)
             7 JUMP_IF_FALSE_OR_POP    12 (to 12)
             8 LOAD_GLOBAL              2 (c)
            10 COMPARE_OP               1 (<=)
            11 JUMP_FORWARD            14 (to 14)
       >>   12 SWAP                     2
            13 POP_TOP
       >>   14 STORE_GLOBAL             3 (x)

  2         15 LOAD_GLOBAL              0 (a)
            17 LOAD_GLOBAL              1 (b)
            19 IS_OP                    1 (is not)
            20 STORE_GLOBAL             4 (y)

  3         21 LOAD_GLOBAL              0 (a)
            23 LOAD_GLOBAL              1 (b)
            25 CONTAINS_OP              1 (not in)
            26 STORE_GLOBAL             5 (z)
            27 LOAD_CONST               0 (None)
            28 RETURN_VALUE
)gold"},
{"ConditionJumps", ParseMode::File, "if not a and (b or c):\n    f()\nelif a < b < c:\n    g()\nelse:\n    h()\n", R"gold(
  1          0 LOAD_GLOBAL              0 (a)
             2 POP_JUMP_IF_TRUE        15 (to 15)
             3 LOAD_GLOBAL              1 (b)
             5 POP_JUMP_IF_TRUE         9 (to 9)
             6 LOAD_GLOBAL              2 (c)
             8 POP_JUMP_IF_FALSE       15 (to 15)

  2    >>    9 LOAD_GLOBAL              3 (f)
            11 PUSH_NULL
            12 CALL                     0
            13 POP_TOP
            14 JUMP_FORWARD            41 (to 41)

  3    >>   15 LOAD_GLOBAL              0 (a)
            17 LOAD_GLOBAL              1 (b)
            19 SWAP                     2
            20 COPY                     2
            21 COMPARE_OP               0 (<)
            22 POP_JUMP_IF_FALSE       28 (to 28)
            23 LOAD_GLOBAL              2 (c)
            25 COMPARE_OP               0 (<)
            26 POP_JUMP_IF_FALSE       36 (to 36)
            27 JUMP_FORWARD            30 (to 30)
       >>   28 POP_TOP
            29 JUMP_FORWARD            36 (to 36)

  4    >>   30 LOAD_GLOBAL              4 (g)
            32 PUSH_NULL
            33 CALL                     0
            34 POP_TOP
            35 JUMP_FORWARD            41 (to 41)

  6    >>   36 LOAD_GLOBAL              5 (h)
            38 PUSH_NULL
            39 CALL                     0
            40 POP_TOP
       >>   41 LOAD_CONST               0 (None)
            42 RETURN_VALUE
)gold"},
{"ConstantConditions", ParseMode::File, "while True:\n    f()\nif 0:\n    g()\n", R"gold(
  2    >>    0 LOAD_GLOBAL              0 (f)
             2 PUSH_NULL
             3 CALL                     0
             4 POP_TOP

  1          5 JUMP_BACKWARD            0 (to 0)
)gold"},
{"IfExpression", ParseMode::File, "x = a if b else c\n", R"gold(
  1          0 LOAD_GLOBAL              0 (b)
             2 POP_JUMP_IF_FALSE        6 (to 6)
             3 LOAD_GLOBAL              1 (a)
             5 JUMP_FORWARD             8 (to 8)
       >>    6 LOAD_GLOBAL              2 (c)
       >>    8 STORE_GLOBAL             3 (x)
             9 LOAD_CONST               0 (None)
            10 RETURN_VALUE
)gold"},
{"AttributesAndSubscripts", ParseMode::File, "x = a.b.c\na.b = 1\ny = a[1]\na[i] = 2\ndel a[i], a.b\nz = a[1:2]\nw = a[::2, 3]\n", R"gold(
  1          0 LOAD_GLOBAL              0 (a)
             2 LOAD_ATTR                1 (b)
             4 LOAD_ATTR                2 (c)
             6 STORE_GLOBAL             3 (x)

  2          7 LOAD_CONST               0 (1)
             8 LOAD_GLOBAL              0 (a)
            10 STORE_ATTR               1 (b)

  3         12 LOAD_GLOBAL              0 (a)
            14 LOAD_CONST               0 (1)
            15 BINARY_SUBSCR
            16 STORE_GLOBAL             4 (y)

  4         17 LOAD_CONST               1 (2)
            18 LOAD_GLOBAL              0 (a)
            20 LOAD_GLOBAL              5 (i)
            22 STORE_SUBSCR

  5         23 LOAD_GLOBAL              0 (a)
            25 LOAD_GLOBAL              5 (i)
            27 DELETE_SUBSCR
            28 LOAD_GLOBAL              0 (a)
            30 DELETE_ATTR              1 (b)

  6         31 LOAD_GLOBAL              0 (a)
            33 LOAD_CONST               0 (1)
            34 LOAD_CONST               1 (2)
            35 BUILD_SLICE              2
            36 BINARY_SUBSCR
            37 STORE_GLOBAL             6 (z)

  7         38 LOAD_GLOBAL              0 (a)
            40 LOAD_CONST               2 (None)
            41 LOAD_CONST               2 (None)
            42 LOAD_CONST               1 (2)
            43 BUILD_SLICE              3
            44 LOAD_CONST               3 (3)
            45 BUILD_TUPLE              2
            46 BINARY_SUBSCR
            47 STORE_GLOBAL             7 (w)
            48 LOAD_CONST               2 (None)
            49 RETURN_VALUE
)gold"},
{"AugmentedAssignment", ParseMode::File, "x += 1\no.a *= 2\no[k] -= 3\n", R"gold(
  1          0 LOAD_GLOBAL              0 (x)
             2 LOAD_CONST               0 (1)
             3 INPLACE_OP               0 (+=)
             4 STORE_GLOBAL             0 (x)

  2          5 LOAD_GLOBAL              1 (o)
             7 COPY                     1
             8 LOAD_ATTR                2 (a)
            10 LOAD_CONST               1 (2)
            11 INPLACE_OP               2 (*=)
            12 SWAP                     2
            13 STORE_ATTR               2 (a)

  3         15 LOAD_GLOBAL              1 (o)
            17 LOAD_GLOBAL              3 (k)
            19 COPY                     2
            20 COPY                     2
            21 BINARY_SUBSCR
            22 LOAD_CONST               2 (3)
            23 INPLACE_OP               1 (-=)
            24 SWAP                     3
            25 SWAP                     2
            26 STORE_SUBSCR
            27 LOAD_CONST               3 (None)
            28 RETURN_VALUE
)gold"},
{"CallsPlainMethodKeywords", ParseMode::File, "f(a, b)\no.m(a)\nf(a, k=1)\no.m(k=2)\n", R"gold(
  1          0 LOAD_GLOBAL              0 (f)
             2 PUSH_NULL
             3 LOAD_GLOBAL              1 (a)
             5 LOAD_GLOBAL              2 (b)
             7 CALL                     2
             8 POP_TOP

  2          9 LOAD_GLOBAL              3 (o)
            11 LOAD_METHOD              4 (m)
            13 LOAD_GLOBAL              1 (a)
            15 CALL                     1
            16 POP_TOP

  3         17 LOAD_GLOBAL              0 (f)
            19 PUSH_NULL
            20 LOAD_GLOBAL              1 (a)
            22 LOAD_CONST               0 (1)
            23 CALL_KW                  2 (kwnames=('k',))
            25 POP_TOP

  4         26 LOAD_GLOBAL              3 (o)
            28 LOAD_METHOD              4 (m)
            30 LOAD_CONST               2 (2)
            31 CALL_KW                  1 (kwnames=('k',))
            33 POP_TOP
            34 LOAD_CONST               3 (None)
            35 RETURN_VALUE
)gold"},
{"CallsStarArgs", ParseMode::File, "f(*a)\nf(1, *a, 2)\nf(**k)\nf(a, x=1, **k, y=2)\n", R"gold(
  1          0 LOAD_GLOBAL              0 (f)
             2 PUSH_NULL
             3 LOAD_GLOBAL              1 (a)
             5 CALL_EX                  0
             6 POP_TOP

  2          7 LOAD_GLOBAL              0 (f)
             9 PUSH_NULL
            10 LOAD_CONST               0 (1)
            11 BUILD_LIST               1
            12 LOAD_GLOBAL              1 (a)
            14 LIST_EXTEND              1
            15 LOAD_CONST               1 (2)
            16 LIST_APPEND              1
            17 LIST_TO_TUPLE
            18 CALL_EX                  0
            19 POP_TOP

  3         20 LOAD_GLOBAL              0 (f)
            22 PUSH_NULL
            23 BUILD_TUPLE              0
            24 BUILD_MAP                0
            25 LOAD_GLOBAL              2 (k)
            27 DICT_MERGE               1
            28 CALL_EX                  1
            29 POP_TOP

  4         30 LOAD_GLOBAL              0 (f)
            32 PUSH_NULL
            33 LOAD_GLOBAL              1 (a)
            35 BUILD_TUPLE              1
            36 LOAD_CONST               2 ('x')
            37 LOAD_CONST               0 (1)
            38 BUILD_MAP                1
            39 LOAD_GLOBAL              2 (k)
            41 DICT_MERGE               1
            42 LOAD_CONST               3 ('y')
            43 LOAD_CONST               1 (2)
            44 BUILD_MAP                1
            45 DICT_MERGE               1
            46 CALL_EX                  1
            47 POP_TOP
            48 LOAD_CONST               4 (None)
            49 RETURN_VALUE
)gold"},
{"DisplaysAndUnpacking", ParseMode::File, "t = (1, 2, ('a', None))\nl = [a, b]\ns = {a, *b}\nd = {1: a, **e, 'k': b}\nu = (a, *b)\nm = [*a, b]\n", R"gold(
  1          0 LOAD_CONST               0 ((1, 2, ('a', None)))
             1 STORE_GLOBAL             0 (t)

  2          2 LOAD_GLOBAL              1 (a)
             4 LOAD_GLOBAL              2 (b)
             6 BUILD_LIST               2
             7 STORE_GLOBAL             3 (l)

  3          8 LOAD_GLOBAL              1 (a)
            10 BUILD_SET                1
            11 LOAD_GLOBAL              2 (b)
            13 SET_UPDATE               1
            14 STORE_GLOBAL             4 (s)

  4         15 LOAD_CONST               1 (1)
            16 LOAD_GLOBAL              1 (a)
            18 BUILD_MAP                1
            19 LOAD_GLOBAL              5 (e)
            21 DICT_UPDATE              1
            22 LOAD_CONST               2 ('k')
            23 LOAD_GLOBAL              2 (b)
            25 BUILD_MAP                1
            26 DICT_UPDATE              1
            27 STORE_GLOBAL             6 (d)

  5         28 LOAD_GLOBAL              1 (a)
            30 BUILD_LIST               1
            31 LOAD_GLOBAL              2 (b)
            33 LIST_EXTEND              1
            34 LIST_TO_TUPLE
            35 STORE_GLOBAL             7 (u)

  6         36 BUILD_LIST               0
            37 LOAD_GLOBAL              1 (a)
            39 LIST_EXTEND              1
            40 LOAD_GLOBAL              2 (b)
            42 LIST_APPEND              1
            43 STORE_GLOBAL             8 (m)
            44 LOAD_CONST               3 (None)
            45 RETURN_VALUE
)gold"},
{"UnpackingTargets", ParseMode::File, "a, b = t\na, *b, c = t\n[a, (b, c)] = t\nx = y = z\n", R"gold(
  1          0 LOAD_GLOBAL              0 (t)
             2 UNPACK_SEQUENCE          2
             3 STORE_GLOBAL             1 (a)
             4 STORE_GLOBAL             2 (b)

  2          5 LOAD_GLOBAL              0 (t)
             7 UNPACK_EX              257
             8 STORE_GLOBAL             1 (a)
             9 STORE_GLOBAL             2 (b)
            10 STORE_GLOBAL             3 (c)

  3         11 LOAD_GLOBAL              0 (t)
            13 UNPACK_SEQUENCE          2
            14 STORE_GLOBAL             1 (a)
            15 UNPACK_SEQUENCE          2
            16 STORE_GLOBAL             2 (b)
            17 STORE_GLOBAL             3 (c)

  4         18 LOAD_GLOBAL              4 (z)
            20 COPY                     1
            21 STORE_GLOBAL             5 (x)
            22 STORE_GLOBAL             6 (y)
            23 LOAD_CONST               0 (None)
            24 RETURN_VALUE
)gold"},
{"FString", ParseMode::File, "s = f'{a!r:>{w}} and {b}'\nt = f'{a}'\nu = f'{a!s}{b!a:x}'\n", R"gold(
  1          0 LOAD_GLOBAL              0 (a)
             2 LOAD_CONST               0 ('>')
             3 LOAD_GLOBAL              1 (w)
             5 FORMAT_VALUE             0
             6 BUILD_STRING             2
             7 FORMAT_VALUE             6 (repr, with format)
             8 LOAD_CONST               1 (' and ')
             9 LOAD_GLOBAL              2 (b)
            11 FORMAT_VALUE             0
            12 BUILD_STRING             3
            13 STORE_GLOBAL             3 (s)

  2         14 LOAD_GLOBAL              0 (a)
            16 FORMAT_VALUE             0
            17 STORE_GLOBAL             4 (t)

  3         18 LOAD_GLOBAL              0 (a)
            20 FORMAT_VALUE             1 (str)
            21 LOAD_GLOBAL              2 (b)
            23 LOAD_CONST               2 ('x')
            24 FORMAT_VALUE             7 (ascii, with format)
            25 BUILD_STRING             2
            26 STORE_GLOBAL             5 (u)
            27 LOAD_CONST               3 (None)
            28 RETURN_VALUE
)gold"},
{"WhileLoopBreakContinue", ParseMode::File, "while a:\n    if b:\n        break\n    if c:\n        continue\n    f()\nelse:\n    g()\n", R"gold(
  1    >>    0 LOAD_GLOBAL              0 (a)
             2 POP_JUMP_IF_FALSE       17 (to 17)

  2          3 LOAD_GLOBAL              1 (b)
             5 POP_JUMP_IF_FALSE        7 (to 7)

  3          6 JUMP_FORWARD            22 (to 22)

  4    >>    7 LOAD_GLOBAL              2 (c)
             9 POP_JUMP_IF_FALSE       11 (to 11)

  5         10 JUMP_BACKWARD            0 (to 0)

  6    >>   11 LOAD_GLOBAL              3 (f)
            13 PUSH_NULL
            14 CALL                     0
            15 POP_TOP

  1         16 JUMP_BACKWARD            0 (to 0)

  8    >>   17 LOAD_GLOBAL              4 (g)
            19 PUSH_NULL
            20 CALL                     0
            21 POP_TOP
       >>   22 LOAD_CONST               0 (None)
            23 RETURN_VALUE
)gold"},
{"ForLoopElse", ParseMode::File, "for i in x:\n    if i:\n        break\nelse:\n    f()\n", R"gold(
  1          0 LOAD_GLOBAL              0 (x)
             2 GET_ITER
       >>    3 FOR_ITER                11 (to 11)
             4 STORE_GLOBAL             1 (i)

  2          5 LOAD_GLOBAL              1 (i)
             7 POP_JUMP_IF_FALSE       10 (to 10)

  3          8 POP_TOP
             9 JUMP_FORWARD            16 (to 16)
       >>   10 JUMP_BACKWARD            3 (to 3)

  5    >>   11 LOAD_GLOBAL              2 (f)
            13 PUSH_NULL
            14 CALL                     0
            15 POP_TOP
       >>   16 LOAD_CONST               0 (None)
            17 RETURN_VALUE
)gold"},
{"FunctionDefaultsAndClosures", ParseMode::File, "def f(a, b=1, *args, c, d=2, **kw) -> int:\n    '''doc'''\n    def g():\n        return a + c\n    return g\n", R"gold(
  1          0 LOAD_CONST               0 ((1,))
             1 LOAD_CONST               1 ('d')
             2 LOAD_CONST               2 (2)
             3 BUILD_MAP                1
             4 LOAD_CONST               3 ('return')
             5 LOAD_GLOBAL              0 (int)
             7 BUILD_MAP                1
             8 LOAD_CONST               4 (<code object f, line 1>)
             9 MAKE_FUNCTION            7 (defaults, kwdefaults, annotations)
            10 STORE_GLOBAL             1 (f)
            11 LOAD_CONST               5 (None)
            12 RETURN_VALUE

Disassembly of <code object f, line 1>:
  3          0 LOAD_CLOSURE             0 (a)
             1 LOAD_CLOSURE             1 (c)
             2 BUILD_TUPLE              2
             3 LOAD_CONST               0 (<code object g, line 3>)
             4 MAKE_FUNCTION            8 (closure)
             5 STORE_FAST               6 (g)

  5          6 LOAD_FAST                6 (g)
             7 RETURN_VALUE

Disassembly of <code object g, line 3>:
  4          0 LOAD_DEREF               0 (a)
             1 LOAD_DEREF               1 (c)
             2 BINARY_OP                0 (+)
             3 RETURN_VALUE
)gold"},
{"PositionalOnlyAndAnnotations", ParseMode::File, "def f(a: int, /, b: str = 'x', *, c: float) -> None:\n    pass\n", R"gold(
  1          0 LOAD_CONST               0 (('x',))
             1 LOAD_CONST               1 ('b')
             2 LOAD_GLOBAL              0 (str)
             4 LOAD_CONST               2 ('a')
             5 LOAD_GLOBAL              1 (int)
             7 LOAD_CONST               3 ('c')
             8 LOAD_GLOBAL              2 (float)
            10 LOAD_CONST               4 ('return')
            11 LOAD_CONST               5 (None)
            12 BUILD_MAP                4
            13 LOAD_CONST               6 (<code object f, line 1>)
            14 MAKE_FUNCTION            5 (defaults, annotations)
            15 STORE_GLOBAL             3 (f)
            16 LOAD_CONST               5 (None)
            17 RETURN_VALUE

Disassembly of <code object f, line 1>:
  2          0 LOAD_CONST               0 (None)
             1 RETURN_VALUE
)gold"},
{"Decorators", ParseMode::File, "@d1\n@d2(x)\ndef f():\n    pass\n", R"gold(
  1          0 LOAD_GLOBAL              0 (d1)
             2 PUSH_NULL

  2          3 LOAD_GLOBAL              1 (d2)
             5 PUSH_NULL
             6 LOAD_GLOBAL              2 (x)
             8 CALL                     1
             9 PUSH_NULL

  3         10 LOAD_CONST               0 (<code object f, line 1>)
            11 MAKE_FUNCTION            0

  2         12 CALL                     1

  1         13 CALL                     1

  3         14 STORE_GLOBAL             3 (f)
            15 LOAD_CONST               1 (None)
            16 RETURN_VALUE

Disassembly of <code object f, line 1>:
  4          0 LOAD_CONST               0 (None)
             1 RETURN_VALUE
)gold"},
{"Lambda", ParseMode::File, "k = lambda x, y=2: x * y\n", R"gold(
  1          0 LOAD_CONST               0 ((2,))
             1 LOAD_CONST               1 (<code object <lambda>, line 1>)
             2 MAKE_FUNCTION            1 (defaults)
             3 STORE_GLOBAL             0 (k)
             4 LOAD_CONST               2 (None)
             5 RETURN_VALUE

Disassembly of <code object <lambda>, line 1>:
  1          0 LOAD_FAST                0 (x)
             1 LOAD_FAST                1 (y)
             2 BINARY_OP                2 (*)
             3 RETURN_VALUE
)gold"},
{"NonlocalAndGlobal", ParseMode::File, "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global y\n        x = y = 2\n    return g\n", R"gold(
  1          0 LOAD_CONST               0 (<code object f, line 1>)
             1 MAKE_FUNCTION            0
             2 STORE_GLOBAL             0 (f)
             3 LOAD_CONST               1 (None)
             4 RETURN_VALUE

Disassembly of <code object f, line 1>:
  2          0 LOAD_CONST               0 (1)
             1 STORE_DEREF              0 (x)

  3          2 LOAD_CLOSURE             0 (x)
             3 BUILD_TUPLE              1
             4 LOAD_CONST               1 (<code object g, line 3>)
             5 MAKE_FUNCTION            8 (closure)
             6 STORE_FAST               0 (g)

  7          7 LOAD_FAST                0 (g)
             8 RETURN_VALUE

Disassembly of <code object g, line 3>:
  6          0 LOAD_CONST               0 (2)
             1 COPY                     1
             2 STORE_DEREF              0 (x)
             3 STORE_GLOBAL             0 (y)
             4 LOAD_CONST               1 (None)
             5 RETURN_VALUE
)gold"},
{"ParameterCapturedAsCell", ParseMode::File, "def f(a, b):\n    return lambda: a\n", R"gold(
  1          0 LOAD_CONST               0 (<code object f, line 1>)
             1 MAKE_FUNCTION            0
             2 STORE_GLOBAL             0 (f)
             3 LOAD_CONST               1 (None)
             4 RETURN_VALUE

Disassembly of <code object f, line 1>:
  2          0 LOAD_CLOSURE             0 (a)
             1 BUILD_TUPLE              1
             2 LOAD_CONST               0 (<code object <lambda>, line 2>)
             3 MAKE_FUNCTION            8 (closure)
             4 RETURN_VALUE

Disassembly of <code object <lambda>, line 2>:
  2          0 LOAD_DEREF               0 (a)
             1 RETURN_VALUE
)gold"},
{"ClassWithSuperAndDocstring", ParseMode::File, "@dec\nclass C(B, metaclass=M):\n    '''cdoc'''\n    x: int = 1\n    def m(self):\n        return super().m()\n", R"gold(
  1          0 LOAD_GLOBAL              0 (dec)
             2 PUSH_NULL

  2          3 LOAD_BUILD_CLASS
             4 PUSH_NULL
             5 LOAD_CONST               0 (<code object C, line 1>)
             6 MAKE_FUNCTION            0
             7 LOAD_CONST               1 ('C')
             8 LOAD_GLOBAL              1 (B)
            10 LOAD_GLOBAL              2 (M)
            12 CALL_KW                  4 (kwnames=('metaclass',))

  1         14 CALL                     1

  2         15 STORE_GLOBAL             3 (C)
            16 LOAD_CONST               3 (None)
            17 RETURN_VALUE

Disassembly of <code object C, line 1>:
  2          0 LOAD_NAME                0 (__name__)
             1 STORE_NAME               1 (__module__)
             2 LOAD_CONST               0 ('C')
             3 STORE_NAME               2 (__qualname__)
             4 SETUP_ANNOTATIONS

  3          5 LOAD_CONST               1 ('cdoc')
             6 STORE_NAME               3 (__doc__)

  4          7 LOAD_CONST               2 (1)
             8 STORE_NAME               4 (x)
             9 LOAD_NAME                5 (int)
            10 LOAD_NAME                6 (__annotations__)
            11 LOAD_CONST               3 ('x')
            12 STORE_SUBSCR

  5         13 LOAD_CLOSURE             0 (__class__)
            14 BUILD_TUPLE              1
            15 LOAD_CONST               4 (<code object m, line 5>)
            16 MAKE_FUNCTION            8 (closure)
            17 STORE_NAME               7 (m)
            18 LOAD_CLOSURE             0 (__class__)
            19 COPY                     1
            20 STORE_NAME               8 (__classcell__)
            21 RETURN_VALUE

Disassembly of <code object m, line 5>:
  6          0 LOAD_GLOBAL              0 (super)
             2 PUSH_NULL
             3 CALL                     0
             4 LOAD_METHOD              1 (m)
             6 CALL                     0
             7 RETURN_VALUE
)gold"},
{"ClassFreeVariable", ParseMode::File, "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n", R"gold(
  1          0 LOAD_CONST               0 (<code object f, line 1>)
             1 MAKE_FUNCTION            0
             2 STORE_GLOBAL             0 (f)
             3 LOAD_CONST               1 (None)
             4 RETURN_VALUE

Disassembly of <code object f, line 1>:
  2          0 LOAD_CONST               0 (1)
             1 STORE_DEREF              0 (x)

  3          2 LOAD_BUILD_CLASS
             3 PUSH_NULL
             4 LOAD_CLOSURE             0 (x)
             5 BUILD_TUPLE              1
             6 LOAD_CONST               1 (<code object C, line 3>)
             7 MAKE_FUNCTION            8 (closure)
             8 LOAD_CONST               2 ('C')
             9 CALL                     2
            10 STORE_FAST               0 (C)

  7         11 LOAD_FAST                0 (C)
            12 RETURN_VALUE

Disassembly of <code object C, line 3>:
  3          0 LOAD_NAME                0 (__name__)
             1 STORE_NAME               1 (__module__)
             2 LOAD_CONST               0 ('f.<locals>.C')
             3 STORE_NAME               2 (__qualname__)

  4          4 LOAD_CLASSDEREF          0 (x)
             5 STORE_NAME               3 (y)

  5          6 LOAD_CLOSURE             0 (x)
             7 BUILD_TUPLE              1
             8 LOAD_CONST               1 (<code object m, line 5>)
             9 MAKE_FUNCTION            8 (closure)
            10 STORE_NAME               4 (m)
            11 LOAD_CONST               2 (None)
            12 RETURN_VALUE

Disassembly of <code object m, line 5>:
  6          0 LOAD_DEREF               0 (x)
             1 RETURN_VALUE
)gold"},
{"ClassStarBases", ParseMode::File, "class C(*bases, **kw):\n    pass\n", R"gold(
  1          0 LOAD_BUILD_CLASS
             1 PUSH_NULL
             2 LOAD_CONST               0 (<code object C, line 1>)
             3 MAKE_FUNCTION            0
             4 LOAD_CONST               1 ('C')
             5 BUILD_LIST               2
             6 LOAD_GLOBAL              0 (bases)
             8 LIST_EXTEND              1
             9 LIST_TO_TUPLE
            10 BUILD_MAP                0
            11 LOAD_GLOBAL              1 (kw)
            13 DICT_MERGE               1
            14 CALL_EX                  1
            15 STORE_GLOBAL             2 (C)
            16 LOAD_CONST               2 (None)
            17 RETURN_VALUE

Disassembly of <code object C, line 1>:
  1          0 LOAD_NAME                0 (__name__)
             1 STORE_NAME               1 (__module__)
             2 LOAD_CONST               0 ('C')
             3 STORE_NAME               2 (__qualname__)
             4 LOAD_CONST               1 (None)
             5 RETURN_VALUE
)gold"},
{"PrivateNameMangling", ParseMode::File, "class C:\n    __x = 1\n    def m(self):\n        return self.__y + __z\n", R"gold(
  1          0 LOAD_BUILD_CLASS
             1 PUSH_NULL
             2 LOAD_CONST               0 (<code object C, line 1>)
             3 MAKE_FUNCTION            0
             4 LOAD_CONST               1 ('C')
             5 CALL                     2
             6 STORE_GLOBAL             0 (C)
             7 LOAD_CONST               2 (None)
             8 RETURN_VALUE

Disassembly of <code object C, line 1>:
  1          0 LOAD_NAME                0 (__name__)
             1 STORE_NAME               1 (__module__)
             2 LOAD_CONST               0 ('C')
             3 STORE_NAME               2 (__qualname__)

  2          4 LOAD_CONST               1 (1)
             5 STORE_NAME               3 (_C__x)

  3          6 LOAD_CONST               2 (<code object m, line 3>)
             7 MAKE_FUNCTION            0
             8 STORE_NAME               4 (m)
             9 LOAD_CONST               3 (None)
            10 RETURN_VALUE

Disassembly of <code object m, line 3>:
  4          0 LOAD_FAST                0 (self)
             1 LOAD_ATTR                0 (_C__y)
             3 LOAD_GLOBAL              1 (_C__z)
             5 BINARY_OP                0 (+)
             6 RETURN_VALUE
)gold"},
{"ListComprehension", ParseMode::File, "l = [x * 2 for x in range(10) if x if x > 2]\n", R"gold(
  1          0 LOAD_CONST               0 (<code object <listcomp>, line 1>)
             1 MAKE_FUNCTION            0
             2 PUSH_NULL
             3 LOAD_GLOBAL              0 (range)
             5 PUSH_NULL
             6 LOAD_CONST               1 (10)
             7 CALL                     1
             8 GET_ITER
             9 CALL                     1
            10 STORE_GLOBAL             1 (l)
            11 LOAD_CONST               2 (None)
            12 RETURN_VALUE

Disassembly of <code object <listcomp>, line 1>:
  1          0 BUILD_LIST               0
             1 LOAD_FAST                0 (.0)
       >>    2 FOR_ITER                15 (to 15)
             3 STORE_FAST               1 (x)
             4 LOAD_FAST                1 (x)
             5 POP_JUMP_IF_FALSE       14 (to 14)
             6 LOAD_FAST                1 (x)
             7 LOAD_CONST               0 (2)
             8 COMPARE_OP               4 (>)
             9 POP_JUMP_IF_FALSE       14 (to 14)
            10 LOAD_FAST                1 (x)
            11 LOAD_CONST               0 (2)
            12 BINARY_OP                2 (*)
            13 LIST_APPEND              2
       >>   14 JUMP_BACKWARD            2 (to 2)
       >>   15 RETURN_VALUE
)gold"},
{"NestedComprehensionAndClosure", ParseMode::File, "def f(n):\n    return [(i, j) for i in range(n) for j in range(i)]\n", R"gold(
  1          0 LOAD_CONST               0 (<code object f, line 1>)
             1 MAKE_FUNCTION            0
             2 STORE_GLOBAL             0 (f)
             3 LOAD_CONST               1 (None)
             4 RETURN_VALUE

Disassembly of <code object f, line 1>:
  2          0 LOAD_CONST               0 (<code object <listcomp>, line 2>)
             1 MAKE_FUNCTION            0
             2 PUSH_NULL
             3 LOAD_GLOBAL              0 (range)
             5 PUSH_NULL
             6 LOAD_FAST                0 (n)
             7 CALL                     1
             8 GET_ITER
             9 CALL                     1
            10 RETURN_VALUE

Disassembly of <code object <listcomp>, line 2>:
  2          0 BUILD_LIST               0
             1 LOAD_FAST                0 (.0)
       >>    2 FOR_ITER                18 (to 18)
             3 STORE_FAST               1 (i)
             4 LOAD_GLOBAL              0 (range)
             6 PUSH_NULL
             7 LOAD_FAST                1 (i)
             8 CALL                     1
             9 GET_ITER
       >>   10 FOR_ITER                17 (to 17)
            11 STORE_FAST               2 (j)
            12 LOAD_FAST                1 (i)
            13 LOAD_FAST                2 (j)
            14 BUILD_TUPLE              2
            15 LIST_APPEND              3
            16 JUMP_BACKWARD           10 (to 10)
       >>   17 JUMP_BACKWARD            2 (to 2)
       >>   18 RETURN_VALUE
)gold"},
{"SetDictComprehensions", ParseMode::File, "s = {x for x in y}\nd = {k: v for k, v in items}\n", R"gold(
  1          0 LOAD_CONST               0 (<code object <setcomp>, line 1>)
             1 MAKE_FUNCTION            0
             2 PUSH_NULL
             3 LOAD_GLOBAL              0 (y)
             5 GET_ITER
             6 CALL                     1
             7 STORE_GLOBAL             1 (s)

  2          8 LOAD_CONST               1 (<code object <dictcomp>, line 2>)
             9 MAKE_FUNCTION            0
            10 PUSH_NULL
            11 LOAD_GLOBAL              2 (items)
            13 GET_ITER
            14 CALL                     1
            15 STORE_GLOBAL             3 (d)
            16 LOAD_CONST               2 (None)
            17 RETURN_VALUE

Disassembly of <code object <setcomp>, line 1>:
  1          0 BUILD_SET                0
             1 LOAD_FAST                0 (.0)
       >>    2 FOR_ITER                 7 (to 7)
             3 STORE_FAST               1 (x)
             4 LOAD_FAST                1 (x)
             5 SET_ADD                  2
             6 JUMP_BACKWARD            2 (to 2)
       >>    7 RETURN_VALUE

Disassembly of <code object <dictcomp>, line 2>:
  2          0 BUILD_MAP                0
             1 LOAD_FAST                0 (.0)
       >>    2 FOR_ITER                10 (to 10)
             3 UNPACK_SEQUENCE          2
             4 STORE_FAST               1 (k)
             5 STORE_FAST               2 (v)
             6 LOAD_FAST                1 (k)
             7 LOAD_FAST                2 (v)
             8 MAP_ADD                  2
             9 JUMP_BACKWARD            2 (to 2)
       >>   10 RETURN_VALUE
)gold"},
{"GeneratorExpression", ParseMode::File, "g = (i for i in x)\n", R"gold(
  1          0 LOAD_CONST               0 (<code object <genexpr>, line 1>)
             1 MAKE_FUNCTION            0
             2 PUSH_NULL
             3 LOAD_GLOBAL              0 (x)
             5 GET_ITER
             6 CALL                     1
             7 STORE_GLOBAL             1 (g)
             8 LOAD_CONST               1 (None)
             9 RETURN_VALUE

Disassembly of <code object <genexpr>, line 1>:
  1          0 RETURN_GENERATOR
             1 POP_TOP
             2 LOAD_FAST                0 (.0)
       >>    3 FOR_ITER                 9 (to 9)
             4 STORE_FAST               1 (i)
             5 LOAD_FAST                1 (i)
             6 YIELD_VALUE              0
             7 POP_TOP
             8 JUMP_BACKWARD            3 (to 3)
       >>    9 LOAD_CONST               0 (None)
            10 RETURN_VALUE
)gold"},
{"WalrusInComprehension", ParseMode::File, "def f():\n    [y := i for i in x]\n    return y\n", R"gold(
  1          0 LOAD_CONST               0 (<code object f, line 1>)
             1 MAKE_FUNCTION            0
             2 STORE_GLOBAL             0 (f)
             3 LOAD_CONST               1 (None)
             4 RETURN_VALUE

Disassembly of <code object f, line 1>:
  2          0 LOAD_CLOSURE             0 (y)
             1 BUILD_TUPLE              1
             2 LOAD_CONST               0 (<code object <listcomp>, line 2>)
             3 MAKE_FUNCTION            8 (closure)
             4 PUSH_NULL
             5 LOAD_GLOBAL              0 (x)
             7 GET_ITER
             8 CALL                     1
             9 POP_TOP

  3         10 LOAD_DEREF               0 (y)
            11 RETURN_VALUE

Disassembly of <code object <listcomp>, line 2>:
  2          0 BUILD_LIST               0
             1 LOAD_FAST                0 (.0)
       >>    2 FOR_ITER                 9 (to 9)
             3 STORE_FAST               1 (i)
             4 LOAD_FAST                1 (i)
             5 COPY                     1
             6 STORE_DEREF              0 (y)
             7 LIST_APPEND              2
             8 JUMP_BACKWARD            2 (to 2)
       >>    9 RETURN_VALUE
)gold"},
{"Generator", ParseMode::File, "def g():\n    yield 1\n    x = yield\n    return x\n", R"gold(
  1          0 LOAD_CONST               0 (<code object g, line 1>)
             1 MAKE_FUNCTION            0
             2 STORE_GLOBAL             0 (g)
             3 LOAD_CONST               1 (None)
             4 RETURN_VALUE

Disassembly of <code object g, line 1>:
  1          0 RETURN_GENERATOR
             1 POP_TOP

  2          2 LOAD_CONST               0 (1)
             3 YIELD_VALUE              0
             4 POP_TOP

  3          5 LOAD_CONST               1 (None)
             6 YIELD_VALUE              0
             7 STORE_FAST               0 (x)

  4          8 LOAD_FAST                0 (x)
             9 RETURN_VALUE
)gold"},
{"Assert", ParseMode::File, "assert x\nassert x > 0, 'msg'\n", R"gold(
  1          0 LOAD_GLOBAL              0 (x)
             2 POP_JUMP_IF_TRUE         5 (to 5)
             3 LOAD_ASSERTION_ERROR
             4 RAISE_VARARGS            1

  2    >>    5 LOAD_GLOBAL              0 (x)
             7 LOAD_CONST               0 (0)
             8 COMPARE_OP               4 (>)
             9 POP_JUMP_IF_TRUE        15 (to 15)
            10 LOAD_ASSERTION_ERROR
            11 PUSH_NULL
            12 LOAD_CONST               1 ('msg')
            13 CALL                     1
            14 RAISE_VARARGS            1
       >>   15 LOAD_CONST               2 (None)
            16 RETURN_VALUE
)gold"},
{"Raise", ParseMode::File, "if a:\n    raise\nif b:\n    raise E\nraise E('m') from None\n", R"gold(
  1          0 LOAD_GLOBAL              0 (a)
             2 POP_JUMP_IF_FALSE        4 (to 4)

  2          3 RAISE_VARARGS            0

  3    >>    4 LOAD_GLOBAL              1 (b)
             6 POP_JUMP_IF_FALSE       10 (to 10)

  4          7 LOAD_GLOBAL              2 (E)
             9 RAISE_VARARGS            1

  5    >>   10 LOAD_GLOBAL              2 (E)
            12 PUSH_NULL
            13 LOAD_CONST               0 ('m')
            14 CALL                     1
            15 LOAD_CONST               1 (None)
            16 RAISE_VARARGS            2
)gold"},
{"Imports", ParseMode::File, "import a.b.c\nimport a.b.c as d\nimport m as n\nfrom .m import x as y, z\nfrom m import *\n", R"gold(
  1          0 LOAD_CONST               0 (0)
             1 LOAD_CONST               1 (None)
             2 IMPORT_NAME              0 (a.b.c)
             3 STORE_GLOBAL             1 (a)

  2          4 LOAD_CONST               0 (0)
             5 LOAD_CONST               1 (None)
             6 IMPORT_NAME              0 (a.b.c)
             7 IMPORT_FROM              2 (b)
             8 SWAP                     2
             9 POP_TOP
            10 IMPORT_FROM              3 (c)
            11 STORE_GLOBAL             4 (d)
            12 POP_TOP

  3         13 LOAD_CONST               0 (0)
            14 LOAD_CONST               1 (None)
            15 IMPORT_NAME              5 (m)
            16 STORE_GLOBAL             6 (n)

  4         17 LOAD_CONST               2 (1)
            18 LOAD_CONST               3 (('x', 'z'))
            19 IMPORT_NAME              5 (m)
            20 IMPORT_FROM              7 (x)
            21 STORE_GLOBAL             8 (y)
            22 IMPORT_FROM              9 (z)
            23 STORE_GLOBAL             9 (z)
            24 POP_TOP

  5         25 LOAD_CONST               0 (0)
            26 LOAD_CONST               4 (('*',))
            27 IMPORT_NAME              5 (m)
            28 IMPORT_STAR
            29 LOAD_CONST               1 (None)
            30 RETURN_VALUE
)gold"},
{"ModuleAnnotations", ParseMode::File, "x: int\ny: 'str' = 1\na.b: int\n", R"gold(
             0 SETUP_ANNOTATIONS
  1          1 LOAD_GLOBAL              0 (int)
             3 LOAD_GLOBAL              1 (__annotations__)
             5 LOAD_CONST               0 ('x')
             6 STORE_SUBSCR

  2          7 LOAD_CONST               1 (1)
             8 STORE_GLOBAL             2 (y)
             9 LOAD_CONST               2 ('str')
            10 LOAD_GLOBAL              1 (__annotations__)
            12 LOAD_CONST               3 ('y')
            13 STORE_SUBSCR

  3         14 LOAD_GLOBAL              3 (a)
            16 POP_TOP
            17 LOAD_GLOBAL              0 (int)
            19 POP_TOP
            20 LOAD_CONST               4 (None)
            21 RETURN_VALUE
)gold"},
{"FunctionAnnotationsNotEvaluated", ParseMode::File, "def f():\n    x: int = 1\n", R"gold(
  1          0 LOAD_CONST               0 (<code object f, line 1>)
             1 MAKE_FUNCTION            0
             2 STORE_GLOBAL             0 (f)
             3 LOAD_CONST               1 (None)
             4 RETURN_VALUE

Disassembly of <code object f, line 1>:
  2          0 LOAD_CONST               0 (1)
             1 STORE_FAST               0 (x)
             2 LOAD_CONST               1 (None)
             3 RETURN_VALUE
)gold"},
{"TryExcept", ParseMode::File, "try:\n    a()\nexcept E as e:\n    b(e)\nexcept (F, G):\n    c()\nexcept:\n    d()\n", R"gold(
  2          0 LOAD_GLOBAL              0 (a)
             2 PUSH_NULL
             3 CALL                     0
             4 POP_TOP
             5 JUMP_FORWARD            54 (to 54)
       >>    6 PUSH_EXC_INFO

  3          7 LOAD_GLOBAL              1 (E)
             9 CHECK_EXC_MATCH
            10 POP_JUMP_IF_FALSE       28 (to 28)
            11 STORE_GLOBAL             2 (e)

  4         12 LOAD_GLOBAL              3 (b)
            14 PUSH_NULL
            15 LOAD_GLOBAL              2 (e)
            17 CALL                     1
            18 POP_TOP
            19 POP_EXCEPT
            20 LOAD_CONST               0 (None)
            21 STORE_GLOBAL             2 (e)
            22 DELETE_GLOBAL            2 (e)
            23 JUMP_FORWARD            54 (to 54)
       >>   24 LOAD_CONST               0 (None)
            25 STORE_GLOBAL             2 (e)
            26 DELETE_GLOBAL            2 (e)
            27 RERAISE

  5    >>   28 LOAD_GLOBAL              4 (F)
            30 LOAD_GLOBAL              5 (G)
            32 BUILD_TUPLE              2
            33 CHECK_EXC_MATCH
            34 POP_JUMP_IF_FALSE       43 (to 43)
            35 POP_TOP

  6         36 LOAD_GLOBAL              6 (c)
            38 PUSH_NULL
            39 CALL                     0
            40 POP_TOP
            41 POP_EXCEPT
            42 JUMP_FORWARD            54 (to 54)

  7    >>   43 POP_TOP

  8         44 LOAD_GLOBAL              7 (d)
            46 PUSH_NULL
            47 CALL                     0
            48 POP_TOP
            49 POP_EXCEPT
            50 JUMP_FORWARD            54 (to 54)
       >>   51 SWAP                     2
            52 POP_EXCEPT
            53 RERAISE
       >>   54 LOAD_CONST               0 (None)
            55 RETURN_VALUE
ExceptionTable:
  0 to 5 -> 6 [0]
  6 to 12 -> 51 [1]
  12 to 19 -> 24 [1]
  24 to 41 -> 51 [1]
  43 to 49 -> 51 [1]
)gold"},
{"TryExceptElseFinally", ParseMode::File, "def f():\n    try:\n        a()\n    except E:\n        b()\n    else:\n        c()\n    finally:\n        d()\n", R"gold(
  1          0 LOAD_CONST               0 (<code object f, line 1>)
             1 MAKE_FUNCTION            0
             2 STORE_GLOBAL             0 (f)
             3 LOAD_CONST               1 (None)
             4 RETURN_VALUE

Disassembly of <code object f, line 1>:
  3          0 LOAD_GLOBAL              0 (a)
             2 PUSH_NULL
             3 CALL                     0
             4 POP_TOP
             5 JUMP_FORWARD            23 (to 23)
       >>    6 PUSH_EXC_INFO

  4          7 LOAD_GLOBAL              1 (E)
             9 CHECK_EXC_MATCH
            10 POP_JUMP_IF_FALSE       19 (to 19)
            11 POP_TOP

  5         12 LOAD_GLOBAL              2 (b)
            14 PUSH_NULL
            15 CALL                     0
            16 POP_TOP
            17 POP_EXCEPT
            18 JUMP_FORWARD            28 (to 28)
       >>   19 RERAISE
       >>   20 SWAP                     2
            21 POP_EXCEPT
            22 RERAISE

  7    >>   23 LOAD_GLOBAL              3 (c)
            25 PUSH_NULL
            26 CALL                     0
            27 POP_TOP

  9    >>   28 LOAD_GLOBAL              4 (d)
            30 PUSH_NULL
            31 CALL                     0
            32 POP_TOP
            33 JUMP_FORWARD            46 (to 46)
       >>   34 PUSH_EXC_INFO
            35 LOAD_GLOBAL              4 (d)
            37 PUSH_NULL
            38 CALL                     0
            39 POP_TOP
            40 SWAP                     2
            41 POP_EXCEPT
            42 RERAISE
       >>   43 SWAP                     2
            44 POP_EXCEPT
            45 RERAISE
       >>   46 LOAD_CONST               0 (None)
            47 RETURN_VALUE
ExceptionTable:
  0 to 5 -> 6 [0]
  5 to 6 -> 34 [0]
  6 to 17 -> 20 [1]
  17 to 19 -> 34 [0]
  19 to 20 -> 20 [1]
  20 to 28 -> 34 [0]
  34 to 40 -> 43 [1]
)gold"},
{"ReturnInsideFinally", ParseMode::File, "def f():\n    try:\n        return g()\n    finally:\n        h()\n", R"gold(
  1          0 LOAD_CONST               0 (<code object f, line 1>)
             1 MAKE_FUNCTION            0
             2 STORE_GLOBAL             0 (f)
             3 LOAD_CONST               1 (None)
             4 RETURN_VALUE

Disassembly of <code object f, line 1>:
  3          0 LOAD_GLOBAL              0 (g)
             2 PUSH_NULL
             3 CALL                     0

  5          4 LOAD_GLOBAL              1 (h)
             6 PUSH_NULL
             7 CALL                     0
             8 POP_TOP

  3          9 RETURN_VALUE
       >>   10 PUSH_EXC_INFO

  5         11 LOAD_GLOBAL              1 (h)
            13 PUSH_NULL
            14 CALL                     0
            15 POP_TOP
            16 SWAP                     2
            17 POP_EXCEPT
            18 RERAISE
       >>   19 SWAP                     2
            20 POP_EXCEPT
            21 RERAISE
ExceptionTable:
  0 to 4 -> 10 [0]
  10 to 16 -> 19 [1]
)gold"},
{"ReturnInsideExcept", ParseMode::File, "def f():\n    try:\n        pass\n    except E as e:\n        return e\n", R"gold(
  1          0 LOAD_CONST               0 (<code object f, line 1>)
             1 MAKE_FUNCTION            0
             2 STORE_GLOBAL             0 (f)
             3 LOAD_CONST               1 (None)
             4 RETURN_VALUE

Disassembly of <code object f, line 1>:
             0 JUMP_FORWARD            22 (to 22)
             1 PUSH_EXC_INFO
  4          2 LOAD_GLOBAL              0 (E)
             4 CHECK_EXC_MATCH
             5 POP_JUMP_IF_FALSE       18 (to 18)
             6 STORE_FAST               0 (e)

  5          7 LOAD_FAST                0 (e)
             8 SWAP                     2
             9 POP_EXCEPT
            10 LOAD_CONST               0 (None)
            11 STORE_FAST               0 (e)
            12 DELETE_FAST              0 (e)
            13 RETURN_VALUE
       >>   14 LOAD_CONST               0 (None)
            15 STORE_FAST               0 (e)
            16 DELETE_FAST              0 (e)
            17 RERAISE
       >>   18 RERAISE
       >>   19 SWAP                     2
            20 POP_EXCEPT
            21 RERAISE
       >>   22 LOAD_CONST               0 (None)
            23 RETURN_VALUE
ExceptionTable:
  1 to 7 -> 19 [1]
  7 to 8 -> 14 [1]
  14 to 19 -> 19 [1]
)gold"},
{"ReturnFromFinallyBody", ParseMode::File, "def f():\n    try:\n        return g()\n    finally:\n        return 2\n", R"gold(
  1          0 LOAD_CONST               0 (<code object f, line 1>)
             1 MAKE_FUNCTION            0
             2 STORE_GLOBAL             0 (f)
             3 LOAD_CONST               1 (None)
             4 RETURN_VALUE

Disassembly of <code object f, line 1>:
  3          0 LOAD_GLOBAL              0 (g)
             2 PUSH_NULL
             3 CALL                     0

  5          4 POP_TOP
             5 LOAD_CONST               0 (2)
             6 RETURN_VALUE
       >>    7 PUSH_EXC_INFO
             8 POP_TOP
             9 POP_EXCEPT
            10 LOAD_CONST               0 (2)
            11 RETURN_VALUE
       >>   12 SWAP                     2
            13 POP_EXCEPT
            14 RERAISE
ExceptionTable:
  0 to 4 -> 7 [0]
  7 to 8 -> 12 [1]
)gold"},
{"BreakContinueThroughFinally", ParseMode::File, "for i in x:\n    try:\n        if i:\n            break\n        continue\n    finally:\n        h()\n", R"gold(
  1          0 LOAD_GLOBAL              0 (x)
             2 GET_ITER
       >>    3 FOR_ITER                33 (to 33)
             4 STORE_GLOBAL             1 (i)

  3          5 LOAD_GLOBAL              1 (i)
             7 POP_JUMP_IF_FALSE       15 (to 15)

  7          8 LOAD_GLOBAL              2 (h)
            10 PUSH_NULL
            11 CALL                     0
            12 POP_TOP

  4         13 POP_TOP
            14 JUMP_FORWARD            33 (to 33)

  7    >>   15 LOAD_GLOBAL              2 (h)
            17 PUSH_NULL
            18 CALL                     0
            19 POP_TOP

  5         20 JUMP_BACKWARD            3 (to 3)
       >>   21 PUSH_EXC_INFO

  7         22 LOAD_GLOBAL              2 (h)
            24 PUSH_NULL
            25 CALL                     0
            26 POP_TOP
            27 SWAP                     2
            28 POP_EXCEPT
            29 RERAISE
       >>   30 SWAP                     2
            31 POP_EXCEPT
            32 RERAISE
       >>   33 LOAD_CONST               0 (None)
            34 RETURN_VALUE
ExceptionTable:
  5 to 8 -> 21 [1]
  21 to 27 -> 30 [2]
)gold"},
{"With", ParseMode::File, "with a() as b, c():\n    f(b)\n", R"gold(
  1          0 LOAD_GLOBAL              0 (a)
             2 PUSH_NULL
             3 CALL                     0
             4 BEFORE_WITH
             5 CALL                     0
             6 STORE_GLOBAL             1 (b)
             7 LOAD_GLOBAL              2 (c)
             9 PUSH_NULL
            10 CALL                     0
            11 BEFORE_WITH
            12 CALL                     0
            13 POP_TOP

  2         14 LOAD_GLOBAL              3 (f)
            16 PUSH_NULL
            17 LOAD_GLOBAL              1 (b)
            19 CALL                     1
            20 POP_TOP

  1         21 PUSH_NULL
            22 LOAD_CONST               0 (None)
            23 LOAD_CONST               0 (None)
            24 LOAD_CONST               0 (None)
            25 CALL                     3
            26 POP_TOP
            27 JUMP_FORWARD            39 (to 39)
       >>   28 PUSH_EXC_INFO
            29 WITH_EXCEPT_START
            30 POP_JUMP_IF_TRUE        32 (to 32)
            31 RERAISE
       >>   32 POP_TOP
            33 POP_EXCEPT
            34 POP_TOP
            35 JUMP_FORWARD            39 (to 39)
       >>   36 SWAP                     2
            37 POP_EXCEPT
            38 RERAISE
       >>   39 PUSH_NULL
            40 LOAD_CONST               0 (None)
            41 LOAD_CONST               0 (None)
            42 LOAD_CONST               0 (None)
            43 CALL                     3
            44 POP_TOP
            45 JUMP_FORWARD            57 (to 57)
       >>   46 PUSH_EXC_INFO
            47 WITH_EXCEPT_START
            48 POP_JUMP_IF_TRUE        50 (to 50)
            49 RERAISE
       >>   50 POP_TOP
            51 POP_EXCEPT
            52 POP_TOP
            53 JUMP_FORWARD            57 (to 57)
       >>   54 SWAP                     2
            55 POP_EXCEPT
            56 RERAISE
       >>   57 LOAD_CONST               0 (None)
            58 RETURN_VALUE
ExceptionTable:
  6 to 13 -> 46 [1]
  13 to 21 -> 28 [2]
  21 to 28 -> 46 [1]
  28 to 33 -> 36 [3]
  33 to 39 -> 46 [1]
  46 to 51 -> 54 [2]
)gold"},
{"ReturnInsideWith", ParseMode::File, "def f():\n    for i in x:\n        with a() as b:\n            return b\n", R"gold(
  1          0 LOAD_CONST               0 (<code object f, line 1>)
             1 MAKE_FUNCTION            0
             2 STORE_GLOBAL             0 (f)
             3 LOAD_CONST               1 (None)
             4 RETURN_VALUE

Disassembly of <code object f, line 1>:
  2          0 LOAD_GLOBAL              0 (x)
             2 GET_ITER
       >>    3 FOR_ITER                35 (to 35)
             4 STORE_FAST               0 (i)

  3          5 LOAD_GLOBAL              1 (a)
             7 PUSH_NULL
             8 CALL                     0
             9 BEFORE_WITH
            10 CALL                     0
            11 STORE_FAST               1 (b)

  4         12 LOAD_FAST                1 (b)

  3         13 SWAP                     2
            14 PUSH_NULL
            15 LOAD_CONST               0 (None)
            16 LOAD_CONST               0 (None)
            17 LOAD_CONST               0 (None)
            18 CALL                     3
            19 POP_TOP
            20 SWAP                     2
            21 POP_TOP

  4         22 RETURN_VALUE

  3    >>   23 PUSH_EXC_INFO
            24 WITH_EXCEPT_START
            25 POP_JUMP_IF_TRUE        27 (to 27)
            26 RERAISE
       >>   27 POP_TOP
            28 POP_EXCEPT
            29 POP_TOP
            30 JUMP_FORWARD            34 (to 34)
       >>   31 SWAP                     2
            32 POP_EXCEPT
            33 RERAISE
       >>   34 JUMP_BACKWARD            3 (to 3)
       >>   35 LOAD_CONST               0 (None)
            36 RETURN_VALUE
ExceptionTable:
  11 to 13 -> 23 [2]
  23 to 28 -> 31 [3]
)gold"},
{"DeleteNames", ParseMode::File, "def f(a):\n    del a\nx = 1\ndel x\n", R"gold(
  1          0 LOAD_CONST               0 (<code object f, line 1>)
             1 MAKE_FUNCTION            0
             2 STORE_GLOBAL             0 (f)

  3          3 LOAD_CONST               1 (1)
             4 STORE_GLOBAL             1 (x)

  4          5 DELETE_GLOBAL            1 (x)
             6 LOAD_CONST               2 (None)
             7 RETURN_VALUE

Disassembly of <code object f, line 1>:
  2          0 DELETE_FAST              0 (a)
             1 LOAD_CONST               0 (None)
             2 RETURN_VALUE
)gold"},
{"BigDisplayUsesGuardrail", ParseMode::File, "l = [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31]\n", R"gold(
  1          0 BUILD_LIST               0
             1 LOAD_GLOBAL              0 (a0)
             3 LIST_APPEND              1
             4 LOAD_GLOBAL              1 (a1)
             6 LIST_APPEND              1
             7 LOAD_GLOBAL              2 (a2)
             9 LIST_APPEND              1
            10 LOAD_GLOBAL              3 (a3)
            12 LIST_APPEND              1
            13 LOAD_GLOBAL              4 (a4)
            15 LIST_APPEND              1
            16 LOAD_GLOBAL              5 (a5)
            18 LIST_APPEND              1
            19 LOAD_GLOBAL              6 (a6)
            21 LIST_APPEND              1
            22 LOAD_GLOBAL              7 (a7)
            24 LIST_APPEND              1
            25 LOAD_GLOBAL              8 (a8)
            27 LIST_APPEND              1
            28 LOAD_GLOBAL              9 (a9)
            30 LIST_APPEND              1
            31 LOAD_GLOBAL             10 (a10)
            33 LIST_APPEND              1
            34 LOAD_GLOBAL             11 (a11)
            36 LIST_APPEND              1
            37 LOAD_GLOBAL             12 (a12)
            39 LIST_APPEND              1
            40 LOAD_GLOBAL             13 (a13)
            42 LIST_APPEND              1
            43 LOAD_GLOBAL             14 (a14)
            45 LIST_APPEND              1
            46 LOAD_GLOBAL             15 (a15)
            48 LIST_APPEND              1
            49 LOAD_GLOBAL             16 (a16)
            51 LIST_APPEND              1
            52 LOAD_GLOBAL             17 (a17)
            54 LIST_APPEND              1
            55 LOAD_GLOBAL             18 (a18)
            57 LIST_APPEND              1
            58 LOAD_GLOBAL             19 (a19)
            60 LIST_APPEND              1
            61 LOAD_GLOBAL             20 (a20)
            63 LIST_APPEND              1
            64 LOAD_GLOBAL             21 (a21)
            66 LIST_APPEND              1
            67 LOAD_GLOBAL             22 (a22)
            69 LIST_APPEND              1
            70 LOAD_GLOBAL             23 (a23)
            72 LIST_APPEND              1
            73 LOAD_GLOBAL             24 (a24)
            75 LIST_APPEND              1
            76 LOAD_GLOBAL             25 (a25)
            78 LIST_APPEND              1
            79 LOAD_GLOBAL             26 (a26)
            81 LIST_APPEND              1
            82 LOAD_GLOBAL             27 (a27)
            84 LIST_APPEND              1
            85 LOAD_GLOBAL             28 (a28)
            87 LIST_APPEND              1
            88 LOAD_GLOBAL             29 (a29)
            90 LIST_APPEND              1
            91 LOAD_GLOBAL             30 (a30)
            93 LIST_APPEND              1
            94 LOAD_GLOBAL             31 (a31)
            96 LIST_APPEND              1
            97 STORE_GLOBAL            32 (l)
            98 LOAD_CONST               0 (None)
            99 RETURN_VALUE
)gold"},
{"QualnameGlobalFunction", ParseMode::File, "def f():\n    global g\n    def g():\n        class C:\n            def m(self): pass\n", R"gold(
  1          0 LOAD_CONST               0 (<code object f, line 1>)
             1 MAKE_FUNCTION            0
             2 STORE_GLOBAL             0 (f)
             3 LOAD_CONST               1 (None)
             4 RETURN_VALUE

Disassembly of <code object f, line 1>:
  3          0 LOAD_CONST               0 (<code object g, line 3>)
             1 MAKE_FUNCTION            0
             2 STORE_GLOBAL             0 (g)
             3 LOAD_CONST               1 (None)
             4 RETURN_VALUE

Disassembly of <code object g, line 3>:
  4          0 LOAD_BUILD_CLASS
             1 PUSH_NULL
             2 LOAD_CONST               0 (<code object C, line 4>)
             3 MAKE_FUNCTION            0
             4 LOAD_CONST               1 ('C')
             5 CALL                     2
             6 STORE_FAST               0 (C)
             7 LOAD_CONST               2 (None)
             8 RETURN_VALUE

Disassembly of <code object C, line 4>:
  4          0 LOAD_NAME                0 (__name__)
             1 STORE_NAME               1 (__module__)
             2 LOAD_CONST               0 ('g.<locals>.C')
             3 STORE_NAME               2 (__qualname__)

  5          4 LOAD_CONST               1 (<code object m, line 5>)
             5 MAKE_FUNCTION            0
             6 STORE_NAME               3 (m)
             7 LOAD_CONST               2 (None)
             8 RETURN_VALUE

Disassembly of <code object m, line 5>:
  5          0 LOAD_CONST               0 (None)
             1 RETURN_VALUE
)gold"},
};

const ErrorCase kErrorCases[] = {
{"def f():\n    x = 1\n    global x\n", "SyntaxError", "name 'x' is assigned to before global declaration", 3, 5, 3, 13},
{"def f():\n    print(x)\n    global x\n", "SyntaxError", "name 'x' is used prior to global declaration", 3, 5, 3, 13},
{"def f(x):\n    global x\n", "SyntaxError", "name 'x' is parameter and global", 2, 5, 2, 13},
{"def f(x, x): pass\n", "SyntaxError", "duplicate argument 'x' in function definition", 1, 10, 1, 11},
{"nonlocal x\n", "SyntaxError", "nonlocal declaration not allowed at module level", 1, 1, 1, 11},
{"def f():\n    nonlocal x\n", "SyntaxError", "no binding for nonlocal 'x' found", 2, 5, 2, 15},
{"return 1\n", "SyntaxError", "'return' outside function", 1, 1, 1, 9},
{"for x in y:\n    pass\nbreak\n", "SyntaxError", "'break' outside loop", 3, 1, 3, 6},
{"continue\n", "SyntaxError", "'continue' not properly in loop", 1, 1, 1, 9},
{"yield 1\n", "SyntaxError", "'yield' outside function", 1, 1, 1, 8},
{"await x\n", "SyntaxError", "'await' outside function", 1, 1, 1, 8},
{"def f():\n    await x\n", "SyntaxError", "'await' outside async function", 2, 5, 2, 12},
{"*a = 1\n", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 1, 1, 3},
{"*a, *b = 1\n", "SyntaxError", "multiple starred expressions in assignment", 1, 1, 1, 7},
{"print(*a)\nx = *a\n", "SyntaxError", "can't use starred expression here", 2, 5, 2, 7},
{"try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", "SyntaxError", "default 'except:' must be last", 3, 1, 4, 9},
{"f(x=1, x=2)\n", "SyntaxError", "keyword argument repeated: x", 1, 8, 1, 11},
{"class C:\n    [(y := 1) for i in x]\n", "SyntaxError", "assignment expression within a comprehension cannot be used in a class body", 2, 7, 2, 8},
{"[(i := 1) for i in x]\n", "SyntaxError", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 3, 1, 4},
{"[x for x in (y := [1])]\n", "SyntaxError", "assignment expression cannot be used in a comprehension iterable expression", 1, 14, 1, 22},
{"def f():\n    x: int = 1\n    global x\n", "SyntaxError", "annotated name 'x' can't be global", 3, 5, 3, 13},
{"[(yield 1) for x in y]\n", "SyntaxError", "'yield' inside list comprehension", 1, 3, 1, 10},
{"def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x\n", "SyntaxError", "name 'x' is nonlocal and global", 4, 5, 4, 13},
{"def f():\n    from m import *\n", "SyntaxError", "import * only allowed at module level", 2, 19, 2, 20},
{"class C:\n    return 1\n", "SyntaxError", "'return' outside function", 2, 5, 2, 13},
{"def f():\n    for x in y:\n        def g():\n            break\n", "SyntaxError", "'break' outside loop", 4, 13, 4, 18},
{"x = '\303\251'; y = *a\n", "SyntaxError", "can't use starred expression here", 1, 15, 1, 17},
};
// clang-format on

class CompilerGolden : public testing::TestWithParam<GoldenCase> {};

TEST_P(CompilerGolden, Disassembly) {
  const GoldenCase& c = GetParam();
  CompileResult result = compile_source(c.source, c.mode);
  ASSERT_FALSE(result.error) << result.error->message;
  // The raw strings start with a newline for readability.
  EXPECT_EQ(disassemble(*result.code.as<CodeObject>()), std::string(c.expected + 1));
}

INSTANTIATE_TEST_SUITE_P(Snippets, CompilerGolden, testing::ValuesIn(kGoldenCases),
                         [](const testing::TestParamInfo<GoldenCase>& param_info) { return param_info.param.name; });

TEST(CompilerErrors, MessagesAndPositionsMatchCPython) {
  for (const ErrorCase& c : kErrorCases) {
    SCOPED_TRACE(c.source);
    CompileResult result = compile_source(c.source, ParseMode::File);
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->type, c.type);
    EXPECT_EQ(result.error->message, c.message);
    EXPECT_EQ(result.error->line, c.line);
    EXPECT_EQ(result.error->col, c.col);
    EXPECT_EQ(result.error->end_line, c.end_line);
    EXPECT_EQ(result.error->end_col, c.end_col);
    EXPECT_EQ(result.error->filename, "<test>");
  }
}

TEST(CompilerErrors, ErrorTextIsTheOffendingLine) {
  CompileResult result = compile_source("x = 1\nreturn x\n", ParseMode::File);
  ASSERT_TRUE(result.error);
  EXPECT_EQ(result.error->text, "return x");
}

// Scope analysis results that the interpreter relies on.
TEST(CompilerCodeObjects, FunctionMetadata) {
  CompileResult result = compile_source(
      "def f(a, b, /, c, *args, d, **kw):\n    def g(): return a\n    return g\n", ParseMode::File);
  ASSERT_FALSE(result.error);
  const auto& module = *result.code.as<CodeObject>();
  const CodeObject* f = nullptr;
  for (const Ref& k : module.consts)
    if (k.get().is_object() && k.object()->type == &code_type) f = k.as<CodeObject>();
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "f");
  EXPECT_EQ(f->argcount, 3);
  EXPECT_EQ(f->posonlyargcount, 2);
  EXPECT_EQ(f->kwonlyargcount, 1);
  EXPECT_EQ(f->flags & (kCodeVarargs | kCodeVarkeywords | kCodeOptimized | kCodeNewLocals),
            uint32_t(kCodeVarargs | kCodeVarkeywords | kCodeOptimized | kCodeNewLocals));
  ASSERT_EQ(f->cellvars.size(), 1u);
  ASSERT_EQ(f->cell2arg.size(), 1u);
  EXPECT_EQ(f->cell2arg[0], 0);  // the cell `a` starts as parameter 0
  ASSERT_GE(f->varnames.size(), 6u);
  const char* expected_params[] = {"a", "b", "c", "d", "args", "kw"};
  for (size_t i = 0; i < 6; ++i) EXPECT_EQ(str_view(f->varnames[i]), expected_params[i]);
  const CodeObject* g = nullptr;
  for (const Ref& k : f->consts)
    if (k.get().is_object() && k.object()->type == &code_type) g = k.as<CodeObject>();
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->qualname, "f.<locals>.g");
  EXPECT_TRUE(g->flags & kCodeNested);
  ASSERT_EQ(g->freevars.size(), 1u);
  EXPECT_EQ(f->positions.size(), f->code.size());
  EXPECT_GT(f->stacksize, 0);
}

TEST(CompilerCodeObjects, InlineCachesAreNumberedPerCode) {
  CompileResult result = compile_source("a.b = c.d\nx.m()\n", ParseMode::File);
  ASSERT_FALSE(result.error);
  const auto& code = *result.code.as<CodeObject>();
  // LOAD_GLOBAL c, LOAD_ATTR d, LOAD_GLOBAL a, STORE_ATTR b, LOAD_GLOBAL x, LOAD_METHOD m
  EXPECT_EQ(code.ncaches, 6);
}

TEST(CompilerCodeObjects, DocstringsAreRecorded) {
  CompileResult result = compile_source("def f():\n    'hello'\n", ParseMode::File);
  ASSERT_FALSE(result.error);
  const auto& module = *result.code.as<CodeObject>();
  for (const Ref& k : module.consts) {
    if (!k.get().is_object() || k.object()->type != &code_type) continue;
    const auto* f = k.as<CodeObject>();
    ASSERT_FALSE(f->docstring.is_null());
    EXPECT_EQ(str_view(f->docstring), "hello");
  }
}

TEST(CompilerLimits, DeepNestingIsAnErrorNotACrash) {
  compile_source("pass\n", ParseMode::File);  // initialises the runtime
  // Built directly: the parser has its own (lower) nesting limits.
  auto module = std::make_unique<ast::Module>();
  ast::ExprPtr expr = std::make_unique<ast::Name>();
  static_cast<ast::Name&>(*expr).id = "a";
  for (int i = 0; i < 5000; ++i) {
    auto neg = std::make_unique<ast::UnaryOp>();
    neg->op = ast::UnaryOpKind::USub;
    neg->operand = std::move(expr);
    expr = std::move(neg);
  }
  auto stmt = std::make_unique<ast::ExprStmt>();
  stmt->value = std::move(expr);
  module->body.push_back(std::move(stmt));
  CompileResult result = compile(*module, "<test>", ParseMode::File, nullptr);
  ASSERT_TRUE(result.error);
  EXPECT_EQ(result.error->type, "RecursionError");
  EXPECT_EQ(result.error->message, "maximum recursion depth exceeded during compilation");
}

}  // namespace
}  // namespace gilt
