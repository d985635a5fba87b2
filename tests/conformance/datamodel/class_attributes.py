# Class vs instance attributes, mutable class attribute pitfall, name mangling, __slots__.
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)

class Secret:
    def __init__(self):
        self.__hidden = "mangled"
        self._protected = "convention"
    def reveal(self):
        return self.__hidden
s = Secret()
print(s.reveal(), s._Secret__hidden, s._protected, hasattr(s, "__hidden"))

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
o = Slotted(1, 2)
print(o.x, o.y, hasattr(o, "__dict__"))
try:
    o.z = 3
except AttributeError as e:
    print("AttributeError:", e)

class Config:
    debug = False
    level = 1
    @classmethod
    def settings(cls):
        return {k: v for k, v in vars(cls).items() if not k.startswith("_") and not callable(v) and not isinstance(v, classmethod)}
print(Config.settings())
setattr(Config, "level", 5)
print(Config.level, getattr(Config, "debug"))
delattr(Config, "debug")
print(hasattr(Config, "debug"))
class Outer:
    class Inner:
        value = "nested"
print(Outer.Inner.value, Outer.Inner.__qualname__)
