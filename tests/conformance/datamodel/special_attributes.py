# __name__, __qualname__, __doc__, __module__, __dict__ of functions and classes.
def outer():
    """Outer doc."""
    def inner():
        pass
    return inner
class K:
    """Class doc."""
    def method(self):
        """Method doc."""
    class Nested:
        def deep(self):
            pass
print(outer.__name__, outer.__qualname__, outer.__doc__, outer().__qualname__)
print(K.__name__, K.__qualname__, K.__doc__, K.method.__qualname__, K.Nested.deep.__qualname__)
print(K.method.__doc__, K.__module__, outer.__module__, __name__)
f = lambda: None
print(f.__name__, f.__qualname__, f.__doc__)
outer.custom = "attribute on a function"
print(outer.custom, outer.__dict__)
print(type(K.__dict__).__name__, "method" in K.__dict__, len.__name__, print.__name__)
print(int.__name__, type.__name__, object.__name__, type(type).__name__, type(object).__name__)
print(K.__bases__, object.__bases__, type(K), type(int), isinstance(K, type))
