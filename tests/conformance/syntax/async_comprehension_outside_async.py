# conformance: error stderr=full
# SyntaxError: an async comprehension in a plain function; CPython's caret line is compared.
def f(y):
    return [x async for x in y]
