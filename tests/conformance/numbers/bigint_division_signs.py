# Floor division and modulo of big and small ints with every sign combination, divmod identity.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (10 ** 25 + 3, 7), (-(10 ** 25) - 3, 7), (10 ** 25, -(10 ** 12) - 1),
         (-(2 ** 100), -(2 ** 50) - 3), (1, 10 ** 30), (-1, 10 ** 30), (0, -5), (2 ** 64, 2 ** 32), (3 ** 80, 3 ** 40 + 1)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(q, r, a // b == q, a % b == r, q * b + r == a, (r == 0) or ((r > 0) == (b > 0)))
print(-(10 ** 30) // 10 ** 15, -(10 ** 30) % (10 ** 15 + 1), (10 ** 30 + 1) // -(10 ** 15))
try:
    (10 ** 30) // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (10 ** 30) % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((10 ** 30) / 10 ** 10, (10 ** 30 + 1) / 3, 1 / (10 ** 30), -(10 ** 400) // 10 ** 399)
