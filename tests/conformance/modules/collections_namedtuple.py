# collections.namedtuple: fields, defaults, _replace, _asdict, _fields, _make, repr, unpacking.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]))
x, y = p
print(x + y, p == (3, 4), isinstance(p, tuple), len(p), hash(p) == hash((3, 4)))
Employee = namedtuple("Employee", "name title salary", defaults=["staff", 1000])
e = Employee("ada")
print(e, Employee("bob", "boss", 5), Employee._field_defaults)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
try:
    p.x = 5
except AttributeError as err:
    print("AttributeError:", err)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
Color = namedtuple("Color", "r g b")
class Pixel(Color):
    def brightness(self):
        return (self.r + self.g + self.b) / 3
print(Pixel(30, 60, 90).brightness(), Pixel(1, 2, 3))
print(type(p).__name__, Point.__name__)
