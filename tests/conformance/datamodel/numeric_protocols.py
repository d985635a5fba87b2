# __index__, __int__, __float__, __round__, __abs__ and reflected operators with builtin types.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100
    def __round__(self, nd=None):
        return round(self.cents / 100, nd)
    def __abs__(self):
        return Money(abs(self.cents))
    def __repr__(self):
        return f"Money({self.cents})"
lst = list("abcdef")
print(lst[Idx(2)], lst[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), "x" * Idx(3), range(Idx(3)))
m = Money(-1299)
print(int(m), float(m), round(m), round(m, 1), abs(m))
class Scalar:
    def __init__(self, v):
        self.v = v
    def __mul__(self, other):
        return Scalar(self.v * other) if isinstance(other, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __rsub__(self, other):
        return Scalar(other - self.v)
    def __repr__(self):
        return f"S({self.v})"
print(Scalar(3) * 2, 2 * Scalar(3), 10 - Scalar(4), 1.5 * Scalar(2))
try:
    Scalar(1) * "x"
except TypeError as e:
    print("TypeError:", e)
