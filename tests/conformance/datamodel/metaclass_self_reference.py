# A metaclass whose classes refer to themselves and to it (cycles through type objects),
# torn down at exit without a crash; metaclass methods, __call__ and attribute setting.
class Meta(type):
    instances = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.me = cls
        cls.meta_ref = mcls
        mcls.instances.append(cls)
        return cls
    def __call__(cls, *a):
        obj = super().__call__(*a)
        obj.made_by = cls
        return obj
    def hello(cls):
        return "hello from " + cls.__name__

class A(metaclass=Meta):
    def __init__(self, x):
        self.x = x
class B(A):
    pass
b = B(3)
print(B.hello(), b.x, b.made_by is B, type(B) is Meta, Meta.instances)
B.extra = 5
print(B.extra, B.__dict__["extra"], vars(A)["__init__"].__name__)
Singleton = Meta("Singleton", (), {"v": 1})
print(Singleton.v, Singleton.me is Singleton)
