# BaseExceptionGroup / ExceptionGroup: construction rules, split, subgroup, derive.
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg), eg.message, eg.exceptions)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))), eg.subgroup(OSError))
print(repr(eg.split((TypeError, KeyError))))
for bad in [lambda: ExceptionGroup(1, []), lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup("x", 5), lambda: eg.split(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.split(ValueError)))
e = ExceptionGroup("n", [ValueError(1)])
e.add_note("a note")
print(e.split(ValueError)[0].__notes__)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
