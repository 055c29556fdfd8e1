"""Checks of logging format strings, for Formatter(validate=True).

Written by hand because gilt has no `re` module: each function accepts what
the pattern CPython's logging validates with accepts.
"""


def percent_field_end(fmt, i):
    """Where the %(name)... placeholder at fmt[i] ends, or -1 if what starts
    there is not a complete one (name, flags, width, precision, type)."""
    n = len(fmt)
    j = i + 2
    start = j
    while j < n and (fmt[j].isalnum() or fmt[j] == '_'):
        j += 1
    if j == start or j >= n or fmt[j] != ')':
        return -1
    j += 1
    while j < n and fmt[j] in '#0+ -':
        j += 1
    j = _star_or_digits(fmt, j)
    if j < n and fmt[j] == '.':
        k = _star_or_digits(fmt, j + 1)
        if k > j + 1:
            j = k
    if j < n and fmt[j].lower() in 'diouxefgcrsa%':
        return j + 1
    return -1


def _star_or_digits(s, j):
    if j < len(s) and s[j] == '*':
        return j + 1
    while j < len(s) and s[j].isdigit():
        j += 1
    return j


def brace_fields(fmt):
    """The (field name, conversion, spec) of each replacement field of a
    str.format() string; ValueError with str.format's message if the braces
    do not balance."""
    fields = []
    n = len(fmt)
    i = 0
    while i < n:
        c = fmt[i]
        if c == '}':
            if i + 1 < n and fmt[i + 1] == '}':
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            i += 1
            continue
        if i + 1 < n and fmt[i + 1] == '{':
            i += 2
            continue
        # Find the matching '}', allowing nested fields in the spec.
        depth = 1
        j = i + 1
        while j < n and depth:
            if fmt[j] == '{':
                depth += 1
            elif fmt[j] == '}':
                depth -= 1
            j += 1
        if depth:
            if j >= n and fmt.find('}', i) < 0:
                raise ValueError("expected '}' before end of string")
            raise ValueError("Single '{' encountered in format string")
        body = fmt[i + 1:j - 1]
        spec = ''
        colon = body.find(':')
        if colon >= 0:
            body, spec = body[:colon], body[colon + 1:]
        conversion = None
        bang = body.find('!')
        if bang >= 0:
            body, conversion = body[:bang], body[bang + 1:]
        fields.append((body, conversion, spec))
        i = j
    return fields


def _is_word(s):
    return s != '' and all(c.isalnum() or c == '_' for c in s)


def valid_field_name(name):
    """A name, or an index, followed by .attribute and [key] parts."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    if not _is_word(name[:i]):
        return False
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            if not _is_word(name[i + 1:j]):
                return False
        else:
            j = name.find(']', i)
            if j < 0 or j == i + 1:
                return False
            j += 1
        i = j
    return True


def _skip_number_or_field(spec, i):
    """Past a width or precision: digits, or a nested {name}."""
    if i < len(spec) and spec[i] == '{':
        j = spec.find('}', i)
        if j > i + 1 and _is_word(spec[i + 1:j]):
            return j + 1
        return i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    return i


def valid_format_spec(spec):
    """[[fill]align][sign][#][0][width][,|_][.precision][type]"""
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        i = 1
    if i < n and spec[i] in '+ -':
        i += 1
    if i < n and spec[i] == '#':
        i += 1
    if i < n and spec[i] == '0':
        i += 1
    i = _skip_number_or_field(spec, i)
    if i < n and spec[i] in ',_':
        i += 1
    if i < n and spec[i] == '.':
        j = _skip_number_or_field(spec, i + 1)
        if j == i + 1:
            return False
        i = j
    if i < n and spec[i].lower() in 'bcdefgnosx%':
        i += 1
    return i == n
