# collections.Counter: counting, most_common, arithmetic, update/subtract, elements.
from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.most_common()[-1])
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3), sum(wc.values()), len(wc), wc.total())
wc.update(["cat", "cat"]); wc.subtract({"the": 2})
print(wc)
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(a + b, a - b, a & b, a | b)
print(sorted(Counter({"x": 2, "y": 1}).elements()), list(Counter(z=0, w=-1).elements()))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), dict(Counter("aab")))
inv = Counter(apples=3, pears=0)
del inv["apples"]
print(inv, +Counter(a=1, b=-1, c=0), -Counter(a=-2))
