# The Unicode error family: attributes, messages and argument checks.
try:
    'a\xe9c'.encode('ascii')
except UnicodeEncodeError as e:
    print(e, e.args)
    print(e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeEncodeError('ascii', 'a\xe9c', 1, 2, 'bad'); print(e)
try:
    b'a\xffc'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeTranslateError('abc', 1, 2, 'bad'); print(str(e), e.object, e.start, e.end, e.reason, e.args, e.encoding)
e = UnicodeTranslateError('a\xe9c', 1, 2, 'bad'); print(str(e))
e = UnicodeTranslateError('abc', 1, 3, 'bad'); print(str(e))
e = UnicodeEncodeError('ascii', 'a\U0001f600c', 1, 2, 'bad'); print(str(e), repr(e))
for args in [(1,), ('abc', 1), ()]:
    try: UnicodeTranslateError(*args)
    except Exception as x: print(type(x).__name__, x)
try: UnicodeEncodeError('a')
except Exception as x: print(type(x).__name__, x)
try: b'\xff'.decode()
except UnicodeDecodeError as x: print(x, x.args, x.object, x.start, x.end)
try: '\ud800'.encode()
except UnicodeEncodeError as x: print(x, x.start, x.end)
try: 'a\xe9\xe9b'.encode('latin-1'); 'a\u20ac\u20acb'.encode('latin-1')
except UnicodeEncodeError as x: print(x, x.start, x.end, x.object)
print(issubclass(UnicodeTranslateError, UnicodeError))
