#!/usr/bin/env python3
"""Regenerates tests/unit/grammar_cases/*.txt from CPython 3.11, the oracle.

Each case is a source snippet; the expected result is python3's
ast.dump(tree, include_attributes=True) or its SyntaxError (type, msg,
lineno, offset, end_lineno, end_offset). Record format:

    === <mode> [nonl]          mode: exec | eval; nonl: no final newline
    <source lines>
    --- ast | --- error
    <expected: one line>

Run: python3 tests/unit/regen_grammar_expected.py   (needs Python 3.11)
"""
import ast
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "grammar_cases")

VALID = [
    # atoms and literals
    "x", "None; True; False; ...", "1; 0; 00; 0_0; 1_000_000", "0xff; 0XFF; 0o17; 0O17; 0b101; 0B1_0",
    "123456789012345678901234567890", "0xFFFFFFFFFFFFFFFFFFFFFFFF", "1.5; .5; 5.; 1e10; 1E-5; 1_0.0_1e+1_0",
    "1e999; 1e-999; 0.1; 100.0; 1e16; 1e15; 123456789.125", "1j; 1.5j; 0j; 1e3J; .5j",
    "'a'; \"b\"; '''c'''; \"\"\"d\"\"\"", "'a' 'b' \"c\"", "u'x'", "'a' u'b'", "b'x'; B'y'; br'\\d'; Rb'\\d'",
    "r'\\n\\d'; R'x'", "'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0\\101\\x41\\u00e9\\U0001F600'", "'\\d\\w'",
    "b'\\x00\\xff\\n\\u1234'", "'é€😀'", "'a\\\nb'", "'''a\nb'''", "\"it's\"", "'say \"hi\"'", "'\\'\"'",
    "'\\x7f\\x80\\xa0'", "'\\u200b'",
    # f-strings
    "f'{a}'", "f'a{b}c{d!r}e{f!s}g{h!a}'", "f'{x:>10}'", "f'{x:{w}.{p}}'", "f'{x=}'", "f'{x = }'",
    "f'{x=!s}'", "f'{x=:>5}'", "f'{{}}'", "f'{{{a}}}'", "f'a{{b'", "f''", "'' f''", "f'a' 'b' f''",
    "x = 'a' f'{a}' 'b'", "f'{a, b}'", "f'{ a }'", "f'{x:}'", "f'{x!r:}'", "f'{3!=4}'", "f'{x:=5}'",
    "rf'\\d{x}'", "fr'{x}\\n'", "F'{x}'", "f'{\"a\"}'", "f\"{'a'}\"", "f'''{a}\n{b +\nc}'''",
    "f'{a[1]:{b}}'", "f'{f\"{x}\"}'", "f'{lambda: 1}'", "f'{(lambda: 1)}'", "f'{x!r:^{w}}'",
    "f'\\n{a}\\t'", "f'{a}' f'{b}'", "f'{yield}'" if False else "f'{a if b else c}'", "f'{a:%H:%M}'",
    "f'{d[\"k\"]}'", "f'{ {1: 2}[1] }'",
    # operators
    "a + b * c - d / e // f % g @ h", "a ** b ** c", "-a ** -b", "-2**2", "+a; -a; ~a; not a",
    "a << b >> c", "a | b ^ c & d", "a < b <= c > d >= e == f != g", "a in b not in c is d is not e",
    "(a < b) < c", "a and b and c", "a or b or c", "a and b or c and d", "(a or b) or c", "not a and not b",
    "a if b else c", "a if b else c if d else e", "(a if b else c) if d else e", "-(a)", "(a)(b)", "(a).b",
    "(a)[b]", "((a))", "(a + b) * c", "a.b.c", "a.b(c).d[e]", "a[b][c]", "a()()",
    # calls
    "f()", "f(a)", "f(a, b)", "f(a,)", "f(a=1)", "f(a, b=1, *c, d=2, **e)", "f(*a, *b, **c, **d)",
    "f(x for x in y)", "f((x for x in y), z)", "f(a := 1)", "f(a, *b, c)", "f(a=1, *b)", "f(**a, b=1)",
    "f(\n  a,\n  b,\n)",
    # subscripts and slices
    "a[1]", "a[1:2]", "a[1:2:3]", "a[:]", "a[::]", "a[1:]", "a[:2]", "a[::3]", "a[1:2, 3]", "a[1,]",
    "a[:, None]", "a[*b]", "a[*b, c]", "a[x := 1]", "a[b, c:d]", "a[()]", "a[(1, 2)]",
    # displays and comprehensions
    "()", "(1,)", "(1, 2)", "(*a, b)", "[]", "[1]", "[1, 2,]", "[*a, *b]", "{}", "{1}", "{1, 2}", "{*a}",
    "{1: 2}", "{1: 2, **a, 3: 4}", "{**a}", "{a: b,}", "[x for x in y]", "[x for x in y if a if b]",
    "[x for x in y for z in w]", "[(x, y) for x, y in z]", "[x for x, in y]", "{x for x in y}",
    "{k: v for k, v in d.items()}", "(x for x in y)", "[x async for x in y]", "[x for x in a if b or c]",
    "[x for x in (a if b else c)]", "[x for *a, b in c]", "[x for a.b in c]", "[x for a[0] in c]",
    "[[y for y in x] for x in z]", "[x := 1, 2]", "{(a := 1)}",
    # lambda
    "lambda: 0", "lambda x: x", "lambda x, y=1: x", "lambda *a, **k: 0", "lambda *, a: 0",
    "lambda a, /, b: 0", "lambda a=1, /, b=2, *c, d, e=3, **f: 0", "lambda x,: x", "lambda: (yield)",
    "lambda: lambda: 0",
    # walrus, yield, await, starred
    "(a := 1)", "if a := b: pass", "while (line := f()): pass", "def f():\n    yield\n    yield x\n    yield x, y\n    yield from z\n    x = yield\n    x = yield y\n    await z\n    x = await f()\n",
    "async def f():\n    async for x in y:\n        pass\n    async with a as b:\n        pass\n    await x\n    return [x async for x in y]\n",
    "*a, b = c", "a, *b = c", "[a, *b] = c", "(a, b) = c", "a, b = c, d", "a = b = c", "a = b = *c, d",
    "x = yield", "x = *a, *b",
    # assignments
    "a.b = 1", "a[b] = 1", "a[1:2] = b", "a += 1", "a.b -= 1", "a[b] *= 1", "a @= b", "a /= b", "a //= b",
    "a %= b", "a **= b", "a <<= b", "a >>= b", "a &= b", "a ^= b", "a |= b", "x: int", "x: int = 1",
    "(x): int = 1", "a.b: int", "a[0]: int = 1", "x: 'str' = yield", "x = 1; y = 2;", "a = (yield)",
    # simple statements
    "pass", "break", "continue", "del a", "del a, b", "del (a, b), [c]", "del a.b, a[0]", "del a,",
    "return", "return x", "return x, y", "return *a, b", "raise", "raise E", "raise E from c",
    "global a", "global a, b", "nonlocal a, b", "assert x", "assert x, 'msg'", "import a",
    "import a.b.c", "import a as b, c.d as e", "from a import b", "from a.b import c as d, e",
    "from . import a", "from .. import a", "from .a import b", "from ...a import b", "from .... import a",
    "from a import *", "from a import (b, c)", "from a import (b,\n c,\n)",
    # compound statements
    "if a:\n    pass", "if a:\n    pass\nelse:\n    pass", "if a:\n    x\nelif b:\n    y\nelif c:\n    z\nelse:\n    w",
    "if a: pass\nelif b: pass", "while a:\n    pass\nelse:\n    pass", "for x in y:\n    pass\nelse:\n    pass",
    "for x, y in z: pass", "for x, in y: pass", "for (x, y) in z: pass", "for [x, y] in z: pass",
    "for x in y, z: pass", "for x in *a, *b: pass", "for *x, y in z: pass",
    "try:\n    pass\nexcept:\n    pass", "try:\n    pass\nexcept E:\n    pass\nexcept (A, B) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nfinally:\n    pass", "try:\n    pass\nexcept* E:\n    pass\nexcept* (A, B) as e:\n    pass",
    "with a: pass", "with a as b: pass", "with a as b, c as d: pass", "with a, b: pass",
    "with (a, b): pass", "with (a,): pass", "with (a, b) as c: pass", "with (a as b, c): pass",
    "with (a as b, c as d,): pass", "with (a): pass", "with (a) as b: pass", "with (a for a in b): pass",
    "with a as (b, c): pass", "with a as b.c: pass", "with a as b[0]: pass", "with (yield x): pass",
    "def f(): pass", "def f(a, b): pass", "def f(a, b=1, *args, c, d=2, **kwargs): pass",
    "def f(a, /, b, *, c): pass", "def f(a, /): pass", "def f(*, a): pass", "def f(a: int, b: str = 'x') -> bool: pass",
    "def f(*args: int, **kw: str): pass", "def f(a=1, /, b=2): pass", "def f(a,): pass",
    "def f(\n    a,\n    b,\n):\n    return a",
    "@dec\ndef f(): pass", "@a.b(c)\n@d\ndef f(): pass", "@x[0].y\ndef f(): pass", "@(lambda f: f)\ndef f(): pass",
    "@a := b\ndef f(): pass" if False else "@(a := b)\ndef f(): pass", "@dec\nasync def f(): pass", "@dec\nclass A: pass",
    "class A: pass", "class A(): pass", "class A(B): pass", "class A(B, C, metaclass=M, **kw): pass",
    "class A(*bases): pass", "class A:\n    x = 1\n    def f(self):\n        return self.x",
    "async def f(): pass", "async def f():\n    async with a, b as c: pass",
    "if a:\n    if b:\n        x\n    else:\n        y\nz",
    "if a:\n\n    # comment\n    x\n\n\n    y\n",
    "x = 1  # comment\n# another\ny = 2", "x = (1 +\n     2)", "x = [\n  1,\n  2\n]", "x = 1 + \\\n    2",
    "if a:\n\tx\n\ty", "if a:\n        x\nelse:\n\ty", "def f():\n    '''doc'''\n    return 1",
    "x = 1;", "a; b; c", "if x: a; b", "class A: x = 1; y = 2",
    "\n\n\nx\n\n\n", "# only a comment", "", "   \n\t\n",
    "x = \\\n  1", "é = 1\nnaïve = é", "变量 = 1", "x = 'é' + é",
    "a = b if c else d", "print(*args, sep='')", "x = a if b else (yield)" if False else "x = [i for i in range(10) if i % 2]",
    "try:\n    pass\nexcept E as e:\n    pass", "while True:\n    break\n    continue",
    "x = not a == b", "x = a is not b", "x = a not in b", "x = -1", "x = - 1", "x = ~-+1", "x = a[-1:]",
    "x = 1if y else 2", "x = 0xfor_" if False else "x = 1or 2",
    "global x\nx = 1", "def f():\n    def g():\n        nonlocal x\n        x = 1\n    return g",
    "x = {'a': [1, {2: (3,)}]}", "f(a)(b)(c)", "a.b.c.d.e.f", "x = a[b][c][d]",
    "x = lambda: (yield)", "x = [*range(3)]", "x = {**a, 'b': 1}", "print(f'{x!r}', end='')",
    "async def f():\n    await asyncio.sleep(1)\n    x = [await y for y in z]",
    "def f():\n    return (yield)", "def g():\n    x = yield from f()",
    "class A(B):\n    @property\n    def x(self) -> int:\n        return 1\n\n    @x.setter\n    def x(self, v): ...",
    "for i in range(10):\n    if i:\n        continue\n    else:\n        break\nelse:\n    pass",
    "with open(f) as g, open(h) as i:\n    pass", "assert isinstance(x, int), f'{x} bad'",
    "x = (a,\n     b)", "x = 'a' \\\n    'b'", "x = ('a'\n     'b')", "if (a and\n    b):\n    pass",
]

ERRORS = [
    "if x\n  pass", "def f()\n pass", "class A\n pass", "for x in y\n pass", "while x\n pass", "try\n pass",
    "x = (1,", "x = )", "(]", "x = [1, 2)", "x = (1,\n]", "x = 1 +", "1 = 2", "f() = 2", "a + b = 2", "del 1",
    "1 += 1", "True = 1", "None = 1", "x = \"abc", "x = \"\"\"abc\n\n", "x = '''a\nb", "1a", "012", "x = 09",
    "x = 1 \\ y", "x = €", "if x:\npass", "  x", "    x", "x = 1\n\ty", "if x:\n  a\n b",
    "if x:\n\ta\n        b", "x = (a b)", "x = [a b]", "f(a b)", "x = a b", "a.1", "f(**a, *b)",
    "f(a=1, b)", "f(**a, b)", "f(a for a in b, c)", "f(a for a in b,)", "def f(a=1, b): pass", "lambda a=1, b: 0",
    "b'é'", "'a' b'b'", "f'{x!r}' b'x'", "(", "[1,\n2", "x = \\", "for x in y:", "a := 1", "(a.b := 1)",
    "f(a.b=1)", "f(1=2)", "f(True=1)", "x = yield = 3", "x + 1 += 1", "(a, b) += 1", "a, b += 1",
    "del f()", "del (a, 1)", "del a + 1", "del *a", "for 1 in x: pass", "for a, (b, 1) in x: pass",
    "[x for 1 in y]", "with a as 1: pass", "with a as (b, f()): pass", "import a.b as", "from . import",
    "x = 0b12", "x = 0o8", "x = 0x", "x = 0xg", "x = 1_", "x = 1__0", "x = 1e", "x = 1.5e+", "x = 0xfor",
    "f'{}'", "f'{ }'", "f'{a!x}'", "f'{a!}'", "f'{a'", "x = f'{'", "f'}'", "f'{a:{b}}}'", "f'{\\n}'", "f'{#}'",
    "f'{a:{b:{c}}}'", "f'{)}'", "f'{a)}'", "f'{(}'", "f'{a b}'", "f'{a +}'", "f'{a!r x}'",
    "'\\x'", "'ab\\x4'", "b'\\x4'", "'\\u12'", "'\\U0011ffff'", "'\\N{foo}'",
    "else", "x = 1\n  y = 2", "$", "?", "!", "a ! b", "x = `", "a b c", "async x",
    "if True:\n    pass\n  else: pass", "if x:\n    pass\n    else:\n  pass", "x = (1,\ny = 2", "x = (1 2",
    "x = (1 2\ny = \"", "x = \"\ny = (", "def f():\n  return\nif x:\n", "if x:\n  pass\nelse:",
    "try:\n  pass\nexcept* E:", "with a:", "class A:", "def f():", "while x:", "if x:\n  pass\nelif y:",
    "try:\n  pass\nfinally:", "try:\n  pass\nexcept:", "for x in y:\n  pass\nelse:", "x = [1, 2\nfor",
    "1 +\\\n", "x = 1\n\ndef f():\n  pass\n  x = (", "é = 1 +", "x = f() = 1", "f() = x = 1",
    "f() = not x", "f() = lambda: 1", "f() = a < b", "f() = 1, 2", "(a, 1) = x", "a, f() = 1", "f() = yield",
    "[a, 1] = 2", "a + 1 = b = c", "(x for x in y) = 1", "[x for x in y] = 1", "a if b else c = 1", "{} = 1",
    "... = 1", "f\"{x}\" = 1", "x.y()=1", "not a = 1", "a < b = 1", "lambda: 1 = 1", "(yield) = 1",
    "a and b = 1", "(a := 1) = 2", "f() = await x", "(a, b): int", "[a]: int", "a + 1: int", "x: int, y = 1",
    "(*a)", "x = [*a for a in b]", "x = {**a for a in b}", "def f(*): pass", "def f(*, **k): pass",
    "def f(/, a): pass", "def f(a, /, /): pass", "def f(*a, /): pass", "def f(**k, a): pass",
    "def f(*a, *b): pass", "lambda *: 0", "except", "try:\n  pass\nexcept A:\n  pass\nexcept* B:\n  pass",
    "try:\n  pass\n", "try:\n  pass\nx = 1", "class A(x for x in y): pass", "import a as b.c", "x = 1 if 2",
    "def f(:\n  pass", "x = {1: 2, 3}", "x = {**a, b}", "print 'x'", "f(a, b for b in c)", "x = [1, 2, 3",
    "foo(", "foo(\n", "def f(a, b\n", "x = 1\nif x:\n    y = (\n", "x = ]", "if x:\n    y\n  z",
    "@\ndef f(): pass", "@x\n", "x = 1 +\ny = 2", "for x in range(10)\n    pass", "return x y",
    "import", "from x import", "from x import a,", "class", "def", "def f", "def f(", "x.", "x = ,",
    "x = 1,,", "(1, 2", "x = [", "{", "a, *b, *c = d" if False else "x = 1 = 2", "del x,,", "global",
    "nonlocal x,", "assert", "raise from x", "with", "with a as", "if", "elif x: pass", "while",
    "for", "for x", "for x in", "try: pass", "lambda x", "lambda: ", "a[", "a[1:2:3:4]", "a.b.", "not",
    "x = a if b else", "x = yield from", "async def f(): await", "f(*)", "f(**)", "x = 1 2", "'abc' 'def",
    "x = '''", "x = 0_", "x = 1e+", "x = 5j7", "x = 0b", "x = 0o", "x = .e5",
    "if x:\n    pass\n   y", "def f():\n\tx = 1\n        y = 2", "   x = 1\ny = 2",
]

EVAL = [
    "1", "a + b", "  x", "a, b", "x if y else z", "lambda: 0", "[x for x in y]", "f(x)\n", "1\n\n",
]
EVAL_ERRORS = ["x = 1", "if x: pass", "", "a b", "1 +", "yield x"]


def record(out, mode, src, nonl):
    for line in src.split("\n"):
        assert not line.startswith("=== ") and not line.startswith("--- "), src
    out.append("=== %s%s" % (mode, " nonl" if nonl else ""))
    out.append(src[:-1] if src.endswith("\n") and not nonl else src)
    try:
        tree = ast.parse(src, "f.py", mode)
        out.append("--- ast")
        out.append(ast.dump(tree, include_attributes=True))
    except SyntaxError as e:
        out.append("--- error")
        out.append("%s|%s|%s|%s|%s|%s" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))


def unicode_tables():
    """Prints the range tables of runtime/unicode_tables.h (run with --unicode)."""
    def ranges(pred):
        out, start = [], None
        for c in range(0x80, 0x110000):
            if pred(c) and start is None:
                start = c
            elif not pred(c) and start is not None:
                out.append((start, c - 1))
                start = None
        if start is not None:
            out.append((start, 0x10FFFF))
        return out
    tables = {
        "kIdentStart": ranges(lambda c: chr(c).isidentifier()),
        "kIdentContinue": ranges(lambda c: ("a" + chr(c)).isidentifier()),
        "kNonPrintable": ranges(lambda c: not chr(c).isprintable()),
    }
    for name, rs in tables.items():
        print("inline constexpr CodeRange %s[] = {" % name)
        print("\n".join("    {0x%X, 0x%X}," % r for r in rs))
        print("};")


def main():
    if "--unicode" in sys.argv:
        unicode_tables()
        return
    if sys.version_info[:2] != (3, 11):
        sys.exit("needs python 3.11 (this is %s)" % sys.version)
    import warnings
    warnings.simplefilter("ignore")
    for name, cases, mode in (("valid", VALID, "exec"), ("errors", ERRORS, "exec"),
                              ("eval", EVAL + EVAL_ERRORS, "eval")):
        out = []
        seen = set()
        for src in cases:
            if src in seen:
                continue
            seen.add(src)
            # Every case is also run as written without its final newline.
            nonl = not src.endswith("\n")
            record(out, mode, src if not nonl else src, nonl)
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        print(name, len(cases))


if __name__ == "__main__":
    main()
