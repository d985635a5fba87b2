# __repr__, __str__, __format__ and how print/str/repr/f-strings/containers use them.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        if spec == "cents":
            return f"{self.cents}c"
        return format(str(self), spec)

m = Money(1234)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m:cents}", f"{m:>10}|", "{}".format(m), "%s %r" % (m, m))

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")

class OnlyStr:
    def __str__(self):
        return "only str"
o = OnlyStr()
print(o, repr(o).startswith("<__main__.OnlyStr object at 0x"))

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
