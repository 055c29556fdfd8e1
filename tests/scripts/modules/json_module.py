# json: dumps options, loads, and the decoder's error messages.
import json
from collections import OrderedDict

data = {"name": "gilt", "tags": ["fast", "small"], "version": [0, 1], "ok": True,
        "none": None, "ratio": 0.5, "nested": {"a": {"b": []}, "e": {}}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, 2, (3, 4)], indent=0))
print(json.dumps("héllo \u2603 \U0001F600 \"q\" \\ \n\t\x01\x7f"))
print(json.dumps("héllo \u2603 \U0001F600", ensure_ascii=False))
print(json.dumps({1: "int", 2.5: "float", True: "t", None: "n"}))
print(json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]), json.dumps(1e100), json.dumps(-0.0))
print(json.dumps(10 ** 30), json.dumps(3.0), json.dumps(""), json.dumps([]), json.dumps({}))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps(Point(1, 2), default=lambda o: o.__dict__))
print(json.dumps({"z": 1, "a": 2, "m": [3]}, sort_keys=True, indent=4))
print(json.dumps({(1, 2): "skip", "keep": 1}, skipkeys=True))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps({"p": Point(3, 4)}, cls=PointEncoder))


def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(lambda: json.dumps(Point(1, 2)))
check(lambda: json.dumps({(1, 2): 3}))
check(lambda: json.dumps(float("nan"), allow_nan=False))
loop = []
loop.append(loop)
check(lambda: json.dumps(loop))
cyc = {}
cyc["self"] = cyc
check(lambda: json.dumps(cyc))
loop.clear()  # no cycle collector yet: break the cycles
cyc.clear()

text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9\\ud83d\\ude00"}, "e": ""}'
print(json.loads(text))
print(json.loads("  [ ]  "), json.loads("{}"), json.loads('"\\"\\\\\\/\\b\\f\\r\\t"'), json.loads("-0"), json.loads("12345678901234567890"))
print(json.loads("[NaN, Infinity, -Infinity]"), json.loads(b'{"bytes": 1}'))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d)), json.loads("[1.5]", parse_float=str), json.loads("7", parse_int=float))
print(json.loads('{"a": 1, "a": 2}'), json.loads('"tab\there"', strict=False))
print(json.loads(json.dumps(data)) == data)

for bad in ['', '  ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '[1,]', '[1 2]',
            '{"a" 1}', '{1:2}', '"abc', '"a\nb"', '"\\x"', '"\\u12"', '1 2', 'nul', '[', 'tru',
            '-', '01', '1.', '[1,\n  x]', '\ufeff1', '{"a": [1, {"b": }]}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
check(lambda: json.loads(5))
print(issubclass(json.JSONDecodeError, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)
