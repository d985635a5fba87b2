# Function and class decorators, stacked, with arguments, and functools.wraps.
import functools

def shout(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper()
    return wrapper

def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

def trace(fn):
    def wrapper(*args):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper

@shout
def greet(name):
    """Say hello."""
    return f"hello {name}"

@repeat(3)
@trace
def add(a, b):
    return a + b

print(greet("ada"), greet.__name__, greet.__doc__)
print(add(1, 2))

registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls

@register
class Plugin:
    pass

print(registry, Plugin.registered)
order = []
def mark(label):
    order.append(f"factory {label}")
    def deco(f):
        order.append(f"apply {label}")
        return f
    return deco
@mark("outer")
@mark("inner")
def target():
    pass
print(order)
