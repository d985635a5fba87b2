# What print shows for numbers and containers of mixed types (str vs repr inside containers).
print(1, 1.0, 1e16, 1.5e-7, -0.0, 10 ** 20, 2 ** 0.5, 1 / 3, 100.0 / 3)
print([1.0, "1", None, True], (1.0,), {"a": 1.5, 2: "b"}, {3.0}, [[], [()], [{}]])
print(["quote's", 'dq"', "both'\""], {"é": "中"}, ["\n", "\t"], [b"x", bytearray(b"y")])
print(str([1, 2]), repr([1, 2]), str("x"), repr("x"), str(("a",)), str({"k": ("v",)}))
print(range(3), slice(1, 5, 2), type(3), [int, str], None, ..., NotImplemented)
print(float("1e16"), 1e15, 123456789.123456789, 0.000123, 1.0e-4, 12345678901234567.0, 9.999999999999999e22)
