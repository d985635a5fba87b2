# Generator expressions are lazy; the first iterable is evaluated eagerly.
log = []
def src(n):
    log.append(f"src({n})")
    for i in range(n):
        log.append(f"yield {i}")
        yield i
g = (x * 2 for x in src(3))
print(log)
print(next(g), log)
print(list(g), log[-1])
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError eager:", e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError lazily:", e)
print(sum(x * x for x in range(10)), any(x > 5 for x in range(10)), all(x < 5 for x in range(3)))
print(sorted((c for c in "hello"), reverse=True), dict((i, i * i) for i in range(3)))
print("".join(str(i) for i in range(5)), tuple(x for x in "ab"))
