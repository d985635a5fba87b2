# if/elif/else chains, truthiness of every builtin kind, conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in (-5, 0, 3, 10, 99):
    print(n, classify(n))

for value in (0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {"k": 1}, set(), None, True, False, range(0), range(2)):
    print(repr(value), "truthy" if value else "falsy")

x = 7
print("odd" if x % 2 else "even", "big" if x > 5 else "small" if x > 2 else "tiny")
if not x == 8 and x != 6:
    print("not 8 and not 6")
if x:
    pass
else:
    print("unreachable")
