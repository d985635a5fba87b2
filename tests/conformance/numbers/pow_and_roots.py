# pow with big exponents, negative bases, float powers, modular pow; integer square roots.
print(2 ** 1000 % 10 ** 20, (-3) ** 33, (-2) ** 64, 10 ** -5, (-8) ** (1 / 3) if False else 8 ** (1 / 3))
print(pow(123456789, 987654, 10 ** 9 + 7), pow(-5, 3, 7), pow(5, -2, 13), pow(2, 10 ** 6, 997))
print(0 ** 0, 0.0 ** 0, 1 ** 10 ** 6, (-1) ** (10 ** 6 + 1), 2.0 ** -1074, 2.0 ** -1075)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
import math
for n in (0, 1, 15, 16, 17, 10 ** 20, 10 ** 20 + 1, 2 ** 200):
    r = math.isqrt(n)
    print(n if n < 10 ** 10 else f"big{len(str(n))}", r if r < 10 ** 10 else len(str(r)), r * r <= n < (r + 1) ** 2)
print(math.sqrt(2) ** 2, 2 ** 0.5 == math.sqrt(2), 10 ** 0.5, 1e-300 ** 0.5)
