# __eq__ reflection, identity shortcut in containers, hash consistency, __ne__ default derived from __eq__.
class Loose:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  Loose({self.v}).__eq__({other!r})")
        if isinstance(other, Loose):
            return self.v == other.v
        return NotImplemented
    def __repr__(self):
        return f"L{self.v}"
    __hash__ = None
print(Loose(1) == Loose(1))
print(Loose(1) != Loose(2))
print(Loose(1) == 1)
print(1 == Loose(1))
x = Loose(5)
print(x in [x], [x] == [x])
class Always:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 1
a, b = Always(), Always()
print(len({a, b}), len({a: 1, b: 2}), a == 3, None == a)
class Never:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
n = Never()
print(n == n, n in [n], [n].count(n), {n: 1}.get(n))
