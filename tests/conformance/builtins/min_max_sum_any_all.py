# min/max with key/default, sum with start, any/all on edge cases.
print(min(3, 1, 2), max([3, 1, 2]), min("hello"), max("abc", "abd"), min([[2], [1, 5]]))
print(max([], default="empty"), min((), default=None), max(["a", "bbb", "cc"], key=len), min({"x": 3, "y": 1}, key=lambda k: {"x": 3, "y": 1}[k]))
print(max([1, 3, 3.0, 2]), max([3.0, 3]), min(-0.0, 0.0), max(0.0, -0.0))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(10), start=-45), sum([]))
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 2 for x in [1, 3]), all(x for x in [1, 0]))
for bad in (lambda: min([]), lambda: max(), lambda: sum(["a", "b"]), lambda: max(1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(max(1, 2, key=lambda x: -x), min("b", "A", "c", key=str.lower))
