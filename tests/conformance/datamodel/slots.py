# __slots__: member descriptors, no __dict__, unknown attributes rejected, inheritance, name mangling, conflicts.
class S:
    __slots__ = ('x', 'y')
s = S()
try: s.x
except AttributeError as e: print(repr(e))
s.x = 1
print(S.x, type(S.x).__name__, s.x, hasattr(s, '__dict__'))
try: s.z = 1
except AttributeError as e: print(repr(e))
try: vars(s)
except TypeError as e: print(repr(e))
del s.x
try: del s.x
except AttributeError as e: print(repr(e))
class T(S): pass
t = T(); t.z = 5; t.x = 3; print(t.z, t.x, hasattr(t, '__dict__'))
class U(S):
    __slots__ = ('w',)
u = U(); u.w = 1; u.x = 2
try: u.q = 1
except AttributeError as e: print(repr(e))
print(S.__slots__, U.__slots__, u.w, u.x)
class P:
    __slots__ = "__secret", "name"
    def __init__(self): self.__secret = 42; self.name = "p"
    @property
    def secret(self): return self.__secret
p = P(); print(p.secret, p.name, P._P__secret)
class D:
    __slots__ = ("a", "__dict__")
d = D(); d.a = 1; d.b = 2; print(d.a, d.b, hasattr(d, '__dict__'))
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e: print("ValueError:", e)
try:
    S.x.__get__(5)
except TypeError as e: print("TypeError:", e)
