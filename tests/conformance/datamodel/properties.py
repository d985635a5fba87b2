# property with getter/setter/deleter, read-only properties, validation, inheritance.
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
print(type(Temperature.celsius).__name__, Temperature.fahrenheit.fget.__name__)

class Square:
    def __init__(self, side):
        self.side = side
    def _area(self):
        return self.side ** 2
    area = property(_area, doc="the area")
class Cube(Square):
    @property
    def area(self):
        return 6 * super().area
print(Square(3).area, Cube(2).area, Square.area.__doc__)
class Lazy:
    @property
    def value(self):
        print("computing")
        return 42
l = Lazy()
print(l.value, l.value)
