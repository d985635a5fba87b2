# Parsing floats from strings (underscores, exponents, specials) and printing with repr/str/format.
texts = ["0", "-0", "1.", ".5", "1e5", "1E-5", "1_000.5", " 3.25 ", "+7", "-inf", "INF", "nan", "-nan", "1e309", "4.9e-324",
         "2.5e-324", "0.1", "123456789012345678901234567890", "0x1p3" if False else "1e22", "9007199254740993"]
for t in texts:
    v = float(t)
    print(repr(t), repr(v), str(v), f"{v:.17g}", v == v)
for bad in ["", "1e", "e5", "1..2", "1_", "_1", "0x10", "1,5", "infinity1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(float("1e-400"), float("-1e-400"), 1e308 + 1e308, -1e308 * 10)
print(sum([1e-16] * 10) + 1, 1 + sum([1e-16] * 10), 0.1 + 0.7, 0.1 * 7, 1.1 + 2.2 == 3.3)
print(3.0 * 1.1, 100 * 1.1, 0.57 * 100, 1.15 * 100, 2.675 * 100, 1 / 98)
