# sorted() stability, keys, reverse, tuples, mixed-type errors.
people = [("ada", 36), ("alan", 41), ("grace", 36), ("linus", 28), ("bob", 41)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted("Hello World"), sorted([3.5, -1, 2, 0.0, True]))
print(sorted({"b": 2, "a": 1, "c": 0}), sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1]))
print(sorted([[3, 1], [1, 2], [1, 1], [2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted(range(10), key=lambda n: (n % 3, -n)))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
data = [5, 2, 9, 1]
s = sorted(data)
print(data, s, s is data)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{1}, {2}, [3]])
except TypeError as e:
    print("TypeError:", e)
import functools
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
