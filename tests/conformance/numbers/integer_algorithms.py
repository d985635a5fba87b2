# Integer algorithms: fast exponentiation, binary digits, gray code, bit tricks, base conversion, digit reversal.
def fast_pow(b, e, m=None):
    result = 1
    while e:
        if e & 1:
            result = result * b if m is None else result * b % m
        b = b * b if m is None else b * b % m
        e >>= 1
    return result
print(fast_pow(3, 40), fast_pow(3, 40) == 3 ** 40, fast_pow(7, 10 ** 6, 1000000007) == pow(7, 10 ** 6, 1000000007))
print([bin(i ^ (i >> 1))[2:].zfill(3) for i in range(8)])
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in (0, 1, 7, 255, 2 ** 100 - 1)], (12).bit_count())
print([n for n in range(1, 70) if n & (n - 1) == 0], -12 & 0xFF, ~0 & 0xF, 1 << 100 >> 99)
def reverse_digits(n):
    sign = -1 if n < 0 else 1
    n, r = abs(n), 0
    while n:
        n, d = divmod(n, 10)
        r = r * 10 + d
    return sign * r
print(reverse_digits(12345), reverse_digits(-120), reverse_digits(10 ** 20 + 7))
def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print([isqrt_newton(n) for n in (0, 1, 24, 25, 10 ** 30)])
