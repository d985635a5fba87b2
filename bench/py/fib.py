# Recursive calls: fib(27), twelve times.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
for _ in range(12):
    print(fib(27))
