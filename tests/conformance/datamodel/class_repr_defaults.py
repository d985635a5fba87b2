# Default __str__ falls back to __repr__; __repr__ inherited; class-level repr via metaclass-free patterns.
class Base:
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
class User(Base):
    def __init__(self, name, roles=()):
        self.name, self.roles = name, list(roles)
class Admin(User):
    def __str__(self):
        return f"admin {self.name}"
u, a = User("ada", ["dev"]), Admin("root")
print(u, str(u), repr(a), str(a), [u, a], f"{a}", f"{a!r}")
print(type(u).__name__, type(a).__mro__[1].__name__)
print(repr(int), repr(User).startswith("<class '__main__.User'>"), str(Admin))
print(repr(Base), repr(len), repr(print) == "<built-in function print>")
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __repr__(self):
        return f"T{self.v}" + (f"{list(self.kids)}" if self.kids else "")
print(Tree(1, Tree(2), Tree(3, Tree(4))))
