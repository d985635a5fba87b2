# dict subclasses with __missing__, overriding methods, and builtin behaviour that bypasses overrides.
class Default(dict):
    def __missing__(self, key):
        value = f"<{key}>"
        self[key] = value
        return value
d = Default(a=1)
print(d["a"], d["b"], d, d.get("c"), "c" in d)
class Lower(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
l = Lower()
l["KEY"] = 1
print(l["Key"], l, dict(l), l.get("KEY"))
class Counting(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.appends = 0
    def append(self, x):
        self.appends += 1
        super().append(x)
c = Counting([1])
c.append(2); c.append(3); c += [4]
print(c, c.appends, len(c), type(c + [5]).__name__, type(c[:1]).__name__)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), type(s + "x").__name__, isinstance(s, str), s == "hi", {s: 1}["hi"])
