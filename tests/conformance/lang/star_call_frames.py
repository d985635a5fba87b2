# conformance: error stderr=full
# f(*args, **kwargs) of a Python function runs its frame like any call: decorators that pass
# *a/**k through recurse as deep as plain calls, a runaway recursion stops with the plain
# message, and the traceback shows each `fn(*a, **k)` line.
import functools

def passing(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner

@passing
def count_down(n, step=1):
    return 0 if n <= 0 else 1 + count_down(n - step, step=step)

print(count_down(300), count_down(300, step=3))

def runaway(*a, **k):
    return runaway(*a, **k)

try:
    runaway(1, x=2)
except RecursionError as e:
    print("RecursionError:", e)

class Greeter:
    def __init__(self, word):
        self.word = word
    def greet(self, *names, sep=", "):
        return self.word + " " + sep.join(names)

g = Greeter("hi")
bound = g.greet
print(bound(*["a", "b"], **{"sep": "+"}), Greeter.greet(g, *("c",)))
print(*[1, 2, 3], **{"sep": "-"})

def gen(*a):
    yield from a
print(list(gen(*range(4))))

def one(x):
    return x
for bad in (lambda: one(*(1, 2)), lambda: one(**{"y": 1}), lambda: one(*(1,), **{"x": 2}),
            lambda: one(**{1: 2}), lambda: one(*5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

@passing
def fails(n):
    if n == 0:
        raise ValueError("bottom reached")
    return fails(n - 1)

fails(2)
