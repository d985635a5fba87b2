# Real-world integer code: gcd, primes sieve, modular inverse, digits, collatz.
import math
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(200)
print(len(primes), primes[:10], primes[-3:])
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(egcd(240, 46), math.gcd(240, 46), math.lcm(4, 6, 10), pow(17, -1, 3120))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 16)], max(range(1, 1000), key=collatz))
print(sum(int(d) for d in str(2 ** 1000)), math.factorial(25), math.comb(50, 25), math.perm(10, 3))
print(math.isqrt(10 ** 40 + 12345), math.isqrt(99), 10 ** 40 + 12345 - math.isqrt(10 ** 40 + 12345) ** 2)
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return out or "0"
print(to_base(2 ** 64, 36), to_base(255, 2), int(to_base(123456789, 7), 7))
fib = [0, 1]
while len(fib) < 100:
    fib.append(fib[-1] + fib[-2])
print(fib[99], fib[99] % 1000000007)
