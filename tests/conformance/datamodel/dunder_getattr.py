# __getattr__ (fallback only), __getattribute__, __setattr__, __delattr__, __dir__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        delattr(self._target, name)

class Target:
    def __init__(self):
        self.value = 1
    def hello(self):
        return "hello from target"

t = Target()
p = Proxy(t)
print(p.value, p.hello())
p.value = 42
print(t.value)
del p.value
print(hasattr(t, "value"), p.log)

class Defaults:
    x = 1
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return f"default for {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
d = Defaults()
print(d.x, d.opt_color, getattr(d, "opt_size"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)

class Counted:
    def __init__(self):
        self.reads = 0
    def __getattribute__(self, name):
        if name != "reads":
            object.__setattr__(self, "reads", object.__getattribute__(self, "reads") + 1)
        return object.__getattribute__(self, name)
    def m(self):
        return "m"
c = Counted()
c.m(); c.m(); c.__class__
print(c.reads)
class WithDir:
    def __dir__(self):
        return ["b", "a"]
print(dir(WithDir()))
