# map (several iterables), filter (None and function), functools.reduce, lazy iterators.
from functools import reduce
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isupper, "aBcD")))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
words = ["apple", "Bob", "cat"]
print(list(map(len, words)), list(map(str.upper, filter(lambda w: len(w) > 3, words))))
