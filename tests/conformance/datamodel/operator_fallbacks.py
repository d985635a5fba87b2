# Operator dispatch: subclass reflected operator first, NotImplemented chains, in-place fallback to binary.
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print(f"  {type(self).__name__}.__add__")
        return NotImplemented
    def __radd__(self, other):
        print(f"  {type(self).__name__}.__radd__")
        return f"radd by {type(self).__name__}"
class Sub(Base):
    def __radd__(self, other):
        print("  Sub.__radd__")
        return "Sub wins"
print(Base(1) + Sub(2))
try:
    Base(1) + Base(2)
except TypeError as e:
    print("same type, no __radd__ tried:", e)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)
    def __repr__(self):
        return f"OnlyAdd({self.v})"
x = OnlyAdd(1)
y = x
x += 5
print(x, y, x is y)
class Neither:
    pass
try:
    Neither() + Neither()
except TypeError as e:
    print("TypeError:", e)
try:
    Neither() < 1
except TypeError as e:
    print("TypeError:", e)
print(Neither() == Neither(), 1 != Neither())
