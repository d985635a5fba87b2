# super() with no arguments, two-argument super, super in classmethods and properties.
class Base:
    def greet(self):
        return "Base.greet"
    @classmethod
    def make(cls):
        return f"Base.make({cls.__name__})"
    @property
    def label(self):
        return "base-label"

class Middle(Base):
    def greet(self):
        return "Middle>" + super().greet()
    @classmethod
    def make(cls):
        return "Middle>" + super().make()
    @property
    def label(self):
        return "middle+" + super().label

class Leaf(Middle):
    def greet(self):
        return "Leaf>" + super().greet()
    def skip(self):
        return super(Middle, self).greet()

leaf = Leaf()
print(leaf.greet(), leaf.skip(), Leaf.make(), leaf.label)
print(super(Leaf, leaf).greet(), super(Middle, Leaf).make())
class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
w = WithNew(5)
print(w.v)
class ListLike(list):
    def append(self, x):
        super().append(x * 2)
l = ListLike([1])
l.append(5)
print(l, len(l), isinstance(l, list))
class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = UpperDict()
u["a"] = 1
print(u)
