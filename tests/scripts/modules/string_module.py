# string: constants, capwords, Template.
import string
from string import Template

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace))
print(string.ascii_lowercase, string.ascii_uppercase, len(string.printable))
print(string.capwords("hello   wide world"), string.capwords("a-b-c", "-"))


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


t = Template("$who likes ${what}; costs $$5 ($who)")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.is_valid(), t.template)
check(lambda: t.substitute(who="x"))
check(lambda: Template("line1\nbad $ here").substitute())
check(lambda: Template("${bad").substitute())
print(Template("$a$b_c ${a}x $1").safe_substitute(a=1, b_c=2))
print(Template("$1").is_valid(), Template("tail $").safe_substitute())
check(lambda: Template("$").substitute())


class Percent(Template):
    delimiter = "%"


print(Percent("%name is %% here").substitute(name="pct"))
print(string.Formatter().format("{0}-{x}", 1, x=2))
