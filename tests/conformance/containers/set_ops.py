# set and frozenset: operators, methods, membership, comprehensions (printed sorted).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection([1, 3])), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= a, {1, 2} < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}))
s = set()
s.add(3); s.add(3); s.add(1)
s.update([5, 6], (7,))
s.discard(100)
s.remove(6)
print(sorted(s), len(s), 3 in s, 4 not in s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
x = {10}
print(x.pop(), x, set() == set(), {1} == {1.0}, {1, 2} == frozenset([1, 2]))
fs = frozenset("hello")
print(sorted(fs), type(fs).__name__, len(fs), {fs: "hashable"}[frozenset("helo")])
try:
    fs.add("x")
except AttributeError as e:
    print("AttributeError:", e)
c = {1, 2, 3}
c &= {2, 3, 4}; print(sorted(c))
c |= {9}; print(sorted(c))
c -= {2}; print(sorted(c))
c ^= {3, 8}; print(sorted(c))
print(sorted({w.lower() for w in ["A", "a", "B"]}), sorted(set("mississippi")), len(set(range(100)) - set(range(0, 100, 3))))
print(set(), frozenset(), repr(set()), {1, 2, 3} if False else "skip")
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
