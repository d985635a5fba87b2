# collections.defaultdict: list/int/set factories, nested, missing-key behaviour, repr.
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], "x" in t, list(t))
s = defaultdict(set)
s["k"].add(1); s["k"].add(1); s["j"].add(2)
print({k: sorted(v) for k, v in s.items()})
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
d = defaultdict(lambda: "n/a", {"a": "x"})
print(d["a"], d["b"], d.get("c"), sorted(d))
print(isinstance(d, dict), defaultdict(int, a=1))
