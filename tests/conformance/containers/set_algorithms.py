# Sets in algorithms: dedupe preserving order, common elements, missing numbers, jaccard similarity.
def dedupe(seq):
    seen = set()
    return [x for x in seq if not (x in seen or seen.add(x))]
print(dedupe([3, 1, 3, 2, 1, 5]), dedupe("mississippi"))
a = {"python", "c", "rust", "go"}
b = {"go", "python", "java"}
print(sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b), len(a | b))
nums = [4, 1, 7, 2, 9, 3]
print(sorted(set(range(1, 10)) - set(nums)))
def jaccard(x, y):
    x, y = set(x.split()), set(y.split())
    return round(len(x & y) / len(x | y), 3)
print(jaccard("the cat sat", "the cat ran"), jaccard("a b", "c d"), jaccard("same", "same"))
friends = {"ann": {"bob", "cy"}, "bob": {"ann", "dee"}, "cy": {"ann", "dee"}, "dee": {"bob", "cy"}}
print({p: sorted(set().union(*(friends[f] for f in fs)) - fs - {p}) for p, fs in friends.items()})
print(sorted(frozenset({1, 2}) | {3}), type(frozenset({1}) | {2}).__name__, type({2} | frozenset({1})).__name__)
print(len({(1, 2), (2, 1), (1, 2)}), {1, 2} <= {1, 2, 3} < {1, 2, 3, 4})
