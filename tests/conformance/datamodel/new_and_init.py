# __new__ vs __init__, singletons, immutable subclasses, __init_subclass__, __class_getitem__-free.
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance
a, b = Singleton(), Singleton()
print(a is b)

class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, round(value, 1))
    def __repr__(self):
        return f"{float(self)}°C"
c = Celsius(21.456)
print(c, c + 1, isinstance(c, float))

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("shout"), len(Upper("abc")), Upper("x") + "y")

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, p[1], len(p))

class Plugin:
    registry = []
    def __init_subclass__(cls, kind="generic", **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append((cls.__name__, kind))
class Audio(Plugin, kind="audio"):
    pass
class Video(Plugin):
    pass
print(Plugin.registry)

class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotInit())
