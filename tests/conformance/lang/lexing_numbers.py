# Numeric literal forms: underscores, hex/oct/bin, floats, exponents, imaginary skipped.
print(1_000, 0xFF, 0xff, 0o777, 0b1111_0000, 0X1A, 0O17, 0B11)
print(3.14, 10., .5, 1e3, 1E-3, 1_0.0_1, 2.5e+2, 0e0)
print(1e100, 1e-100, 123e-20, 1.0e16, 9007199254740993)
print(0x7fffffffffffffff + 1, 0b1 << 70)
print(type(1e3).__name__, type(10).__name__, type(0x10).__name__)
print(000, 0_0, 1_2_3)
print(float("inf"), float("-inf"), float("nan"), -0.0)
print(int("1_000"), float("1_0.5"), int("0b101", 0), int("0o17", 0), int("0x1f", 0))
