# functools: partial, reduce, wraps, lru_cache (with cache_info), cache, total_ordering, cmp_to_key.
import functools
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
two_to = functools.partial(power, 2)
print(square(7), two_to(10), square.func is power, square.keywords, two_to.args)
print(functools.reduce(lambda acc, x: acc + [acc[-1] + x], [1, 2, 3], [0]))
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x):
    print("  computing", x)
    return x * x
for x in (1, 2, 1, 3, 1, 2):
    sq(x)
print(sq.cache_info())
@functools.cache
def slow_add(a, b):
    print("  adding", a, b)
    return a + b
print(slow_add(1, 2), slow_add(1, 2), slow_add(b=2, a=1))
def logged(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@logged
def documented(x):
    """Returns x."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
print(sorted(["b", "C", "a"], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
