# Descriptor methods (__get__/__set__), metaclass __setattr__/__instancecheck__/__subclasscheck__, __mro_entries__.
class C:
    def m(self): return ("m", type(self).__name__)
    @property
    def p(self): return 42
    @p.setter
    def p(self, v): print("set", v)
    @staticmethod
    def s(): return "s"
    @classmethod
    def c(cls): return cls.__name__
c = C()
print(C.m.__get__(c)(), C.__dict__["m"].__get__(None, C) is C.m, str.upper.__get__("ab")())
print(C.__dict__["p"].__get__(c), C.__dict__["p"].__get__(None, C) is C.__dict__["p"])
C.__dict__["p"].__set__(c, 5)
print(C.__dict__["s"].__get__(c)(), C.__dict__["c"].__get__(c)(), C.__dict__["c"].__get__(None, C)())
print(type(C.m.__get__(c)).__name__)
try:
    C.m.__get__(None, None)
except TypeError as e:
    print("TypeError:", e)
import sys
class Meta(type):
    def __setattr__(cls, k, v):
        print("meta setattr", k)
        super().__setattr__(k, v)
    def __instancecheck__(cls, obj):
        return obj == "yes"
    def __subclasscheck__(cls, sub):
        return sub is int
class A(metaclass=Meta):
    pass
A.x = 1
print(A.x, isinstance("yes", A), isinstance("no", A), issubclass(int, A), issubclass(str, A), isinstance(A(), A))
class Entries:
    def __mro_entries__(self, bases):
        return (dict,)
class D(Entries()):
    pass
print(D.__mro__, type(D.__orig_bases__[0]).__name__, D(a=1))
