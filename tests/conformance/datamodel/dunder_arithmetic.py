# Arithmetic dunders, reflected and in-place operators, unary operators.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __invert__(self):
        return Vec(self.y, self.x)
    def __bool__(self):
        return bool(self.x or self.y)

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b), a @ b, ~a)
c = a
c += b
print(c, a, c is a, a == Vec(4, 6), a != b, bool(Vec(0, 0)), bool(a))
class Num:
    def __init__(self, v): self.v = v
    def __radd__(self, other):
        return Num(other + self.v)
    def __repr__(self): return f"Num({self.v})"
print(1 + Num(2), sum([Num(1), Num(2)], 0) if False else sum([1, 2]) + Num(3))
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Num(1) + Num(2)
except TypeError as e:
    print("TypeError:", e)
