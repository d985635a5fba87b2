# Shortest round-trip float repr and str, special values, arithmetic corner cases.
vals = [0.1 + 0.2, 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308,
        2.0 ** 53, 2.0 ** 53 + 1, 0.1 * 3, 1.1 * 1.1, 100.0, 1e22, 1e23, 9.999999999999999e22, 3.0e-10, 0.5,
        -1.5, 1.0 / 7, 4.35, 0.3, 2.675, 1234.5678, 1e300 * 1e10, -1e300 * 1e10, 22 / 7]
for v in vals:
    print(repr(v), str(v), v.hex() if v == v and abs(v) != float("inf") else "")
print(float("0.1"), float("1e-7"), float(" -2.5 "), float("1_000.5"), float("inf"), float("-Infinity"), float("nAn"))
print(float(10 ** 20), float(2 ** 63), float(-(2 ** 64)), float(True))
print(1.0.is_integer(), 1.5.is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(float.fromhex("0x1.8p1"), (3.5).hex())
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, [nan] == [nan], 0.0 == -0.0, str(-0.0))
print(1e308 * 10, -1e308 * 10, 1e-320, 1e-320 / 1e10)
print(int(1e20), int(-2.9), int(2.9), round(1e20), int(1.5e16))
