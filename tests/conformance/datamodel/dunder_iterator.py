# The iterator protocol with __iter__/__next__, StopIteration, and iter(callable, sentinel).
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

print(list(Fib(100)))
it = Fib(5)
print(next(it), next(it), next(it), list(it), list(it))
print(next(iter([]), "default"), sum(Fib(1000)), max(Fib(50)), 21 in Fib(30))
data = iter([1, 2, 3])
print(next(data), list(zip(data, "ab")))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
class Pages:
    def __init__(self, pages):
        self.pages = pages
    def __iter__(self):
        for p in self.pages:
            yield p.upper()
book = Pages(["intro", "body", "end"])
print(list(book), list(book), list(enumerate(book, 1)))
it = iter(range(3))
print(iter(it) is it, type(it).__name__, type(iter("")).__name__, type(iter([])).__name__)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
