# def with defaults, keyword-only, *args, **kwargs, positional-only parameters.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 4, "z": 5}))

def pos_only(a, b, /, c, *, d):
    return a + b + c + d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))

def defaults_evaluated_once(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_evaluated_once(1), defaults_evaluated_once(2))

def kw_only(*, key, value="v"):
    return f"{key}={value}"
print(kw_only(key="k"), kw_only(value=1, key=2))

def varargs(*args, **kwargs):
    return len(args), sorted(kwargs)
print(varargs(), varargs(1, 2, x=1, a=2))

def nested_unpack(*args):
    return args
print(nested_unpack(*range(3), *"ab", 9))
print(dict(**{"a": 1}, **{"b": 2}, c=3))

def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated(1), annotated.__annotations__)
print(f.__name__, f.__defaults__, f.__kwdefaults__, pos_only.__code__.co_argcount if hasattr(pos_only, "__code__") else None)
