# Iterables vs iterators: __iter__ returning self, reusable iterables, unpacking custom iterables.
class Range3:
    def __iter__(self):
        yield from (1, 2, 3)
class OneShot:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
r = Range3()
a, b, c = r
print(a, b, c, list(r), list(r), sum(r), [*r, *r])
o = OneShot()
print(list(o), list(o), [*OneShot()])
first, *rest = OneShot()
print(first, rest, dict(zip(Range3(), "xyz")), set(Range3()) == {1, 2, 3})
print(max(Range3()), sorted(Range3(), reverse=True), tuple(enumerate(OneShot())))
class BadIter:
    def __iter__(self):
        return 42
try:
    list(BadIter())
except TypeError as e:
    print("TypeError:", e)
