# Insertion order, re-insertion, deletion, views reflect changes, view set operations.
d = {}
for k in ["z", "a", "m"]:
    d[k] = len(d)
print(d)
d["a"] = 99
print(d)
del d["z"]
d["z"] = 0
print(d, list(d))
keys = d.keys()
values = d.values()
items = d.items()
d["new"] = 1
print(keys, values, items)
print(len(keys), "new" in keys, 1 in values, ("a", 99) in items)
print(sorted(keys & {"a", "x"}), sorted(keys | {"q"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "w"}))
try:
    for k in d:
        d["another"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
counts = {}
for word in "the cat the dog the end cat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: -kv[1])[0])
inverse = {}
for k, v in counts.items():
    inverse.setdefault(v, []).append(k)
print(inverse)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("c"))
print({i: i * i for i in range(5) if i % 2})
