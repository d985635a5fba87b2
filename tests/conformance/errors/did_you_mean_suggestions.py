# conformance: error stderr=full
# "Did you mean" suggestions of NameError and AttributeError, and their .name/.obj.
import math
class Point:
    def __init__(self): self.x_coord = 1
    def method(self): pass
def f(values):
    total = 0
    for value in values:
        total += value
    try:
        return totl
    except NameError as e:
        print(e, e.name)
for expr in ["math.taux", "Point().x_cord", "Point().metod", "'abc'.uper", "[].apend", "pritn", "Pointt", "len2", "math.zzzzzz"]:
    try:
        eval(expr)
    except (NameError, AttributeError) as e:
        print(type(e).__name__, e, e.name)
f([1])
e = AttributeError("x")
print(e.name, e.obj)
import traceback
try:
    math.flor(2.5)
except AttributeError as e:
    print(traceback.format_exception_only(type(e), e))
print(Point().x_cord)
