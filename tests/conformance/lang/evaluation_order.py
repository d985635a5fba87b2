# Left-to-right evaluation of operands, arguments, dict displays, assignments and subscripts.
log = []
def v(name, value=None):
    log.append(name)
    return name if value is None else value
def f(*args, **kwargs):
    return args, kwargs
f(v("a"), v("b"), k=v("c"), *[v("d")], **{v("e"): v("f")})
print(log); log.clear()
{v("k1"): v("v1"), v("k2"): v("v2")}
print(log); log.clear()
v("left", 1) + v("right", 2) * v("mul", 3)
print(log); log.clear()
d = {}
d[v("key")] = v("value")
print(log); log.clear()
x = [0, 0]
x[v("idx", 0)], x[v("idx2", 1)] = v("first", 10), v("second", 20)
print(log, x); log.clear()
v("cond", True) and v("then") or v("else")
print(log); log.clear()
v("t", 1) if v("test", False) else v("f", 2)
print(log); log.clear()
[v(i) for i in "xyz"]
print(log); log.clear()
class Obj:
    pass
o = Obj()
v("target", o).attr = v("attr value")
print(log, o.attr); log.clear()
a = b = v("chained")
print(log, a, b)
