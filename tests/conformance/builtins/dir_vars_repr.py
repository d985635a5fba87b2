# dir() of instances and modules (filtered), vars(), ascii(), format(), repr of functions avoided.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print([n for n in dir(p) if not n.startswith("_")])
print(vars(p), p.norm())
import math
print([n for n in dir(math) if n.startswith("f")])
print(ascii("naïve"), ascii(["é"]), repr("naïve"), format(3.14159, ".2f"), format(42, "b"), format("x", "^5"))
def f():
    local = 1
    return sorted(vars().keys()) if False else sorted(locals())
print(f())
print("dims" in dir(Point), "norm" in dir(Point), "__init__" in dir(Point))
print(sorted(n for n in dir([]) if not n.startswith("_")))
print(sorted(n for n in dir({}) if not n.startswith("_")))
print(sorted(n for n in dir("") if not n.startswith("_")))
