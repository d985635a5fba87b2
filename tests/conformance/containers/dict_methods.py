# dict methods: get/setdefault/pop/popitem/update/keys/values/items/fromkeys/copy/clear, | and |=.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["a"], d.get("z"), d.get("z", 0), len(d), "a" in d, 1 in d)
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("d"), d.pop("zz", "default"), d)
d.update({"e": 5}, f=6)
d.update([("g", 7)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.popitem(), d)
print(dict.fromkeys("xyz", 0), dict.fromkeys([1, 2]))
c = d.copy(); c["a"] = -1
print(d["a"], c["a"])
print({"x": 1} | {"y": 2}, {"x": 1, "y": 1} | {"y": 2})
d |= {"z": 26}
print(d)
print(dict(a=1, b=2), dict([("k", "v")]), dict(zip("ab", (1, 2))), dict({"a": 1}, b=2))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
c.clear()
print(c, bool(c), {1: "a"} == {1: "a"}, {1: 1, 2: 2} == {2: 2, 1: 1})
print(list(reversed({"p": 1, "q": 2})), sorted({"b": 1, "a": 2}))
