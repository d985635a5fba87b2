# Numeric equality across int/float/bool and hash consistency; dict keys merging equal numbers.
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 20), hash(-1), hash(-2))
print(hash(0.5), hash(1.5), hash(-2.5), hash(1e100), hash(float("inf")), hash(float("-inf")))
print(hash(2 ** 100) == hash(float(2 ** 100)), 2 ** 100 == float(2 ** 100), 2 ** 100 + 1 == float(2 ** 100))
d = {}
for k in (1, 1.0, True, 2, 2.0, 0, False, 0.0, -0.0):
    d[k] = d.get(k, 0) + 1
print(d)
s = {1, 1.0, True, 2.5, 5 / 2}
print(sorted(s), len(s))
print(10 ** 16 == 1e16, 10 ** 16 + 1 == 1e16, 10 ** 16 + 1 > 1e16, 2 ** 53 + 1 > 2.0 ** 53, float(2 ** 53 + 1) == 2 ** 53)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, round(0.1 + 0.2, 2) == 0.3, (0.1).as_integer_ratio())
