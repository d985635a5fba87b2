# sorted/list.sort: stability across multiple passes, reverse keeps stability, key called once per item.
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
by_letter = sorted(records, key=lambda r: r[0])
by_num_then_letter = sorted(by_letter, key=lambda r: r[1])
print(by_letter, by_num_then_letter)
print(sorted(records, key=lambda r: r[1], reverse=True))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)
data = [5, 1, 4]
data.sort(key=None, reverse=True)
print(data, sorted("bca", reverse=False), sorted([], key=len), sorted((2, 1)), sorted({3: 0, 1: 0}))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted(["x", "X", "y"], key=str.upper))
try:
    [3, 1].sort(lambda a: a)
except TypeError as e:
    print("TypeError:", e)
