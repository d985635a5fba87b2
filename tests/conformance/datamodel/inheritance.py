# Single inheritance, overriding, super().__init__, isinstance/issubclass.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name}: {self.speak()}"

class Cat(Animal):
    def speak(self):
        return "meow"

class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + "!"

for a in (Animal("generic"), Cat("Tom"), Lion("Leo", "north")):
    print(a.describe(), type(a).__name__, isinstance(a, Cat), isinstance(a, Animal))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, (int, Animal)), issubclass(bool, int))
print(Lion.__bases__, Lion.__mro__)
print(Lion("x", "y").pride, Lion.__base__.__name__)
print(isinstance(3, (str, int)), isinstance("s", object), issubclass(Lion, object))
class Base:
    greeting = "hi"
class Child(Base):
    pass
Child.greeting = "hello"
print(Base.greeting, Child.greeting, Child.__dict__.get("greeting"))
