# conformance: error stderr=full
# A traceback passing through a decorator's wrapper function.
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print(f"calling {fn.__name__}{args}")
        return fn(*args)
    return wrapper

@logged
def divide(a, b):
    return a / b

divide(4, 2)
divide(1, 0)
