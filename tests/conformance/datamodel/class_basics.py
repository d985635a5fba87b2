# Classes: __init__, instance and class attributes, methods, __dict__, __class__.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def speak(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self

rex = Dog("Rex", 3)
fido = Dog("Fido")
print(rex.speak(), fido.speak(), Dog.count, rex.species, Dog.species)
print(rex.birthday().birthday().age, fido.age)
rex.species = "wolf?"
print(rex.species, fido.species, Dog.species)
print(rex.__dict__, sorted(vars(fido)))
print(type(rex).__name__, rex.__class__ is Dog, isinstance(rex, Dog), Dog.__name__, Dog.__qualname__)
method = rex.speak
print(method(), Dog.speak(fido), method.__self__ is rex, method.__func__ is Dog.speak)
Dog.bark = lambda self: self.name.upper()
print(rex.bark())
class Empty:
    """Docstring."""
print(Empty.__doc__, Empty().__class__.__name__, Empty.__module__)
print(hasattr(rex, "name"), getattr(rex, "missing", "default"), rex.__class__.__bases__)
