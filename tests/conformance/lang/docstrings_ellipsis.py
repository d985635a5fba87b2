# Docstrings on modules, functions, classes, methods; Ellipsis as a placeholder body.
"""Module docstring."""
def documented():
    """First line.

    More details here.
    """
    return documented.__doc__.splitlines()[0]
class Thing:
    """A thing."""
    def method(self):
        "Single-quoted docstring."
        ...
def stub():
    ...
print(__doc__, documented(), Thing.__doc__, Thing.method.__doc__, stub(), Thing().method())
print(..., Ellipsis is ..., type(...).__name__, repr(Ellipsis))
def no_doc():
    x = "not a docstring"
    return x
print(no_doc.__doc__, (lambda: 0).__doc__)
print(documented.__doc__)
