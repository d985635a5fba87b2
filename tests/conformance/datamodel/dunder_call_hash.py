# __call__, __hash__ and __eq__ for dict keys and sets, unhashable types.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest):
        return x * self.k + sum(rest)
double = Multiplier(2)
print(double(21), double(1, 2, 3), callable(double), callable(Multiplier), callable(5))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {Point(1, 2): "a", Point(3, 4): "b"}
print(pts[Point(1, 2)], Point(3, 4) in pts, len({Point(0, 0), Point(0, 0), Point(1, 0)}))

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
for value in ([1], {"a": 1}, {1}):
    try:
        hash(value)
    except TypeError as e:
        print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash("abc") == hash("abc"), hash(1) == hash(1.0) == hash(True))
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, {p: 1}[p])
