# logging with exceptions and stacks: logger.exception, exc_info in its
# forms, the cached exc_text, stack_info, and handleError's report of a
# record that cannot be formatted.
import io
import logging
import sys

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s %(funcName)s: %(message)s"))
log = logging.getLogger("exc")
log.addHandler(handler)
log.propagate = False


def show():
    print(stream.getvalue(), end="")
    print("-" * 8)
    stream.seek(0)
    stream.truncate()


def divide(a, b):
    return a / b


def failing():
    try:
        divide(1, 0)
    except ZeroDivisionError:
        log.exception("division failed for %d", 1)


failing()
show()

try:
    {}["key"]
except KeyError as e:
    log.error("exc_info=True", exc_info=True)
    log.warning("exc_info=the exception", exc_info=e)
    log.info("exc_info=a tuple", exc_info=sys.exc_info())
    log.info("exc_info=False", exc_info=False)
show()

# Outside an except block, exc_info=True finds no exception.
log.error("nothing to show", exc_info=True)
show()


def chained():
    try:
        try:
            int("x")
        except ValueError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError:
        log.exception("chained")


chained()
show()

# The exception text is made once and cached on the record for every other
# handler.
second = io.StringIO()
other = logging.StreamHandler(second)
other.setFormatter(logging.Formatter("[%(message)s]"))
log.addHandler(other)
records = []
log.addFilter(lambda record: records.append(record) or True)
try:
    raise ValueError("once")
except ValueError:
    log.exception("shared")
show()
print(second.getvalue(), end="")
print(records[0].exc_text.splitlines()[-1])
log.removeHandler(other)


def formatter_exception():
    f = logging.Formatter()
    try:
        raise TypeError("direct")
    except TypeError:
        text = f.formatException(sys.exc_info())
    print(repr(text.splitlines()[0]), repr(text[-20:]))


formatter_exception()


def inner():
    log.warning("with stack", stack_info=True)


def outer():
    inner()


outer()
show()

# Module-level exception() on the root logger, configured on first use.
logging.basicConfig(stream=sys.stdout, format="root %(levelname)s %(message)s")
try:
    [][1]
except IndexError:
    logging.exception("module-level")

# A record whose message cannot be formatted: handleError reports it on
# stderr and logging carries on. The report's traceback runs through
# logging's own source, whose path differs between interpreters, so print
# the parts that name only this script.
saved = sys.stderr
sys.stderr = io.StringIO()
log.warning("%d apples", "three")
report = sys.stderr.getvalue().splitlines()
sys.stderr = saved
print(report[0])
print(report[report.index("Call stack:"):])
print([line for line in report if line.startswith("TypeError")])
log.warning("still logging")
show()
logging.raiseExceptions = False
sys.stderr = io.StringIO()
log.warning("%d apples", "three")
print(repr(sys.stderr.getvalue()))
sys.stderr = saved
logging.raiseExceptions = True
