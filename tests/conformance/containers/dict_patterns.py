# dict idioms: counting, grouping, inverting, merging with precedence, defaults, nested get chains.
text = "one two three two three three"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
groups = {}
for w in ["ant", "bee", "ape", "bat", "cow"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
defaults = {"color": "red", "size": "M", "qty": 1}
user = {"size": "L", "qty": 3}
print({**defaults, **user}, defaults | user, user | defaults)
config = {"db": {"host": "localhost", "ports": [5432, 5433]}}
print(config.get("db", {}).get("ports", [None])[0], config.get("cache", {}).get("ttl", 60))
print(dict(sorted({"b": 2, "a": 1, "c": 3}.items(), key=lambda kv: -kv[1])))
print({k: v for k, v in zip(range(5), "abcde") if k % 2 == 0})
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(matrix[(2, 2)], len(matrix), max(matrix, key=matrix.get), sum(matrix.values()))
pairs = [("x", 1), ("y", 2), ("x", 3)]
print(dict(pairs), {k: [v for kk, v in pairs if kk == k] for k, _ in pairs})
