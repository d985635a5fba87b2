# int() from strings in various bases, bin/oct/hex, str() of ints, errors.
print(int("42"), int("-17"), int("+8"), int(" 9 "), int("101", 2), int("777", 8), int("ff", 16), int("Zz", 36))
print(int("0x1F", 16), int("0b11", 0), int("0o10", 0), int("10", 0), int("1_000"), int(True), int(-3.7))
print(bin(10), bin(-10), oct(64), hex(255), hex(-255), hex(0))
print(str(-0), str(10 ** 25), repr(10 ** 25), format(10 ** 25, "x"))
for bad in ["", "1.5", "abc", "0x10", "1 2", "--1", "1__0", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print(int("١٢"), float("١.٥"))
