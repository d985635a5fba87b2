# Numeric builtins on edge inputs: huge ints, negative zero, bools, rounding helpers.
print(abs(-(10 ** 30)), divmod(10 ** 30, 7), pow(10, 30, 7), round(10 ** 30 + 0.5))
print(max(-0.0, 0.0), min(0.0, -0.0), abs(-0.0), -0.0 == 0.0, str(abs(-0.0)))
print(sum([True] * 5), max(False, True), min([3, True]), divmod(True, 1))
print(int(1e18), int(-1e18), float(2 ** 62), int(float(2 ** 62)) == 2 ** 62)
print(round(123.456, -1), round(-123.456, 1), round(0.5), round(-0.5), round(1.5), round(2.675, 2))
print(bin(2 ** 40), oct(10 ** 10), hex(2 ** 64))
print(sorted([3, 1.5, True, -2, 0.0]), sum([1e100, 1, -1e100]), sum([0.1, 0.2, 0.3]))
print(pow(2, 0.5) ** 2, 10 ** -3, (-2) ** 3, (-2.0) ** 2, 2 ** 3 ** 2)
