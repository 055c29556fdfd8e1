"""Implementation of JSONEncoder."""

__all__ = ["JSONEncoder"]

_ESCAPE_DCT = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
}
for _i in range(0x20):
    _ESCAPE_DCT.setdefault(chr(_i), "\\u{0:04x}".format(_i))
del _i

INFINITY = float("inf")


def py_encode_basestring(s):
    """Return a JSON representation of a Python string"""
    return '"' + "".join([_ESCAPE_DCT.get(c, c) for c in s]) + '"'


def _ascii_char(c):
    escaped = _ESCAPE_DCT.get(c)
    if escaped is not None:
        return escaped
    n = ord(c)
    if n < 0x7F:
        return c
    if n < 0x10000:
        return "\\u{0:04x}".format(n)
    n -= 0x10000
    s1 = 0xD800 | ((n >> 10) & 0x3FF)
    s2 = 0xDC00 | (n & 0x3FF)
    return "\\u{0:04x}\\u{1:04x}".format(s1, s2)


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    return '"' + "".join([_ascii_char(c) for c in s]) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns a
        serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``)."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = []
        self._encode(o, chunks, {} if self.check_circular else None, 0)
        return "".join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object; the chunks as a list (gilt has no generators yet)."""
        chunks = []
        self._encode(o, chunks, {} if self.check_circular else None, 0)
        return chunks

    def _floatstr(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def _str(self, s):
        return encode_basestring_ascii(s) if self.ensure_ascii else encode_basestring(s)

    def _newline(self, level):
        indent = self.indent
        if not isinstance(indent, str):
            indent = " " * indent
        return "\n" + indent * level

    def _encode(self, o, out, markers, level):
        if isinstance(o, str):
            out.append(self._str(o))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._floatstr(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, markers, level)
        elif isinstance(o, dict):
            self._encode_dict(o, out, markers, level)
        else:
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError("Circular reference detected")
                markers[marker] = o
            self._encode(self.default(o), out, markers, level)
            if markers is not None:
                del markers[marker]

    def _enter(self, o, markers):
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = o

    def _leave(self, o, markers):
        if markers is not None:
            del markers[id(o)]

    def _encode_list(self, lst, out, markers, level):
        if not lst:
            out.append("[]")
            return
        self._enter(lst, markers)
        out.append("[")
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            newline = self._newline(level)
            separator += newline
            out.append(newline)
        first = True
        for value in lst:
            if not first:
                out.append(separator)
            first = False
            self._encode(value, out, markers, level)
        if self.indent is not None:
            level -= 1
            out.append(self._newline(level))
        out.append("]")
        self._leave(lst, markers)

    def _key(self, key):
        if isinstance(key, str):
            return key
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, float):
            return self._floatstr(key)
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")

    def _encode_dict(self, dct, out, markers, level):
        if not dct:
            out.append("{}")
            return
        self._enter(dct, markers)
        out.append("{")
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            newline = self._newline(level)
            separator += newline
            out.append(newline)
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                out.append(separator)
            first = False
            out.append(self._str(key))
            out.append(self.key_separator)
            self._encode(value, out, markers, level)
        if self.indent is not None:
            level -= 1
            out.append(self._newline(level))
        out.append("}")
        self._leave(dct, markers)
