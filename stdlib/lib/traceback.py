"""Print and format exceptions and stacks, as CPython 3.11's traceback module.

The formatting itself is the interpreter's (the native _traceback module),
so print_exc() prints exactly what an uncaught exception would. Not here:
TracebackException, print_last, clear_frames.
"""
import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_list', 'print_stack', 'print_tb', 'FrameSummary',
           'StackSummary', 'walk_stack', 'walk_tb']

_sentinel = object()

_CAUSE_MESSAGE = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')
_CONTEXT_MESSAGE = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')


def _effective_limit(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _value_and_tb(exc, value, tb):
    # Both calling conventions: (exc) and the older (type, value, tb).
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(
            f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def _chunks(text):
    # CPython's list shape: one string per line, except that a traceback
    # entry ("File ..., in name") keeps its source line and carets with it.
    chunks = []
    for line in text.splitlines(True):
        if (chunks and line.startswith('    ')
                and chunks[-1].startswith('  File ') and ', in ' in chunks[-1]):
            chunks[-1] += line
        else:
            chunks.append(line)
    return chunks


def _report(value, tb, limit, chain, seen):
    seen.add(id(value))
    lines = []
    if chain:
        cause, context = value.__cause__, value.__context__
        if cause is not None and id(cause) not in seen:
            lines += _report(cause, cause.__traceback__, limit, chain, seen)
            lines.append(_CAUSE_MESSAGE)
        elif (context is not None and not value.__suppress_context__
              and id(context) not in seen):
            lines += _report(context, context.__traceback__, limit, chain,
                             seen)
            lines.append(_CONTEXT_MESSAGE)
    if tb is not None:
        lines.append('Traceback (most recent call last):\n')
        lines += _traceback.format_tb(tb, limit)
    lines += format_exception_only(value)
    return lines


# ---------------------------------------------------------------- exceptions

def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a report, "Type: message" (and notes), as a list."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        return [f'{type(value).__name__}: {value}\n']
    return _chunks(_traceback.format_exception_only(value))


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The report print_exception() prints, as a list of strings."""
    value, tb = _value_and_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    limit = _effective_limit(limit)
    if limit is None and chain and tb is value.__traceback__:
        return _chunks(_traceback.format_exception(value))
    return _report(value, tb, limit, chain, set())


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception and its traceback, as an uncaught one is printed."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as one string."""
    return "".join(format_exception(sys.exception(), limit=limit,
                                    chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


# ---------------------------------------------------------------- tracebacks

def format_tb(tb, limit=None):
    """The entries of a traceback, a string each."""
    return _traceback.format_tb(tb, _effective_limit(limit))


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for entry in format_tb(tb, limit):
        print(entry, file=file, end="")


def walk_tb(tb):
    """(frame, line number) of each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, line number) from `f` outwards."""
    if f is None:
        # As CPython 3.11: skip this generator, the frame that drives it,
        # and two more.
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class FrameSummary:
    """One entry of a stack or traceback: where, and the source line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', '_entry')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = ({k: repr(v) for k, v in locals.items()}
                       if locals else None)
        self._entry = None  # the interpreter's text, with carets (from a traceback)
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary, outermost first."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        limit = _effective_limit(limit)
        frames = list(frame_gen)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        result = klass()
        for f, lineno in frames:
            code = f.f_code
            result.append(FrameSummary(
                code.co_filename, lineno, code.co_name,
                lookup_line=lookup_lines,
                locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        """A string per entry; a line repeated more than 3 times is folded."""
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if key == last:
                count += 1
                if count > 3:
                    continue
            else:
                if count > 3:
                    result.append(_repeated(count - 3))
                last = key
                count = 1
            if frame._entry is not None:
                row = frame._entry
            else:
                row = f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
                if frame.line:
                    row += f'    {frame.line}\n'
            if frame.locals:
                for name, value in sorted(frame.locals.items()):
                    row += f'    {name} = {value}\n'
            result.append(row)
        if count > 3:
            result.append(_repeated(count - 3))
        return result


def _repeated(times):
    return (f'  [Previous line repeated {times} more '
            f'time{"s" if times > 1 else ""}]\n')


def extract_tb(tb, limit=None):
    entries = list(_walk_tb_objects(tb))
    limit = _effective_limit(limit)
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    stack = StackSummary()
    for t in entries:
        code = t.tb_frame.f_code
        frame = FrameSummary(code.co_filename, t.tb_lineno, code.co_name)
        frame._entry = _traceback.format_tb(t, 1)[0]
        stack.append(frame)
    return stack


def _walk_tb_objects(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end="")


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)
