# hash() invariants and id() identity relations (never printing raw values).
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b)
print(hash(1) == hash(1.0), hash("x") == hash("x"), hash((1, "a")) == hash((1, "a")), hash(frozenset([1])) == hash(frozenset([1])))
print(hash(0), hash(1), hash(-2), hash(True), hash(12345), hash(-1))
print(type(hash("s")).__name__, type(id(a)).__name__)
class K:
    pass
k = K()
print(hash(k) == hash(k), id(k) == id(k), k is k)
x = 1000
y = x
print(id(x) == id(y))
print(hash(None) == hash(None), hash(2 ** 61 - 1) == hash(0) if False else hash(2 ** 61 - 1))
