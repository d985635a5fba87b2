# Classic OOP tutorial: abstract-ish Shape base, subclasses, polymorphism, sorting by area.
import math
class Shape:
    name = "shape"
    def area(self):
        raise NotImplementedError
    def perimeter(self):
        raise NotImplementedError
    def __str__(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"
class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
class Rect(Shape):
    name = "rectangle"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    name = "square"
    def __init__(self, s):
        super().__init__(s, s)
shapes = [Circle(1), Rect(2, 5), Square(3), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s)
print(f"total area {sum(s.area() for s in shapes):.3f}")
print([type(s).__name__ for s in shapes if isinstance(s, Rect)])
try:
    print(Shape())
except NotImplementedError:
    print("Shape is abstract")
