# Bound and unbound methods, methods as first-class values, getattr on methods.
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name):
        return f"{self.greeting}, {name}"

hello = Greeter("Hello")
bound = hello.greet
print(bound("Ada"), Greeter.greet(hello, "Alan"), getattr(hello, "greet")("Grace"))
print(bound == hello.greet, bound.__self__.greeting, bound.__name__, type(bound).__name__)
fns = [Greeter("Hi").greet, Greeter("Yo").greet]
print([f("x") for f in fns])
print(list(map(hello.greet, ["a", "b"])))
print(list(map(str.upper, ["a", "b"])), sorted(["b", "A", "c"], key=str.lower))
append = [].append
append(1)
lst = [3, 1, 2]
sort = lst.sort
sort()
print(lst)
d = {}
setter = d.setdefault
setter("k", []).append(1)
print(d)
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
c = Counter()
step = c.inc
step(); step(); step()
print(c.n, c.inc().inc().n)
