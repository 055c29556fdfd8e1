"""A collection of string constants, capwords(), Template and Formatter.

gilt's bundled version, after CPython 3.11's. Template parses its
placeholders by hand (gilt has no `re` module yet); the syntax is the same:
$$ is an escape, $identifier and ${identifier} are substitutions.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each word using
    capitalize, and join the capitalized words using join.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_id_start = frozenset('_' + ascii_letters)
_id_char = frozenset('_' + ascii_letters + digits)


def _identifier_at(s, i):
    "The end of the ASCII identifier starting at s[i], or i if there is none."
    if i >= len(s) or s[i] not in _id_start:
        return i
    j = i + 1
    while j < len(s) and s[j] in _id_char:
        j += 1
    return j


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _parse(self):
        """The template as a list of (kind, text, name) parts: kind is 'text',
        'escaped', 'named', 'braced' or 'invalid'; text is the source text."""
        s = self.template
        delim = self.delimiter
        parts = []
        start = 0
        i = s.find(delim)
        while i >= 0:
            if i > start:
                parts.append(('text', s[start:i], None, i))
            after = i + len(delim)
            if s.startswith(delim, after):
                parts.append(('escaped', delim, None, i))
                start = after + len(delim)
            else:
                end = _identifier_at(s, after)
                if end > after:
                    parts.append(('named', s[i:end], s[after:end], i))
                    start = end
                elif after < len(s) and s[after] == '{':
                    end = _identifier_at(s, after + 1)
                    if end > after + 1 and end < len(s) and s[end] == '}':
                        parts.append(('braced', s[i:end + 1], s[after + 1:end], i))
                        start = end + 1
                    else:
                        parts.append(('invalid', delim, None, i))
                        start = after
                else:
                    parts.append(('invalid', delim, None, i))
                    start = after
            i = s.find(delim, start)
        if start < len(s):
            parts.append(('text', s[start:], None, start))
        return parts

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping={}, /, **kws):
        if not mapping:
            mapping = kws
        elif kws:
            mapping = _ChainMapping(kws, mapping)
        out = []
        for kind, text, name, index in self._parse():
            if kind == 'named' or kind == 'braced':
                out.append('%s' % (mapping[name],))
            elif kind == 'invalid':
                self._invalid(index + len(self.delimiter))
            else:
                out.append(text)
        return ''.join(out)

    def safe_substitute(self, mapping={}, /, **kws):
        if not mapping:
            mapping = kws
        elif kws:
            mapping = _ChainMapping(kws, mapping)
        out = []
        for kind, text, name, index in self._parse():
            if kind == 'named' or kind == 'braced':
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    out.append(text)
            else:
                out.append(text)
        return ''.join(out)

    def is_valid(self):
        for part in self._parse():
            if part[0] == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, text, name, index in self._parse():
            if kind == 'named' or kind == 'braced':
                if name not in ids:
                    ids.append(name)
            elif kind == 'invalid':
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


class _ChainMapping:
    "Lookups in the keyword arguments first, then in the mapping."

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """str.format() as a class whose steps can be overridden (format() and
    vformat() here; the parsing hooks of CPython's Formatter are not provided)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))
