# Nested function definitions, functions returning functions, recursion through closures, function attributes.
def make_counter(start=0):
    def counter():
        counter.calls += 1
        return start + counter.calls
    counter.calls = 0
    return counter
c = make_counter(10)
print(c(), c(), c.calls)
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), len(fib.cache))
def outer(n):
    def even(k):
        return True if k == 0 else odd(k - 1)
    def odd(k):
        return False if k == 0 else even(k - 1)
    return even(n), odd(n)
print(outer(10), outer(7))
def pipeline(*steps):
    def run(x):
        for s in steps:
            x = s(x)
        return x
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "-"))
print(clean("  Hello Big World "))
def curry(f):
    def a(x):
        def b(y):
            def c(z):
                return f(x, y, z)
            return c
        return b
    return a
print(curry(lambda x, y, z: x * 100 + y * 10 + z)(1)(2)(3))
