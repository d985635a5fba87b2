# len, range, enumerate (with start), zip (uneven, strict), reversed.
print(len("abc"), len([1, 2]), len({}), len(range(10)), len({1, 2}), len(b"xy"), len((1,)))
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([])))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip("a")), list(zip(range(3), range(3), range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
names, scores = ["a", "b"], [90, 80]
for i, (n, s) in enumerate(zip(names, scores), 1):
    print(i, n, s)
print(dict(zip(names, scores)), list(zip(*zip(names, scores))))
