# Tuples: packing, immutability, methods, comparison, hashing, nested tuples.
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[0], t[-1], t[1:], t.count(2), t.index(3))
single = (5,)
empty = ()
print(single, empty, (5), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"k": 1}))
print(t + (4,), t * 2, 2 in t, (1, 2) < (1, 3), (1, 2) == (1, 2), (1, (2, 3)) < (1, (2, 4)))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
mutable_inside = ([1], 2)
mutable_inside[0].append(99)
print(mutable_inside)
a, b, c = t
print(a + b + c)
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 8, 1])
print(lo, hi, minmax("hello"))
print(hash((1, "a")) == hash((1, "a")), {(1, 2): "pair"}[(1, 2)])
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(tuple(x * x for x in range(4)), (1,) * 3, ((1, 2),) + ((3, 4),))
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError:", e)
print(max((1, 9), (2, 0)), list(zip(*[(1, "a"), (2, "b")])))
