# Closures capture variables, not values; nonlocal rebinding; late binding in loops.
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1, c2 = counter(), counter()
print(c1(), c1(), c1(10), c2())

def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])

def make_adders_bound():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders_bound()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())

def accumulator(total):
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get
add, get = accumulator(100)
add(5); add(7)
print(get())

def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, lambda x: x * 2, abs)(-21))
print(c1.__closure__ is not None, len(c1.__closure__))
