# logging: levels, records, the logger tree, propagation, the three format
# styles, filters, handlers, basicConfig, FileHandler, lastResort, extra and
# the caller's location. Output goes to sys.stdout or StringIO streams (and
# lastResort to stderr); no times, thread idents or absolute paths.
import io
import logging
import os
import sys
import time


def section(title):
    print("--", title)


def stream_handler(fmt="%(levelname)s:%(name)s:%(message)s", style='%'):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter(fmt, style=style))
    return stream, handler


def lines(stream):
    text = stream.getvalue()
    stream.seek(0)
    stream.truncate()
    return text.splitlines()


section("levels")
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING,
      logging.WARN, logging.INFO, logging.DEBUG, logging.NOTSET)
for level in (50, 40, 30, 20, 10, 0, 25):
    print(level, logging.getLevelName(level))
print(logging.getLevelName("INFO"), logging.getLevelName("WARN"),
      logging.getLevelName("nope"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
mapping = logging.getLevelNamesMapping()
print(sorted(mapping.items(), key=lambda item: (item[1], item[0])))
try:
    logging.getLogger("lv").setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.getLogger("lv").setLevel(1.5)
except TypeError as e:
    print("TypeError:", e)
logging.getLogger("lv").setLevel("DEBUG")
print(logging.getLogger("lv").level)

section("records")
r = logging.LogRecord("rec", logging.INFO, "/some/dir/mod.py", 12,
                      "%d items in %s", (3, "box"), None, "fn")
print(r.name, r.levelno, r.levelname, r.filename, r.module, r.lineno,
      r.funcName, r.processName, r.threadName)
print(r.getMessage())
print(repr(r))
r = logging.LogRecord("rec", logging.INFO, "p.py", 1, "%(a)s and %(b)r",
                      ({"a": 1, "b": "two"},), None)
print(r.args, r.getMessage())
r = logging.LogRecord("rec", logging.INFO, "p.py", 1, "100%", (), None)
print(r.getMessage())
r = logging.LogRecord("rec", logging.INFO, "p.py", 1, ["not", "a", "str"],
                      None, None)
print(r.getMessage())
print(r.exc_info, r.exc_text, r.stack_info, r.msecs < 1000,
      r.relativeCreated >= 0, isinstance(r.thread, int),
      r.process == os.getpid())
r = logging.makeLogRecord({"msg": "made %s", "args": ("here",),
                           "custom": 7})
print(r.getMessage(), r.custom, r.levelno, r.name)

section("tree")
ab = logging.getLogger("a.b")
print(ab.name, ab.parent.name, ab is logging.getLogger("a.b"))
abc = logging.getLogger("a.b.c")
print(abc.parent is ab)
a = logging.getLogger("a")
print(ab.parent is a, a.parent is logging.root, abc.parent is ab)
axy = logging.getLogger("a.x.y")
ax = logging.getLogger("a.x")
print(axy.parent is ax, ax.parent is a)
print(logging.getLogger() is logging.root, logging.getLogger("root") is logging.root,
      logging.root.name, logging.root.level)
print(a.getChild("b") is ab, logging.root.getChild("a") is a)
print(repr(a), repr(logging.root), repr(abc))
a.setLevel(logging.ERROR)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING),
      abc.isEnabledFor(logging.ERROR), repr(abc))
ab.setLevel(logging.DEBUG)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG))
a.setLevel(logging.NOTSET)
ab.setLevel(logging.NOTSET)
print(abc.getEffectiveLevel())
try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError:", e)

section("propagation")
top_stream, top = stream_handler("top %(name)s %(levelname)s %(message)s")
mid_stream, mid = stream_handler("mid %(name)s %(message)s")
p = logging.getLogger("prop")
pc = logging.getLogger("prop.child")
p.addHandler(top)
pc.addHandler(mid)
p.setLevel(logging.INFO)
pc.debug("dropped by level")
pc.info("to both")
mid.setLevel(logging.WARNING)
pc.info("to top only")
pc.warning("warned")
pc.propagate = False
pc.error("child only")
print(lines(top_stream))
print(lines(mid_stream))
print(pc.hasHandlers(), logging.getLogger("prop.other").hasHandlers(),
      logging.getLogger("unrelated").hasHandlers())
pc.removeHandler(mid)
print(pc.hasHandlers(), pc.handlers, p.handlers == [top])
pc.propagate = True
pc.log(logging.WARNING, "via log %s", "call")
pc.log(25, "notice")
try:
    pc.log("INFO", "bad level")
except TypeError as e:
    print("TypeError:", e)
pc.critical("crit")
pc.fatal("fatal")
print(lines(top_stream))

section("formatters")
r = logging.LogRecord("fmt", logging.WARNING, "/x/app.py", 42,
                      "hello %s", ("world",), None, "main")
r.created = 86400 * 365 + 3723.25
r.msecs = 250.0
styles = [
    ("%(levelname)-8s|%(name)s|%(lineno)4d|%(funcName)s|%(message)s", '%'),
    ("{levelname:>8}|{name}|{lineno:04d}|{module!r}|{message}", '{'),
    ("$levelname|${name}|$message|$$", '$'),
    (None, '%'), (None, '{'), (None, '$'),
]
for fmt, style in styles:
    f = logging.Formatter(fmt, style=style)
    print(style, repr(f._fmt), f.usesTime(), f.format(r))
f = logging.Formatter("%(asctime)s %(message)s")
f.converter = time.gmtime
print(f.usesTime(), f.format(r), r.asctime)
f = logging.Formatter("{asctime} {message}", datefmt="%d/%m/%Y %H.%M", style='{')
f.converter = time.gmtime
print(f.usesTime(), f.format(r))
f = logging.Formatter("${asctime} $message", style='$')
print(f.usesTime(), logging.Formatter("$asctime", style='$').usesTime())
f = logging.Formatter("%(message)s [%(tag)s]", defaults={"tag": "none"})
print(f.format(r))
r.tag = "set"
print(f.format(r))
print(logging.Formatter("%(message)s").formatMessage(r))
bad = [("no fields", '%'), ("%(name)", '%'), ("%(name)z", '%'),
       ("no fields", '{'), ("{name!x}", '{'), ("{name:zz}", '{'),
       ("{a b}", '{'), ("{name", '{'), ("name}", '{'),
       ("no fields", '$'), ("$ bare", '$'), ("x", '#')]
for fmt, style in bad:
    try:
        logging.Formatter(fmt, style=style)
        print("accepted", repr(fmt))
    except ValueError as e:
        print("ValueError:", e)
good = ["%(name)-10.3s", "%(lineno)+05d", "%(levelno)X", "%(name)*s"]
for fmt in good:
    print(repr(logging.Formatter(fmt)._fmt))
for fmt in ["{name:*^10}", "{lineno:+,d}", "{created:.{width}f}",
            "{args[0]}", "{name.upper}", "{0}"]:
    print(repr(logging.Formatter(fmt, style='{')._fmt))
f = logging.Formatter("%(missing)s")
try:
    f.format(r)
except ValueError as e:
    print("ValueError:", e)
print(logging.Formatter("no fields", validate=False).format(r))
r2 = logging.makeLogRecord({"msg": "with stack", "stack_info": "Stack line"})
print(repr(logging.Formatter().format(r2)))
r2 = logging.makeLogRecord({"msg": "cached", "exc_text": "Traceback text"})
print(repr(logging.Formatter().format(r2)))
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(repr(bf.format([r, r2])), repr(bf.format([])))

section("filters")
stream, h = stream_handler()
fl = logging.getLogger("flt")
fl.addHandler(h)
fl.propagate = False
fl.setLevel(logging.DEBUG)
h.addFilter(logging.Filter("flt.keep"))
for name in ("flt", "flt.keep", "flt.keep.deep", "flt.keeper"):
    logging.getLogger(name).info("from %s", name)
print(lines(stream))
h.filters.clear()
odd = lambda record: record.args and record.args[0] % 2
h.addFilter(odd)
h.addFilter(odd)
print(len(h.filters))
for n in range(5):
    fl.info("n=%d", n)
print(lines(stream))
h.removeFilter(odd)


class Redact(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.replace("secret", "******")
        return True


fl.addFilter(Redact())
fl.warning("the secret is out")
print(lines(stream))
print(logging.Filter().filter(r), logging.Filter("fmt").filter(r),
      logging.Filter("fm").filter(r))

section("handlers")
h = logging.StreamHandler(sys.stdout)
print(repr(h), h.level, h.formatter, h.name)
h.setLevel("INFO")
h.set_name("console")
print(repr(h), h.name, h.get_name())
h.name = "renamed"
print(h.name)
print(repr(logging.Handler()), repr(logging.NullHandler()),
      logging.NullHandler().lock)
try:
    logging.Handler().emit(r)
except NotImplementedError as e:
    print("NotImplementedError:", e)
old = h.setStream(io.StringIO())
print(old is sys.stdout, h.setStream(h.stream))
nl = logging.getLogger("nulled")
nl.addHandler(logging.NullHandler())
nl.error("goes nowhere")
h = logging.StreamHandler(sys.stdout)
h.terminator = " <end>\n"
tl = logging.getLogger("term")
tl.addHandler(h)
tl.propagate = False
tl.warning("custom terminator")
print(logging.NullHandler().handle(r))

section("lastResort")
logging.getLogger("nohandler").warning("to stderr %s", "bare")
logging.getLogger("nohandler").info("below lastResort's level")
print(repr(logging.lastResort), logging.lastResort.level)
saved = logging.lastResort
logging.lastResort = None
logging.getLogger("nohandler").error("no handlers message")
logging.getLogger("nohandler").error("only once")
logging.lastResort = saved

section("extra and caller")
stream, h = stream_handler(
    "%(levelname)s %(funcName)s:%(lineno)d %(module)s %(filename)s %(message)s")
cl = logging.getLogger("caller")
cl.addHandler(h)
cl.propagate = False


def helper(msg, level=1):
    cl.warning(msg, stacklevel=level)


def outer():
    helper("at helper")
    helper("at outer", 2)
    helper("at module", 3)
    helper("too deep", 50)


outer()
cl.warning("top level")
print("\n".join(lines(stream)))
h.setFormatter(logging.Formatter("%(message)s user=%(user)s ip=%(ip)s"))
cl.warning("login", extra={"user": "ann", "ip": "10.0.0.1"})
print(lines(stream))
for key in ("message", "asctime", "levelname"):
    try:
        cl.warning("clash", extra={key: 1})
    except KeyError as e:
        print("KeyError:", e)
adapter = logging.LoggerAdapter(cl, {"user": "bob", "ip": "::1"})
adapter.warning("adapted %s", "call")
adapter.debug("dropped")
print(lines(stream), repr(adapter), adapter.name, adapter.isEnabledFor(10))


class TaggedLogger(logging.Logger):
    def info(self, msg, *args, **kwargs):
        super().info("[tag] " + msg, *args, **kwargs)


logging.setLoggerClass(TaggedLogger)
tagged = logging.getLogger("tagged.one")
logging.setLoggerClass(logging.Logger)
print(type(tagged).__name__, logging.getLoggerClass().__name__,
      type(logging.getLogger("tagged")).__name__)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError:", e)

section("disable")
stream, h = stream_handler()
dl = logging.getLogger("dis")
dl.addHandler(h)
dl.propagate = False
dl.setLevel(logging.DEBUG)
logging.disable(logging.INFO)
dl.info("hidden")
dl.warning("shown")
logging.disable()
dl.critical("hidden too")
logging.disable(logging.NOTSET)
dl.debug("back")
dl.disabled = True
dl.critical("disabled logger")
dl.disabled = False
print(lines(stream))

section("basicConfig")
print(logging.root.handlers)
logging.info("root at WARNING drops this")
print(logging.root.handlers, logging.root.level)
logging.warning("implicit basicConfig: to stderr")
logging.basicConfig(stream=sys.stdout, level=logging.INFO)
print(logging.root.handlers, logging.root.level)
logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="basic %(levelname)s %(name)s %(message)s",
                    force=True)
print(logging.root.handlers, logging.root.level)
logging.info("module-level info")
logging.debug("not at INFO")
logging.warning("module-level %s", "warning")
logging.error("error")
logging.critical("critical")
logging.fatal("fatal")
logging.log(logging.INFO, "log %d", 1)
logging.basicConfig(format="ignored %(message)s")
logging.info("same handler")
logging.basicConfig(stream=sys.stdout, format="{levelname}|{message}",
                    style='{', force=True)
logging.warning("forced")
logging.info("level stays INFO")
for kwargs in ({"stream": sys.stdout, "filename": "x.log", "force": True},
               {"handlers": [], "stream": sys.stdout, "force": True},
               {"style": "?", "force": True},
               {"bogus": 1, "other": 2, "force": True}):
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
logging.basicConfig(handlers=[logging.StreamHandler(sys.stdout)],
                    format="$levelname~$message", style='$', force=True)
logging.warning("from handlers=")

section("FileHandler")
path = "/tmp/gilt_logging_%d.log" % os.getpid()
fh = logging.FileHandler(path, mode="w", encoding="utf-8")
print(fh.baseFilename == path, fh.mode, fh.encoding, fh.delay,
      fh.stream is not None)
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
fl = logging.getLogger("file")
fl.addHandler(fh)
fl.propagate = False
fl.warning("first line")
fl.error("second line %d", 2)
fh.close()
print(fh.stream)
fl.removeHandler(fh)
with open(path) as f:
    print(f.read().splitlines())
fh = logging.FileHandler(path, delay=True)
print(fh.stream, fh.mode)
fl.addHandler(fh)
fl.warning("appended")
print(fh.stream is not None)
fh.close()
fl.removeHandler(fh)
with open(path) as f:
    print(f.read().splitlines())
logging.basicConfig(filename=path, filemode="w", format="%(message)s!",
                    force=True)
logging.warning("through basicConfig")
logging.root.handlers[0].flush()
with open(path) as f:
    print(f.read().splitlines())
print(type(logging.root.handlers[0]).__name__)
logging.shutdown()
os.remove(path)
print("done")
