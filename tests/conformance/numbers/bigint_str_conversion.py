# Big integers to and from strings in several bases, str() of huge values, int() of long digit strings.
n = 3 ** 300
s = str(n)
print(len(s), s[:20], s[-20:], int(s) == n)
print(hex(n)[:30], oct(n)[-10:], bin(n).count("1"), int(hex(n), 16) == n, int(bin(n), 2) == n)
print(format(n, ",")[:27], format(-n, "_x")[:20], f"{n:e}", f"{n:.3g}")
print(int("-" + "7" * 100) % 1000, int("1" * 100, 2), int("z" * 30, 36) % 10 ** 9)
print(str(-(10 ** 50)), repr(10 ** 50 - 1), len(str(2 ** 3000)))
print(int(" 00012 "), int("0x" + "f" * 40, 16) == 16 ** 40 - 1, int("-0b" + "1" * 70, 0))
digits = sum(int(c) for c in str(2 ** 2000))
print(digits, float(10 ** 300), float(-(2 ** 1023)))
