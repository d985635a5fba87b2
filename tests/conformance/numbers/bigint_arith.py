# Arbitrary-precision integers: +, -, *, //, %, **, comparisons, mixed signs.
a = 2 ** 200 + 12345
b = -(3 ** 100)
print(a)
print(b)
print(a + b, a - b)
print(a * b)
print(a // 7, a % 7, b // 7, b % 7, a // b, a % b, -a // -b)
print(divmod(a, 10 ** 20), divmod(b, 10 ** 20))
print(a > b, a == 2 ** 200 + 12345, -a < b, abs(b) == 3 ** 100)
print(10 ** 50 // 10 ** 49, (10 ** 50 + 1) % 10, 7 ** 77)
print(pow(3, 200, 10 ** 9 + 7), pow(2, 1000, 1000), pow(-7, 3), pow(2, -2))
print(sum(range(10 ** 6)), 2 ** 64 - 1, -2 ** 63, (2 ** 63) * (2 ** 63))
print(int("9" * 60) + 1)
fact = 1
for i in range(1, 51):
    fact *= i
print(fact, len(str(fact)), str(fact).count("0"))
print(123456789 * 987654321, 99999999999 * 99999999999, -1 * (2 ** 100))
print(2 ** 100 // 3 ** 20, 2 ** 100 % 3 ** 20, (2 ** 100) / (2 ** 98))
print(hash(2 ** 100) == hash(2 ** 100), int(2 ** 100 / 3), round(2 ** 70 / 7))
