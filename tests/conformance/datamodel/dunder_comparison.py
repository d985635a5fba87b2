# Rich comparisons, reflected fallbacks, NotImplemented, functools.total_ordering.
import functools

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == Version("1.2"), a != b, a == "1.2")

class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"  {self.v}.__lt__({other.v})")
        return self.v < other.v
    def __gt__(self, other):
        print(f"  {self.v}.__gt__({other.v})")
        return self.v > other.v
print(Loud(1) < Loud(2))
print(Loud(1) > Loud(2))

class NoCompare:
    pass
try:
    NoCompare() < NoCompare()
except TypeError as e:
    print("TypeError:", e)
n = NoCompare()
print(n == n, n != n, n == NoCompare())
