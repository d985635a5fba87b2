# conformance: error stderr=full
# SyntaxError: an async comprehension in a plain function; CPython's caret line is compared.
def f(y):
    return [await x for x in y]
