# json.dumps: types, indent, sort_keys, separators, ensure_ascii, non-finite floats, errors.
import json
data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "active": True, "spouse": None, "ratio": 0.5, "nested": {"k": [1, {"z": 2}]}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, 2, 3], separators=(",", ":")), json.dumps({"a": 1}, separators=(", ", " = ")))
print(json.dumps("é中\n\"q\""), json.dumps("é中", ensure_ascii=False), json.dumps("😀"))
print(json.dumps((1, 2)), json.dumps(1e100), json.dumps(0.1 + 0.2), json.dumps(10 ** 30), json.dumps(float("inf")), json.dumps(-0.0))
print(json.dumps({1: "int key", True: "bool key", None: "none key", 2.5: "float key"}))
print(json.dumps([]), json.dumps({}), json.dumps(""), json.dumps(None), json.dumps(False))
print(json.dumps({"b": 1, "a": [3, 2]}, indent=4))
print(json.dumps([[1, [2]], {}], indent=1))
for bad in ({1, 2}, object, {(1, 2): "tuple key"}):
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"when": 5}, default=str), json.dumps({"s": {1, 2}}, default=sorted))
