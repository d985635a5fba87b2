# Attribute, method and construction caches must follow every change CPython sees: class
# attributes replaced or added after the cache warmed up, data descriptors appearing,
# instance attributes shadowing methods, attributes stored in different orders.
class P:
    kind = "p"
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return abs(self.x) + abs(self.y)

def run(objs):
    out = []
    for o in objs:
        out.append((o.x, o.y, o.kind, o.norm()))
    return out

ps = [P(i, -i) for i in range(3)]
print(run(ps))
P.norm = lambda self: self.x * 100            # method replaced on the class
print(run(ps))
P.kind = property(lambda self: "prop%d" % self.x)  # becomes a data descriptor
print(run(ps))
del P.kind
P.kind = "back"
print(run(ps))
ps[1].norm = lambda: "instance wins"          # instance attribute shadows the method
print(run(ps))
del ps[1].norm
print(run(ps))

class Q:
    pass
a, b = Q(), Q()
a.p, a.q = 1, 2
b.q, b.p = 3, 4                               # same names, other entry order
for o in (a, b, a, b):
    o.p += 10
    print(o.p, o.q, sorted(vars(o).items()))
del a.p
a.p = 99
print(a.p, a.q, list(vars(a)))

# __init__ replaced, __init__ returning a value, __new__ added, metaclass __call__.
class R:
    def __init__(self, v):
        self.v = v
print(R(1).v)
def init2(self, v):
    self.v = v * 2
R.__init__ = init2
print(R(1).v)
def bad_init(self, v):
    return v
R.__init__ = bad_init
try:
    R(5)
except TypeError as e:
    print("TypeError:", e)
def new(cls, v):
    o = object.__new__(cls)
    o.made_by_new = True
    return o
R.__new__ = new
R.__init__ = init2
r = R(3)
print(r.v, r.made_by_new)

class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class S(metaclass=Meta):
    def __init__(self, a):
        self.a = a
print(S(7).a)

class L(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
print(L(3), L(3).n)

class Missing:
    def __init__(self, a, b):
        self.a = a
try:
    Missing(1)
except TypeError as e:
    print("TypeError:", e)

class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
d, depth = Deep(50), 0
while d:
    d, depth = d.child, depth + 1
print("depth", depth)

class G:
    def __getattr__(self, name):
        return "got " + name
g = G()
g.x = 1
print(g.x, g.y)
