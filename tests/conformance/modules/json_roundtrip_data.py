# JSON round trips of realistic data, pretty printing with unicode, ordering of keys, nested lists.
import json
doc = {
    "user": {"id": 7, "name": "Zoë", "tags": ["admin", "β-tester"], "active": True},
    "scores": [9.5, 7.25, 10, -0.5],
    "meta": {"created": "2024-01-01T00:00:00Z", "ratio": 1 / 3, "none": None},
}
text = json.dumps(doc)
print(text)
print(json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2))
back = json.loads(text)
print(back == doc, back["user"]["name"], back["meta"]["ratio"], type(back["scores"][2]).__name__)
lines = [json.dumps({"n": i, "sq": i * i}) for i in range(3)]
print("\n".join(lines))
print([json.loads(l)["sq"] for l in lines])
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True), json.dumps([1, [2, [3, []]]]))
print(json.dumps("tab\tquote\"backslash\\newline\n\x01"), json.loads('"\\t\\u0041\\/"'))
