# Mixed int/float arithmetic, true division, floor division and modulo of floats, pow.
print(3 + 0.5, 3 * 1.0, 7 / 2, 8 / 2, 7 // 2.0, -7 // 2.0, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 2 ** -3, (-8) ** 2, 10 ** -2, 0 ** 0, 0.0 ** 0)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1, 0.3))
print(1 == 1.0, hash(1) == hash(1.0), 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 1 < 1.5 < 2, 10 ** 400 > 1e308)
print(abs(-0.0), -(-3), +5, -(0.0), 1 / 2 * 2, 3 * (1 / 3))
print(int(7 / 2), int(-7 / 2), float(7 // 2), 1e3 == 1000)
print(max(1, 2.5, 2), min(-1, -1.0), sum([0.1] * 10), sum([1, 2, 3.5]))
print(isinstance(1, float), isinstance(1.0, float), isinstance(True, int), type(1 + 1.0).__name__)
print((2 ** 100) * 1.0, 2 ** 100 / 3, 1 / 2 ** 60)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
print(0.1 * 3 - 0.3, 1e-17 + 1 == 1, (1 << 53) + 1.0)
