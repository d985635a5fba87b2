# assert statements with complex messages; __debug__ is True; AssertionError args.
print(__debug__)
def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, f"not sorted: {a} > {b} in {xs}"
    return True
print(check_sorted([1, 2, 3]))
try:
    check_sorted([1, 3, 2])
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
flag = (1, "a non-empty tuple is truthy")
assert flag
print("tuple value assert passed")
x = 5
try:
    assert isinstance(x, str), ("wrong type", type(x).__name__)
except AssertionError as e:
    print(e.args[0])
