# __del__ runs as soon as the last reference goes: del, rebinding, leaving a function,
# removal from a container, and an exception in __del__ is reported and ignored.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


a = Res("a")
del a
print("after del a")

b = Res("b1")
b = Res("b2")
print("after rebinding b")


def work():
    r = Res("local")
    print("in work")
    return 42


print("work ->", work())

items = [Res("x"), Res("y"), Res("z")]
items.pop(1)
print("popped")
items.clear()
print("cleared")

d = {"k": Res("in dict")}
d["k"] = None
print("replaced")


class Sub(Res):
    pass


s = Sub("sub")
s = None
print("sub gone")


class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__)


class Derived(Base):
    def __del__(self):
        print("Derived.__del__")
        super().__del__()


Derived()
print("temporary done")


class Late:
    pass


obj = Late()
Late.__del__ = lambda self: print("added later")
del obj
print("end of module")
last = Res("global at exit")
