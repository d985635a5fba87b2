# iter/next with defaults and sentinels; iterators are single-pass.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
d = {"a": 1, "b": 2}
ki = iter(d)
print(next(ki), list(ki))
s = iter("xy")
print(list(s), list(s))
lines = iter(["first", "second", "", "after blank"])
print(list(iter(lambda: next(lines), "")))
print(list(lines))
class Box:
    def __init__(self):
        self.items = [3, 1, 2]
    def __iter__(self):
        return iter(sorted(self.items))
print(list(Box()), sorted(Box(), reverse=True), max(Box()), tuple(Box()))
r = iter(range(3))
print(list(zip(r, r)))
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
