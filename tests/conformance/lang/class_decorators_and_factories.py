# Class decorators adding methods, class factories with closures, decorators with arguments on methods.
def add_repr(*fields):
    def deco(cls):
        def __repr__(self):
            return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        cls.__repr__ = __repr__
        return cls
    return deco
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@add_repr("x", "y")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
@singleton
class Config:
    def __init__(self, env):
        self.env = env
print(Point(1, "a"), [Point(0, 0)])
print(Config("prod").env, Config("dev").env, Config("x") is Config("y"))
def make_class(name, greeting):
    class Greeter:
        def greet(self, who):
            return f"{greeting}, {who} (from {name})"
    Greeter.__name__ = name
    return Greeter
En, Fr = make_class("En", "Hello"), make_class("Fr", "Bonjour")
print(En().greet("Ada"), Fr().greet("Alan"), En.__name__, Fr.__name__)
def validate(**rules):
    def deco(method):
        def wrapper(self, **kwargs):
            for k, check in rules.items():
                if not check(kwargs.get(k)):
                    raise ValueError(f"invalid {k}: {kwargs.get(k)!r}")
            return method(self, **kwargs)
        return wrapper
    return deco
class Form:
    @validate(age=lambda v: isinstance(v, int) and v >= 0, name=bool)
    def submit(self, **data):
        return f"submitted {data}"
f = Form()
print(f.submit(name="ada", age=36))
for bad in ({"name": "", "age": 1}, {"name": "x", "age": -1}):
    try:
        f.submit(**bad)
    except ValueError as e:
        print("ValueError:", e)
