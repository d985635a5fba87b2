# Integer and float arithmetic: operators, precedence, floor division and modulo signs.
print(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2)
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3)
print(7 / 2, -7 / 2, 1 / 3, 2 / 1)
print(0.1 + 0.2, 1e16, 1e-5, 1.5e300 * 1.5e10, 123456789.0 * 10)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(abs(-3), abs(-3.5), round(2.5), round(3.5), round(2.675, 2), round(-0.5))
print(10 ** 20, 2 ** 100, -(2 ** 64) // 3, (2 ** 64) % 1000007)
print(3 == 3.0, 1 < 2 < 3, 1 < 3 < 2, 0.1 * 3 == 0.3)
print(int("42"), int("-0x1f", 16), int("  12  "), int(3.99), int(-3.99), float("1e3"))
print(1_000_000, 0x_ff, 0o17, 0b1010, 1_0.5_0)
x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7
print(x)
print(True + True, True * 10, False - 1)
