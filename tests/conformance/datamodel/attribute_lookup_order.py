# Attribute lookup: data descriptors > instance dict > non-data descriptors/class attrs > __getattr__.
class Data:
    def __get__(self, obj, typ=None):
        return "data descriptor"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class NonData:
    def __get__(self, obj, typ=None):
        return "non-data descriptor"
class K:
    d = Data()
    n = NonData()
    plain = "class attribute"
    def __getattr__(self, name):
        return f"__getattr__({name})"
k = K()
k.__dict__.update(d="instance d", n="instance n", plain="instance plain")
print(k.d, "|", k.n, "|", k.plain, "|", k.missing)
k.d = "assign"
print(K.d, "|", K.n, "|", K.plain)
del k.__dict__["plain"]
print(k.plain)
class Parent:
    x = "parent x"
class Child(Parent):
    pass
c = Child()
print(c.x)
Parent.x = "changed in parent"
print(c.x)
c.x = "own"
print(c.x, Child.x)
