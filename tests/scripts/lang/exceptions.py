# try/except/else/finally, raise, raise from, chaining, custom exceptions.
class AppError(Exception):
    pass

class DetailedError(AppError):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise DetailedError(42, "detailed")
    if n == 2:
        return {}["missing"]
    if n == 3:
        return [][1]
    return n

for n in range(5):
    try:
        result = risky(n)
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e, e.args)
    except AppError as e:
        print("app", e, e.code, isinstance(e, Exception))
    except ValueError as e:
        print("value", repr(e), str(e))
    else:
        print("no error", result)
    finally:
        print("finally", n)

def with_finally():
    try:
        return "from try"
    finally:
        print("cleanup runs before return")

print(with_finally())

def finally_overrides():
    try:
        return 1
    finally:
        return 2

print(finally_overrides())

def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out

print(loop_finally())

try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during handling")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

try:
    raise ValueError
except ValueError as e:
    print("bare class raised:", repr(e), e.args)

def reraise():
    try:
        raise OSError(2, "No such file", "x.txt")
    except OSError:
        raise

try:
    reraise()
except OSError as e:
    print(e, e.errno, e.strerror, e.filename)

try:
    raise StopIteration(5)
except StopIteration as e:
    print("stop value", e.value)

try:
    raise SystemExit(3)
except SystemExit as e:
    print("exit code", e.code)

try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)

try:
    assert False
except AssertionError as e:
    print("assert args:", e.args)

def nested():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise KeyError("b")
        except KeyError as inner:
            print("inner context:", repr(inner.__context__))
    print("after")

nested()
e = None
try:
    raise NameError("n")
except NameError as e:
    pass
try:
    print(e)
except NameError as err:
    print("e was deleted:", err)

hierarchy = [ZeroDivisionError, ArithmeticError, LookupError, KeyError, IndexError, UnboundLocalError,
             NotImplementedError, RecursionError, ModuleNotFoundError, TimeoutError, KeyboardInterrupt,
             SystemExit, OverflowError, MemoryError]
for cls in hierarchy:
    print(cls.__name__, [b.__name__ for b in cls.__mro__])

print(repr(ValueError()), repr(ValueError(1, 2)), str(ValueError(1, 2)), str(KeyError("k")))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 5:
        pass
    raise ValueError("x")
except TypeError as e:
    print(e)
except ValueError as e:
    print("value", e)
