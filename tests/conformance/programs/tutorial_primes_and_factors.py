# Prime tests, prime factorisation, perfect numbers and digit sums.
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
def factors(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
print([n for n in range(50) if is_prime(n)])
for n in (12, 97, 360, 1001, 2 ** 10, 999999):
    print(n, factors(n), "*".join(map(str, factors(n))))
perfect = [n for n in range(2, 1000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print(perfect)
print([n for n in range(1, 200) if sum(int(d) ** len(str(n)) for d in str(n)) == n])
print(sum(map(int, str(2 ** 100))), is_prime(2 ** 31 - 1))
