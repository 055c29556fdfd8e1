# Argument-binding errors, with CPython's messages.
def attempt(text, fn):
    try:
        fn()
        print(text, "-> ok")
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)

def f(a, b, c=3, *, d, e=5):
    pass

def g(a, /, b):
    pass

def h():
    pass

class K:
    def m(self, x):
        pass

attempt("f()", lambda: f())
attempt("f(1)", lambda: f(1))
attempt("f(1, 2)", lambda: f(1, 2))
attempt("f(1, 2, 3, 4, d=1)", lambda: f(1, 2, 3, 4, d=1))
attempt("f(1, 2, d=1, z=2)", lambda: f(1, 2, d=1, z=2))
attempt("f(1, 2, a=1, d=1)", lambda: f(1, 2, a=1, d=1))
attempt("g(a=1, b=2)", lambda: g(a=1, b=2))
attempt("h(1)", lambda: h(1))
attempt("h(1, 2)", lambda: h(1, 2))
attempt("K().m()", lambda: K().m())
attempt("K().m(1, 2)", lambda: K().m(1, 2))
attempt("K.m(1)", lambda: K.m(1))
attempt("len()", lambda: len())
attempt("len(1, 2)", lambda: len(1, 2))
attempt("len(5)", lambda: len(5))
five, text = 5, "abc"
attempt("five()", lambda: five())
attempt("text()", lambda: text())
attempt("None.foo", lambda: None.foo)
attempt("undefined_name", lambda: undefined_name)
attempt("f(*1)", lambda: f(*1))
attempt("f(**1)", lambda: f(**1))
