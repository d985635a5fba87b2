# List, set, dict comprehensions and generator expressions, nested and filtered.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
print(sorted({x % 4 for x in range(20)}))
print({w: len(w) for w in ["apple", "fig", "banana"]})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sum(x for x in range(101)))
print(list(c.upper() for c in "abc"))
gen = (n * 2 for n in range(3))
print(next(gen), list(gen), list(gen))
x = "outer"
print([x for x in "ab"], x)
print([y if y > 2 else -y for y in range(5)])
flat = [item for sub in [[1, 2], [3], []] for item in sub]
print(flat)
print(max(len(w) for w in ["a", "abcd", "ab"]))
print([(i, c) for i, c in enumerate("xyz") if i != 1])
def scope():
    base = 10
    return [base + i for i in range(3)]
print(scope())
print(dict((k, v) for k, v in zip("abc", range(3))))
print([[0] * 2 for _ in range(2)])
