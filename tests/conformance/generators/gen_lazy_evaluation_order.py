# Interleaving of nested generators shows lazy, demand-driven evaluation order.
def numbers(n):
    for i in range(n):
        print(f"  produce {i}")
        yield i
def squares(src):
    for x in src:
        print(f"  square {x}")
        yield x * x
def evens(src):
    for x in src:
        if x % 2 == 0:
            print(f"  keep {x}")
            yield x
pipeline = evens(squares(numbers(5)))
print("pipeline built, nothing ran yet")
print("first:", next(pipeline))
print("rest:", list(pipeline))
zipped = zip(numbers(3), squares(numbers(10)))
print(list(zipped))
