# json.loads: all value kinds, unicode escapes, big numbers, errors with positions, round trips.
import json
text = '{"name": "Ada", "tags": ["x", "y"], "n": 42, "f": -1.5e3, "t": true, "f2": false, "z": null, "u": "\\u00e9\\ud83d\\ude00"}'
obj = json.loads(text)
print(obj)
print(type(obj["n"]).__name__, type(obj["f"]).__name__, obj["u"], len(obj["u"]))
print(json.loads("[1, 2.0, 1e2, 12345678901234567890]"), json.loads('"plain"'), json.loads("  7  "), json.loads("null"))
print(json.loads('{"a": {"b": {"c": []}}}')["a"]["b"], json.loads('{"dup": 1, "dup": 2}'))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
for bad in ['{"a": 1,}', "[1, 2", "{'single': 1}", "", "tru", '{"a" 1}', "[1] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.lineno, e.colno, e.pos)
round_trip = {"list": [1, "two", None, True], "nested": {"x": 1.25}}
print(json.loads(json.dumps(round_trip)) == round_trip)
print(json.loads('[1, 2]', parse_int=str) if False else json.loads('{"k": [1.5]}', parse_float=lambda s: "F" + s))
print(issubclass(json.JSONDecodeError, ValueError))
