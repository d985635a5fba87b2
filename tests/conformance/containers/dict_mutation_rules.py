# Mutating dicts: deleting during iteration fails, keys()/items() snapshots via list, pop/setdefault return values, equality ignores order.
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        if k == "a":
            del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
d = dict.fromkeys(range(5), 0)
for k, v in list(d.items()):
    d[k * 10] = v + 1
print(d)
d2 = {}
print(d2.setdefault("x", []), d2.setdefault("x", [1]), d2, d2.pop("x"), d2.pop("x", "gone"))
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({1: "a", 2: "b"}) == list({2: "b", 1: "a"}))
d3 = {"k": 1}
d3["k"] = 2
d3.update(k=3, j=4)
print(d3, len(d3), d3.keys() == {"j", "k"}, d3.items() >= {("k", 3)})
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()))
