# Generator functions: lazy evaluation, state between yields, exhaustion, return value.
def count_up(n):
    print("  start")
    for i in range(n):
        print(f"  yielding {i}")
        yield i
    print("  end")
    return "done"

g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def with_return():
    yield 1
    return 99
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value)
def infinite():
    n = 0
    while True:
        yield n
        n += 1
gen = infinite()
print([next(gen) for _ in range(5)])
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(list(evens(range(10))), sum(evens(range(101))))
def empty():
    return
    yield
print(list(empty()))
