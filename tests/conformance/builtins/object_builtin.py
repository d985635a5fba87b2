# object(): bare instances, object methods, NotImplemented from default comparisons.
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1))
class Plain:
    pass
p = Plain()
print(p.__eq__(p), p.__eq__(1), p.__lt__(p) is NotImplemented, str(p) == repr(p))
sentinel = object()
def get(d, k, default=sentinel):
    v = d.get(k, sentinel)
    if v is sentinel:
        return "missing" if default is sentinel else default
    return v
print(get({"a": None}, "a"), get({}, "a"), get({}, "a", 0))
print(issubclass(int, object), issubclass(type, object), isinstance(type, object), isinstance(object, type))
print(object.__name__, object.__bases__)
