# yield from: delegation, return values, send/throw passthrough, flattening.
def inner():
    x = yield "inner-1"
    print("inner received", x)
    yield "inner-2"
    return "inner result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer-end"

g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(list(g))

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(2), (x * x for x in [3]))))

def catcher():
    try:
        yield 1
    except ValueError:
        yield "inner caught"
def delegator():
    yield from catcher()
    yield "after"
d = delegator()
print(next(d), d.throw(ValueError), next(d))
def tree(depth):
    if depth == 0:
        return 1
    a = yield from tree(depth - 1)
    yield depth
    b = yield from tree(depth - 1)
    return a + b
t = tree(3)
print(list(t))
def counted():
    n = yield from tree(3)
    yield f"leaves={n}"
print(list(counted())[-1])
