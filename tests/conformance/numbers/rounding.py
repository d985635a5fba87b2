# round() with banker's rounding, negative ndigits, floats and ints; math floor/ceil/trunc.
import math
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 123.456, -123.456, 1e20):
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), math.floor(v), math.ceil(v), math.trunc(v))
for n in (5, 15, 25, 1234, -1250, 1350):
    print(n, round(n), round(n, -1), round(n, -2), round(n, 2))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, -1)))
print(round(0.1 + 0.2, 10), round(1 / 3, 5), round(2 ** 0.5, 12))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
