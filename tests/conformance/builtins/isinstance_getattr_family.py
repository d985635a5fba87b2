# isinstance/issubclass, getattr/setattr/hasattr/delattr, callable, vars, type.
class A:
    x = 1
class B(A):
    def __init__(self):
        self.y = 2
b = B()
print(isinstance(b, A), isinstance(b, (int, B)), isinstance(A, type), issubclass(B, A), issubclass(A, (B, object)))
print(getattr(b, "x"), getattr(b, "y"), getattr(b, "z", "none"), hasattr(b, "x"), hasattr(b, "z"))
setattr(b, "z", 3)
print(b.z, vars(b))
delattr(b, "z")
print(hasattr(b, "z"), vars(b))
try:
    getattr(b, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(b, "x")
except AttributeError as e:
    print("AttributeError:", e)
print(callable(len), callable(A), callable(b), callable(lambda: 0), callable("s"), callable(b.__init__))
print(type(b) is B, type(b).__mro__[1] is A, type(3) == int)
try:
    isinstance(b, 3)
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in vars(A) if not k.startswith("__")))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, object), isinstance([], (list, tuple)))
