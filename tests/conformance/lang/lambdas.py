# lambda expressions: defaults, closures, in sort keys, immediate invocation.
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])))
print(list(filter(lambda s: s.startswith("t"), ["two", "one", "three"])))
make = lambda n: lambda x: x ** n
cube = make(3)
print(cube(2), make(2)(9))
print((lambda x, y=5: x - y)(10), (lambda x, y=5: x - y)(10, 1))
print(square.__name__)
fns = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print({k: f(3, 4) for k, f in fns.items()})
print((lambda: (yield))  is not None)
