"""Implementation of JSONDecoder: a recursive-descent parser with the error
messages of CPython's C scanner."""

__all__ = ["JSONDecoder", "JSONDecodeError"]


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    "-Infinity": float("-inf"),
    "Infinity": float("inf"),
    "NaN": float("nan"),
}

_WHITESPACE = " \t\n\r"
_DIGITS = "0123456789"
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX = "0123456789abcdefABCDEF"


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


class _NoValue(Exception):
    "No JSON value starts at this index."


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document)."""
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended."""
        try:
            return self._value(s, idx)
        except _NoValue:
            raise JSONDecodeError("Expecting value", s, idx) from None

    def _value(self, s, i):
        if i >= len(s):
            raise _NoValue
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == "{":
            return self._object(s, i + 1)
        if c == "[":
            return self._array(s, i + 1)
        if c == "n" and s.startswith("null", i):
            return None, i + 4
        if c == "t" and s.startswith("true", i):
            return True, i + 4
        if c == "f" and s.startswith("false", i):
            return False, i + 5
        if c == "N" and s.startswith("NaN", i):
            return self.parse_constant("NaN"), i + 3
        if c == "I" and s.startswith("Infinity", i):
            return self.parse_constant("Infinity"), i + 8
        if c == "-" and s.startswith("-Infinity", i):
            return self.parse_constant("-Infinity"), i + 9
        return self._number(s, i)

    def _number(self, s, i):
        n = len(s)
        start = i
        if i < n and s[i] == "-":
            i += 1
        if i < n and s[i] == "0":
            i += 1
        elif i < n and s[i] in "123456789":
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise _NoValue
        is_float = False
        if i + 1 < n and s[i] == "." and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in "eE":
            j = i + 1
            if j < n and s[j] in "+-":
                j += 1
            if j < n and s[j] in _DIGITS:
                is_float = True
                i = j + 1
                while i < n and s[i] in _DIGITS:
                    i += 1
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def _string(self, s, end):
        """The string whose opening quote is at end - 1, and the index after it."""
        begin = end - 1
        chunks = []
        n = len(s)
        while True:
            i = end
            while i < n and s[i] != '"' and s[i] != "\\" and (s[i] >= " " or not self.strict):
                i += 1
            if i >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            if i > end:
                chunks.append(s[end:i])
            c = s[i]
            if c == '"':
                return "".join(chunks), i + 1
            if c != "\\":
                raise JSONDecodeError("Invalid control character at", s, i)
            if i + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[i + 1]
            if esc != "u":
                if esc not in _ESCAPES:
                    raise JSONDecodeError("Invalid \\escape", s, i)
                chunks.append(_ESCAPES[esc])
                end = i + 2
                continue
            uni = self._hex4(s, i + 1)
            end = i + 6
            if 0xD800 <= uni <= 0xDBFF and s.startswith("\\u", end):
                uni2 = self._hex4(s, end + 1)
                if 0xDC00 <= uni2 <= 0xDFFF:
                    uni = 0x10000 + (((uni - 0xD800) << 10) | (uni2 - 0xDC00))
                    end += 6
            chunks.append(chr(uni))

    def _hex4(self, s, u):
        digits = s[u + 1:u + 5]
        if len(digits) != 4 or not all([c in _HEX for c in digits]):
            raise JSONDecodeError("Invalid \\uXXXX escape", s, u)
        return int(digits, 16)

    def _object(self, s, i):
        pairs = []
        i = _skip(s, i)
        if i < len(s) and s[i] == "}":
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            i = _skip(s, i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip(s, i + 1)
            try:
                value, i = self._value(s, i)
            except _NoValue:
                raise JSONDecodeError("Expecting value", s, i) from None
            pairs.append((key, value))
            i = _skip(s, i)
            if i < len(s) and s[i] == "}":
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result

    def _array(self, s, i):
        values = []
        i = _skip(s, i)
        if i < len(s) and s[i] == "]":
            return values, i + 1
        while True:
            try:
                value, i = self._value(s, i)
            except _NoValue:
                raise JSONDecodeError("Expecting value", s, i) from None
            values.append(value)
            i = _skip(s, i)
            if i < len(s) and s[i] == "]":
                return values, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)
