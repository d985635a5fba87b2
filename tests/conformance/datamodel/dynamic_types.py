# type() with three arguments, setattr on classes, isinstance with dynamic classes.
def describe(self):
    return f"{type(self).__name__} with {self.legs} legs"
Animal = type("Animal", (), {"legs": 4, "describe": describe})
Bird = type("Bird", (Animal,), {"legs": 2})
print(Animal().describe(), Bird().describe(), Bird.__mro__[1].__name__, isinstance(Bird(), Animal))
setattr(Bird, "fly", lambda self: "flap")
print(Bird().fly(), hasattr(Animal(), "fly"))
print(type(5), type("s"), type([]), type({}), type(()), type(set()), type(None), type(len), type(describe))
print(type(5) is int, type(True) is bool, type(1.0) == float)
classes = {name: type(name, (), {}) for name in ["A", "B"]}
print(sorted(classes), classes["A"].__name__)
K = type("K", (object,), {"__init__": lambda self, v: setattr(self, "v", v), "__repr__": lambda self: f"K({self.v})"})
print(K(3), [K(i) for i in range(2)])
